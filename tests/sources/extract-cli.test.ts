import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runExtract } from '@rebound/server/cli/extract';
import { describe, expect, it } from 'vitest';
import { dataDir } from './data.ts';

async function run(target: string, kind?: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (chunk) => (chunks.out += chunk));
  err.on('data', (chunk) => (chunks.err += chunk));
  const code = await runExtract(target, kind === undefined ? {} : { kind }, { out, err });
  return { code, ...chunks };
}

const keys = [
  'externalId',
  'author',
  'rating',
  'ratingScale',
  'title',
  'text',
  'publishedAt',
  'url',
  'itemName',
];

describe('runExtract', () => {
  it('prints one JSON line per review with exactly the agreed keys in order, aggregates as one stderr line', async () => {
    const result = await run(
      path.join(dataDir, 'structured_data_html/schemaorg_examples/eg-0010.jsonld.html'),
    );
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(keys);
    expect(JSON.parse(lines[0] ?? '{}')).toEqual({
      externalId: null,
      author: 'Ellie',
      rating: 1,
      ratingScale: { worst: 1, best: 5 },
      title: 'Not a happy camper',
      text: 'The lamp burned out and now I have to replace it.',
      publishedAt: '2011-04-01T00:00:00.000Z',
      url: null,
      itemName: 'Kenmore White 17" Microwave',
    });
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^aggregate: \[/);
    expect(JSON.parse(result.err.replace(/^aggregate: /, ''))[0]).toMatchObject({
      ratingValue: 3.5,
      reviewCount: 11,
    });
  });

  it('reads the Apple Atom feed: 50 lines', async () => {
    const result = await run(
      path.join(dataDir, 'review_feeds/apple_appstore_customerreviews_jp_id1404176564.atom.xml'),
    );
    expect(result.code).toBe(0);
    expect(result.out.trimEnd().split('\n')).toHaveLength(50);
    expect(result.err).toBe('');
  });

  it('exits 0 with no output when a page has no reviews', async () => {
    const result = await run(path.join(dataDir, 'structured_data_html/extruct/product.html'));
    expect(result).toMatchObject({ code: 0, out: '' });
  });

  it('exits 1 with a short message and no stack trace for a missing file or unrecognised content', async () => {
    const missing = await run('/nonexistent/reviews.html');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('rebound extract: cannot read /nonexistent/reviews.html: no such file\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'rebound-extract-'));
    const garbage = path.join(dir, 'noise.bin');
    writeFileSync(garbage, 'just some words, no markup at all');
    const unknown = await run(garbage);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^rebound extract: No reviews could be recognised/);
    expect(unknown.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown --kind and honours a known one', async () => {
    const file = path.join(dataDir, 'review_api_json/yelp_fusion_business_reviews_doc_example.json');
    const bad = await run(file, 'tripadvisor');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown kind "tripadvisor"');
    const good = await run(file, 'yelp');
    expect(good.code).toBe(0);
    expect(good.out.trimEnd().split('\n')).toHaveLength(3);
    const wrong = await run(file, 'feed');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('not an RSS or Atom feed');
  });

  it('imports a CSV file with the guessed mapping, bad rows reported on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebound-extract-'));
    const file = path.join(dir, 'reviews.csv');
    writeFileSync(file, 'Author,Rating,Review\nAnn,5,Great\nBob,4,\n');
    const result = await run(file);
    expect(result.code).toBe(0);
    expect(
      result.out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).author),
    ).toEqual(['Ann']);
    expect(result.err).toBe('Line 3: the review text is missing.\n');
  });
});
