import type { NormalizedReview } from '@rebound/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dailyFeedbackRollups,
  dailyRollups,
  dailyThemeRollups,
  replyDrafts,
  reviews,
} from '../../server/src/db/schema/index.ts';
import { demoBusinessProfile } from '../../server/src/drafting/business-profile.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { ensureFreshRollups } from '../../server/src/services/rollups/ensure-fresh-rollups.ts';
import { hasDirtyDays } from '../../server/src/services/rollups/has-dirty-days.ts';
import { rebuildAllRollups } from '../../server/src/services/rollups/rebuild-all-rollups.ts';
import { refreshRollups } from '../../server/src/services/rollups/refresh-rollups.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { createGoldenOrg, type GoldenOrg } from './golden-org.ts';

const item = (id: string, rating: number, text: string, publishedAt: string): NormalizedReview => ({
  externalId: id,
  author: `Author ${id}`,
  rating,
  ratingOriginal: rating,
  ratingScale: { worst: 1, best: 5 },
  title: null,
  text,
  language: 'en',
  publishedAt,
  updatedAt: null,
  url: null,
  itemName: null,
  ownerReply: null,
});

const firstBatch = [
  item(
    'r1',
    1,
    'The repair took three weeks and nobody called me back. The staff were rude.',
    '2025-03-01T09:00:00Z',
  ),
  item('r2', 5, 'Quick, friendly and fairly priced. Great service.', '2025-03-01T15:00:00Z'),
  item('r3', 2, 'Overcharged and the part broke again after a day.', '2025-03-02T10:00:00Z'),
  item('r4', 4, 'Good work, a little slow.', '2025-03-02T11:00:00Z'),
  item('r5', 3, 'It was fine.', '2025-03-03T08:00:00Z'),
];

async function snapshot(db: TestDatabase['db'], orgId: string) {
  const main = await db
    .select()
    .from(dailyRollups)
    .where(eq(dailyRollups.orgId, orgId))
    .orderBy(dailyRollups.scope, dailyRollups.locationId, dailyRollups.sourceId, dailyRollups.day);
  const themes = await db
    .select()
    .from(dailyThemeRollups)
    .where(eq(dailyThemeRollups.orgId, orgId))
    .orderBy(
      dailyThemeRollups.scope,
      dailyThemeRollups.locationId,
      dailyThemeRollups.sourceId,
      dailyThemeRollups.day,
      dailyThemeRollups.theme,
    );
  const feedback = await db
    .select()
    .from(dailyFeedbackRollups)
    .where(eq(dailyFeedbackRollups.orgId, orgId))
    .orderBy(dailyFeedbackRollups.scope, dailyFeedbackRollups.locationId, dailyFeedbackRollups.day);
  return { main, themes, feedback };
}

describe.each(engines)('rollups on %s', (engine) => {
  let database: TestDatabase;
  let org: GoldenOrg;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    org = await createGoldenOrg(database.db, `rollups-${engine}`);
  });
  afterAll(() => database?.drop());

  const ctx = (isCompleteList: boolean, now: string) => ({
    orgId: org.orgId,
    sourceId: org.srcA,
    locationId: org.locA,
    profile: demoBusinessProfile,
    isCompleteList,
    now: new Date(now),
  });

  it('after inserts, an approval, an edit, a removal and a moved date, the maintained rollups equal a full recomputation', async () => {
    const { db } = database;
    await ingestReviews(db, ctx(false, '2025-03-03T12:00:00Z'), firstBatch);
    await drainReviewEffects(db);
    const [r1] = await db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.orgId, org.orgId), eq(reviews.dedupeKey, 'x:r1')));
    const [draft] = await db
      .select({ id: replyDrafts.id })
      .from(replyDrafts)
      .where(and(eq(replyDrafts.orgId, org.orgId), eq(replyDrafts.reviewId, r1?.id ?? '')));
    if (!draft) throw new Error('no draft for r1');
    await approveDraft(
      db,
      org.orgId,
      { userId: org.ownerId, label: 'owner' },
      { draftId: draft.id, overrideReason: 'checked' },
    );
    await ensureFreshRollups(db, org.orgId);
    // The reviewer of r1 raises 1 → 4 after our reply; r5 disappears from the complete list.
    const edited = firstBatch
      .map((i) => (i.externalId === 'r1' ? { ...i, rating: 4, text: `${i.text} Update: they fixed it.` } : i))
      .filter((i) => i.externalId !== 'r5');
    await ingestReviews(db, ctx(true, '2025-03-05T12:00:00Z'), edited);
    await db
      .update(reviews)
      .set({ publishedAt: new Date('2025-03-04T10:00:00Z') })
      .where(and(eq(reviews.orgId, org.orgId), eq(reviews.dedupeKey, 'x:r4')));

    expect(await hasDirtyDays(db, org.orgId)).toBe(true);
    await ensureFreshRollups(db, org.orgId);
    expect(await hasDirtyDays(db, org.orgId)).toBe(false);
    const maintained = await snapshot(db, org.orgId);
    await rebuildAllRollups(db, org.orgId);
    const rebuilt = await snapshot(db, org.orgId);
    expect(maintained).toEqual(rebuilt);

    const orgDay = (day: string) => maintained.main.find((r) => r.scope === 0 && r.day === day);
    expect(orgDay('2025-03-01')).toMatchObject({
      reviews: 2,
      replied: 1,
      recovered: 1,
      stars4: 1,
      stars5: 1,
    });
    expect(orgDay('2025-03-03')).toMatchObject({ reviews: 0, removed: 1 });
    expect(orgDay('2025-03-02')).toMatchObject({ reviews: 1 });
    expect(orgDay('2025-03-04')).toMatchObject({ reviews: 1, stars4: 1 });
  });

  it('a poll that only sees unchanged reviews queues no day for refresh', async () => {
    const { db } = database;
    await ensureFreshRollups(db, org.orgId);
    const current = firstBatch
      .map((i) => (i.externalId === 'r1' ? { ...i, rating: 4, text: `${i.text} Update: they fixed it.` } : i))
      .filter((i) => i.externalId !== 'r5');
    await ingestReviews(db, ctx(false, '2025-03-06T12:00:00Z'), current);
    expect(await hasDirtyDays(db, org.orgId)).toBe(false);
  });

  it('refreshRollups on a day with no reviews left deletes that day rather than keeping old counts', async () => {
    const { db } = database;
    await db.delete(reviews).where(and(eq(reviews.orgId, org.orgId), eq(reviews.dedupeKey, 'x:r3')));
    await refreshRollups(db, org.orgId, ['2025-03-02']);
    const rows = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(dailyRollups)
      .where(and(eq(dailyRollups.orgId, org.orgId), eq(dailyRollups.day, '2025-03-02')));
    expect(rows[0]?.n).toBe(0);
    expect(await hasDirtyDays(db, org.orgId)).toBe(false);
  });
});
