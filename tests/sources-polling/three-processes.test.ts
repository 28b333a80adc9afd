import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollRuns, reviews, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

const INTERVAL = 2;
// Long enough that a poll on a heavily loaded machine finishes inside it, short enough to keep the test quick.
const LEASE = 15;
const SOURCES = 6;
const page = (n: string) =>
  `<html><body>${[1, 2]
    .map(
      (i) =>
        `<div itemscope itemtype="https://schema.org/Review" id="r${n}-${i}"><meta itemprop="identifier" content="r${n}-${i}">` +
        `<span itemprop="author">Guest ${i}</span><div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">` +
        `<meta itemprop="ratingValue" content="${i + 2}"></div><p itemprop="reviewBody">Visit ${i} to shop ${n} went fine.</p></div>`,
    )
    .join('')}</body></html>`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('three server processes polling one PostgreSQL database', () => {
  let database: TestDatabase;
  let site: http.Server;
  let siteUrl = '';
  const hits = new Map<string, number>();
  const hung: ServerResponse[] = [];
  const procs: SpawnedServer[] = [];
  let orgId = '';
  /** When the sources became due: no poll can have started before it. */
  let dueSince = 0;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    ({ orgId } = await loadDemo(database.db));
    await database.db.update(sources).set({ isPaused: true }).where(eq(sources.orgId, orgId));
    site = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      hits.set(path, (hits.get(path) ?? 0) + 1);
      res.on('error', () => undefined);
      // The first request for the crash page never gets an answer: its poller is stuck mid-poll when we kill it.
      if (path === '/crash' && hits.get(path) === 1) return void hung.push(res);
      if (path === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(page(path.slice(1)));
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    const now = new Date();
    dueSince = now.getTime();
    await database.db.insert(sources).values([
      ...Array.from({ length: SOURCES }, (_, i) => ({
        orgId,
        kind: 'schema_org' as const,
        name: `shop ${i}`,
        url: `${siteUrl}/shop-${i}`,
        config: { tracksRemovals: true },
        intervalSeconds: INTERVAL,
        nextPollAt: now,
      })),
      {
        orgId,
        kind: 'schema_org' as const,
        name: 'crash',
        url: `${siteUrl}/crash`,
        config: { tracksRemovals: true },
        intervalSeconds: 3600,
        isPaused: true,
        nextPollAt: now,
      },
    ]);
    const env = {
      DATABASE_URL: database.url ?? '',
      POLL_CRON: '* * * * * *',
      POLL_LEASE_SECONDS: String(LEASE),
      FETCH_ALLOW_LIST: '127.0.0.1',
      WORKERS_ENABLED: 'true',
      DEMO_SITE: 'false',
      APP_SECRET: 'three-process-test-secret-0123456789',
    };
    procs.push(...(await Promise.all([spawnServer(env), spawnServer(env), spawnServer(env)])));
  }, 60_000);

  afterAll(async () => {
    for (const res of hung) res.destroy();
    await Promise.allSettled(procs.map((p) => p.stop()));
    site?.closeAllConnections();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    await database?.drop();
  });

  const runsOf = (name: string) =>
    database.db
      .select({
        startedAt: pollRuns.startedAt,
        finishedAt: pollRuns.finishedAt,
        worker: pollRuns.worker,
        error: pollRuns.error,
        created: pollRuns.created,
      })
      .from(pollRuns)
      .innerJoin(sources, and(eq(sources.orgId, pollRuns.orgId), eq(sources.id, pollRuns.sourceId)))
      .where(and(eq(pollRuns.orgId, orgId), eq(sources.name, name)))
      .orderBy(pollRuns.startedAt);

  it('polls every due source once per interval, never twice at once, spread over the processes', async () => {
    // Every source polled at least twice; on a busy machine the processes may take a while to get going.
    const counts = async () =>
      Promise.all(Array.from({ length: SOURCES }, async (_, i) => (await runsOf(`shop ${i}`)).length));
    for (let waited = 0; Math.min(...(await counts())) < 2 && waited < 40_000; waited += 1_000)
      await sleep(1_000);
    // Let a further poll or two land before reading, so the spacing below is checked over several runs.
    await sleep(4_000);
    const workers = new Set<string>();
    for (let i = 0; i < SOURCES; i++) {
      // A run's row is written before its page is fetched and finished after, so a poll still in flight can be
      // counted as a run with no request yet: hits read before the runs are at most the runs, and the finished
      // runs are at most the hits read after.
      const hitsBefore = hits.get(`/shop-${i}`) ?? 0;
      const runs = await runsOf(`shop ${i}`);
      const hitsAfter = hits.get(`/shop-${i}`) ?? 0;
      // Read after the runs: at most one start per interval since the sources became due, plus the first.
      const mostRuns = Math.floor((Date.now() - dueSince) / (INTERVAL * 1000)) + 1;
      expect(runs.length, `shop ${i}`).toBeGreaterThanOrEqual(2);
      expect(runs.length, `shop ${i}`).toBeLessThanOrEqual(mostRuns);
      expect(hitsBefore).toBeLessThanOrEqual(runs.length);
      expect(runs.filter((run) => run.finishedAt).length).toBeLessThanOrEqual(hitsAfter);
      expect(hitsAfter).toBeGreaterThanOrEqual(2);
      for (const [k, run] of runs.entries()) {
        workers.add(run.worker);
        expect(run.error).toBeNull();
        const next = runs[k + 1];
        if (!next) continue;
        // Never overlapping, and never sooner than the interval after the previous run started.
        expect(next.startedAt.getTime()).toBeGreaterThanOrEqual(
          run.finishedAt?.getTime() ?? Number.POSITIVE_INFINITY,
        );
        expect(next.startedAt.getTime() - run.startedAt.getTime()).toBeGreaterThanOrEqual(
          INTERVAL * 1000 - 50,
        );
      }
      const [count] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(reviews)
        .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
        .where(eq(sources.name, `shop ${i}`));
      expect(count?.n).toBe(2);
    }
    // Which process wins each tick is the scheduler's choice: on a busy machine one may take every poll for a while,
    // so the spread is looked for over a longer window than the counts above.
    for (let waited = 0; workers.size < 2 && waited < 20_000; waited += 1_000) {
      await sleep(1_000);
      for (let i = 0; i < SOURCES; i++) for (const run of await runsOf(`shop ${i}`)) workers.add(run.worker);
    }
    expect(workers.size).toBeGreaterThan(1);
  }, 90_000);

  it('a process killed with SIGKILL mid-poll loses its source only until the lease runs out', async () => {
    await database.db
      .update(sources)
      .set({ isPaused: false, nextPollAt: new Date() })
      .where(and(eq(sources.orgId, orgId), eq(sources.name, 'crash')));
    let owner: string | null = null;
    let leaseEnds = 0;
    for (let i = 0; i < 50 && !(owner && hits.get('/crash')); i++) {
      await sleep(100);
      const [row] = await database.db
        .select({ owner: sources.leaseOwner, until: sources.leaseExpiresAt })
        .from(sources)
        .where(and(eq(sources.orgId, orgId), eq(sources.name, 'crash')));
      owner = row?.owner ?? null;
      leaseEnds = row?.until?.getTime() ?? 0;
    }
    const victim = procs.find((p) => owner?.split(':').includes(String(p.pid)));
    expect(victim, `lease owner ${owner}`).toBeDefined();
    if (!victim) return;
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    await victim.exited;

    let runs = await runsOf('crash');
    for (let i = 0; i < 150 && !runs.some((r) => r.created === 2); i++) {
      await sleep(200);
      runs = await runsOf('crash');
    }
    const done = runs.find((r) => r.created === 2);
    expect(done, JSON.stringify(runs)).toBeDefined();
    expect(done?.worker).not.toBe(owner);
    // Taken over only after the dead process's lease had run out.
    expect((done?.startedAt.getTime() ?? 0) - killedAt).toBeGreaterThanOrEqual(0);
    // The lease is stamped at claim time, a little before the run row, so compare with the lease itself.
    expect(leaseEnds).toBeGreaterThan(0);
    expect(done?.startedAt.getTime() ?? 0).toBeGreaterThanOrEqual(leaseEnds);
    expect(runs[0]?.worker).toBe(owner);
    expect(runs[0]?.error).toMatch(/stopped before it finished/);
    const [count] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(reviews)
      .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
      .where(eq(sources.name, 'crash'));
    expect(count?.n).toBe(2);
    expect(hits.get('/crash')).toBe(2);
  }, 60_000);
});
