import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type DataServer, startDataServer } from './support.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const page = 'structured_data_html/schemaorg_examples/eg-0010.jsonld.html';

describe('Sources page in the browser', () => {
  let server: TestServer;
  let data: DataServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    data = await startDataServer();
    // Workers on for "Poll now", with a schedule that will not fire during the test.
    server = await startTestServer('pglite', {
      WORKERS_ENABLED: 'true',
      POLL_CRON: '0 0 1 1 *',
      FETCH_ALLOW_LIST: '127.0.0.1',
    });
    await loadDemo(server.database.db);
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.close();
  });

  it('adds a schema.org source, tests it before saving, polls it now and shows it healthy', async () => {
    if (!owner) throw new Error('demo owner missing');
    const { page: tab } = browser;
    await signInThroughForm(tab, server.url, owner.email, owner.password);
    await tab.goto(`${server.url}/sources`);
    await waitVisible(tab.getByRole('link', { name: 'Sources' }));
    await tab.getByRole('button', { name: 'Add a source' }).click();
    await tab.getByLabel('Name').fill('Bakery reviews page');
    await tab.getByLabel('Address').fill(`${data.url}/data/${page}`);
    await tab.getByRole('button', { name: 'Test' }).click();
    await waitVisible(tab.getByText('Test fetch worked: 2 reviews found. Nothing was saved.'));
    await tab.screenshot({ path: path.join(artifactsDir, 'sources-test-before-saving.png'), fullPage: true });
    await tab.getByRole('button', { name: 'Save' }).click();
    const card = tab
      .getByRole('listitem')
      .filter({ has: tab.getByRole('heading', { name: 'Bakery reviews page' }) });
    await waitVisible(card);
    await card.getByRole('button', { name: 'Poll now' }).click();
    await waitVisible(tab.getByText(/Poll finished: 2 found, 2 new/));
    await waitVisible(card.getByText('OK', { exact: true }));
    await waitVisible(card.getByRole('grid', { name: 'Recent runs' }));
    expect(await card.getByRole('gridcell', { name: 'ok', exact: true }).count()).toBeGreaterThan(0);
    await tab.screenshot({ path: path.join(artifactsDir, 'sources-polled.png'), fullPage: true });
  });
});
