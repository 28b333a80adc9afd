import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { approveDraft } from './approve-draft.ts';

/**
 * A new text for a reply already approved or posted. It goes through approval again (the tone check, an
 * override reason for a blocking finding, the undo window); the old reply is marked replaced, and once the new
 * one is released the posting worker puts it on the platform, where Google's reply PUT replaces the old copy.
 */
export async function reviseReply(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { replyId: string; text: string; overrideReason?: string | undefined },
) {
  const [old] = await db
    .select({ id: replies.id, reviewId: replies.reviewId, text: replies.text, state: replies.state })
    .from(replies)
    .where(and(eq(replies.orgId, orgId), eq(replies.id, input.replyId)));
  if (!old) throw notFound('Reply');
  if (old.state === 'posting') throw conflict('This reply is being posted right now; try again in a moment');
  return db.transaction(async (tx) => {
    const replaced = await tx
      .update(replies)
      .set({ state: 'replaced', leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(
          eq(replies.orgId, orgId),
          eq(replies.id, old.id),
          inArray(replies.state, ['approved', 'manual', 'failed', 'posted']),
        ),
      )
      .returning({ id: replies.id });
    if (!replaced.length) throw conflict('This reply can no longer be edited; reload to see its state');
    const [draft] = await tx
      .insert(replyDrafts)
      .values({
        orgId,
        reviewId: old.reviewId,
        text: input.text,
        origin: 'owner',
        createdBy: actor.userId,
      })
      .returning({ id: replyDrafts.id });
    if (!draft) throw conflict('The new text could not be saved');
    // The same path as any approval, so the new text is checked and audited like the first one was.
    const approved = await approveDraft(tx, orgId, actor, {
      draftId: draft.id,
      overrideReason: input.overrideReason,
    });
    if (approved.replyId)
      await tx
        .update(replies)
        .set({ meta: { replaces: old.id, previousState: old.state } })
        .where(and(eq(replies.orgId, orgId), eq(replies.id, approved.replyId)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'reply.revised',
      entityType: 'review',
      entityId: old.reviewId,
      detail: { replyId: approved.replyId, replaces: old.id, before: old.text, after: input.text },
    });
    return approved;
  });
}
