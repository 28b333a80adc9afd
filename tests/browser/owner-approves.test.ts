import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

/** What has the keyboard focus, as a screen reader would name it. */
type Focused = { tag: string; name: string; isInboxItem: boolean; isCurrent: boolean; isDisabled: boolean };

const readFocus = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labels = (el as HTMLInputElement | null)?.labels;
    return {
      tag: el?.tagName ?? '',
      name: (labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
      isInboxItem: Boolean(el?.classList.contains('inbox-item')),
      isCurrent: el?.getAttribute('aria-current') === 'true',
      isDisabled: Boolean((el as HTMLButtonElement | null)?.disabled),
    };
  });

/** Press Tab until `isThere` holds for the focused element; a keyboard user gets nowhere else. */
async function tabUntil(page: Page, isThere: (f: Focused) => boolean, limit = 120): Promise<Focused> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await readFocus(page);
    if (isThere(focused)) return focused;
  }
  throw new Error(`nothing matching was reached in ${limit} presses of Tab`);
}

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
    await waitVisible(page.getByRole('gridcell', { name: 'reply.approved' }));
    await page.screenshot({
      path: path.join(artifactsDir, 'foundation-review-approved.png'),
      fullPage: true,
    });
  });

  it('opens, edits and approves a draft with Tab, Enter and Space alone, and the review page shows the approved edit', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    const items = page.getByRole('region', { name: 'Reviews needing a reply' }).locator('.inbox-item');
    await waitVisible(items.nth(1));
    const before = await items.count();
    // From the top of the page to the list, then to its second review, opened with Enter.
    await tabUntil(page, (f) => f.isInboxItem);
    const second = await tabUntil(page, (f) => f.isInboxItem, 1);
    expect(second.isCurrent).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readFocus(page)).isCurrent).toBe(true);
    const heading = page.getByRole('region', { name: 'Selected review' }).getByRole('heading', { level: 2 });
    const title = await heading.textContent();
    expect(second.name).toContain(title);

    // On to the reply draft, named by its label, and type the edit at the caret.
    const field = await tabUntil(page, (f) => f.tag === 'TEXTAREA');
    expect(field.name).toBe('Reply draft');
    const editor = page.getByRole('textbox', { name: 'Reply draft' });
    const draft = await editor.inputValue();
    await page.keyboard.type('Thank you for writing to us. ');
    expect(await editor.inputValue()).toBe(`Thank you for writing to us. ${draft}`);

    // Approve; with a blocking finding the reason field comes first, and Approve stays out of reach until it is given.
    let target = await tabUntil(page, (f) => f.name === 'Approve' || f.name.startsWith('Reason to approve'));
    if (target.name.startsWith('Reason to approve')) {
      await page.keyboard.type('Checked by the owner');
      target = await tabUntil(page, (f) => f.name === 'Approve', 1);
    }
    expect(target).toMatchObject({ tag: 'BUTTON', isDisabled: false });
    await page.keyboard.press('Space');

    // Screen readers hear the outcome in a live region, and focus lands on the review that took its place.
    const toast = await waitVisible(page.getByRole('status').filter({ hasText: /approved/i }));
    expect(await toast.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(before - 1);
    await expect.poll(async () => (await readFocus(page)).isInboxItem).toBe(true);

    // The server kept the edited text as the approved reply: the review's page shows it and the audit entry.
    const reviews = await server.database.db.query.reviews.findMany({ columns: { id: true, title: true } });
    const approved = reviews.find((r) => r.title === title);
    await page.goto(`${server.url}/reviews/${approved?.id}`);
    await waitVisible(page.getByText('Thank you for writing to us.').first());
    await waitVisible(page.getByRole('gridcell', { name: 'reply.approved' }));
  });
});
