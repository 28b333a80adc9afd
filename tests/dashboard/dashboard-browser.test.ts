import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/client.ts';
import { locations, replies, reviews, sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { artifactsDir, launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const manager = demoUsers.find((u) => u.role === 'manager');
const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b id="injected">bold</b> \u202Eesrever\u202C שלום 😡🔥 ${'very long complaint '.repeat(500)}`;

const daysAgo = (n: number, hour = 10) =>
  new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - n, hour),
  );

/** Two locations with a fortnight of reviews, replies and one hostile unanswered complaint. */
async function seed(db: Db, orgId: string) {
  const [home] = await db.select({ id: locations.id }).from(locations).where(eq(locations.orgId, orgId));
  const [homeSource] = await db.select({ id: sources.id }).from(sources).where(eq(sources.orgId, orgId));
  const [river] = await db
    .insert(locations)
    .values({ orgId, name: 'Riverside branch' })
    .returning({ id: locations.id });
  if (!home || !homeSource || !river) throw new Error('demo location missing');
  const [riverSource] = await db
    .insert(sources)
    .values({ orgId, locationId: river.id, kind: 'csv', name: 'Riverside CSV' })
    .returning({ id: sources.id });
  if (!riverSource) throw new Error('source not created');
  const rows = [];
  for (let d = 1; d <= 14; d++) {
    rows.push({ loc: home.id, src: homeSource.id, rating: d % 5 === 0 ? 2 : 5, d });
    rows.push({ loc: river.id, src: riverSource.id, rating: d % 3 === 0 ? 1 : 4, d });
  }
  for (const [i, r] of rows.entries()) {
    const [row] = await db
      .insert(reviews)
      .values({
        orgId,
        sourceId: r.src,
        locationId: r.loc,
        dedupeKey: `b:${i}`,
        rating: r.rating,
        text: `Visit number ${i}`,
        label: r.rating <= 2 ? 'negative' : 'positive',
        themes: r.rating <= 2 ? ['wait_time'] : [],
        publishedAt: daysAgo(r.d),
        firstSeenAt: daysAgo(r.d),
      })
      .returning({ id: reviews.id });
    if (row)
      await db.insert(replies).values({
        orgId,
        reviewId: row.id,
        draftId: crypto.randomUUID(),
        text: 'Thank you',
        state: 'posted',
        approvedBy: crypto.randomUUID(),
        approvedAt: daysAgo(r.d, 16),
      });
  }
  await db.insert(reviews).values({
    orgId,
    sourceId: homeSource.id,
    locationId: home.id,
    dedupeKey: 'b:hostile',
    author: '<i>Mallory</i>',
    rating: 1,
    text: hostile,
    label: 'negative',
    publishedAt: daysAgo(1),
    firstSeenAt: daysAgo(1),
  });
  return { riverId: river.id };
}

describe('manager dashboard in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let riverId: string;
  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, 'web/dist/index.html')))
      execFileSync('npm', ['run', 'build', '-w', '@rebound/web'], { cwd: repoRoot, stdio: 'ignore' });
    server = await startTestServer('pglite');
    const { orgId } = await loadDemo(server.database.db);
    ({ riverId } = await seed(server.database.db, orgId));
    browser = await launchBrowser();
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in to the dashboard as home, filters by location (kept in the URL) and exports the trend CSV with only that location', async () => {
    if (!manager) throw new Error('demo manager missing');
    const { page } = browser;
    await signInThroughForm(page, server.url, manager.email, manager.password);
    // The site root sends each role to its home: the dashboard, for a manager.
    await page.goto(`${server.url}/`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    const summary = page.getByRole('region', { name: 'Is it getting better?' });
    await waitVisible(summary.getByText('Average rating', { exact: true }));
    await waitVisible(page.locator('.recharts-surface').first(), 20_000);
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      await page.screenshot({ path: path.join(artifactsDir, 'dashboard-overview.png'), fullPage: true });
      await copyFile(
        path.join(artifactsDir, 'dashboard-overview.png'),
        path.join(repoRoot, 'docs/screenshot-dashboard.png'),
      );
    }
    await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Riverside branch' });
    await page.waitForURL((url) => url.searchParams.get('location') === riverId);
    // 14 Riverside reviews: (4 × 10 + 1 × 4) / 14 = 3.14.
    await waitVisible(summary.locator('.kpi', { hasText: 'Reviews' }).getByText('14', { exact: true }));
    await expect(
      summary.locator('.kpi', { hasText: 'Average rating' }).locator('.kpi-value').textContent(),
    ).resolves.toBe('3.14');
    const trend = page.getByRole('region', { name: 'Rating and volume over time' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      trend.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^rating-trend-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const file = await download.path();
    const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Day,Reviews,Negative,Replied,Average rating,30-day rolling average');
    const total = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[1]), 0);
    expect(total).toBe(14);
    await page.screenshot({
      path: path.join(artifactsDir, 'dashboard-filtered-riverside.png'),
      fullPage: true,
    });
  });

  it('shows hostile review text (script, HTML, RTL, emoji, 10,000 characters) as plain text and fits a phone screen', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/dashboard`);
    const attention = page.getByRole('region', { name: 'Needs attention' });
    const text = await waitVisible(attention.locator('.attention-text').first());
    expect(await text.textContent()).toContain('<script>window.__pwned = 1</script><img src=x');
    expect(await attention.textContent()).toContain('<i>Mallory</i>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await attention.locator('img, b, i').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(artifactsDir, 'dashboard-phone-hostile.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
  });
});
