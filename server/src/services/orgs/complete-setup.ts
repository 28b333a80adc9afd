import type { Db } from '../../db/client.ts';
import { createOrganizationWithOwner } from './create-organization-with-owner.ts';
import type { CreateOrgInput } from './setup.ts';

/** Complete first-run setup with a one-time token, spent in the transaction that creates the organization. */
export async function completeSetup(db: Db, token: string, input: CreateOrgInput) {
  return createOrganizationWithOwner(db, input, { setupToken: token });
}
