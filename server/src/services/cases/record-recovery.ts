import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEvents, recoveryCases, replies, reviews, reviewVersions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';

export type RecoveryOutcome = 'recovered' | 'edited' | 'ignored';

/**
 * A review changed on the platform. When the reviewer raised their rating, or rewrote the review without
 * lowering it, after we replied: that is the recovery signal, stored on the review and its case.
 * A change to the owner reply alone (ours appearing) is not the reviewer's doing and is ignored.
 */
export async function recordReviewEdit(
  db: Db,
  orgId: string,
  edit: { reviewId: string; previousRating: number | null; rating: number | null },
  now = new Date(),
): Promise<RecoveryOutcome> {
  const [review] = await db
    .select({
      id: reviews.id,
      text: reviews.text,
      title: reviews.title,
      version: reviews.version,
      recoveredAt: reviews.recoveredAt,
    })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, edit.reviewId)));
  if (!review) return 'ignored';
  const [reply] = await db
    .select({ id: replies.id, approvedAt: replies.approvedAt, postedAt: replies.postedAt })
    .from(replies)
    .where(
      and(
        eq(replies.orgId, orgId),
        eq(replies.reviewId, review.id),
        inArray(replies.state, ['approved', 'posting', 'posted', 'manual']),
      ),
    )
    .orderBy(desc(replies.approvedAt))
    .limit(1);
  if (!reply) return 'ignored';
  const [previous] = await db
    .select({ text: reviewVersions.text, title: reviewVersions.title })
    .from(reviewVersions)
    .where(
      and(
        eq(reviewVersions.orgId, orgId),
        eq(reviewVersions.reviewId, review.id),
        lt(reviewVersions.version, review.version),
      ),
    )
    .orderBy(desc(reviewVersions.version))
    .limit(1);
  const isTextEdited = previous
    ? previous.text !== review.text || (previous.title ?? null) !== (review.title ?? null)
    : false;
  const isRatingUp =
    edit.rating !== null && edit.previousRating !== null && edit.rating > edit.previousRating;
  const isRatingDown =
    edit.rating !== null && edit.previousRating !== null && edit.rating < edit.previousRating;
  if (!isRatingUp && !isTextEdited && !isRatingDown) return 'ignored';
  const isRecovery = isRatingUp || (isTextEdited && !isRatingDown);

  const [found] = await db
    .select({ id: recoveryCases.id })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.reviewId, review.id)));
  const summary = isRatingUp
    ? `The reviewer raised their rating from ${edit.previousRating} to ${edit.rating} after our reply`
    : isRecovery
      ? 'The reviewer edited their review after our reply'
      : `The reviewer lowered their rating from ${edit.previousRating} to ${edit.rating} after our reply`;
  if (isRecovery) {
    await db
      .update(reviews)
      .set({ recoveredAt: now })
      .where(and(eq(reviews.orgId, orgId), eq(reviews.id, review.id), isNull(reviews.recoveredAt)));
  }
  if (found) {
    if (isRecovery) {
      await db
        .update(recoveryCases)
        .set({ recoveredAt: now })
        .where(
          and(
            eq(recoveryCases.orgId, orgId),
            eq(recoveryCases.id, found.id),
            isNull(recoveryCases.recoveredAt),
          ),
        );
    }
    await db.insert(caseEvents).values({
      orgId,
      caseId: found.id,
      kind: isRecovery ? 'recovery' : 'review_edited',
      at: now,
      actorLabel: 'Rebound',
      summary,
      detail: {
        reviewId: review.id,
        previousRating: edit.previousRating,
        rating: edit.rating,
        isTextEdited,
        replyId: reply.id,
      },
    });
  }
  await recordAudit(db, {
    orgId,
    actorUserId: null,
    actorLabel: 'Rebound',
    action: isRecovery ? 'review.recovered' : 'review.edited_after_reply',
    entityType: 'review',
    entityId: review.id,
    detail: {
      previousRating: edit.previousRating,
      rating: edit.rating,
      isTextEdited,
      caseId: found?.id ?? null,
    },
  });
  return isRecovery ? 'recovered' : 'edited';
}
