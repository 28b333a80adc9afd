import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { auditLog, replies, replyDrafts, reviews, sources, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { claimDueReplies } from '../../server/src/services/posting/claim-due-replies.ts';
import { type PostingDeps, postClaimedReply } from '../../server/src/services/posting/post-claimed-reply.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { countWaiting } from '../../server/src/services/replies/count-waiting.ts';
import { listToPost } from '../../server/src/services/replies/list-to-post.ts';
import { rejectDraft } from '../../server/src/services/replies/reject-draft.ts';
import { reviseReply } from '../../server/src/services/replies/revise-reply.ts';
import { undoApproval } from '../../server/src/services/replies/undo-approval.ts';
import { undoRejection } from '../../server/src/services/replies/undo-rejection.ts';
import { withdrawReply } from '../../server/src/services/replies/withdraw-reply.ts';
import { createFetchHttp } from '../../server/src/sources/google/client.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import {
  FAKE_GBP_DEMO_ACCOUNT,
  FAKE_GBP_DEMO_LOCATION,
  type FakeGbp,
  startFakeGbp,
} from '../support/fake-gbp-server.ts';
import { APP_SECRET, addGoogleReview, GOOGLE_REVIEW_ID, REPLY_TEXT, reviewName } from './google-fixture.ts';

const UNDO_SECONDS = 30;

