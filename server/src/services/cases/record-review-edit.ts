import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type DbExecutor, queryRows } from '../../db/executor.ts';
import { caseEvents, recoveryCases, reviews, reviewVersions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { isRecovered, joinFirstReply, joinRatingWhenReplied } from './recovered-sql.ts';

export type RecoveryOutcome = 'recovered' | 'edited' | 'ignored';

/** Whether we have replied to the review and whether it is recovered, by the one definition in recovered-sql.ts. */
async function readRecovery(db: DbExecutor, orgId: string, reviewId: string) {
  const [row] = await queryRows<{ is_replied: boolean; is_recovered: boolean }>(
    db,
    sql`select fr.first_reply_at is not null as is_replied, ${isRecovered} as is_recovered
      from reviews r ${joinFirstReply} ${joinRatingWhenReplied}
      where r.org_id = ${orgId} and r.id = ${reviewId}`,
  );
  return { isReplied: row?.is_replied === true, isRecovered: row?.is_recovered === true };
}

/**
 * A review changed on the platform after we replied. The review and its case record whether the reviewer
 * recovered (recovered-sql.ts: their rating is now above the one they gave when we replied): `recovered_at` is set
 * when they do and cleared when a later edit takes it back. Every edit by the reviewer after our reply is logged on
 * the case and in the audit log; a change to the owner reply alone (ours appearing) is not theirs and is ignored.
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
  const recovery = await readRecovery(db, orgId, review.id);
  if (!recovery.isReplied) return 'ignored';
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
  // The moment the reviewer comes back is what the case marks; an edit that keeps them recovered keeps that date.
  const isRecovery = recovery.isRecovered && !review.recoveredAt;
  const recoveredAt = recovery.isRecovered ? (review.recoveredAt ?? now) : null;

  const [found] = await db
    .select({ id: recoveryCases.id })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.reviewId, review.id)));
  const summary = isRatingUp
    ? `The reviewer raised their rating from ${edit.previousRating} to ${edit.rating} after our reply`
    : isRatingDown
      ? `The reviewer lowered their rating from ${edit.previousRating} to ${edit.rating} after our reply`
      : 'The reviewer edited their review after our reply';
  if ((recoveredAt === null) !== (review.recoveredAt === null)) {
    await db
      .update(reviews)
      .set({ recoveredAt })
      .where(and(eq(reviews.orgId, orgId), eq(reviews.id, review.id)));
    if (found)
      await db
        .update(recoveryCases)
        .set({ recoveredAt })
        .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.id, found.id)));
  }
  if (found) {
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
