import type { NormalizedReview } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyDrafts, reviews, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { demoBusinessProfile } from '../../server/src/drafting/index.ts';
import { runEffectsOnce } from '../../server/src/services/review-effects/effects-worker.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { type FakeLlmServer, startFakeLlmServer } from '../support/fake-llm-server.ts';

const plainAnswer = [
  'Thank you for taking the time to write this, and I am sorry we let you down.',
  'I would like to hear the whole story from you and put it right where I can.',
  `Please email me at ${demoBusinessProfile.contactEmail} or call ${demoBusinessProfile.contactPhone}`,
  'and I will get back to you within 48 hours.',
  'Marta and the Spoke & Bean team',
].join(' ');

const review = (externalId: string, text: string): NormalizedReview => ({
  externalId,
  author: 'Priya',
  rating: 2,
  ratingOriginal: 2,
  ratingScale: { worst: 1, best: 5 },
  title: null,
  text,
  language: 'en',
  publishedAt: '2026-11-01T10:00:00Z',
  updatedAt: null,
  url: null,
  itemName: null,
  ownerReply: null,
});

describe('first drafts of new reviews through the LLM', () => {
  let db: TestDatabase;
  let llm: FakeLlmServer;
  let orgId = '';
  let sourceId = '';
  beforeAll(async () => {
    llm = await startFakeLlmServer();
    db = await createTestDatabase('pglite');
    ({ orgId } = await loadDemo(db.db));
    const [source] = await db.db.select({ id: sources.id }).from(sources).where(eq(sources.orgId, orgId));
    if (!source) throw new Error('demo source missing');
    sourceId = source.id;
  });
  afterAll(async () => {
    await db?.drop();
    await llm?.close();
  });

  const draftOf = async (externalId: string) => {
    const [row] = await db.db
      .select({ origin: replyDrafts.origin, note: replyDrafts.originNote, text: replyDrafts.text })
      .from(replyDrafts)
      .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
      .where(and(eq(reviews.orgId, orgId), eq(reviews.externalId, externalId)));
    return row;
  };

  it('stores the LLM draft when it passes, and the composer draft with the reason when the LLM fails', async () => {
    const cfg = { baseUrl: llm.url, apiKey: '', model: 'small-model', timeoutMs: 2000 };
    const ctx = { orgId, sourceId, locationId: null, isCompleteList: false };

    llm.behave({ kind: 'answer', content: plainAnswer });
    await ingestReviews(db.db, ctx, [
      review('llm-1', 'The bell I bought rattles loose after one ride. Annoying.'),
    ]);
    while (await runEffectsOnce({ db: db.db, worker: 'w1', llm: cfg })) {}
    expect(await draftOf('llm-1')).toMatchObject({
      origin: 'llm',
      note: 'drafted by the LLM',
      text: plainAnswer,
    });

    llm.behave({ kind: 'status', status: 503 });
    await ingestReviews(db.db, ctx, [review('llm-2', 'The saddle I bought squeaks on every pedal stroke.')]);
    while (await runEffectsOnce({ db: db.db, worker: 'w1', llm: cfg })) {}
    const kept = await draftOf('llm-2');
    expect(kept).toMatchObject({ origin: 'composer', note: 'composer (the LLM server answered HTTP 503)' });
    expect(kept?.text).toContain('Marta');
  });

  it('claims only as many effects as can be drafted within the lease', async () => {
    const cfg = { baseUrl: llm.url, apiKey: '', model: 'small-model', timeoutMs: 20_000 };
    llm.behave({ kind: 'answer', content: plainAnswer });
    const ctx = { orgId, sourceId, locationId: null, isCompleteList: false };
    await ingestReviews(db.db, ctx, [
      review('batch-1', 'The lock I bought jams.'),
      review('batch-2', 'The pump I bought leaks.'),
      review('batch-3', 'The light I bought flickers.'),
    ]);
    // 60 s lease, 20 s per draft at worst, with half the lease kept spare: one effect per claim.
    const first = await runEffectsOnce({ db: db.db, worker: 'w2', llm: cfg, leaseSeconds: 60 });
    expect(first).toBe(1);
    while (await runEffectsOnce({ db: db.db, worker: 'w2', llm: cfg, leaseSeconds: 60 })) {}
  });
});
