import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, replies, replyDrafts, reviews, sources, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { bulkApprove } from '../../server/src/services/replies/bulk-approve.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

describe.each(engines)('bulk approval on %s', (engine) => {
  let database: TestDatabase;
  let orgId: string;
  let owner: { userId: string; label: string };
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    const email = demoUsers.find((u) => u.role === 'owner')?.email ?? '';
    const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    owner = { userId: row?.id ?? '', label: email };
  });
  afterAll(() => database?.drop());

  const addDraft = async (
    key: string,
    review: { rating: number; label: 'positive' | 'negative'; isEscalated?: boolean },
  ) => {
    const [source] = await database.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.orgId, orgId));
    const [r] = await database.db
      .insert(reviews)
      .values({ orgId, sourceId: source?.id ?? '', dedupeKey: `x:${key}`, text: `Review ${key}`, ...review })
      .returning({ id: reviews.id });
    const [d] = await database.db
      .insert(replyDrafts)
      .values({
        orgId,
        reviewId: r?.id ?? '',
        text: 'Thank you so much for the kind words!',
        origin: 'composer',
      })
      .returning({ id: replyDrafts.id });
    return { reviewId: r?.id ?? '', draftId: d?.id ?? '' };
  };

  it('approves the thank-yous under positive reviews one by one, each audited, and leaves escalated and unhappy ones untouched', async () => {
    const happy = [
      await addDraft('happy-1', { rating: 5, label: 'positive' }),
      await addDraft('happy-2', { rating: 4, label: 'positive' }),
    ];
    const escalated = await addDraft('escalated', { rating: 5, label: 'positive', isEscalated: true });
    const unhappy = await addDraft('unhappy', { rating: 2, label: 'negative' });
    const result = await bulkApprove(database.db, orgId, owner, {
      draftIds: [...happy, escalated, unhappy].map((d) => d.draftId),
    });
    expect(result.approved.map((a) => a.draftId).sort()).toEqual(happy.map((h) => h.draftId).sort());
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { draftId: escalated.draftId, reason: 'escalated' },
        { draftId: unhappy.draftId, reason: 'not_positive' },
      ]),
    );
    const stored = await database.db
      .select({ reviewId: replies.reviewId })
      .from(replies)
      .where(eq(replies.orgId, orgId));
    expect(stored.map((s) => s.reviewId).sort()).toEqual(happy.map((h) => h.reviewId).sort());
    const untouched = await database.db
      .select({ status: replyDrafts.status })
      .from(replyDrafts)
      .where(inArray(replyDrafts.id, [escalated.draftId, unhappy.draftId]));
    expect(untouched.map((d) => d.status)).toEqual(['draft', 'draft']);
    // One audit entry per approved reply, each under its own review.
    const audit = await database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'reply.approved')));
    expect(audit.map((a) => a.entityId).sort()).toEqual(happy.map((h) => h.reviewId).sort());
  });
});
