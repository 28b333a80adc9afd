import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviews } from '../../db/schema/index.ts';
import type { Logger } from '../../logger.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import type { ReviewEvent } from '../reviews/ingest-reviews.ts';
import { openCaseForReview } from './open-case.ts';
import { recordReviewEdit } from './record-recovery.ts';

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text);

/**
 * What a poll's review events set in motion: a case and an alert for each new negative or escalated review,
 * and the recovery signal for reviews edited after our reply. Safe to run twice for the same events.
 */
export async function handleReviewEvents(
  db: Db,
  orgId: string,
  events: ReviewEvent[],
  log?: Logger,
): Promise<void> {
  const created = events.filter((e) => e.type === 'created' && (e.label === 'negative' || e.isEscalated));
  const details = created.length
    ? await db
        .select({
          id: reviews.id,
          author: reviews.author,
          rating: reviews.rating,
          text: reviews.text,
          isEscalated: reviews.isEscalated,
          reasons: reviews.escalationReasons,
        })
        .from(reviews)
        .where(
          and(
            eq(reviews.orgId, orgId),
            inArray(
              reviews.id,
              created.map((e) => e.reviewId),
            ),
          ),
        )
    : [];
  for (const review of details) {
    try {
      const reason = review.isEscalated ? 'escalated' : 'negative';
      const opened = await openCaseForReview(db, orgId, review.id, reason);
      const who = review.author ?? 'An anonymous reviewer';
      await raiseAlert(db, {
        orgId,
        kind: review.isEscalated ? 'escalated' : 'new_negative',
        dedupeKey: `${review.isEscalated ? 'escalated' : 'new_negative'}:${review.id}`,
        reviewId: review.id,
        caseId: opened?.caseId ?? null,
        title: review.isEscalated ? `Escalated review from ${who}` : `New negative review from ${who}`,
        body: [
          `${review.rating ?? 'No'} star${review.rating === 1 ? '' : 's'}: “${excerpt(review.text)}”`,
          review.isEscalated ? `Why it is escalated: ${review.reasons.join(', ')}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
        link: `/reviews/${review.id}`,
      });
    } catch (error) {
      log?.warn({ err: error, reviewId: review.id }, 'could not open a case or alert for a new review');
    }
  }
  for (const e of events) {
    if (e.type !== 'edited') continue;
    try {
      await recordReviewEdit(db, orgId, e);
    } catch (error) {
      log?.warn({ err: error, reviewId: e.reviewId }, 'could not record a review edit');
    }
  }
}
