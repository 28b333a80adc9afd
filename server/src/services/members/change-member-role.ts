import type { Role } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';
import { lastOwner, lockMember } from './owner-guard.ts';

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