describe.each(engines)('the undo window before a reply is posted, on %s', (engine) => {
  let database: TestDatabase;
  let fake: FakeGbp;
  let orgId: string;
  let owner: { userId: string; label: string };
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    const email = demoUsers.find((u) => u.role === 'owner')?.email ?? '';
    const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    owner = { userId: row?.id ?? '', label: email };
    await updateApprovalSettings(database.db, orgId, owner, {
      undoSeconds: UNDO_SECONDS,
      unpostedReminderHours: 24,
    });
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

  const deps = (): PostingDeps => ({
    db: database.db,
    worker: 'w1',
    log: createLogger('silent'),
    http: createFetchHttp(),
    box: createSecretBox(APP_SECRET),
    // The local stand-in for the platform is an API address of its own.
    allowEndpointOverrides: true,
    sleep: async () => {},
  });
  const platform = (allowEndpointOverrides = true) => ({
    db: database.db,
    box: createSecretBox(APP_SECRET),
    http: createFetchHttp(),
    allowEndpointOverrides,
  });
  const replyRow = async (id: string) =>
    (await database.db.select().from(replies).where(eq(replies.id, id)))[0];
  const platformReply = () =>
    fake.reviews(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION).find((r) => r.reviewId === GOOGLE_REVIEW_ID)
      ?.reviewReply?.comment;
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000);
  const postDue = async (now: Date) => {
    const claimed = await claimDueReplies(database.db, 'w1', { limit: 5, leaseSeconds: 60, now });
    for (const c of claimed) await postClaimedReply(deps(), c);
    return claimed.length;
  };
  const approveGoogle = async () => {
    const { draftId, reviewId } = await addGoogleReview(database.db, fake, orgId, REPLY_TEXT);
    const approved = await approveDraft(database.db, orgId, owner, { draftId });
    return { ...approved, replyId: approved.replyId ?? '', draftId, reviewId };
  };

  it(`holds an approved reply back from the posting worker for the org's ${UNDO_SECONDS} s, then posts it once`, async () => {
    const { replyId } = await approveGoogle();
    const row = await replyRow(replyId);
    // release = approval + 30 s, to the millisecond
    expect((row?.releaseAt.getTime() ?? 0) - (row?.approvedAt.getTime() ?? 0)).toBe(UNDO_SECONDS * 1000);
    expect(await postDue(new Date())).toBe(0);
    expect(await postDue(inSeconds(UNDO_SECONDS - 2))).toBe(0);
    expect(fake.replyPutCount(reviewName)).toBe(0);
    expect(await postDue(inSeconds(UNDO_SECONDS + 1))).toBe(1);
    expect(fake.replyPutCount(reviewName)).toBe(1);
    expect((await replyRow(replyId))?.state).toBe('posted');
    expect(await postDue(inSeconds(UNDO_SECONDS + 60))).toBe(0);
  });

  it('takes an approval back inside the window: the reply is gone, the draft is open again, nothing reaches Google', async () => {
    const { replyId, draftId, reviewId } = await approveGoogle();
    await undoApproval(database.db, orgId, owner, replyId);
    expect(await replyRow(replyId)).toBeUndefined();
    const [draft] = await database.db
      .select({ status: replyDrafts.status })
      .from(replyDrafts)
      .where(eq(replyDrafts.id, draftId));
    expect(draft?.status).toBe('draft');
    expect(await postDue(inSeconds(UNDO_SECONDS + 1))).toBe(0);
    expect(fake.replyPutCount(reviewName)).toBe(0);
    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityId, reviewId)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['reply.approved', 'reply.approval_undone']),
    );
    // Approving again starts a fresh window and that reply is posted exactly once.
    const again = await approveDraft(database.db, orgId, owner, { draftId });
    expect(await postDue(inSeconds(UNDO_SECONDS + 1))).toBe(1);
    expect((await replyRow(again.replyId ?? ''))?.state).toBe('posted');
    expect(fake.replyPutCount(reviewName)).toBe(1);
  });

  it('refuses Undo once the window has closed', async () => {
    const { replyId } = await approveGoogle();
    await expect(
      undoApproval(database.db, orgId, owner, replyId, inSeconds(UNDO_SECONDS + 1)),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await replyRow(replyId)).toBeDefined();
  });

  it('an edit after posting is approved again and replaces the text on Google; withdrawing deletes it there', async () => {
    const { replyId } = await approveGoogle();
    await postDue(inSeconds(UNDO_SECONDS + 1));
    expect(platformReply()).toBe(REPLY_TEXT);
    const edited = `${REPLY_TEXT} We have also refunded the labour.`;
    const revised = await reviseReply(database.db, orgId, owner, { replyId, text: edited });
    expect((await replyRow(replyId))?.state).toBe('replaced');
    // The revision waits out its own undo window too.
    expect(await postDue(new Date())).toBe(0);
    expect(await postDue(inSeconds(UNDO_SECONDS + 1))).toBe(1);
    expect(platformReply()).toBe(edited);
    const withdrawn = await withdrawReply(platform(), orgId, owner, revised.replyId ?? '');
    expect(withdrawn.platformCopy).toBe('deleted');
    expect(platformReply()).toBeUndefined();
    expect((await replyRow(revised.replyId ?? ''))?.state).toBe('withdrawn');
  });

  it("sends nothing to a source's own API address to withdraw once the server no longer allows one", async () => {
    const { replyId, reviewId } = await approveGoogle();
    await postDue(inSeconds(UNDO_SECONDS + 1));
    expect(platformReply()).toBe(REPLY_TEXT);
    const draftsBefore = await database.db
      .select({ id: replyDrafts.id })
      .from(replyDrafts)
      .where(eq(replyDrafts.reviewId, reviewId));
    const before = fake.requests.length;
    await expect(withdrawReply(platform(false), orgId, owner, replyId)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining(
        'not withdrawn: this source uses its own API address, which this server does not allow',
      ),
    });
    // Neither the token request nor the delete went out, and the reply is still the posted one.
    expect(fake.requests.length).toBe(before);
    expect(platformReply()).toBe(REPLY_TEXT);
    expect((await replyRow(replyId))?.state).toBe('posted');
    const draftsAfter = await database.db
      .select({ id: replyDrafts.id })
      .from(replyDrafts)
      .where(eq(replyDrafts.reviewId, reviewId));
    expect(draftsAfter).toHaveLength(draftsBefore.length);
    const withdrawals = await database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.orgId, orgId),
          eq(auditLog.entityId, reviewId),
          eq(auditLog.action, 'reply.withdrawn'),
        ),
      );
    expect(withdrawals).toHaveLength(0);
    // With overrides on, the same withdrawal deletes it there.
    const withdrawn = await withdrawReply(platform(true), orgId, owner, replyId);
    expect(withdrawn.platformCopy).toBe('deleted');
    expect(fake.requests.length).toBeGreaterThan(before);
    expect(platformReply()).toBeUndefined();
    expect((await replyRow(replyId))?.state).toBe('withdrawn');
  });

  it('undoing an edit of a posted reply keeps the posted one current and sends Google nothing', async () => {
    const { replyId } = await approveGoogle();
    await postDue(inSeconds(UNDO_SECONDS + 1));
    const revised = await reviseReply(database.db, orgId, owner, {
      replyId,
      text: `${REPLY_TEXT} Thanks again.`,
    });
    await undoApproval(database.db, orgId, owner, revised.replyId ?? '');
    expect((await replyRow(replyId))?.state).toBe('posted');
    expect(await postDue(inSeconds(UNDO_SECONDS + 1))).toBe(0);
    expect(fake.replyPutCount(reviewName)).toBe(1);
    expect(platformReply()).toBe(REPLY_TEXT);
  });

  it('lists a reply for a platform without an API to post by hand only once its window has passed', async () => {
    const [page] = await database.db
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.orgId, orgId), eq(sources.kind, 'schema_org')));
    const [review] = await database.db
      .insert(reviews)
      .values({
        orgId,
        sourceId: page?.id ?? '',
        dedupeKey: 'x:to-post-1',
        rating: 2,
        text: 'The order came late.',
        label: 'negative',
        url: 'https://reviews.example/r/1',
      })
      .returning({ id: reviews.id });
    const [draft] = await database.db
      .insert(replyDrafts)
      .values({
        orgId,
        reviewId: review?.id ?? '',
        text: 'Sorry it came late; we will call you.',
        origin: 'owner',
      })
      .returning({ id: replyDrafts.id });
    const { replyId, state } = await approveDraft(database.db, orgId, owner, { draftId: draft?.id ?? '' });
    expect(state).toBe('manual');
    expect((await listToPost(database.db, orgId)).items.map((i) => i.replyId)).not.toContain(replyId);
    const later = await listToPost(database.db, orgId, inSeconds(UNDO_SECONDS + 1));
    expect(later.items.find((i) => i.replyId === replyId)).toMatchObject({
      reviewUrl: 'https://reviews.example/r/1',
      isOverdue: false,
    });
    // 24 h reminder: a day and a bit later it is flagged.
    const dayLater = await listToPost(database.db, orgId, inSeconds(UNDO_SECONDS + 24 * 3600 + 1));
    expect(dayLater.items.find((i) => i.replyId === replyId)?.isOverdue).toBe(true);
    expect(dayLater.overdueCount).toBeGreaterThanOrEqual(1);
  });

  it('counts an approval as in its undo window until release, then as queued for posting', async () => {
    const before = await countWaiting(database.db, orgId, inSeconds(UNDO_SECONDS + 1));
    const { draftId } = await addGoogleReview(database.db, fake, orgId, REPLY_TEXT);
    const open = await countWaiting(database.db, orgId);
    await approveDraft(database.db, orgId, owner, { draftId });
    const held = await countWaiting(database.db, orgId);
    expect(held.inUndoWindow - open.inUndoWindow).toBe(1);
    expect(open.toReview - held.toReview).toBe(1);
    const released = await countWaiting(database.db, orgId, inSeconds(UNDO_SECONDS + 1));
    expect(released.queued - before.queued).toBe(1);
  });

  it('brings a rejected draft back with Undo, once', async () => {
    const { draftId } = await addGoogleReview(database.db, fake, orgId, REPLY_TEXT);
    await rejectDraft(database.db, orgId, owner, { draftId, sendBack: false });
    await undoRejection(database.db, orgId, owner, draftId);
    const [draft] = await database.db
      .select({ status: replyDrafts.status })
      .from(replyDrafts)
      .where(eq(replyDrafts.id, draftId));
    expect(draft?.status).toBe('draft');
    await expect(undoRejection(database.db, orgId, owner, draftId)).rejects.toMatchObject({
      kind: 'conflict',
    });
  });
});
