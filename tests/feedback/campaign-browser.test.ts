import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { demoLogin, insertClients, loadDemoWithLocation } from './helpers.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const csv = [
  'E-mail,Client name,Last visit,Tags',
  `nora@client.example,Nora North,${daysAgo(3)},spring`,
  `omar@client.example,Omar Oak,${daysAgo(5)},spring`,
  'broken-address,Pat Broken,2025-01-01,',
  `<script>@client.example,Mallory,${daysAgo(2)},`,
].join('\n');

describe('marketing runs a feedback campaign in the browser', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let orgId = '';
  beforeAll(async () => {
    sink = await startSmtpSink();
    // Workers on: the outbox sends as soon as the campaign is launched, as in production.
    server = await startTestServer('pglite', {
      SMTP_URL: sink.url,
      WORKERS_ENABLED: 'true',
      OUTBOX_IDLE_MS: '100',
      POLL_CRON: '0 0 1 1 *',
    });
    ({ orgId } = await loadDemoWithLocation(server.database.db));
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('imports clients from a CSV, builds and sends a campaign; a client answers from the email; the funnel shows it', async () => {
    const { page } = browser;
    const marketing = demoLogin('marketing');
    await signInThroughForm(page, server.url, marketing.email, marketing.password);

    await page.goto(`${server.url}/clients`);
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await waitVisible(page.getByRole('columnheader', { name: /E-mail/ }));
    expect(await page.getByLabel('E-mail').inputValue()).toBe('email');
    expect(await page.getByLabel('Last visit').inputValue()).toBe('lastServiceAt');
    await page.screenshot({ path: path.join(artifactsDir, 'feedback-import-mapping.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const status = await waitVisible(page.getByText(/Imported: 2 created, 0 updated, 2 rows rejected/));
    expect(await status.isVisible()).toBe(true);
    const rejected = page.getByRole('list', { name: 'Rejected rows' });
    expect(await rejected.textContent()).toMatch(/Line 4: email "broken-address" is not a valid address/);
    expect(await rejected.textContent()).toMatch(
      /Line 5: email "<script>@client\.example" is not a valid address/,
    );
    await waitVisible(
      page
        .getByRole('grid', { name: 'Clients' })
        .getByRole('rowheader', { name: 'nora@client.example', exact: true }),
    );
    await page.screenshot({ path: path.join(artifactsDir, 'feedback-import-result.png'), fullPage: true });

    await page.goto(`${server.url}/campaigns/new`);
    await page.getByLabel('Campaign name').fill('Spring visitors');
    await page.getByLabel('Served within the last (days)').fill('30');
    await waitVisible(page.getByText(/2 client\(s\) will be asked/));
    await page.getByLabel('Subject').fill('A quick question, {{firstName|there}}');
    await waitVisible(page.getByTestId('preview-subject').getByText('A quick question, Sam'));
    expect(await page.getByTestId('preview-text').textContent()).toContain('12 Harbour Lane');
    await page.screenshot({ path: path.join(artifactsDir, 'feedback-campaign-builder.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = page.url();
    await page.getByRole('button', { name: 'Send campaign' }).click();
    await waitVisible(page.getByText(/Send this request to 2 client/));
    await page.getByRole('button', { name: 'Yes, send it' }).click();
    await waitVisible(page.getByText('2 message(s) queued.'));

    const until = Date.now() + 20_000;
    while (sink.messages.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const toNora = sink.messages.find(
      (m) => !Array.isArray(m.to) && m.to?.value[0]?.address === 'nora@client.example',
    );
    expect(toNora?.subject).toBe('A quick question, Nora');
    const link = /http:\/\/127\.0\.0\.1:\d+\/f\/[A-Za-z0-9_-]{43}/.exec(toNora?.text ?? '')?.[0];
    if (!link) throw new Error('no feedback link in the message');

    // The client, in a fresh tab with no session, follows the link from the email and answers.
    const clientPage = await browser.context.newPage();
    await clientPage.context().clearCookies();
    await clientPage.goto(link);
    await clientPage.getByLabel('4').check();
    await clientPage.getByLabel(/Anything you would like to tell us/).fill('Quick and friendly, thank you.');
    await clientPage.screenshot({
      path: path.join(artifactsDir, 'feedback-page-question.png'),
      fullPage: true,
    });
    await clientPage.getByRole('button', { name: 'Send my answer' }).click();
    await waitVisible(clientPage.getByRole('heading', { name: 'Thank you for your answer' }));
    expect(await clientPage.getByRole('link', { name: 'Google' }).count()).toBe(1);
    await clientPage.screenshot({
      path: path.join(artifactsDir, 'feedback-page-thanks.png'),
      fullPage: true,
    });
    await clientPage.close();

    // Clearing the client's cookies signed marketing out of the shared browser profile too.
    await signInThroughForm(page, server.url, marketing.email, marketing.password);
    await page.goto(campaignUrl);
    const funnel = page.getByRole('region', { name: 'This campaign' });
    await waitVisible(funnel.locator('[data-step="answered"]').getByText('1', { exact: true }), 15_000);
    expect(await funnel.locator('[data-step="sent"]').textContent()).toContain('2');
    await page.screenshot({ path: path.join(artifactsDir, 'feedback-campaign-funnel.png'), fullPage: true });
  });

  it('sorts the client list by a column, says so with aria-sort, and exports the rows in that order with formulas defused', async () => {
    const { page } = browser;
    const formula = '=HYPERLINK("https://evil.example","Nora")';
    await insertClients(server.database.db, orgId, [{ name: formula, email: 'aaron@client.example' }]);
    await page.goto(`${server.url}/clients`);
    const grid = page.getByRole('grid', { name: 'Clients' });
    await waitVisible(grid.getByRole('rowheader', { name: 'aaron@client.example' }));
    const header = grid.getByRole('columnheader', { name: /^Email/ });
    const emails = () => grid.getByRole('rowheader').allTextContents();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await emails()).toEqual(['aaron@client.example', 'nora@client.example', 'omar@client.example']);
    await header.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await emails()).toEqual(['omar@client.example', 'nora@client.example', 'aaron@client.example']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV of Clients' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('clients.csv');
    const lines = (await readFile(String(await file.path()), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Name,Email,Tags,Last service,Consent');
    expect(lines.slice(1).map((l) => l.match(/[a-z]+@client\.example/)?.[0])).toEqual([
      'omar@client.example',
      'nora@client.example',
      'aaron@client.example',
    ]);
    // The spreadsheet shows the name as text instead of running it: the cell starts with an apostrophe.
    expect(lines[3]).toMatch(/^"'=HYPERLINK\(""https:\/\/evil\.example"",""Nora""\)",aaron@client\.example,/);
  });
});
