import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberInvitations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import { isOpen } from './invitations.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';

export async function revokeInvitation(db: Db, orgId: string, actor: MemberActor, invitationId: string) {
  const [row] = await db
    .select({ role: memberInvitations.role, email: memberInvitations.email })
    .from(memberInvitations)
    .where(and(eq(memberInvitations.orgId, orgId), eq(memberInvitations.id, invitationId), isOpen()));
  if (!row) throw notFound('Invitation');
  assertMayGrant(actor, row.role);
  await db.transaction(async (tx) => {
    await tx
      .update(memberInvitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(memberInvitations.orgId, orgId), eq(memberInvitations.id, invitationId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.invitation_revoked',
      entityType: 'invitation',
      entityId: invitationId,
      detail: { email: row.email, role: row.role },
    });
  });
  return { ok: true };
}
