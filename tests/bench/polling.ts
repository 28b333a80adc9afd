/**
 * Polling benchmark on a PostgreSQL database of its own (created and dropped here):
 * - polls_per_second: 1,000 schema.org sources on a loopback HTTP server, polled through the real claim
 *   (SKIP LOCKED + lease), guarded fetch, extract and ingest path, first poll of each (so every review is new).
 * - ingest_100k_seconds: 100,000 reviews as schema.org pages, parsed and ingested (dedupe, triage, store, and
 *   queue their drafts, cases and alerts; drafting itself runs later in the review-effects worker).
 * - copy_100k_seconds: a raw COPY of the same rows into a plain table, in the same run; the ratio of the two.
 * Run alone: `npx tsx tests/bench/polling.ts` (BENCH_INGEST_N changes the 100,000).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import { getBusinessProfile } from '../../server/src/services/orgs/get-business-profile.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { triageOptionsFor } from '../../server/src/services/reviews/triage-options.ts';
import { extractSchemaOrg } from '../../server/src/sources/schema-org/index.ts';
import { triageReview } from '../../server/src/triage/index.ts';
import { createPostgresDatabase } from '../support/db.ts';

const SOURCES = 1000;
const REVIEWS_PER_PAGE = 5;
const INGEST_N = Number(process.env.BENCH_INGEST_N ?? 100_000);
const PAGE_SIZE = 500;

const openers = [
  'The staff',
  'Our table',
  'The coffee',
  'Booking online',
  'The manager',
  'Parking',
  'The cake',
  'Checkout',
];
const verdicts = [
  'was rude and nobody apologised when we complained',
  'took forty minutes and the order was still wrong',
  'was fine, nothing special, fair price for the area',
  'was lovely and the team remembered our names',
  'was outstanding, we will be back next week with friends',
];

/** A review the way people write them: varied openers, verdicts, lengths and ratings. */
function reviewAt(i: number) {
  const rating = (i % 5) + 1;
  const verdict = verdicts[rating - 1] ?? '';
  const extra =
    i % 3 === 0 ? ` Visit number ${i % 97}, ${['Monday', 'Friday', 'Sunday'][i % 3]} morning.` : '';
  return {
    id: `rv-${i}`,
    author: `Customer ${i % 5000}`,
    rating,
    text: `${openers[i % openers.length]} ${verdict}.${extra}`,
    date: new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString(),
  };
}

function pageHtml(from: number, count: number): string {
  const items = Array.from({ length: count }, (_, k) => reviewAt(from + k)).map((r) => ({
    '@type': 'Review',
    '@id': r.id,
    author: { '@type': 'Person', name: r.author },
    reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5 },
    reviewBody: r.text,
    datePublished: r.date,
  }));
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: 'Bench Bakery',
    review: items,
  });
  return `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><h1>Bench Bakery</h1></body></html>`;
}

