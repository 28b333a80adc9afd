import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { signedInClient } from '../support/api-client.ts';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const manager = demoUsers.find((u) => u.role === 'manager');

describe('adding a source that is already watched, in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let orgId: string;
  let existingId: string;
  beforeAll(async () => {
    if (!owner) throw new Error('demo owner missing');
    server = await startTestServer('pglite', { FETCH_ALLOW_LIST: '127.0.0.1,10.20.0.0/16' });
    ({ orgId } = await loadDemo(server.database.db));
    const api = await signedInClient(server.url, owner.email, owner.password);
    const created = await api.client.sources.create.mutate({
      kind: 'schema_org',
      name: 'Shop review page',
      settings: { url: 'https://reviews.example.com/shop/42' },
      schedule: { intervalSeconds: 3600 },
    });
    existingId = created.source.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses the same page under another spelling, names the source already watching it and links to it', async () => {
    if (!owner) throw new Error('demo owner missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/sources`);
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Name').fill('Same page again');
    await page.getByLabel('Address').fill('HTTPS://Reviews.Example.com:443/shop/42/#top');
    await page.getByRole('button', { name: 'Save' }).click();
    const error = await waitVisible(page.locator('.source-form .error[role="alert"]'));
    expect(await error.textContent()).toContain('“Shop review page” already watches this address');
    const link = error.getByRole('link', { name: 'Open “Shop review page”' });
    expect(await link.getAttribute('href')).toBe(`/sources#source-${existingId}`);
    const count = await server.database.db
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.orgId, orgId), eq(sources.name, 'Same page again')));
    expect(count).toHaveLength(0);
    await link.click();
    await waitVisible(page.locator(`#source-${existingId}`));

    // A different page of the same site is another source, and is saved.
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Name').fill('Second shop');
    await page.getByLabel('Address').fill('https://reviews.example.com/shop/43');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitVisible(page.getByRole('heading', { name: 'Second shop' }));
  });

  it('shows owners the server’s fetch policy read-only, and managers not at all', async () => {
    if (!owner || !manager) throw new Error('demo users missing');
    const { page } = browser;
    await page.goto(`${server.url}/sources`);
    const policy = page.locator('details.fetch-policy');
    await policy.locator('summary').click();
    expect(await policy.textContent()).toContain('FETCH_ALLOW_LIST');
    expect(await policy.locator('.fetch-allow-list code').allTextContents()).toEqual([
      '127.0.0.1',
      '10.20.0.0/16',
    ]);
    expect(await policy.locator('input, button, select, textarea').count()).toBe(0);
    await page.context().clearCookies();
    await signInThroughForm(page, server.url, manager.email, manager.password);
    await page.goto(`${server.url}/sources`);
    await waitVisible(page.getByRole('heading', { name: 'Sources' }));
    expect(await page.locator('details.fetch-policy').count()).toBe(0);
  });
});
