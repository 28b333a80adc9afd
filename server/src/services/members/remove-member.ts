import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, sessions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';
import { lastOwner, lockMember } from './owner-guard.ts';

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
