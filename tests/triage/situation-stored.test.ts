import type { NormalizedReview } from '@rebound/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBusinessProfile } from '../../server/src/drafting/business-profile.ts';
import { getReview } from '../../server/src/services/reviews/get-review.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { createGoldenOrg, type GoldenOrg } from '../dashboard/golden-org.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

const review = (id: string, rating: number, text: string): NormalizedReview => ({
  externalId: id,
  author: `Author ${id}`,
  rating,
  ratingOriginal: rating,
  ratingScale: { worst: 1, best: 5 },
  title: null,
  text,
  language: 'en',
  publishedAt: '2025-04-01T10:00:00Z',
  updatedAt: null,
  url: null,
  itemName: null,
  ownerReply: null,
});

describe.each(engines)('situation stored with the review on %s', (engine) => {
  let database: TestDatabase;
  let org: GoldenOrg;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    org = await createGoldenOrg(database.db, `situation-${engine}`);
  });
  afterAll(() => database?.drop());

  const ctx = () => ({
    orgId: org.orgId,
    sourceId: org.srcA,
    locationId: org.locA,
    profile: demoBusinessProfile,
    isCompleteList: false,
    now: new Date('2025-04-02T00:00:00Z'),
  });

  it('keeps what triage read at ingest and returns it with the review, updated when the review is edited', async () => {
    const { db } = database;
    const first = review(
      's1',
      1,
      'The brakes failed the day after the service, on a steep hill. Terrifying.',
    );
    const result = await ingestReviews(db, ctx(), [first]);
    const created = result.events.find((e) => e.type === 'created');
    if (!created) throw new Error('review not created');

    const stored = await getReview(db, org.orgId, created.reviewId);
    expect(stored.review.situation).toMatchObject({
      incidents: ['equipment_failure_risk'],
      stance: 'unhappy',
      sectorGroup: 'retail',
    });
    expect(stored.review.escalationReasons).toEqual(['equipment_failure_risk']);

    await ingestReviews(db, ctx(), [
      {
        ...first,
        rating: 4,
        text: 'They rang me, redid the brakes for free and checked them with me. Good people.',
      },
    ]);
    const edited = await getReview(db, org.orgId, created.reviewId);
    expect(edited.review.situation?.stance).toMatch(/^happy/);
    expect(edited.review.situation?.incidents).toEqual([]);
  });
});
