import type { SourceKind } from '@rebound/shared';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseClientsCsv } from '../../server/src/services/clients/parse-clients-csv.ts';
import { previewClientsCsv } from '../../server/src/services/clients/preview-clients-csv.ts';
import {
  type CssSelectorConfig,
  ExtractError,
  extract,
  extractCss,
  parseReviewCsv,
  previewReviewCsv,
} from '../../server/src/sources/index.ts';
import { hostileStrings } from './hostile-arbitraries.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20_260_801);
const numRuns = 60;
/** Longer than this for one document counts as a hang (the biggest generated documents parse in milliseconds). */
const budgetMs = 2_000;
let runs = 0;

const kinds: SourceKind[] = [
  'schema_org',
  'css',
  'feed',
  'apple_atom',
  'apple_json',
  'yelp',
  'google',
  'csv',
  'webhook',
];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...hostileStrings));
const tagName = fc.constantFrom(
  'div',
  'article',
  'span',
  'script',
  'p',
  'meta',
  'entry',
  'item',
  'feed',
  'review',
);
const attr = fc
  .tuple(
    fc.constantFrom('itemprop', 'itemtype', 'itemscope', 'class', 'content', 'type', 'href', 'onerror'),
    text,
  )
  .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`);

/** HTML and XML made of the pieces our parsers look for, in random (often broken) arrangements. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tagName, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([t, a, kids, close]) => `<${t} ${a.join(' ')}>${kids.join('')}${close ? `</${t}>` : ''}`),
    fc
      .jsonValue({ maxDepth: 4 })
      .map(
        (v) =>
          `<script type="application/ld+json">${JSON.stringify({ '@type': 'Review', review: v })}</script>`,
      ),
  ),
})).node;

const entityBomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
).join('')}]><feed><entry><title>&lol9;</title><content>&lol9;</content></entry></feed>`;

