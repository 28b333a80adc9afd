import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, recoveryCases, reviews, sources } from '../../server/src/db/schema/index.ts';
import type { Poller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { loadPolledDemo, signIn } from '../approval/demo-org.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe.each(engines)('the recovery signal on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  let sourceId: string;
  let poller: Poller;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId, sourceId, poller } = await loadPolledDemo(server.database.db, server.url));
  });
  afterAll(() => server?.stop());

  const reviewD02 = async () => {
    const [row] = await server.database.db
      .select({ id: reviews.id, rating: reviews.rating, recoveredAt: reviews.recoveredAt })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.dedupeKey, 'x:#review-d02')));
    if (!row) throw new Error('review d02 missing');
    return row;
  };

  it('records on the review and its case that the reviewer raised their rating after our reply, on the next poll', async () => {
    const before = await reviewD02();
    expect(before).toMatchObject({ rating: 2, recoveredAt: null });
    const owner = await signIn(server.url, 'owner');
    const item = (await owner.client.reviews.inbox.query({})).find((i) => i.reviewId === before.id);
    if (!item) throw new Error('d02 is not in the inbox');
    await owner.client.replies.approve.mutate({ draftId: item.draftId, overrideReason: 'reviewed' });

    // The demo's clock moves on 31 minutes: the author of d02 edits the review to four stars.
    await server.database.db
      .update(sources)
      .set({ url: `/demo-site/reviews?since=${Date.now() - 31 * 60_000}` })
      .where(eq(sources.id, sourceId));
    const outcome = await poller.pollNow(orgId, sourceId);
    expect(outcome?.ok).toBe(true);
    // The edit's recovery signal is queued with it and recorded by the review-effects worker.
    await drainReviewEffects(server.database.db);

    const after = await reviewD02();
    expect(after.rating).toBe(4);
    expect(after.recoveredAt).toBeInstanceOf(Date);
    const [found] = await server.database.db
      .select({ id: recoveryCases.id, recoveredAt: recoveryCases.recoveredAt })
      .from(recoveryCases)
      .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.reviewId, before.id)));
    expect(found?.recoveredAt).toBeInstanceOf(Date);
    const events = await server.database.db
      .select({ kind: caseEvents.kind, summary: caseEvents.summary, detail: caseEvents.detail })
      .from(caseEvents)
      .where(and(eq(caseEvents.orgId, orgId), eq(caseEvents.caseId, found?.id ?? '')));
    const recovery = events.find((e) => e.kind === 'recovery');
    expect(recovery?.summary).toMatch(/raised their rating from 2 to 4/);
    expect(recovery?.detail).toMatchObject({ previousRating: 2, rating: 4 });
  });

  it('marks only the review that changed after our reply as recovered, not the others the poll touched', async () => {
    const rows = await server.database.db
      .select({ id: reviews.id, version: reviews.version, recoveredAt: reviews.recoveredAt })
      .from(reviews)
      .where(eq(reviews.orgId, orgId));
    const recovered = rows.filter((r) => r.recoveredAt);
    expect(recovered).toHaveLength(1);
  });
});
