import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies } from '../../server/src/db/schema/index.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { loadPolledDemo, login } from './demo-org.ts';

// One engine is enough here: the browser checks the dashboard's behaviour; the rules are tested on both.
describe('the owner’s inbox in a browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    await loadPolledDemo(server.database.db, server.url);
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
    const owner = login('owner');
    await signInThroughForm(browser.page, server.url, owner.email, owner.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('marks a defensive sentence in place, with its suggestion, as the owner types it', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    const editor = await waitVisible(page.getByRole('textbox', { name: 'Reply draft' }));
    await expect.poll(() => page.locator('.highlight-backdrop mark[data-rule="defensive"]').count()).toBe(0);
    await editor.press('End');
    await editor.pressSequentially(' You should have read our policy.', { delay: 5 });
    const mark = await waitVisible(page.locator('.highlight-backdrop mark[data-rule="defensive"]'));
    expect(await mark.textContent()).toMatch(/You should have/i);
    // The mark sits over the very words in the text field.
    const box = await mark.boundingBox();
    const field = await editor.boundingBox();
    expect(box && field && box.y >= field.y && box.y + box.height <= field.y + field.height).toBe(true);
    const advice = await waitVisible(page.locator('.findings li[data-rule="defensive"]'));
    expect(await advice.textContent()).toMatch(/Own the experience/);
    await page.screenshot({
      path: path.join(artifactsDir, 'approval-defensive-in-place.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Show in text' }).first().click();
    const selected = await editor.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected.length).toBeGreaterThan(0);
  });

  it('keeps Approve disabled while a blocking finding has no reason, and enables it once one is typed', async () => {
    const { page } = browser;
    const editor = page.getByRole('textbox', { name: 'Reply draft' });
    await editor.press('End');
    await editor.pressSequentially(' We accept full liability for this.', { delay: 5 });
    await waitVisible(page.locator('.highlight-backdrop mark.blocking[data-rule="liability"]'));
    const approve = page.getByRole('button', { name: 'Approve', exact: true });
    expect(await approve.isDisabled()).toBe(true);
    await waitVisible(page.getByText('Approval is blocked until you give a reason'));
    await page.screenshot({
      path: path.join(artifactsDir, 'approval-blocked-needs-reason.png'),
      fullPage: true,
    });
    await page
      .getByLabel('Reason to approve despite the blocking finding')
      .fill('Our insurer asked for this wording');
    expect(await approve.isDisabled()).toBe(false);
    // Taking the blocking sentence out again removes the need for a reason: the editor does not approve here.
    await editor.fill(
      (await editor.inputValue())
        .replace(' We accept full liability for this.', '')
        .replace(' You should have read our policy.', ''),
    );
    await expect
      .poll(() => page.getByLabel('Reason to approve despite the blocking finding').count())
      .toBe(0);
  });

  it('approves the next item with the keyboard alone, and focus lands on the item that takes its place', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    const items = page.locator('.inbox-item');
    await waitVisible(items.first());
    const before = await items.count();
    // Start from the list, as a keyboard user arriving on the page would.
    await items.first().focus();
    await page.keyboard.press('j');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current')))
      .toBe('true');
    const focusedIndex = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.inbox-item')).indexOf(document.activeElement as Element),
    );
    expect(focusedIndex).toBe(1);
    const title = await page
      .getByRole('region', { name: 'Selected review' })
      .getByRole('heading', { level: 2 })
      .textContent();
    await page.keyboard.press('a');
    if (await page.getByLabel('Reason to approve despite the blocking finding').count()) {
      // A blocking finding: "a" put the cursor in the reason field; type it, Tab to Approve, Enter.
      await page.keyboard.type('Checked with the team');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(before - 1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('inbox-item')))
      .toBe(true);
    const nowSelected = await page.evaluate(() => document.activeElement?.getAttribute('aria-current'));
    expect(nowSelected).toBe('true');
    const visibleFocus = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(visibleFocus).not.toBe('none');
    await page.screenshot({ path: path.join(artifactsDir, 'approval-keyboard-next.png'), fullPage: true });
    const approved = await server.database.db
      .select({ reviewId: replies.reviewId, text: replies.text })
      .from(replies);
    const titles = await server.database.db.query.reviews.findMany({ columns: { id: true, title: true } });
    const review = titles.find((r) => r.title === title);
    expect(approved.map((r) => r.reviewId)).toContain(review?.id);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  });
});
