import type { NormalizedReview } from '@rebound/shared';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoveryCases, reviews } from '../../server/src/db/schema/index.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { getOverview } from '../../server/src/services/trends/get-overview.ts';
import { addReply, createGoldenOrg, type GoldenOrg } from '../dashboard/golden-org.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

const period = { from: '2025-06-01', to: '2025-06-07' };

const item = (name: string, rating: number, text: string, ownerReplyAt?: string): NormalizedReview => ({
  externalId: name,
  author: name,
  rating,
  ratingOriginal: rating,
  ratingScale: { worst: 1, best: 5 },
  title: null,
  text,
  language: 'en',
  url: null,
  itemName: null,
  ownerReply: ownerReplyAt ? { text: 'Thank you, we are on it.', updatedAt: ownerReplyAt } : null,
  publishedAt: '2025-06-03T10:00:00.000Z',
  updatedAt: null,
});

const complaint = 'The order was wrong and nobody called us back.';

/**
 * Six reviewers, all published on 06-03, with the reply (ours approved in Rebound, or an owner reply on the platform)
 * before any edit. Recovered means the rating now is above the rating when we replied:
 *  raised      ★2, reply, ★4                          recovered
 *  rewritten   ★2, reply, same ★2 with new words      not recovered (an edit, not a higher rating)
 *  dipped      ★2, reply, ★1, then ★2                 not recovered (back to where it was, not above)
 *  relapsed    ★1, reply, ★5, then ★1                 not recovered any more
 *  unanswered  ★3, no reply, ★5                       not recovered (we never replied)
 *  platform    ★2, owner reply on the platform, ★4    recovered
 * So the signal marks 2 reviews and the trend counts 2.
 */
describe.each(engines)('one definition of a recovered reviewer on %s', (engine) => {
  let database: TestDatabase;
  let org: GoldenOrg;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    org = await createGoldenOrg(database.db, `recovered-${engine}`);
  });
  afterAll(() => database?.drop());

  const ingest = async (items: NormalizedReview[]) => {
    await ingestReviews(
      database.db,
      { orgId: org.orgId, sourceId: org.srcA, locationId: org.locA, isCompleteList: false },
      items,
    );
    await drainReviewEffects(database.db);
  };

  it('marks on the review and its case exactly the reviewers the trend and the digest count as recovered', async () => {
    const replyAt = new Date(Date.now() - 60_000).toISOString();
    await ingest([
      item('raised', 2, complaint),
      item('rewritten', 2, complaint),
      item('dipped', 2, complaint),
      item('relapsed', 1, complaint),
      item('unanswered', 3, complaint),
      item('platform', 2, complaint, replyAt),
    ]);
    const ids = new Map(
      (
        await database.db
          .select({ id: reviews.id, author: reviews.author })
          .from(reviews)
          .where(eq(reviews.orgId, org.orgId))
      ).map((r) => [r.author, r.id]),
    );
    for (const name of ['raised', 'rewritten', 'dipped', 'relapsed'])
      await addReply(database.db, org, ids.get(name) ?? '', replyAt);

    await ingest([
      item('raised', 4, complaint),
      item('rewritten', 2, 'They called us back the next day and put the order right. Still slow.'),
      item('dipped', 1, complaint),
      item('relapsed', 5, complaint),
      item('unanswered', 5, complaint),
      item('platform', 4, complaint, replyAt),
    ]);
    await ingest([item('dipped', 2, complaint), item('relapsed', 1, complaint)]);

    const signal = await database.db
      .select({ author: reviews.author })
      .from(reviews)
      .where(and(eq(reviews.orgId, org.orgId), isNotNull(reviews.recoveredAt)));
    expect(signal.map((r) => r.author).sort()).toEqual(['platform', 'raised']);
    const cases = await database.db
      .select({ reviewId: recoveryCases.reviewId })
      .from(recoveryCases)
      .where(and(eq(recoveryCases.orgId, org.orgId), isNotNull(recoveryCases.recoveredAt)));
    expect(cases.map((c) => c.reviewId).sort()).toEqual([ids.get('platform'), ids.get('raised')].sort());

    // The trend reads the rollups, which the weekly digest prints as "raised their rating after a reply".
    const overview = await getOverview(database.db, org.orgId, period);
    expect(overview.summary.recovered).toBe(2);
    expect(overview.summary.recovered).toBe(signal.length);
  });
});
