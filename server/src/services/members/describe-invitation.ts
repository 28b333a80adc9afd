import type { Db } from '../../db/client.ts';
import { DomainError } from '../errors.ts';
import { findOpenInvitation, GONE } from './invitations.ts';

/** What the acceptance page shows: the organization, the role and the address the invitation is for. */
export async function describeInvitation(db: Db, token: string) {
  const found = await findOpenInvitation(db, token);
  if (!found) throw new DomainError('not_found', GONE);
  return { orgName: found.orgName, role: found.role, email: found.email, expiresAt: found.expiresAt };
}
