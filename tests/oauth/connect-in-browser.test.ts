import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPage, type FakeGraph, startFakeGraph } from '../facebook/fake-graph.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type FakeGoogle, seedAccount, startFakeGoogle } from './fake-google.ts';
import { newOwner, pollSource, sourcesOf, TEST_APP_SECRET } from './support.ts';

describe('a new owner connects Google and Facebook in the browser, typing no id or token', () => {
  let google: FakeGoogle;
  let facebook: FakeGraph;
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    google = await startFakeGoogle({ pageSize: 2 });
    seedAccount(google, '3001', 'Garden centres', [
      {
        id: '31',
        title: 'Garden Centre Riverside',
        reviews: [['r1', 'ONE', 'The plants we bought were dead within a week.']],
      },
      {
        id: '32',
        title: 'Garden Centre Hilltop',
        reviews: [['h1', 'TWO', 'Staff were rude at the till and the queue was long.']],
      },
      { id: '33', title: 'Garden Centre Market', reviews: [['m1', 'ONE', 'Never visit the market branch.']] },
    ]);
    facebook = await startFakeGraph();
    addPage(facebook, '701', 'Garden Centre on Facebook', [
      ['7001', 'negative', 'Delivery never arrived and nobody called back.'],
    ]);
    server = await startTestServer('pglite', {
      ...google.env,
      ...facebook.env,
      APP_SECRET: TEST_APP_SECRET,
    });
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await google?.close();
    await facebook?.close();
  });

  it('connects Google, picks two of three locations, then a Facebook Page, and sees their reviews in the inbox', async () => {
    const owner = await newOwner(server, 'garden-centre');
    const { page } = browser;
    await signInThroughForm(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/sources`);
    await (await waitVisible(page.getByRole('button', { name: 'Connect Google Business Profile' }))).click();
    // Google's consent page (the stand-in's), then back to Rebound.
    await (await waitVisible(page.getByRole('button', { name: 'Allow' }))).click();
    const picker = await waitVisible(page.getByRole('form', { name: /Choose what to watch/ }));
    await waitVisible(picker.getByText('Garden Centre Market'));
    await picker.getByRole('checkbox', { name: /Garden Centre Riverside/ }).check();
    await picker.getByRole('checkbox', { name: /Garden Centre Hilltop/ }).check();
    await page.screenshot({ path: path.join(artifactsDir, 'oauth-google-picker.png'), fullPage: true });
    await picker.getByRole('button', { name: /Watch 2 selected/ }).click();
    await waitVisible(page.getByRole('heading', { name: 'Garden Centre Riverside' }));
    await waitVisible(page.getByRole('heading', { name: 'Garden Centre Hilltop' }));
    expect(await page.getByRole('heading', { name: 'Garden Centre Market' }).count()).toBe(0);

    await (await waitVisible(page.getByRole('button', { name: 'Connect Facebook Page' }))).click();
    await (await waitVisible(page.getByRole('button', { name: 'Allow' }))).click();
    const fbPicker = await waitVisible(page.getByRole('form', { name: /Choose what to watch/ }));
    await fbPicker.getByRole('checkbox', { name: /Garden Centre on Facebook/ }).check();
    await fbPicker.getByRole('button', { name: /Watch 1 selected/ }).click();
    await waitVisible(page.getByRole('heading', { name: 'Garden Centre on Facebook' }));

    // Workers are off in tests: poll the new sources as the app's poller would.
    for (const s of await sourcesOf(server, owner.orgId))
      expect((await pollSource(server, owner.orgId, s.id))?.ok).toBe(true);
    await page.goto(`${server.url}/inbox`);
    const inbox = page.getByRole('region', { name: 'Reviews needing a reply' });
    await waitVisible(inbox.locator('.inbox-item').first());
    const text = (await inbox.textContent()) ?? '';
    expect(text).toContain('dead within a week');
    expect(text).toContain('rude at the till');
    expect(text).toContain('Delivery never arrived');
    expect(text).not.toContain('market branch');
    await page.screenshot({ path: path.join(artifactsDir, 'oauth-inbox.png'), fullPage: true });
    // Nothing secret ever reached the page.
    const html = await page.content();
    for (const t of google.refreshTokens) expect(html).not.toContain(t);
    expect(html).not.toMatch(/EAA|ya29/);
  });
});
