import type { Role } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/executor.ts';
import { memberships, sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';

/**
 * The member row, locked for the rest of the transaction, and every owner row with it: two owners demoting
 * each other at once then run one after the other, and the second finds itself the last owner.
 */
async function lockMember(tx: Tx, orgId: string, userId: string) {
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

const lastOwner = () =>
  conflict('An organization keeps at least one owner: make someone else an owner first.');

export async function changeMemberRole(
  db: Db,
  orgId: string,
  actor: MemberActor,
  input: { userId: string; role: Role },
) {
  assertMayGrant(actor, input.role);
  return db.transaction(async (tx) => {
    const { member, ownerCount } = await lockMember(tx, orgId, input.userId);
    assertMayGrant(actor, member.role);
    if (member.role === input.role) return { userId: input.userId, role: input.role };
    if (member.role === 'owner' && ownerCount <= 1) throw lastOwner();
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.role_changed',
      entityType: 'user',
      entityId: input.userId,
      detail: { email: member.email, from: member.role, to: input.role },
    });
    return { userId: input.userId, role: input.role };
  });
}

/** Remove someone from the organization; their sessions in it end at once, their account stays for other teams. */
export async function removeMember(db: Db, orgId: string, actor: MemberActor, userId: string) {
  return db.transaction(async (tx) => {
    const { member, ownerCount } = await lockMember(tx, orgId, userId);
    assertMayGrant(actor, member.role);
    if (member.role === 'owner' && ownerCount <= 1) throw lastOwner();
    await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.orgId, orgId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.removed',
      entityType: 'user',
      entityId: userId,
      detail: { email: member.email, role: member.role },
    });
    return { ok: true };
  });
}
