import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';

/** Take a rejection back: the draft returns to the inbox as it was, unless the review was answered since. */
export async function undoRejection(db: Db, orgId: string, actor: Actor, draftId: string) {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select({ reviewId: replyDrafts.reviewId, status: replyDrafts.status })
      .from(replyDrafts)
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)))
      .for('update');
    if (!draft) throw notFound('Draft');
    if (draft.status !== 'rejected') throw conflict('Only a rejected draft can be brought back');
    const open = await tx
      .select({ id: replyDrafts.id })
      .from(replyDrafts)
      .where(
        and(
          eq(replyDrafts.orgId, orgId),
          eq(replyDrafts.reviewId, draft.reviewId),
          inArray(replyDrafts.status, ['draft', 'sent_back']),
        ),
      );
    const live = await tx
      .select({ id: replies.id })
      .from(replies)
      .where(
        and(
          eq(replies.orgId, orgId),
          eq(replies.reviewId, draft.reviewId),
          notInArray(replies.state, ['replaced', 'withdrawn']),
        ),
      );
    if (open.length || live.length) throw conflict('This review already has another draft or reply');
    await tx
      .update(replyDrafts)
      .set({ status: 'draft', decidedBy: null, decidedAt: null, decisionNote: null })
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'reply.rejection_undone',
      entityType: 'review',
      entityId: draft.reviewId,
      detail: { draftId },
    });
    return { status: 'draft' as const };
  });
}
