import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolledDemo, login } from '../approval/demo-org.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Typing a sentence key by key on a busy machine can take longer than the usual wait.
const SLOW = 30_000;

// The check runs in the page as the owner types: the browser shows it is wired to the review being answered.
describe('tone, safety and grounding findings in the reply editor', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    await loadPolledDemo(server.database.db, server.url);
    browser = await launchBrowser();
    const owner = login('owner');
    await signInThroughForm(browser.page, server.url, owner.email, owner.password);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('marks an invented detail and a condescending phrase in place while the owner types', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/inbox`);
    const editor = await waitVisible(page.getByRole('textbox', { name: 'Reply draft' }));
    const review = (await page.locator('.review-text').textContent()) ?? '';
    // The typed detail must be one the review does not give, or the test would prove nothing.
    expect(review.toLowerCase()).not.toContain('sorbet');
    await expect.poll(() => page.locator('.highlight-backdrop mark[data-rule="grounding"]').count()).toBe(0);
    await editor.press('End');
    await editor.pressSequentially(
      ' I’m sorry the pineapple sorbet melted. You obviously didn’t read the menu.',
      {
        delay: 5,
      },
    );
    const grounding = await waitVisible(
      page.locator('.highlight-backdrop mark[data-rule="grounding"]'),
      SLOW,
    );
    expect(await grounding.textContent()).toBe('pineapple sorbet');
    const advice = await waitVisible(page.locator('.findings li[data-rule="grounding"]'), SLOW);
    expect(await advice.textContent()).toMatch(/does not mention “pineapple sorbet”/);
    const condescending = await waitVisible(
      page.locator('.highlight-backdrop mark[data-rule="condescending"]'),
      SLOW,
    );
    expect(await condescending.textContent()).toMatch(/^You obviously didn’t/);
  }, 60_000);
});
