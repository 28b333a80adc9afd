import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReaderPool } from '../../server/src/sources/isolated/reader-pool.ts';
import {
  assertNestingWithin,
  MAX_NESTING_DEPTH,
  measureJsonDepth,
  measureMarkupDepth,
} from '../../server/src/sources/nesting-depth.ts';
import { dataDir, listData } from './data.ts';

const review = (n: number) =>
  `<div itemscope itemtype="https://schema.org/Review"><meta itemprop="identifier" content="r${n}">` +
  `<span itemprop="author">Guest ${n}</span><p itemprop="reviewBody">Visit number ${n} went fine.</p></div>`;
const page = (count: number) =>
  `<html><body>${Array.from({ length: count }, (_, i) => review(i)).join('')}</body></html>`;

describe('nesting depth, measured before any parser runs', () => {
  it('counts nested elements, and not the end tags HTML lets authors leave out, void elements or script text', () => {
    expect(measureMarkupDepth('<html><body><div><div><span>x</span></div></div></body></html>')).toBe(5);
    // Unclosed <p> and <li> close themselves at the next sibling: 3 levels, not 8.
    expect(measureMarkupDepth('<ul><li>a<li>b<li>c</ul><p>x<p>y<p>z<br><img src=a><hr/>')).toBe(2);
    expect(
      measureMarkupDepth('<div><script>if (a<b) { "<div><div><div>" }</script><!-- <div><div> --></div>'),
    ).toBe(2);
    expect(
      measureMarkupDepth(
        '<?xml version="1.0"?><feed><entry><title><![CDATA[<a><b><c>]]></title></entry></feed>',
      ),
    ).toBe(3);
    expect(measureJsonDepth('{"a":[1,{"b":"[[[[{{{{"}],"c":"\\"["}')).toBe(3);
  });

  it('finds every saved real page and feed far below the limit', () => {
    const folders = ['structured_data_html/schemaorg_examples', 'review_feeds'];
    const files = folders.flatMap((folder) => listData(folder).map((file) => path.join(folder, file)));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const body = readFileSync(path.join(dataDir, file), 'utf8');
      expect(() => assertNestingWithin(body), file).not.toThrow();
      expect(measureMarkupDepth(body), file).toBeLessThan(50);
    }
  });

  it('refuses a page or a JSON answer nested past the limit, saying how deep it goes', () => {
    const deep = `<html><body>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`;
    expect(() => assertNestingWithin(deep)).toThrow(
      `The page nests elements 5,002 deep; the limit is ${MAX_NESTING_DEPTH.toLocaleString('en-US')}.`,
    );
    expect(() => assertNestingWithin(`${'['.repeat(2_000)}${']'.repeat(2_000)}`)).toThrow(/2,000 deep/);
    const atLimit = `${'<div>'.repeat(MAX_NESTING_DEPTH)}${'</div>'.repeat(MAX_NESTING_DEPTH)}`;
    expect(() => assertNestingWithin(atLimit)).not.toThrow();
  });

  it('measures 100,000 nested elements in one linear pass, well under a second', () => {
    const deep = `${'<div class=x>'.repeat(100_000)}${'</div>'.repeat(100_000)}`;
    const started = performance.now();
    expect(measureMarkupDepth(deep)).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('parse threads', () => {
  const pool = createReaderPool({ threads: 1, deadlineMs: 1_000, maxHeapMb: 512 });
  afterAll(() => pool.close());

  it('stops a read that passes its deadline, keeps the event loop free meanwhile, and reads the next on a fresh thread', async () => {
    // Warm the thread first, so the deadline is measured against parsing and not start-up.
    const small = await pool.read({
      op: 'extract',
      doc: { body: page(2), url: null, contentType: null },
      kind: 'schema_org',
    });
    expect(small).toMatchObject({ ok: true, op: 'extract' });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const slow = await pool.read({
      op: 'extract',
      doc: { body: page(40_000), url: null, contentType: null },
      kind: 'schema_org',
    });
    clearInterval(ticker);
    expect(slow).toEqual({
      ok: false,
      code: 'too_slow',
      message: 'Reading the page took longer than 1 s, so it was stopped.',
    });
    // The interval kept firing while the thread parsed: this thread was never blocked.
    expect(ticks).toBeGreaterThanOrEqual(5);
    const next = await pool.read({
      op: 'extract',
      doc: { body: page(3), url: null, contentType: null },
      kind: 'schema_org',
    });
    expect(next.ok && next.op === 'extract' ? next.result.reviews.length : -1).toBe(3);
  }, 60_000);

  it('answers with the adapter error as the UI shows it, and the CSS preview too', async () => {
    const empty = await pool.read({ op: 'extract', doc: { body: '   ', url: null, contentType: null } });
    expect(empty).toEqual({ ok: false, code: 'unrecognised_content', message: 'The document is empty.' });
    const preview = await pool.read({
      op: 'previewCss',
      doc: { body: page(4), url: null, contentType: null },
      config: { container: '[itemscope]', text: 'p', author: 'span' },
    });
    expect(preview.ok && preview.op === 'previewCss' ? preview.preview.total : -1).toBe(4);
  }, 60_000);
});
