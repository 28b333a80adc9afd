import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { launchBrowser, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('the site root before set-up, in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says set-up is not done and where the link is, without the link, and stops once an organization exists', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    const notice = await waitVisible(page.locator('.setup-pending'));
    expect(await notice.textContent()).toContain('Rebound is not set up yet');
    expect(await notice.textContent()).toContain('printed in the terminal');
    const token = server.setupUrl?.split('#token=')[1];
    expect(token).toBeTruthy();
    expect(await page.content()).not.toContain(token);

    await loadDemo(server.database.db);
    await page.goto(`${server.url}/`);
    await waitVisible(page.getByRole('heading', { name: 'Sign in to Rebound' }));
    expect(await page.locator('.setup-pending').count()).toBe(0);
  });
});
