import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replies, reviews } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { claimDueReplies } from '../../server/src/services/posting/claim-due-replies.ts';
import { type PostingDeps, postClaimedReply } from '../../server/src/services/posting/post-claimed-reply.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { reviseReply } from '../../server/src/services/replies/revise-reply.ts';
import { withdrawReply } from '../../server/src/services/replies/withdraw-reply.ts';
import { createAscConfig, postAscResponseOnce } from '../../server/src/sources/app-store-connect/client.ts';
import { createFetchHttp } from '../../server/src/sources/google/http.ts';
import { createGpConfig, postGpReplyOnce } from '../../server/src/sources/google-play/client.ts';
import { startFakePlay } from '../google-play/fake-play-server.ts';
import { pollOnce, secretBox } from '../sources-polling/support.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { startFakeAsc } from './fake-asc-server.ts';
import { addReviewWithDraft, addStoreSource, demoOwnerId, type StoreFake } from './store-fixture.ts';

const http = createFetchHttp({ timeoutMs: 5_000 });
const REPLY = 'Thank you, Jo. The logout bug is fixed in 4.3; please update and tell us if it comes back.';

/** What each test needs to ask of a platform's fake, whichever platform it is. */
async function platform(kind: StoreFake['kind']) {
  if (kind === 'app_store_connect') {
    const fake = await startFakeAsc({ retryAfterSec: 5 });
    const cfg = createAscConfig({ ...fake, apiBaseUrl: fake.url });
    return {
      store: { kind, fake } as StoreFake,
      seed: (id: string) => fake.seed([{ id, rating: 1, body: 'Logs me out', territory: 'GBR' }]),
      writes: (id: string) => fake.createCount(id),
      textOn: (id: string) => fake.responseOf(id)?.responseBody ?? null,
      acceptDirectly: (id: string, text: string) => postAscResponseOnce(cfg, http, id, text),
      failNext: (f: '429') => fake.failNext(f),
      maxLength: 5970,
      close: () => fake.close(),
    };
  }
  const fake = await startFakePlay({ retryAfterSec: 5 });
  const cfg = createGpConfig({ ...fake, apiBaseUrl: fake.url });
  return {
    store: { kind, fake } as StoreFake,
    seed: (id: string) => fake.seed([{ reviewId: id, text: 'Logs me out', starRating: 1 }]),
    writes: (id: string) => fake.replyCount(id),
    textOn: (id: string) => fake.developerComment(id),
    acceptDirectly: (id: string, text: string) => postGpReplyOnce(cfg, http, id, text),
    failNext: (f: '429') => fake.failNext(f),
    maxLength: 350,
    close: () => fake.close(),
  };
}

