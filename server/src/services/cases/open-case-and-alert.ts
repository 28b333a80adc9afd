import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviews } from '../../db/schema/index.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { openCaseForReview } from './open-case-for-review.ts';

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text);

/**
 * A new negative or escalated review opens its recovery case and raises its alert. Run by the review-effects
 * worker inside the transaction that settles the effect; the case's unique index and the alert's dedupe key
 * keep it single even if the same review is handed over twice.
 */
export async function openCaseAndAlert(db: Db, orgId: string, reviewId: string): Promise<void> {
  const [review] = await db
    .select({
      id: reviews.id,
      author: reviews.author,
      rating: reviews.rating,
      text: reviews.text,
      label: reviews.label,
      isEscalated: reviews.isEscalated,
      reasons: reviews.escalationReasons,
    })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  // Re-triaged since (an edit made it positive) or gone: nothing to recover.
  if (!review || (review.label !== 'negative' && !review.isEscalated)) return;
  const reason = review.isEscalated ? 'escalated' : 'negative';
  const opened = await openCaseForReview(db, orgId, review.id, reason);
  const who = review.author ?? 'An anonymous reviewer';
  const kind = review.isEscalated ? 'escalated' : 'new_negative';
  await raiseAlert(db, {
    orgId,
    kind,
    dedupeKey: `${kind}:${review.id}`,
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
}
