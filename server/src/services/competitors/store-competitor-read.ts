import type { NormalizedReview } from '@rebound/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitorReviews, competitorSnapshots } from '../../db/schema/index.ts';
import type { TriageOptions } from '../../triage/index.ts';
import { dedupeKeyOf } from '../reviews/dedupe-key.ts';
import { readCompetitorReview } from './review-reading.ts';

const MAX_REVIEWS_PER_POLL = 500;
const toDate = (iso: string | null) => (iso ? new Date(iso) : null);

export type StoredRead = { reviewsRead: number; reviewsNew: number };

/**
 * Store one good poll of a competitor: today's snapshot (rating, rating count), replacing an earlier one of the
 * same UTC day, and the reviews not seen before, labelled by our triage. Seen reviews are left as first read:
 * a benchmark needs the shape of what was said, not a competitor's edit history.
 */
export async function storeCompetitorRead(
  db: Db,
  target: { orgId: string; competitorId: string; now: Date; triage: TriageOptions },
  read: { rating: number | null; ratingCount: number | null; reviews: NormalizedReview[] },
): Promise<StoredRead> {
  const unique = new Map<string, NormalizedReview>();
  for (const r of read.reviews.slice(0, MAX_REVIEWS_PER_POLL)) unique.set(dedupeKeyOf(r), r);
  const rows = [...unique].map(([dedupeKey, r]) => ({
    orgId: target.orgId,
    competitorId: target.competitorId,
    dedupeKey,
    author: r.author,
    rating: r.rating,
    title: r.title,
    text: r.text,
    language: r.language,
    url: r.url,
    publishedAt: toDate(r.publishedAt),
    firstSeenAt: target.now,
    ...readCompetitorReview(r, target.triage),
  }));
  return db.transaction(async (tx) => {
    const inserted = rows.length
      ? await tx
          .insert(competitorReviews)
          .values(rows)
          .onConflictDoNothing({
            target: [competitorReviews.orgId, competitorReviews.competitorId, competitorReviews.dedupeKey],
          })
          .returning({ id: competitorReviews.id })
      : [];
    const snapshot = {
      rating: read.rating,
      ratingCount: read.ratingCount,
      reviewsRead: rows.length,
      capturedAt: target.now,
    };
    await tx
      .insert(competitorSnapshots)
      .values({
        orgId: target.orgId,
        competitorId: target.competitorId,
        day: target.now.toISOString().slice(0, 10),
        ...snapshot,
      })
      .onConflictDoUpdate({
        target: [competitorSnapshots.orgId, competitorSnapshots.competitorId, competitorSnapshots.day],
        set: snapshot,
        // A poll that read no rating keeps the one an earlier poll of the day found.
        setWhere: sql`excluded.rating is not null or ${competitorSnapshots.rating} is null`,
      });
    return { reviewsRead: rows.length, reviewsNew: inserted.length };
  });
}