const documentBody = fc.oneof(
  text,
  markup,
  markup.map((m) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${m}</feed>`),
  markup.map((m) => `<rss version="2.0"><channel>${m}</channel></rss>`),
  fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ feed: { entry: [v, { 'im:rating': v }] } })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ reviews: [v], total: v })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom(
    entityBomb,
    '<'.repeat(50_000),
    `${'<div>'.repeat(5_000)}x`,
    '{'.repeat(10_000),
    '\u0000'.repeat(1000),
  ),
);
const contentType = fc.constantFrom(
  null,
  'text/html',
  'application/xml',
  'application/atom+xml',
  'application/json',
  'text/plain; charset=utf-8',
);
const selector = fc.oneof(
  fc.constantFrom('article', '.review', 'h2', 'p:nth-child(2)', '[itemprop=author]', 'div > span', '*'),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(':has(', '[', '>>>', '::before', ':nth-child(999999999999999)', 'a'.repeat(5000)),
);
const cssConfig: fc.Arbitrary<CssSelectorConfig> = fc.record(
  {
    container: selector,
    text: selector,
    author: selector,
    rating: selector,
    date: selector,
    id: selector,
    ratingAttribute: fc.constantFrom('data-rating', 'class', 'aria-label', ''),
    ratingBest: fc.double({ noNaN: false }),
  },
  { requiredKeys: ['container', 'text'] },
);

/** Runs one parser call: returning or an ExtractError is fine; anything else, or taking too long, is a finding. */
async function judge(call: () => unknown): Promise<string | null> {
  runs += 1;
  const started = performance.now();
  try {
    await call();
  } catch (error) {
    if (!(error instanceof ExtractError)) return `threw ${String(error).slice(0, 200)}`;
  }
  const ms = performance.now() - started;
  return ms > budgetMs ? `took ${Math.round(ms)} ms` : null;
}

async function drain(rows: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of rows) {
    // reading every row is the point
  }
}

const csvText = fc.oneof(
  text,
  fc
    .array(
      fc.array(fc.oneof(text, fc.constantFrom('"', '""', '"a,b"', '\r\n', '5', '2024-02-30', '=cmd|')), {
        maxLength: 6,
      }),
      {
        maxLength: 20,
      },
    )
    .map((rows) =>
      rows.map((r) => r.join(fc.sample(fc.constantFrom(',', ';', '\t', '|'), 1)[0] ?? ',')).join('\n'),
    ),
  fc.constantFrom('\uFEFFauthor,rating,text\n"unterminated', 'a'.repeat(200_000), `${'"'.repeat(10_001)}`),
);

describe('parsers under arbitrary input', () => {
  afterAll(() => console.log(`parser fuzzing: ${runs} documents`));

  it('extract() with every kind returns or throws ExtractError, quickly, whatever the document', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentBody,
        contentType,
        fc.constantFrom(...kinds),
        cssConfig,
        async (body, type, kind, css) => {
          const problem = await judge(() =>
            extract({ body, url: 'https://example.com/r', contentType: type }, kind, css),
          );
          expect(problem, `${kind}: ${JSON.stringify(body).slice(0, 200)}`).toBeNull();
        },
      ),
      { numRuns: numRuns * 3, seed },
    );
  });

  it('extract() without a kind (detection) behaves the same', async () => {
    await fc.assert(
      fc.asyncProperty(documentBody, contentType, async (body, type) => {
        expect(await judge(() => extract({ body, url: null, contentType: type }))).toBeNull();
      }),
      { numRuns, seed },
    );
  });

  it('extractCss() with random selectors never throws anything but ExtractError', async () => {
    await fc.assert(
      fc.asyncProperty(markup, cssConfig, async (body, css) => {
        const problem = await judge(() => extractCss({ body, url: null, contentType: 'text/html' }, css));
        expect(problem, JSON.stringify(css).slice(0, 300)).toBeNull();
      }),
      { numRuns: numRuns * 2, seed },
    );
  });

  it('the review CSV reader reports bad rows instead of throwing', async () => {
    const mapping = fc.record({
      author: fc.constantFrom('author', null, ''),
      rating: fc.constantFrom('rating', null, 'text'),
      text: fc.constantFrom('text', null),
      title: fc.constantFrom('title', null),
      date: fc.constantFrom('date', null),
      id: fc.constantFrom('id', null),
      // The import form allows any one character (importCsvChunkInput), including quote and line break.
      delimiter: fc.oneof(
        fc.constantFrom(',', ';', '\t', '"', '\n', '\r'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
      timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'Not/AZone', ''),
      dateOrder: fc.constantFrom<'mdy' | 'dmy'>('mdy', 'dmy'),
    });
    await fc.assert(
      fc.asyncProperty(csvText, mapping, async (csv, m) => {
        expect(await judge(() => previewReviewCsv(csv))).toBeNull();
        const problem = await judge(() => drain(parseReviewCsv(csv, m)));
        expect(problem, `${JSON.stringify(m)} ${JSON.stringify(csv).slice(0, 200)}`).toBeNull();
      }),
      { numRuns, seed },
    );
  });

  it('the clients CSV importer reports bad rows instead of throwing', async () => {
    const mapping = fc.dictionary(
      fc.oneof(
        fc.constantFrom('email', 'name', 'tags', 'phone', 'last visit', '__proto__'),
        fc.string({ maxLength: 10 }),
      ),
      fc.constantFrom(
        'email',
        'name',
        'phone',
        'tags',
        'lastVisitAt',
        'locationId',
        'ignore',
      ) as fc.Arbitrary<never>,
    );
    await fc.assert(
      fc.asyncProperty(csvText, mapping, async (csv, m) => {
        expect(await judge(() => previewClientsCsv(csv))).toBeNull();
        expect(await judge(() => parseClientsCsv(csv, m))).toBeNull();
      }),
      { numRuns, seed },
    );
  });
});
