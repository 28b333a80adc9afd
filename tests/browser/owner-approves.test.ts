import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

describe('owner in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    const { orgId } = await loadDemo(server.database.db);
    await pollDemoSource(server, orgId);
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, opens the inbox, sees a negative demo review with its draft and what was read from it, edits and approves it', async () => {
    if (!owner) throw new Error('demo owner missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/inbox`);
    const list = page.getByRole('region', { name: 'Reviews needing a reply' });
    const firstItem = await waitVisible(list.locator('.inbox-item').first());
    expect(await firstItem.getAttribute('class')).toMatch(/negative/);
    // Beside the draft: what triage read from the review, so the owner can check the draft against it.
    const reading = await waitVisible(page.getByRole('region', { name: 'What we read' }));
    expect(await reading.textContent()).toMatch(/Stance\s*unhappy/);
    const editor = page.getByRole('textbox', { name: 'Reply draft' });
    const draft = await editor.inputValue();
    expect(draft.length).toBeGreaterThan(40);
    const title = await page
      .getByRole('region', { name: 'Selected review' })
      .getByRole('heading', { level: 2 })
      .textContent();
    await editor.fill(`${draft}\n\nOlivia, owner`);
    await page.getByRole('button', { name: 'Save edit' }).click();
    await page.screenshot({ path: path.join(artifactsDir, 'foundation-inbox-edited.png'), fullPage: true });
    const reason = page.getByLabel('Reason to approve despite the blocking finding');
    if (await reason.isVisible()) await reason.fill('Checked by the owner');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForFunction(
      (before) => document.querySelector('[aria-label="Selected review"] h2')?.textContent !== before,
      title,
    );
    // The review page shows the approved reply with our edit.
    const reviews = await server.database.db.query.reviews.findMany({ columns: { id: true, title: true } });
    const approvedReview = reviews.find((r) => r.title === title);
    await page.goto(`${server.url}/reviews/${approvedReview?.id}`);
    await waitVisible(page.getByText('Olivia, owner').first());
    await waitVisible(page.getByRole('cell', { name: 'reply.approved' }));
    await page.screenshot({
      path: path.join(artifactsDir, 'foundation-review-approved.png'),
      fullPage: true,
    });
  });
});
