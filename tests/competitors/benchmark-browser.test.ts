import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitorReviews } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type FakeSites, linesMatching, PLACES_KEY, startFakeSites } from './fake-sites.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const manager = demoUsers.find((u) => u.role === 'manager');

describe('competitor benchmark in the browser', () => {
  let server: TestServer;
  let sites: FakeSites;
  let orgId: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, 'web/dist/index.html')))
      execFileSync('npm', ['run', 'build', '-w', '@rebound/web'], { cwd: repoRoot, stdio: 'ignore' });
    sites = await startFakeSites();
    const oneStar = await linesMatching('negative.jsonl', (r) => r.rating === 1 && r.text.length < 500);
    const fiveStar = await linesMatching('positive.jsonl', (r) => r.rating === 5 && r.text.length < 500);
    sites.servePlace('ChIJharbourGrill0001', {
      rating: 3.9,
      userRatingCount: 412,
      reviews: [
        ...oneStar.slice(0, 2).map((line, i) => ({ file: 'negative.jsonl' as const, line, daysAgo: i + 1 })),
        ...fiveStar.slice(0, 3).map((line, i) => ({ file: 'positive.jsonl' as const, line, daysAgo: i + 3 })),
      ],
    });
    server = await startTestServer('pglite', {
      FETCH_ALLOW_LIST: '127.0.0.0/8',
      GOOGLE_PLACES_API_KEY: PLACES_KEY,
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      GOOGLE_PLACES_API_URL: sites.url,
    });
    ({ orgId } = await loadDemo(server.database.db, { baseUrl: server.url }));
    await pollDemoSource(server, orgId);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sites?.close();
  });

  it('lets a manager add two competitors and see their trend beside our location, and keeps their reviews out of the inbox', async () => {
    if (!manager) throw new Error('demo manager missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, manager.email, manager.password);
    await page.getByRole('link', { name: 'Competitors' }).click();
    await waitVisible(page.getByRole('heading', { name: 'Competitor benchmark' }));
    const form = page.getByRole('form', { name: 'Add a competitor' });
    const list = page.getByRole('region', { name: /Competitors watched/ });

    await form.getByLabel('Competitor name').fill('Corner bistro');
    await form
      .getByLabel('Page address')
      .fill(`${sites.url}/data/structured_data_html/extruct/LocalBusiness.002.html`);
    await form.getByRole('button', { name: 'Add competitor' }).click();
    // The page's microdata: 4 stars from 250 reviews.
    await waitVisible(
      list.locator('li', { hasText: 'Corner bistro' }).getByText(/4\.00 from 250 ratings/),
      20_000,
    );

    await form.getByLabel('Where to read it').selectOption({ label: 'Google Maps place (Places API)' });
    await form.getByLabel('Competitor name').fill('Harbour grill');
    await form.getByLabel('Google place id').fill('ChIJharbourGrill0001');
    await form.getByRole('button', { name: 'Add competitor' }).click();
    await waitVisible(
      list.locator('li', { hasText: 'Harbour grill' }).getByText(/3\.90 from 412 ratings/),
      20_000,
    );
    await expect(list.getByRole('heading').textContent()).resolves.toContain('2 of 10');
    await expect
      .poll(() => page.getByLabel('Our location').locator('option:checked').textContent())
      .toMatch(/\(2 competitors\)$/);

    const table = page.getByRole('grid', { name: 'Side by side' });
    const rowOf = (name: string | RegExp) => table.getByRole('row', { name });
    await waitVisible(rowOf(/Harbour grill/));
    await expect(rowOf(/\(us\)/).count()).resolves.toBe(1);
    await expect(
      rowOf(/Corner bistro/)
        .getByRole('gridcell')
        .first()
        .textContent(),
    ).resolves.toBe('4.00');
    await expect(
      rowOf(/Harbour grill/)
        .getByRole('gridcell')
        .first()
        .textContent(),
    ).resolves.toBe('3.90');
    // Two of the five reviews Places showed are one-star: 2 / 5 = 40 % negative.
    await expect(
      rowOf(/Harbour grill/)
        .getByRole('gridcell')
        .nth(3)
        .textContent(),
    ).resolves.toMatch(/^40% of 5 reviews/);
    const ratingChart = page.getByRole('img', { name: 'Rating by week' });
    await waitVisible(ratingChart.locator('.recharts-wrapper'), 20_000);
    // One line for us and one for each competitor, on the same weeks.
    await expect.poll(() => ratingChart.locator('.recharts-line').count()).toBe(3);
    const legend = await ratingChart.locator('.recharts-legend-item-text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['Corner bistro', 'Harbour grill']));
    expect(legend.some((l) => l.endsWith('(us)'))).toBe(true);
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'competitor-benchmark.png'), fullPage: true });

    // The inbox lists our own reviews, and none of the competitor reviews that were just read.
    const read = await server.database.db
      .select({ text: competitorReviews.text, author: competitorReviews.author })
      .from(competitorReviews)
      .where(eq(competitorReviews.orgId, orgId));
    expect(read.length).toBe(5);
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await waitVisible(page.locator('.inbox-item').first(), 20_000);
    const inboxText = (await page.locator('main').textContent()) ?? '';
    for (const r of read) {
      expect(inboxText).not.toContain(r.text.slice(0, 50));
      if (r.author) expect(inboxText).not.toContain(r.author);
    }
  });
});
