import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, replies, replyDrafts, reviews, sources } from '../../server/src/db/schema/index.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import {
  FAKE_GBP_DEMO_ACCOUNT,
  FAKE_GBP_DEMO_LOCATION,
  type FakeGbp,
  startFakeGbp,
} from '../support/fake-gbp-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { loadPolledDemo, login, signIn } from './demo-org.ts';
import { APP_SECRET, addGoogleReview, GOOGLE_REVIEW_ID, REPLY_TEXT, reviewName } from './google-fixture.ts';

const UNDO_SECONDS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// One engine is enough in the browser: the rules behind each step are tested on both engines in undo-window.test.ts.
describe('the owner’s approval loop in a browser', () => {
  let server: TestServer;
  let fake: FakeGbp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let orgId: string;
  let google: { reviewId: string; draftId: string };
  beforeAll(async () => {
    fake = await startFakeGbp();
    server = await startTestServer('pglite', {
      APP_SECRET,
      WORKERS_ENABLED: 'true',
      POSTING_CRON: '*/1 * * * * *',
      POLL_CRON: '0 0 1 1 *',
      ALERTS_CRON: '0 0 1 1 *',
      // The fake Google runs on loopback, which the guarded fetch refuses unless allowed.
      FETCH_ALLOW_LIST: '127.0.0.1',
      // The stand-in platform servers are API addresses of their own.
      ALLOW_ENDPOINT_OVERRIDES: 'true',
    });
    ({ orgId } = await loadPolledDemo(server.database.db, server.url));
    await updateApprovalSettings(
      server.database.db,
      orgId,
      { userId: null, label: 'test' },
      {
        undoSeconds: UNDO_SECONDS,
        unpostedReminderHours: 24,
      },
    );
    google = await addGoogleReview(server.database.db, fake, orgId, REPLY_TEXT);
    browser = await launchBrowser();
    const owner = login('owner');
    await signInThroughForm(browser.page, server.url, owner.email, owner.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  const list = () => browser.page.getByRole('region', { name: 'Reviews needing a reply' });
  /** Opens the inbox and returns the first row's author and the id of its open draft. */
  const openFirstDraft = async () => {
    await browser.page.goto(`${server.url}/inbox`);
    const first = await waitVisible(list().locator('.inbox-item').first());
    const author = (await first.locator('.author').textContent()) ?? '';
    const [row] = await server.database.db
      .select({ draftId: replyDrafts.id })
      .from(replyDrafts)
      .innerJoin(reviews, eq(reviews.id, replyDrafts.reviewId))
      .where(and(eq(reviews.orgId, orgId), eq(reviews.author, author), eq(replyDrafts.status, 'draft')));
    return { author, row };
  };
  const rowOf = (text: string) => list().locator('.inbox-item', { hasText: text });
  const platformReply = () =>
    fake.reviews(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION).find((r) => r.reviewId === GOOGLE_REVIEW_ID)
      ?.reviewReply?.comment;
  const draftStatus = async (draftId: string) =>
    (
      await server.database.db
        .select({ status: replyDrafts.status })
        .from(replyDrafts)
        .where(eq(replyDrafts.id, draftId))
    )[0]?.status;

  it('lists escalated reviews first, then by rating, each with its age since publication, source and reasons in words', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    await waitVisible(list().locator('.inbox-item').first());
    const rows = await list()
      .locator('.inbox-item')
      .evaluateAll((els) =>
        els.map((el) => ({
          escalated: el.querySelector('.label-tag')?.textContent === 'escalated',
          stars: (el.querySelector('.stars')?.textContent?.match(/★/g) ?? []).length,
          age: el.querySelector('.age')?.textContent ?? '',
          where: el.querySelector('.where')?.textContent ?? '',
          reasons: el.querySelector('.reasons')?.textContent ?? '',
        })),
      );
    const firstCalm = rows.findIndex((r) => !r.escalated);
    expect(rows.slice(firstCalm).some((r) => r.escalated)).toBe(false);
    const calmStars = rows.slice(firstCalm).map((r) => r.stars);
    expect(calmStars).toEqual([...calmStars].sort((a, b) => a - b));
    for (const r of rows) expect(r.where.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.escalated)) expect(r.reasons).not.toMatch(/_/);
    // The oldest demo review was published 40 days ago: its row says so, not "under an hour".
    const [oldest] = await server.database.db
      .select({ author: reviews.author, publishedAt: reviews.publishedAt })
      .from(reviews)
      .innerJoin(replyDrafts, eq(replyDrafts.reviewId, reviews.id))
      .where(and(eq(reviews.orgId, orgId), isNotNull(reviews.publishedAt), eq(replyDrafts.status, 'draft')))
      .orderBy(reviews.publishedAt)
      .limit(1);
    const days = Math.floor((Date.now() - (oldest?.publishedAt?.getTime() ?? 0)) / 86_400_000);
    expect(days).toBeGreaterThan(2);
    expect(rows.map((r) => r.age)).toContain(`${days} d old`);
    await waitVisible(page.getByRole('navigation', { name: 'Waiting per state' }));
  });

  it('approve, Undo, approve again: after the undo window Google receives the reply exactly once', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    await (await waitVisible(rowOf('Sam Rivera'))).click();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const toast = await waitVisible(page.locator('.undo-toast'));
    expect(await toast.textContent()).toMatch(/Reply approved/);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitVisible(rowOf('Sam Rivera'));
    expect(await draftStatus(google.draftId)).toBe('draft');
    await sleep((UNDO_SECONDS + 2) * 1000);
    expect(fake.replyPutCount(reviewName)).toBe(0);
    await rowOf('Sam Rivera').click();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await waitVisible(page.locator('.undo-toast'));
    expect(fake.replyPutCount(reviewName)).toBe(0);
    await expect.poll(() => fake.replyPutCount(reviewName), { timeout: 20_000 }).toBe(1);
    await sleep(3000);
    expect(fake.replyPutCount(reviewName)).toBe(1);
    expect(platformReply()).toBe(REPLY_TEXT);
  });

  it('an edit after posting is approved again and replaces the reply on Google; withdrawing deletes it there', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/reviews/${google.reviewId}`);
    await (await waitVisible(page.getByRole('button', { name: 'Edit reply' }))).click();
    const edited = `${REPLY_TEXT} We have refunded the labour as well.`;
    await page.getByLabel('New text of the reply').fill(edited);
    await page.getByRole('button', { name: 'Approve the new text' }).click();
    await expect.poll(platformReply, { timeout: 20_000 }).toBe(edited);
    // Google has the text a moment before the worker records it: wait for the record too.
    const states = async () =>
      (
        await server.database.db
          .select({ state: replies.state })
          .from(replies)
          .where(eq(replies.reviewId, google.reviewId))
      )
        .map((r) => r.state)
        .sort();
    await expect.poll(states, { timeout: 10_000 }).toEqual(['posted', 'replaced']);
    // Withdrawing after that takes the reply off Google and puts the text back in the inbox as a draft.
    await page.reload();
    await (await waitVisible(page.getByRole('button', { name: 'Withdraw' }))).click();
    const question = await waitVisible(page.getByRole('alertdialog', { name: 'Withdraw this reply?' }));
    await question.getByRole('button', { name: 'Yes, withdraw' }).click();
    await waitVisible(page.getByRole('status').filter({ hasText: 'removed from the platform' }));
    expect(platformReply()).toBeUndefined();
    const [reopened] = await server.database.db
      .select({ text: replyDrafts.text })
      .from(replyDrafts)
      .where(and(eq(replyDrafts.reviewId, google.reviewId), eq(replyDrafts.status, 'draft')));
    expect(reopened?.text).toBe(edited);
  });

  it('lists a reply for a platform without an API under To post, with a link to the review, and marks it posted', async () => {
    const { page } = browser;
    const owner = await signIn(server.url, 'owner');
    const items = await owner.client.reviews.inbox.query({});
    const item = items.find((i) => i.sourceKind !== 'google' && !i.isEscalated);
    if (!item) throw new Error('no demo review to approve');
    await owner.client.replies.approve.mutate({ draftId: item.draftId, overrideReason: 'checked by hand' });
    await sleep((UNDO_SECONDS + 1) * 1000);
    await page.goto(`${server.url}/to-post`);
    const entry = await waitVisible(page.locator('.to-post-item', { hasText: item.author ?? 'Anonymous' }));
    await waitVisible(entry.getByRole('button', { name: 'Copy reply' }));
    // The owner sets the undo window here too; it shows the org's current setting.
    expect(await page.getByLabel('Undo window after approving (seconds)').inputValue()).toBe(
      String(UNDO_SECONDS),
    );
    const [review] = await server.database.db
      .select({ url: reviews.url })
      .from(reviews)
      .where(eq(reviews.id, item.reviewId));
    if (review?.url)
      expect(await entry.getByRole('link', { name: /Open the review on/ }).getAttribute('href')).toBe(
        review.url,
      );
    await entry.getByRole('button', { name: 'Mark as posted' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    const [posted] = await server.database.db
      .select({ state: replies.state, postedBy: replies.postedBy, postedAt: replies.postedAt })
      .from(replies)
      .where(eq(replies.reviewId, item.reviewId));
    expect(posted?.state).toBe('posted');
    expect(posted?.postedBy).toBeTruthy();
    expect(posted?.postedAt).toBeInstanceOf(Date);
    const audit = await server.database.db
      .select({ actor: auditLog.actorLabel })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, item.reviewId), eq(auditLog.action, 'reply.posted')));
    expect(audit.map((a) => a.actor)).toEqual([login('owner').email]);
  });

  it('asks before rejecting, and Undo brings the draft back', async () => {
    const { page } = browser;
    const { author, row } = await openFirstDraft();
    // Declining the question leaves the draft alone.
    const question = page.getByRole('alertdialog', { name: 'Reject this draft?' });
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await (await waitVisible(question)).getByRole('button', { name: 'Keep the draft' }).click();
    await question.waitFor({ state: 'detached' });
    await sleep(500);
    expect(await draftStatus(row?.draftId ?? '')).toBe('draft');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await (await waitVisible(question)).getByRole('button', { name: 'Yes, reject' }).click();
    const toast = await waitVisible(page.locator('.undo-toast', { hasText: 'Draft rejected' }));
    await expect.poll(() => draftStatus(row?.draftId ?? '')).toBe('rejected');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => draftStatus(row?.draftId ?? '')).toBe('draft');
    await waitVisible(rowOf(author).first());
  });

  it('sends a draft back with a note, and the draft stays in the inbox marked with that note', async () => {
    const { page } = browser;
    const { author, row } = await openFirstDraft();
    await page.getByRole('button', { name: 'Send back', exact: true }).click();
    await page
      .getByRole('textbox', { name: 'What should change before this reply is approved?' })
      .fill('Name the late delivery');
    await page.getByRole('button', { name: 'Send back with this note' }).click();
    await expect.poll(() => draftStatus(row?.draftId ?? '')).toBe('sent_back');
    const badge = await waitVisible(page.getByTestId('sent-back'));
    expect(await badge.textContent()).toBe('Sent back for changes: Name the late delivery');
    await waitVisible(rowOf(author).first());
  });

  it('bulk-approves the thank-yous under positive reviews with one confirmation, never an escalated one', async () => {
    const { page } = browser;
    const [source] = await server.database.db
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.orgId, orgId), eq(sources.kind, 'schema_org')));
    const add = async (key: string, isEscalated: boolean) => {
      const [r] = await server.database.db
        .insert(reviews)
        .values({
          orgId,
          sourceId: source?.id ?? '',
          dedupeKey: `x:bulk-${key}`,
          author: `Bulk ${key}`,
          rating: 5,
          text: 'Lovely people and a quick fix, thank you!',
          label: 'positive',
          isEscalated,
          escalationReasons: isEscalated ? ['legal_threat'] : [],
        })
        .returning({ id: reviews.id });
      const [d] = await server.database.db
        .insert(replyDrafts)
        .values({
          orgId,
          reviewId: r?.id ?? '',
          text: 'Thank you so much, it was a pleasure!',
          origin: 'composer',
        })
        .returning({ id: replyDrafts.id });
      return d?.id ?? '';
    };
    const happy = [await add('happy-1', false), await add('happy-2', false)];
    const escalated = await add('escalated', true);
    await page.goto(`${server.url}/inbox`);
    // The escalated one reads in words in its row.
    expect(await (await waitVisible(rowOf('Bulk escalated'))).textContent()).toMatch(/Mentions legal action/);
    const button = await waitVisible(page.getByRole('button', { name: /Accept all \d+ thank-you/ }));
    await button.click();
    const question = await waitVisible(page.getByRole('alertdialog', { name: /^Approve \d+ thank-you/ }));
    expect(await question.textContent()).toMatch(/Escalated and unhappy reviews are never included/);
    await question.getByRole('button', { name: 'Yes, approve them' }).click();
    await waitVisible(page.getByRole('status').filter({ hasText: /^Approved \d+/ }));
    const decided = await server.database.db
      .select({ id: replyDrafts.id, status: replyDrafts.status })
      .from(replyDrafts)
      .where(inArray(replyDrafts.id, [...happy, escalated]));
    const statusOf = new Map(decided.map((d) => [d.id, d.status]));
    expect(happy.map((id) => statusOf.get(id))).toEqual(['approved', 'approved']);
    expect(statusOf.get(escalated)).toBe('draft');
    const audited = await server.database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'reply.approved')));
    expect(audited.length).toBeGreaterThanOrEqual(4);
  });
});
