import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { replies, replyDrafts, reviews, sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { claimDueReplies } from '../../server/src/services/posting/claim-due-replies.ts';
import { type PostingDeps, postClaimedReply } from '../../server/src/services/posting/post-claimed-reply.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { retryFailedPost } from '../../server/src/services/replies/retry-failed-post.ts';
import { createFetchHttp, type HttpFn } from '../../server/src/sources/google/client.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { type FakeGbp, startFakeGbp } from '../support/fake-gbp-server.ts';
import { APP_SECRET, addGoogleReview, REPLY_TEXT, reviewName } from './google-fixture.ts';

const log = createLogger('silent');
const noWait = async () => {};

describe.each(engines)('the posting worker on %s', (engine) => {
  let database: TestDatabase;
  let fake: FakeGbp;
  let orgId: string;
  let ownerId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    const owner = demoUsers.find((u) => u.role === 'owner');
    const { users } = await import('../../server/src/db/schema/index.ts');
    const [row] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, owner?.email ?? ''));
    ownerId = row?.id ?? '';
    // No undo window here: these tests are about posting a released reply (the window has its own tests).
    await updateApprovalSettings(
      database.db,
      orgId,
      { userId: null, label: 'test' },
      {
        undoSeconds: 0,
        unpostedReminderHours: 24,
      },
    );
  });
  afterAll(async () => {
    await fake?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await fake?.close();
    fake = await startFakeGbp();
    await database.db.delete(sources).where(eq(sources.kind, 'google'));
  });

  const deps = (worker: string, http: HttpFn = createFetchHttp()): PostingDeps => ({
    db: database.db,
    worker,
    log,
    http,
    box: createSecretBox(APP_SECRET),
    // The local stand-in for the platform is an API address of its own.
    allowEndpointOverrides: true,
    sleep: noWait,
    retryBaseMs: 1,
  });
  const approve = async () => {
    const { draftId, reviewId } = await addGoogleReview(database.db, fake, orgId, REPLY_TEXT);
    const { replyId } = await approveDraft(
      database.db,
      orgId,
      { userId: ownerId, label: 'owner' },
      { draftId },
    );
    return { replyId: replyId ?? '', reviewId };
  };
  const replyRow = async (id: string) =>
    (await database.db.select().from(replies).where(eq(replies.id, id)))[0];

  it('reads back after Google accepted the reply and dropped the connection, and posts nothing twice', async () => {
    const { replyId } = await approve();
    fake.failNext('drop-after-accept-reply');
    const [claimed] = await claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 60 });
    expect(claimed).toMatchObject({ id: replyId, isResume: false });
    if (!claimed) return;
    expect(await postClaimedReply(deps('w1'), claimed)).toBe('already_present');
    expect(fake.replyPutCount(reviewName)).toBe(1);
    expect(await replyRow(replyId)).toMatchObject({ state: 'posted', postedBy: ownerId, leaseOwner: null });
  });

  it('lets a second worker finish a post whose process died after Google took it, reading back first', async () => {
    const { replyId } = await approve();
    const real = createFetchHttp();
    // The first worker's process "dies" right after its PUT reaches Google: the answer never comes back to it.
    const dying: HttpFn = async (url, init) => {
      const res = await real(url, init);
      return init.method === 'PUT' ? new Promise<never>(() => {}) : res;
    };
    const [first] = await claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 30 });
    if (!first) throw new Error('nothing claimed');
    void postClaimedReply(deps('w1', dying), first);
    for (let i = 0; i < 200 && fake.replyPutCount(reviewName) === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(fake.replyPutCount(reviewName)).toBe(1);
    // While the lease holds, nobody else may touch it.
    expect(await claimDueReplies(database.db, 'w2', { limit: 5, leaseSeconds: 30 })).toHaveLength(0);
    const later = new Date(Date.now() + 31_000);
    const [second] = await claimDueReplies(database.db, 'w2', { limit: 5, leaseSeconds: 30, now: later });
    expect(second).toMatchObject({ id: replyId, isResume: true });
    if (!second) return;
    expect(await postClaimedReply(deps('w2'), second)).toBe('already_present');
    expect(fake.replyPutCount(reviewName)).toBe(1);
    expect((await replyRow(replyId))?.state).toBe('posted');
  });

  it('gives one claim to one worker when two ask at the same moment', async () => {
    const { replyId } = await approve();
    const [a, b] = await Promise.all([
      claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 60 }),
      claimDueReplies(database.db, 'w2', { limit: 5, leaseSeconds: 60 }),
    ]);
    expect([...(a ?? []), ...(b ?? [])].filter((r) => r.id === replyId)).toHaveLength(1);
  });

  it('marks a post failed with the reason when Google refuses our credentials, and a retry queues it again', async () => {
    const { replyId } = await approve();
    fake.revokeRefreshToken();
    const [claimed] = await claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 60 });
    if (!claimed) throw new Error('nothing claimed');
    expect(await postClaimedReply(deps('w1'), claimed)).toBe('failed');
    const failed = await replyRow(replyId);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError).toBeTruthy();
    expect(fake.replyPutCount(reviewName)).toBe(0);
    await retryFailedPost(database.db, orgId, { userId: ownerId, label: 'owner' }, replyId);
    expect((await replyRow(replyId))?.state).toBe('approved');
  });

  it("sends nothing to a source's own API address once the server no longer allows one, and says why", async () => {
    const { replyId } = await approve();
    const [claimed] = await claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 60 });
    if (!claimed) throw new Error('nothing claimed');
    const before = fake.requests.length;
    expect(await postClaimedReply({ ...deps('w1'), allowEndpointOverrides: false }, claimed)).toBe('failed');
    const failed = await replyRow(replyId);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError).toMatch(/ALLOW_ENDPOINT_OVERRIDES/);
    // Neither the token nor the reply went out: the address never heard from us.
    expect(fake.requests.length).toBe(before);
    expect(fake.replyPutCount(reviewName)).toBe(0);
  });

  it('never claims replies for sources without a reply API', async () => {
    const [page] = await database.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.kind, 'schema_org'));
    const [review] = await database.db
      .insert(reviews)
      .values({
        orgId,
        sourceId: page?.id ?? '',
        dedupeKey: 'x:manual-1',
        rating: 2,
        text: 'Slow service.',
        label: 'negative',
      })
      .returning({ id: reviews.id });
    const [draft] = await database.db
      .insert(replyDrafts)
      .values({ orgId, reviewId: review?.id ?? '', text: 'Thank you, and sorry.', origin: 'owner' })
      .returning({ id: replyDrafts.id });
    const { state } = await approveDraft(
      database.db,
      orgId,
      { userId: ownerId, label: 'owner' },
      { draftId: draft?.id ?? '' },
    );
    expect(state).toBe('manual');
    const claimed = await claimDueReplies(database.db, 'w1', { limit: 50, leaseSeconds: 60 });
    expect(claimed).toHaveLength(0);
  });
});