describe.each(engines)('app store replies on %s', (engine) => {
  let database: TestDatabase;
  let orgId: string;
  let ownerId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    ownerId = await demoOwnerId(database.db);
    await updateApprovalSettings(
      database.db,
      orgId,
      { userId: null, label: 'test' },
      { undoSeconds: 0, unpostedReminderHours: 24 },
    );
  });
  afterAll(() => database?.drop());

  describe.each(['app_store_connect', 'google_play'] as const)('%s', (kind) => {
    let p: Awaited<ReturnType<typeof platform>>;
    let sourceId: string;
    let n = 0;
    beforeEach(async () => {
      p = await platform(kind);
      sourceId = await addStoreSource(database.db, orgId, p.store);
    });
    afterEach(() => p.close());

    const deps = (worker: string, extra: Partial<PostingDeps> = {}): PostingDeps => ({
      db: database.db,
      worker,
      log: createLogger('silent'),
      http,
      box: secretBox,
      // The local stand-in for the platform is an API address of its own.
      allowEndpointOverrides: true,
      sleep: async () => {},
      retryBaseMs: 1,
      ...extra,
    });
    const approved = async (text = REPLY) => {
      const externalId = `${kind}-review-${++n}`;
      p.seed(externalId);
      const { draftId, reviewId } = await addReviewWithDraft(database.db, orgId, sourceId, externalId, text);
      const { replyId } = await approveDraft(
        database.db,
        orgId,
        { userId: ownerId, label: 'owner' },
        { draftId },
      );
      if (!replyId) throw new Error('not approved');
      return { externalId, replyId, reviewId };
    };
    const claim = async (worker: string, replyId: string, now?: Date) => {
      const [claimed] = await claimDueReplies(database.db, worker, {
        limit: 1,
        leaseSeconds: 30,
        only: { orgId, replyId },
        ...(now ? { now } : {}),
      });
      if (!claimed) throw new Error(`${worker} could not claim the reply`);
      return claimed;
    };
    const row = async (replyId: string) =>
      (
        await database.db
          .select()
          .from(replies)
          .where(and(eq(replies.orgId, orgId), eq(replies.id, replyId)))
      )[0];

    it('posts an approved reply once through the claimed worker and records it as posted', async () => {
      const { externalId, replyId } = await approved();
      expect(await postClaimedReply(deps('w1'), await claim('w1', replyId))).toBe('posted');
      expect(p.writes(externalId)).toBe(1);
      expect(p.textOn(externalId)).toBe(REPLY);
      const posted = await row(replyId);
      expect(posted?.state).toBe('posted');
      expect(posted?.meta).toMatchObject({
        via: kind === 'app_store_connect' ? 'app_store_connect_api' : 'google_play_api',
        result: 'posted',
        ...(kind === 'app_store_connect' ? { platformState: 'PENDING_PUBLISH' } : {}),
      });
    });

    it('after a crash between the platform accepting and our record, the next claim reads back and posts nothing twice', async () => {
      const { externalId, replyId } = await approved();
      const first = await claim('dead-worker', replyId);
      expect(first.isResume).toBe(false);
      // The dead worker reached the platform, then died before it wrote anything down.
      await p.acceptDirectly(externalId, REPLY);
      expect((await row(replyId))?.state).toBe('posting');
      // Its 30 s lease lapses; another worker claims the row as a resumed post.
      const later = new Date(Date.now() + 31_000);
      const resumed = await claim('survivor', replyId, later);
      expect(resumed.isResume).toBe(true);
      expect(await postClaimedReply(deps('survivor', { now: () => later }), resumed)).toBe('already_present');
      expect(p.writes(externalId)).toBe(1);
      expect((await row(replyId))?.state).toBe('posted');
    });

    it('on a 429 with Retry-After: 5 waits at least 5 s before the next claim', async () => {
      const { externalId, replyId } = await approved();
      p.failNext('429');
      const before = Date.now();
      expect(await postClaimedReply(deps('w1', { triesPerClaim: 1 }), await claim('w1', replyId))).toBe(
        'retry',
      );
      const waiting = await row(replyId);
      expect(waiting?.state).toBe('approved');
      expect(waiting?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 5_000);
      expect(p.writes(externalId)).toBe(0);
    });

    it('refuses approval of a reply one character over the platform limit, with the numbers', async () => {
      const externalId = `${kind}-long-${++n}`;
      const text = 'a'.repeat(p.maxLength + 1);
      const { draftId } = await addReviewWithDraft(database.db, orgId, sourceId, externalId, text);
      await expect(
        approveDraft(database.db, orgId, { userId: ownerId, label: 'owner' }, { draftId }),
      ).rejects.toThrow(
        `at most ${p.maxLength.toLocaleString('en-US')} characters; this one has ${(p.maxLength + 1).toLocaleString('en-US')}`,
      );
    });

    it('an edit of a posted reply is approved again and replaces the platform copy', async () => {
      const { externalId, replyId } = await approved();
      await postClaimedReply(deps('w1'), await claim('w1', replyId));
      const edited = 'Jo, thank you. Version 4.3.1 fixes the logout for good.';
      const revised = await reviseReply(
        database.db,
        orgId,
        { userId: ownerId, label: 'owner' },
        { replyId, text: edited },
      );
      expect(revised.state).toBe('approved');
      expect(await postClaimedReply(deps('w1'), await claim('w1', revised.replyId ?? ''))).toBe('posted');
      expect(p.textOn(externalId)).toBe(edited);
      expect(p.writes(externalId)).toBe(2);
      expect((await row(replyId))?.state).toBe('replaced');
    });

    it('withdrawing a posted reply deletes the App Store response, and leaves a Play reply for the owner to remove', async () => {
      const { externalId, replyId } = await approved();
      await postClaimedReply(deps('w1'), await claim('w1', replyId));
      const result = await withdrawReply(
        { db: database.db, box: secretBox, http, allowEndpointOverrides: true },
        orgId,
        { userId: ownerId, label: 'owner' },
        replyId,
      );
      if (kind === 'app_store_connect') {
        expect(result.platformCopy).toBe('deleted');
        expect(p.textOn(externalId)).toBeNull();
      } else {
        expect(result.platformCopy).toBe('remove_by_hand');
        expect(p.textOn(externalId)).toBe(REPLY);
      }
      expect((await row(replyId))?.state).toBe('withdrawn');
    });

    it("withdrawing sends nothing to a source's own API address once the server no longer allows one", async () => {
      const { externalId, replyId } = await approved();
      await postClaimedReply(deps('w1'), await claim('w1', replyId));
      const before = p.store.fake.requests.length;
      const withdraw = () =>
        withdrawReply(
          { db: database.db, box: secretBox, http, allowEndpointOverrides: false },
          orgId,
          { userId: ownerId, label: 'owner' },
          replyId,
        );
      if (kind === 'app_store_connect') {
        await expect(withdraw()).rejects.toMatchObject({
          kind: 'conflict',
          message: expect.stringContaining(
            'not withdrawn: this source uses its own API address, which this server does not allow',
          ),
        });
        expect(p.textOn(externalId)).toBe(REPLY);
        expect((await row(replyId))?.state).toBe('posted');
      } else {
        // Play's reply is removed by hand, so withdrawing sends nothing anywhere and goes ahead.
        expect((await withdraw()).platformCopy).toBe('remove_by_hand');
        expect((await row(replyId))?.state).toBe('withdrawn');
      }
      expect(p.store.fake.requests.length).toBe(before);
    });

    it('a poll stores the platform reviews through the guarded fetch', async () => {
      p.seed(`${kind}-polled-${++n}`);
      const outcome = await pollOnce(database.db, orgId, sourceId);
      expect(outcome).toMatchObject({ ok: true });
      const stored = await database.db
        .select({ externalId: reviews.externalId, text: reviews.text })
        .from(reviews)
        .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, sourceId)));
      expect(stored.map((r) => r.externalId)).toContain(`${kind}-polled-${n}`);
      expect(stored.find((r) => r.externalId === `${kind}-polled-${n}`)?.text).toBe('Logs me out');
    });
  });

  it('an App Store poll turns a posted reply from PENDING_PUBLISH into PUBLISHED once Apple shows it', async () => {
    const fake = await startFakeAsc();
    try {
      const sourceId = await addStoreSource(database.db, orgId, { kind: 'app_store_connect', fake });
      fake.seed([{ id: 'state-1', rating: 2, body: 'Slow sync' }]);
      const { draftId } = await addReviewWithDraft(database.db, orgId, sourceId, 'state-1', REPLY);
      const { replyId } = await approveDraft(
        database.db,
        orgId,
        { userId: ownerId, label: 'owner' },
        { draftId },
      );
      const [claimed] = await claimDueReplies(database.db, 'w1', {
        limit: 1,
        leaseSeconds: 30,
        only: { orgId, replyId: replyId ?? '' },
      });
      if (!claimed) throw new Error('no claim');
      await postClaimedReply(
        {
          db: database.db,
          worker: 'w1',
          log: createLogger('silent'),
          http,
          box: secretBox,
          allowEndpointOverrides: true,
        },
        claimed,
      );
      const meta = async () =>
        (
          await database.db
            .select({ meta: replies.meta })
            .from(replies)
            .where(eq(replies.id, replyId ?? ''))
        )[0]?.meta;
      expect(await meta()).toMatchObject({ platformState: 'PENDING_PUBLISH' });
      await pollOnce(database.db, orgId, sourceId);
      expect(await meta()).toMatchObject({ platformState: 'PENDING_PUBLISH' });
      fake.publishAll();
      await pollOnce(database.db, orgId, sourceId);
      expect(await meta()).toMatchObject({ platformState: 'PUBLISHED' });
    } finally {
      await fake.close();
    }
  });
});
