import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseTasks, type ReplyState, replies, replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';

const restorable: ReadonlySet<string> = new Set<ReplyState>(['approved', 'manual', 'failed', 'posted']);
const isReplyState = (v: unknown): v is ReplyState => typeof v === 'string' && restorable.has(v);

/**
 * Take an approval back inside its undo window: the reply row and the promises made from it go, the draft is
 * open again. Only a reply nobody may post yet (`releaseAt` in the future) can go, so a post never races this.
 */
export async function undoApproval(db: Db, orgId: string, actor: Actor, replyId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(replies)
      .where(
        and(
          eq(replies.orgId, orgId),
          eq(replies.id, replyId),
          inArray(replies.state, ['approved', 'manual']),
          gt(replies.releaseAt, now),
        ),
      )
      .returning({
        reviewId: replies.reviewId,
        draftId: replies.draftId,
        text: replies.text,
        meta: replies.meta,
      });
    if (!gone) {
      const [exists] = await tx
        .select({ id: replies.id })
        .from(replies)
        .where(and(eq(replies.orgId, orgId), eq(replies.id, replyId)));
      if (!exists) throw notFound('Reply');
      throw conflict('The undo window has closed; edit or withdraw the reply instead');
    }
    await tx.delete(caseTasks).where(and(eq(caseTasks.orgId, orgId), eq(caseTasks.replyId, replyId)));
    const { replaces, previousState } = gone.meta;
    const isRevision = typeof replaces === 'string' && isReplyState(previousState);
    if (isRevision) {
      // Undoing an edit of a reply: the reply it replaced is current again, and the edit is dropped.
      await tx
        .update(replies)
        .set({ state: previousState })
        .where(and(eq(replies.orgId, orgId), eq(replies.id, replaces), eq(replies.state, 'replaced')));
    }
    await tx
      .update(replyDrafts)
      .set(
        isRevision
          ? { status: 'superseded' }
          : { status: 'draft', decidedBy: null, decidedAt: null, overrideReason: null },
      )
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, gone.draftId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'reply.approval_undone',
      entityType: 'review',
      entityId: gone.reviewId,
      detail: { replyId, draftId: gone.draftId, text: gone.text },
    });
    return { draftId: gone.draftId };
  });
}
