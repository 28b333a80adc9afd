import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { conflict, notFound } from '../errors.ts';

/**
 * The member row, locked for the rest of the transaction, and every owner row with it: two owners demoting
 * each other at once then run one after the other, and the second finds itself the last owner.
 */
export async function lockMember(tx: Tx, orgId: string, userId: string) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
    .for('update');
  const [member] = await tx
    .select({ role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  if (!member) throw notFound('Member');
  return { member, ownerCount: owners.length };
}

export const lastOwner = () =>
  conflict('An organization keeps at least one owner: make someone else an owner first.');
