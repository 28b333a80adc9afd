import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DomainError } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadOpenDraft } from './approval-checks.ts';

/** Reject a draft outright, or send it back for another pass. */
export async function rejectDraft(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { draftId: string; note?: string | undefined; sendBack: boolean },
) {
  const draft = await loadOpenDraft(db, orgId, input.draftId);
  const status = input.sendBack ? ('sent_back' as const) : ('rejected' as const);
  if (input.sendBack && draft.status === 'sent_back')
    throw new DomainError('conflict', 'This draft is already sent back');
  await db.transaction(async (tx) => {
    await tx
      .update(replyDrafts)
      .set({ status, decidedBy: actor.userId, decidedAt: new Date(), decisionNote: input.note ?? null })
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draft.id)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: input.sendBack ? 'reply.sent_back' : 'reply.rejected',
      entityType: 'review',
      entityId: draft.reviewId,
      detail: { draftId: draft.id, note: input.note ?? null },
    });
  });
  return { status };
}
