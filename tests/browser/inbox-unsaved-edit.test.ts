import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { audit } from '../support/axe.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const ADDED = ' One more thing we should say.';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('an unsaved edit in the inbox is only lost after the owner says so in a dialog', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** The browser's own boxes that opened (confirm, alert, beforeunload): none should, inside the app. */
  let browserDialogs: string[] = [];
  beforeAll(async () => {
    if (!owner) throw new Error('demo owner missing');
    server = await startTestServer('pglite');
    const { orgId } = await loadDemo(server.database.db);
    await pollDemoSource(server, orgId);
    browser = await launchBrowser();
    browser.page.on('dialog', (d) => {
      browserDialogs.push(d.type());
      void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
    });
    await signInThroughForm(browser.page, server.url, owner.email, owner.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const list = () => browser.page.getByRole('region', { name: 'Reviews needing a reply' });
  const editor = () => browser.page.getByRole('textbox', { name: 'Reply draft' });
  const question = () => browser.page.getByRole('alertdialog', { name: 'Discard your unsaved edits?' });
  const selectedAuthor = () => list().locator('.inbox-item[aria-current="true"] .author').textContent();
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  /** Opens the inbox on its first review and returns that review's author and its draft as saved. */
  const openInbox = async () => {
    await browser.page.goto(`${server.url}/inbox`);
    browserDialogs = [];
    const text = await (await waitVisible(editor())).inputValue();
    expect(await list().locator('.inbox-item').count()).toBeGreaterThan(1);
    return { author: await selectedAuthor(), saved: text };
  };
  const typeAtEnd = async () => {
    await editor().click();
    await editor().press('Control+End');
    await editor().pressSequentially(ADDED, { delay: 5 });
  };

  it('switching review by mouse asks; Escape keeps the text as typed, Discard changes opens the other review', async () => {
    const { page } = browser;
    const first = await openInbox();
    await typeAtEnd();
    const typed = await editor().inputValue();
    expect(typed).toBe(first.saved + ADDED);
    const second = list().locator('.inbox-item').nth(1);
    const secondAuthor = await second.locator('.author').textContent();

    await second.click();
    const dialog = await waitVisible(question());
    expect(await dialog.textContent()).toMatch(/not saved.*will be lost/);
    expect(await focusedText(page)).toBe('Keep editing');
    // With the question open, the page as a whole has no serious or critical accessibility violation.
    const findings = await audit(page, '/inbox with the unsaved-edit question', 'owner');
    expect(findings.map((f) => `${f.impact} ${f.rule}: ${f.target}`)).toEqual([]);

    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'hidden' });
    expect(await selectedAuthor()).toBe(first.author);
    expect(await editor().inputValue()).toBe(typed);

    await second.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Discard changes' }).click();
    await question().waitFor({ state: 'hidden' });
    expect(await selectedAuthor()).toBe(secondAuthor);
    expect(await editor().inputValue()).not.toContain(ADDED.trim());
    // Back on the first review: nothing was unsaved, so no question, and its draft is as it was saved.
    await list().locator('.inbox-item').first().click();
    await sleep(200);
    expect(await question().count()).toBe(0);
    expect(await selectedAuthor()).toBe(first.author);
    expect(await editor().inputValue()).toBe(first.saved);
    expect(browserDialogs).toEqual([]);
  });

  it('works with the keyboard alone: j asks, Escape keeps editing, Tab and Enter discard and move on', async () => {
    const { page } = browser;
    const first = await openInbox();
    await page.keyboard.press('e');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(ADDED, { delay: 5 });
    await page.keyboard.press('Escape');
    const typed = first.saved + ADDED;
    expect(await editor().inputValue()).toBe(typed);

    await page.keyboard.press('j');
    await waitVisible(question());
    expect(await focusedText(page)).toBe('Keep editing');
    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'hidden' });
    expect(await selectedAuthor()).toBe(first.author);
    expect(await editor().inputValue()).toBe(typed);

    await page.keyboard.press('j');
    await waitVisible(question());
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Discard changes');
    await page.keyboard.press('Enter');
    await question().waitFor({ state: 'hidden' });
    expect(await selectedAuthor()).toBe(
      await list().locator('.inbox-item').nth(1).locator('.author').textContent(),
    );
    expect(await editor().inputValue()).not.toContain(ADDED.trim());
    expect(browserDialogs).toEqual([]);
  });

  it('leaving the inbox by a link, filtering or asking for a new draft asks first; a reload is left to the browser', async () => {
    const { page } = browser;
    const regenerations: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('replies.regenerate')) regenerations.push(r.url());
    });
    await openInbox();
    await typeAtEnd();
    const typed = await editor().inputValue();
    const toPost = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'To post' });

    await toPost.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Keep editing' }).click();
    await question().waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/inbox');
    expect(await editor().inputValue()).toBe(typed);

    // A filter shows another list, so it asks too; keeping on editing leaves the filter and the address as they were.
    const label = page.getByRole('combobox', { name: 'Label' });
    await label.selectOption('positive');
    await waitVisible(question());
    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'hidden' });
    expect(await label.inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    expect(await editor().inputValue()).toBe(typed);

    await page.getByRole('button', { name: 'Regenerate' }).click();
    await waitVisible(question());
    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'hidden' });
    await sleep(300);
    expect(regenerations).toEqual([]);
    expect(await editor().inputValue()).toBe(typed);

    await toPost.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Discard changes' }).click();
    await page.waitForURL((url) => url.pathname === '/to-post');
    expect(browserDialogs).toEqual([]);

    // A reload or a typed address leaves the app: only the browser's own "leave site?" can ask there.
    await openInbox();
    await typeAtEnd();
    await page.goto(`${server.url}/to-post`);
    expect(browserDialogs).toEqual(['beforeunload']);
  });
  it('using an alternative draft over an unsaved edit asks first; Keep editing leaves the text, Discard puts the alternative in', async () => {
    const { page } = browser;
    const picks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('replies.pickAlternative')) picks.push(r.url());
    });
    await openInbox();
    await typeAtEnd();
    const typed = await editor().inputValue();
    await page.getByRole('button', { name: 'Alternatives' }).click();
    const panel = page.getByRole('region', { name: 'Alternative drafts' });
    const use = panel.getByRole('button', { name: 'Use alternative 1' });
    await waitVisible(use);
    const alternative = (await panel.locator('.alt-text').first().textContent()) ?? '';
    expect(alternative.length).toBeGreaterThan(20);
    expect(alternative).not.toBe(typed);

    await use.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Keep editing' }).click();
    await question().waitFor({ state: 'hidden' });
    await sleep(300);
    expect(picks).toEqual([]);
    expect(await editor().inputValue()).toBe(typed);

    await use.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Discard changes' }).click();
    await question().waitFor({ state: 'hidden' });
    await expect.poll(() => editor().inputValue()).toBe(alternative);
    await expect.poll(() => picks.length).toBe(1);
    expect(browserDialogs).toEqual([]);
  });
  it("the browser's Back button asks too; Keep editing stays with the text, Discard changes goes back", async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.goto(`${server.url}/to-post`);
    await nav.getByRole('link', { name: 'Inbox' }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    browserDialogs = [];
    await waitVisible(editor());
    await typeAtEnd();
    const typed = await editor().inputValue();

    await page.evaluate(() => window.history.back());
    await (await waitVisible(question())).getByRole('button', { name: 'Keep editing' }).click();
    await question().waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/inbox');
    expect(await editor().inputValue()).toBe(typed);

    await page.evaluate(() => window.history.back());
    await (await waitVisible(question())).getByRole('button', { name: 'Discard changes' }).click();
    await page.waitForURL((url) => url.pathname === '/to-post');
    expect(browserDialogs).toEqual([]);
  });
  // Last: it ends the session the other cases share.
  it('signing out asks before the session ends, so Keep editing leaves the owner signed in with the text', async () => {
    const { page } = browser;
    await openInbox();
    await typeAtEnd();
    const typed = await editor().inputValue();
    const signOut = page.getByRole('button', { name: 'Sign out' });

    await signOut.click();
    await waitVisible(question());
    await page.keyboard.press('Escape');
    await question().waitFor({ state: 'hidden' });
    await sleep(300);
    expect(new URL(page.url()).pathname).toBe('/inbox');
    await waitVisible(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }));
    expect(await editor().inputValue()).toBe(typed);

    await signOut.click();
    await (await waitVisible(question())).getByRole('button', { name: 'Discard changes' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await waitVisible(page.getByRole('button', { name: 'Sign in' }));
    expect(browserDialogs).toEqual([]);
  });
});