async function benchPolling(db: import('../../server/src/db/client.ts').Db, orgId: string): Promise<number> {
  const server = http.createServer((req, res) => {
    const n = Number(new URL(req.url ?? '/', 'http://x').pathname.split('/').pop());
    if (!Number.isInteger(n)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(pageHtml(n * REVIEWS_PER_PAGE + 10_000_000, REVIEWS_PER_PAGE));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const now = new Date();
  for (let i = 0; i < SOURCES; i += 250) {
    await db.insert(sources).values(
      Array.from({ length: Math.min(250, SOURCES - i) }, (_, k) => ({
        orgId,
        kind: 'schema_org' as const,
        name: `bench ${i + k}`,
        url: `${base}/p/${i + k}`,
        config: { tracksRemovals: true },
        nextPollAt: now,
      })),
    );
  }
  const poller = startPoller(
    {
      db,
      worker: 'bench',
      log: createLogger('silent'),
      fetcher: (url, policy) => fetchDocument(url, { ...policy, allowList: ['127.0.0.1'] }),
    },
    { cronExpression: null, batch: 50, concurrency: 8 },
  );
  const started = performance.now();
  let polled = 0;
  let failed = 0;
  for (;;) {
    const outcomes = await poller.tick();
    if (!outcomes.length) break;
    polled += outcomes.length;
    failed += outcomes.filter((o) => !o.ok).length;
  }
  const seconds = (performance.now() - started) / 1000;
  await poller.stop();
  server.closeAllConnections();
  server.close();
  process.stderr.write(`  polled ${polled} sources (${failed} failed) in ${seconds.toFixed(1)} s\n`);
  return polled / seconds;
}

async function benchIngest(db: import('../../server/src/db/client.ts').Db, orgId: string) {
  const [source] = await db
    .insert(sources)
    .values({
      orgId,
      kind: 'schema_org',
      name: 'ingest bench',
      url: 'https://bench.invalid/',
      isPaused: true,
    })
    .returning({ id: sources.id });
  if (!source) throw new Error('no source');
  const profile = await getBusinessProfile(db, orgId);
  const pages = Array.from({ length: Math.ceil(INGEST_N / PAGE_SIZE) }, (_, p) =>
    pageHtml(p * PAGE_SIZE, Math.min(PAGE_SIZE, INGEST_N - p * PAGE_SIZE)),
  );
  const started = performance.now();
  let created = 0;
  for (const html of pages) {
    const { reviews } = extractSchemaOrg({
      body: html,
      url: 'https://bench.invalid/',
      contentType: 'text/html',
    });
    const result = await ingestReviews(
      db,
      { orgId, sourceId: source.id, locationId: null, profile, isCompleteList: false },
      reviews,
    );
    created += result.created;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`  ingested ${created} reviews in ${seconds.toFixed(1)} s\n`);
  return seconds;
}

/** Microseconds of triage per review (the same options ingest uses), on a sample of the same reviews. */
function benchTriage(profile: Awaited<ReturnType<typeof getBusinessProfile>>): number {
  const sample = Math.min(INGEST_N, 10_000);
  const options = triageOptionsFor(profile);
  const started = performance.now();
  for (let i = 0; i < sample; i++) {
    const r = reviewAt(i);
    triageReview({ rating: r.rating, text: r.text, title: null, language: null }, options);
  }
  const micros = ((performance.now() - started) * 1000) / sample;
  process.stderr.write(`  triage alone: ${micros.toFixed(0)} µs per review\n`);
  return micros;
}

async function benchCopy(url: string): Promise<number> {
  const sqlClient = postgres(url, { max: 1, onnotice: () => {} });
  await sqlClient`create table bench_copy (org_id uuid, source_id uuid, dedupe_key text, author text, rating real, text text, published_at timestamptz)`;
  const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  const org = '00000000-0000-4000-8000-000000000001';
  const started = performance.now();
  const writable =
    await sqlClient`copy bench_copy (org_id, source_id, dedupe_key, author, rating, text, published_at) from stdin`.writable();
  await new Promise<void>((resolve, reject) => {
    writable.on('error', reject);
    writable.on('finish', resolve);
    let i = 0;
    const pump = () => {
      while (i < INGEST_N) {
        const r = reviewAt(i++);
        if (
          !writable.write(
            `${org}\t${org}\tx:${r.id}\t${esc(r.author)}\t${r.rating}\t${esc(r.text)}\t${r.date}\n`,
          )
        )
          return void writable.once('drain', pump);
      }
      writable.end();
    };
    pump();
  });
  const seconds = (performance.now() - started) / 1000;
  const [row] = await sqlClient`select count(*)::int as n from bench_copy`;
  process.stderr.write(`  copied ${row?.n} rows in ${seconds.toFixed(2)} s\n`);
  await sqlClient.end();
  return seconds;
}

/** The ingest budget alone (`npm run bench -- ingest`): no polling figure. */
export const runIngest = () => run({ isPollingSkipped: true });

export async function run(opts: { isPollingSkipped?: boolean } = {}): Promise<Record<string, number>> {
  const pg = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: pg.url, poolSize: 10 });
  try {
    await migrateDatabase(database);
    const { orgId } = await loadDemo(database.db);
    await database.db.update(sources).set({ isPaused: true }).where(eq(sources.orgId, orgId));
    const isPollingSkipped = opts.isPollingSkipped || Boolean(process.env.BENCH_SKIP_POLLING);
    const pollsPerSecond = isPollingSkipped ? 0 : await benchPolling(database.db, orgId);
    await database.db.execute(sql`analyze`);
    const ingestSeconds = await benchIngest(database.db, orgId);
    const profile = await getBusinessProfile(database.db, orgId);
    const copySeconds = await benchCopy(pg.url);
    const triageMicros = benchTriage(profile);
    return {
      ...(isPollingSkipped ? {} : { polls_per_second: pollsPerSecond }),
      ingest_100k_seconds: ingestSeconds,
      copy_100k_seconds: copySeconds,
      ingest_100k_vs_copy_ratio: ingestSeconds / copySeconds,
      // Triage alone, per review, in the same run: the part of ingest that no database change can remove.
      ingest_triage_us_per_review: triageMicros,
    };
  } finally {
    await database.close();
    await pg.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await run();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.exit(0);
}
