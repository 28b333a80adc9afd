import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { addReviewWithDraft } from '../app-store-connect/store-fixture.ts';
import { login } from '../approval/demo-org.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// One engine is enough here: the browser checks the editor; the limit itself is tested on both engines.
describe('the reply editor for a Google Play review, in a browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const draft = 'Thank you, Jo. Version 4.3 fixes the logout; please update.';
  let reviewId = '';
  beforeAll(async () => {
    server = await startTestServer('pglite');
    const db = server.database.db;
    const { orgId } = await loadDemo(db);
    await updateApprovalSettings(
      db,
      orgId,
      { userId: null, label: 'test' },
      { undoSeconds: 0, unpostedReminderHours: 24 },
    );
    const [source] = await db
      .insert(sources)
      .values({
        orgId,
        kind: 'google_play',
        name: 'Google Play',
        config: { packageName: 'com.example.app' },
        isPaused: true,
      })
      .returning({ id: sources.id });
    ({ reviewId } = await addReviewWithDraft(db, orgId, source?.id ?? '', 'gp-browser-1', draft));
    browser = await launchBrowser();
    const owner = login('owner');
    await signInThroughForm(browser.page, server.url, owner.email, owner.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the length against 350 as the owner types, and refuses approval over it', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    const editor = await waitVisible(page.getByRole('textbox', { name: 'Reply draft' }));
    const counter = page.getByTestId('reply-length');
    await expect.poll(() => counter.textContent()).toContain(`${draft.length} / 350`);
    const approve = page.getByRole('button', { name: 'Approve', exact: true });
    expect(await approve.isDisabled()).toBe(false);
    // 59 + 300 = 359 characters: 9 over.
    await editor.fill(`${draft}${'x'.repeat(300)}`);
    await expect.poll(() => counter.textContent()).toContain('359 / 350');
    expect(await counter.textContent()).toContain('shorten the reply by 9');
    expect(await approve.isDisabled()).toBe(true);
    await editor.fill(`${draft}${'x'.repeat(291)}`);
    await expect.poll(() => counter.textContent()).toContain('350 / 350');
    expect(await approve.isDisabled()).toBe(false);
  });

  it('shows the same limit when an approved reply is edited, and keeps its approval disabled over it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    // The approval must be stored before the review page is opened, or the page has no reply to edit yet.
    await expect
      .poll(
        async () =>
          (
            await server.database.db
              .select({ id: replies.id })
              .from(replies)
              .where(eq(replies.reviewId, reviewId))
          ).length,
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.goto(`${server.url}/reviews/${reviewId}`);
    await (await waitVisible(page.getByRole('button', { name: 'Edit reply' }), 30_000)).click();
    const field = await waitVisible(page.getByLabel('New text of the reply'));
    await field.fill('y'.repeat(351));
    const counter = page.getByTestId('reply-length');
    await expect.poll(() => counter.textContent()).toContain('351 / 350');
    const approveNew = page.getByRole('button', { name: 'Approve the new text' });
    expect(await approveNew.isDisabled()).toBe(true);
    await field.fill('y'.repeat(350));
    await expect.poll(() => counter.textContent()).toContain('350 / 350');
    expect(await approveNew.isDisabled()).toBe(false);
  });
});
