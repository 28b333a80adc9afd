import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInThroughForm, waitVisible } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addReview, createGoldenOrg } from './golden-org.ts';

/**
 * A fixed fortnight, 1–14 March 2026. Day d has two reviews: a 5 and a (d mod 4) + 1, so the day's average is
 * (5 + (d mod 4) + 1) / 2: 3.5, 4, 4.5, 3, 3.5, ... Days 3 and 7 get a third 5, so runs of high averages sit next
 * to low ones (where a smoothed line would swing above 5). Day 10 has no reviews at all.
 */
const days = Array.from({ length: 14 }, (_, i) => i + 1);
const ratingsOf = (d: number): number[] =>
  d === 10 ? [] : [5, (d % 4) + 1, ...(d === 3 || d === 7 ? [5, 5, 5, 5] : [])];
const dayOf = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
const expectedAverage = (d: number) => {
  const r = ratingsOf(d);
  return r.length ? r.reduce((s, x) => s + x, 0) / r.length : null;
};

type Drawn = {
  ticks: { value: number; y: number }[];
  points: { x: number; y: number }[];
  plot: { left: number; right: number };
};

/** Reads one chart's SVG: the y-axis ticks (value and pixel), the first line's points or the first bars' tops. */
async function readChart(page: import('playwright-core').Page, selector: string, what: 'line' | 'bars') {
  return page.evaluate(
    ({ selector, what }): Drawn => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no chart ${selector}`);
      // Tick labels of the left axis (their own layer in recharts 3): the value written and the height it stands at.
      const ticks = Array.from(
        root.querySelectorAll('text.recharts-cartesian-axis-tick-value[orientation="left"]'),
      )
        .map((t) => ({ value: Number(t.textContent), y: Number(t.getAttribute('y')) }))
        .sort((a, b) => a.value - b.value);
      let points: { x: number; y: number }[] = [];
      if (what === 'line') {
        const d = root.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
        points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      } else {
        const layer = root.querySelector('.recharts-bar-rectangles');
        points = Array.from(layer?.querySelectorAll('path.recharts-rectangle, rect') ?? []).map((el) => {
          const box = (el as SVGGraphicsElement).getBBox();
          return { x: box.x + box.width / 2, y: box.y };
        });
      }
      const grid = root.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
      return { ticks, points, plot: { left: grid?.left ?? 0, right: grid?.right ?? 0 } };
    },
    { selector, what },
  );
}

/** The value a pixel height stands for, from two ticks of the axis. */
function valueAt(ticks: Drawn['ticks'], y: number): number {
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  if (!lo || !hi) throw new Error('no ticks');
  return lo.value + ((lo.y - y) / (lo.y - hi.y)) * (hi.value - lo.value);
}

describe('dashboard charts draw the data they are given', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    const org = await createGoldenOrg(server.database.db, 'charts');
    for (const d of days)
      for (const rating of ratingsOf(d))
        await addReview(server.database.db, org, {
          at: `${dayOf(d)}T12:00:00Z`,
          rating,
          label: rating <= 2 ? 'negative' : 'positive',
        });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('maps every rating point and every bar back to its day’s value, keeps ratings within 1–5 and aligns the days', async () => {
    const { page } = browser;
    await signInThroughForm(page, server.url, 'owner@charts.example', 'golden-owner-pass');
    await page.goto(`${server.url}/dashboard?from=${dayOf(1)}&to=${dayOf(14)}`);
    await waitVisible(page.locator('.chart-rating .recharts-line-curve').first(), 20_000);
    await waitVisible(page.locator('.chart-volume .recharts-bar-rectangles').first(), 20_000);

    const rating = await readChart(page, '.chart-rating', 'line');
    expect(rating.ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    const withData = days.filter((d) => expectedAverage(d) !== null);
    expect(rating.points).toHaveLength(withData.length);
    const top = rating.ticks[rating.ticks.length - 1]?.y ?? 0;
    for (const [i, d] of withData.entries()) {
      const point = rating.points[i];
      if (!point) throw new Error(`no point for day ${d}`);
      // Nothing drawn above the 5 line (smaller y is higher on screen), and each point is its day's average.
      expect(point.y).toBeGreaterThanOrEqual(top - 0.5);
      expect(valueAt(rating.ticks, point.y)).toBeCloseTo(expectedAverage(d) ?? 0, 1);
    }

    const volume = await readChart(page, '.chart-volume', 'bars');
    const withBars = days.filter((d) => ratingsOf(d).length > 0);
    expect(volume.points).toHaveLength(withBars.length);
    const base = volume.ticks[0]?.y ?? 0;
    for (const [i, d] of withBars.entries()) {
      const bar = volume.points[i];
      if (!bar) throw new Error(`no bar for day ${d}`);
      expect(valueAt(volume.ticks, bar.y)).toBeCloseTo(ratingsOf(d).length, 1);
      expect(base).toBeGreaterThan(bar.y);
    }
    // Readable bars: each day's bar keeps a real width.
    const widths = await page.$$eval(
      '.chart-volume .recharts-bar-rectangles path.recharts-rectangle',
      (els) => els.map((el) => (el as SVGGraphicsElement).getBBox().width),
    );
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);

    // Aligned time axes: the same plot area, and a day's rating point above the middle of its day's bars.
    expect(Math.abs(rating.plot.left - volume.plot.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(rating.plot.right - volume.plot.right)).toBeLessThanOrEqual(1);
    const firstPoint = rating.points[0];
    const firstBars = await page.$$eval(
      '.chart-volume .recharts-bar-rectangles path.recharts-rectangle',
      (els) =>
        els.slice(0, 2).map((el) => {
          const b = (el as SVGGraphicsElement).getBBox();
          return { left: b.x, right: b.x + b.width };
        }),
    );
    const dayOneBars = { left: firstBars[0]?.left ?? 0, right: firstBars[0]?.right ?? 0 };
    expect(firstPoint?.x).toBeGreaterThanOrEqual(dayOneBars.left - 2);
    expect(firstPoint?.x).toBeLessThanOrEqual(dayOneBars.right + 20);
  });
});
