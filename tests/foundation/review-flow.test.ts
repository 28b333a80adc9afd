import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  replies,
  replyDrafts,
  reviews,
  reviewVersions,
  sources,
} from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ownerLogin = demoUsers.find((u) => u.role === 'owner');
const marketingLogin = demoUsers.find((u) => u.role === 'marketing');

describe.each(engines)('one review end to end on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadDemo(server.database.db));
  });
  afterAll(() => server?.stop());

  const demoSource = async () => {
    const [s] = await server.database.db.select().from(sources).where(eq(sources.orgId, orgId));
    if (!s) throw new Error('demo source missing');
    return s;
  };
  const poller = () =>
    startPoller(
      {
        db: server.database.db,
        worker: 'test-worker',
        log: createLogger('silent'),
        fetcher: async (url) => {
          const res = await fetch(`${server.url}${url}`);
          return {
            ok: true,
            status: res.status,
            body: await res.text(),
            url: `${server.url}${url}`,
            contentType: res.headers.get('content-type'),
            etag: null,
            lastModified: null,
            notModified: false,
            headers: {},
          };
        },
      },
      { cronExpression: null },
    );

  it('polls the demo source, stores its reviews, flags rating ≤ 2 as negative and drafts a reply for each', async () => {
    const source = await demoSource();
    const outcome = await poller().pollNow(orgId, source.id);
    expect(outcome?.ok).toBe(true);
    expect(outcome?.result?.created).toBe(6);
    const rows = await server.database.db
      .select({ id: reviews.id, rating: reviews.rating, label: reviews.label })
      .from(reviews)
      .where(eq(reviews.orgId, orgId));
    expect(rows).toHaveLength(6);
    const lowRated = rows.filter((r) => (r.rating ?? 5) <= 2);
    expect(lowRated.length).toBeGreaterThan(0);
    for (const r of lowRated) expect(r.label).toBe('negative');
    // Drafting runs off the poll, in the review-effects worker.
    await drainReviewEffects(server.database.db);
    const drafts = await server.database.db
      .select({ reviewId: replyDrafts.reviewId })
      .from(replyDrafts)
      .where(eq(replyDrafts.orgId, orgId));
    for (const r of lowRated) expect(drafts.map((d) => d.reviewId)).toContain(r.id);
  });

  it('re-polling the same page adds no rows', async () => {
    const source = await demoSource();
    const count = async () =>
      (
        await server.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(reviews)
          .where(eq(reviews.orgId, orgId))
      )[0]?.n;
    const before = await count();
    const outcome = await poller().pollNow(orgId, source.id);
    expect(outcome?.result).toMatchObject({ created: 0, updated: 0 });
    expect(await count()).toBe(before);
  });

  it('an edited review adds a version and keeps the old text', async () => {
    const source = await demoSource();
    // Move the demo's clock 31 minutes on: more reviews appear and review d02 is edited by its author.
    const since = Date.now() - 31 * 60_000;
    await server.database.db
      .update(sources)
      .set({ url: `/demo-site/reviews?since=${since}` })
      .where(eq(sources.id, source.id));
    const outcome = await poller().pollNow(orgId, source.id);
    expect(outcome?.result?.created).toBe(9);
    expect(outcome?.result?.updated).toBe(1);
    const [edited] = await server.database.db
      .select({ id: reviews.id, rating: reviews.rating, version: reviews.version })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.dedupeKey, 'x:#review-d02')));
    expect(edited).toMatchObject({ rating: 4, version: 2 });
    const versions = await server.database.db
      .select()
      .from(reviewVersions)
      .where(eq(reviewVersions.reviewId, edited?.id ?? ''));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, rating: 2 });
    expect(versions[0]?.text).toMatch(/two weeks and nobody called/);
  });

  it('the owner sees the negative review in the inbox, edits and approves the draft, and the audit log records each step', async () => {
    if (!ownerLogin || !marketingLogin) throw new Error('demo users missing');
    const owner = await signedInClient(server.url, ownerLogin.email, ownerLogin.password);
    const inbox = await owner.client.reviews.inbox.query({});
    const first = inbox[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(['negative']).toContain(first.label);
    const text = `${first.draftText}\n\nOlivia, owner`;
    await owner.client.replies.edit.mutate({ draftId: first.draftId, text });
    const marketing = await signedInClient(server.url, marketingLogin.email, marketingLogin.password);
    await expect(marketing.client.replies.approve.mutate({ draftId: first.draftId })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    const findings =
      (await owner.client.reviews.get.query({ reviewId: first.reviewId })).drafts[0]?.findings ?? [];
    const needsReason = findings.some((f) => f.severity === 'blocking');
    await owner.client.replies.approve.mutate({
      draftId: first.draftId,
      overrideReason: needsReason ? 'checked by hand' : undefined,
    });
    const [reply] = await server.database.db
      .select()
      .from(replies)
      .where(eq(replies.reviewId, first.reviewId));
    expect(reply?.text).toBe(text.trim());
    const after = await owner.client.reviews.inbox.query({});
    expect(after.map((i) => i.reviewId)).not.toContain(first.reviewId);
    const audit = await server.database.db
      .select({ action: auditLog.action, actor: auditLog.actorLabel })
      .from(auditLog)
      .where(eq(auditLog.entityId, first.reviewId))
      .orderBy(auditLog.at);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['reply.drafted', 'reply.edited', 'reply.approved']),
    );
    expect(audit.find((a) => a.action === 'reply.approved')?.actor).toBe(ownerLogin.email);
    expect(audit.find((a) => a.action === 'reply.drafted')?.actor).toBe('Rebound');
  });
});
