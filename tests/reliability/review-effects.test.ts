import type { NormalizedReview } from '@rebound/shared';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alerts,
  recoveryCases,
  replyDrafts,
  reviewEffects,
  reviews,
  sources,
} from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { getBusinessProfile } from '../../server/src/services/orgs/get-business-profile.ts';
import { claimDueEffects } from '../../server/src/services/review-effects/claim-due-effects.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { settleEffect } from '../../server/src/services/review-effects/settle-effect.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

const review = (i: number, rating: number, text: string): NormalizedReview => ({
  externalId: `fx-${i}`,
  author: `Guest ${i}`,
  rating,
  ratingOriginal: rating,
  ratingScale: { worst: 1, best: 5 },
  title: null,
  text,
  language: 'en',
  url: null,
  itemName: null,
  ownerReply: null,
  publishedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: null,
});

// Six happy reviews, then three unhappy ones: stored in that order, the unhappy ones' effects must still go first.
const items = [
  ...Array.from({ length: 6 }, (_, i) => review(i, 5, 'Lovely visit, friendly staff and a fair price.')),
  ...Array.from({ length: 3 }, (_, i) =>
    review(10 + i, 1, 'Rude staff, we waited an hour and the order was still wrong.'),
  ),
];

describe.each(engines)('review side effects on %s', (engine) => {
  let database: TestDatabase;
  let orgId: string;
  let sourceId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    const [source] = await database.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.orgId, orgId));
    sourceId = source?.id ?? '';
  });
  afterAll(() => database?.drop());

  const countOf = async (table: typeof alerts | typeof recoveryCases | typeof replyDrafts) => {
    const [row] = await database.db.select({ n: count() }).from(table).where(eq(table.orgId, orgId));
    return row?.n ?? 0;
  };

  it('ingest stores each review with its effects queued and drafts nothing itself', async () => {
    const result = await ingestReviews(
      database.db,
      { orgId, sourceId, locationId: null, isCompleteList: false },
      items,
    );
    expect(result.created).toBe(9);
    expect(await countOf(replyDrafts)).toBe(0);
    const queued = await database.db
      .select({ kind: reviewEffects.kind, priority: reviewEffects.priority, n: count() })
      .from(reviewEffects)
      .where(eq(reviewEffects.orgId, orgId))
      .groupBy(reviewEffects.kind, reviewEffects.priority)
      .orderBy(reviewEffects.priority);
    // 3 cases (priority 0), 3 drafts of the unhappy reviews (1), 6 drafts of the happy ones (2).
    expect(queued).toEqual([
      { kind: 'case', priority: 0, n: 3 },
      { kind: 'draft', priority: 1, n: 3 },
      { kind: 'draft', priority: 2, n: 6 },
    ]);
  });

  it('claims cases first, then the drafts of unhappy reviews, then the rest', async () => {
    const claimed = await claimDueEffects(database.db, 'peek', { limit: 6, leaseSeconds: 60 });
    expect(claimed.map((e) => `${e.kind}:${e.priority}`)).toEqual([
      'case:0',
      'case:0',
      'case:0',
      'draft:1',
      'draft:1',
      'draft:1',
    ]);
    // Give them back as a crash would: the lease runs out.
    await database.db
      .update(reviewEffects)
      .set({ leaseExpiresAt: sql`now() - interval '1 second'` })
      .where(eq(reviewEffects.orgId, orgId));
  });

  it('an effect claimed by a process that died is taken over once, and the late process then changes nothing', async () => {
    const [stale] = await claimDueEffects(database.db, 'dead', { limit: 1, leaseSeconds: 60 });
    if (!stale) throw new Error('nothing to claim');
    await database.db
      .update(reviewEffects)
      .set({ leaseExpiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(reviewEffects.orgId, orgId), eq(reviewEffects.id, stale.id)));
    // Two live workers drain side by side, then the dead one wakes up with its old claim.
    await Promise.all([drainReviewEffects(database.db, 'a'), drainReviewEffects(database.db, 'b')]);
    const profile = await getBusinessProfile(database.db, orgId);
    expect(await settleEffect(database.db, 'dead', stale, async () => profile)).toBe('lost_lease');

    expect(await countOf(recoveryCases)).toBe(3);
    expect(await countOf(alerts)).toBe(3);
    expect(await countOf(replyDrafts)).toBe(9);
    const perReview = await database.db
      .select({ reviewId: replyDrafts.reviewId, n: count() })
      .from(replyDrafts)
      .where(eq(replyDrafts.orgId, orgId))
      .groupBy(replyDrafts.reviewId);
    expect(perReview.every((r) => r.n === 1)).toBe(true);
    const [left] = await database.db
      .select({ n: count() })
      .from(reviewEffects)
      .where(eq(reviewEffects.orgId, orgId));
    expect(left?.n).toBe(0);
  });

  it('an edit after our reply queues its recovery signal with the new version', async () => {
    const [target] = await database.db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.dedupeKey, 'x:fx-10')));
    const edited = { ...review(10, 4, 'They called and fixed it, much better now.') };
    await ingestReviews(database.db, { orgId, sourceId, locationId: null, isCompleteList: false }, [edited]);
    const queued = await database.db
      .select({ kind: reviewEffects.kind, payload: reviewEffects.payload })
      .from(reviewEffects)
      .where(and(eq(reviewEffects.orgId, orgId), eq(reviewEffects.reviewId, target?.id ?? '')));
    expect(queued).toEqual([{ kind: 'edit', payload: { previousRating: 1, rating: 4 } }]);
    expect(await drainReviewEffects(database.db)).toBe(1);
  });
});
