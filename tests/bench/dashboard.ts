/**
 * Dashboard benchmark at 1M reviews across 200 locations over two years (BENCH_REVIEWS to change the size):
 * trends query latency against a bare round trip, dashboard tRPC throughput against bare Hono routes (all under
 * autocannon, each server in its own process), tRPC latency under load, and the initial JavaScript.
 * BENCH_KEEP_DB=<name> keeps the generated database under that name and reuses it on the next run.
 *
 * Throughput ratios (see dashboard-hono.ts):
 * - trpc_vs_hono_rps_ratio: tRPC `trends.overview` ÷ a bare Hono route doing the same session read, role check,
 *   input parsing and getOverview call: the cost of tRPC and our procedure ladder on top of the same work.
 * - trpc_vs_trivial_hono_rps_ratio: the same tRPC figure ÷ a Hono route answering a constant (no database).
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../server/src/db/client.ts';
import { addDays } from '../../server/src/services/rollups/day-ranges.ts';
import { compareSlices } from '../../server/src/services/trends/compare-slices.ts';
import { getOverview } from '../../server/src/services/trends/get-overview.ts';
import { createBrowserLikeClient } from '../support/api-client.ts';
import { openBenchDatabase } from './dashboard-db.ts';
import {
  freePort,
  measureLatency,
  measureRps,
  percentiles,
  startChild,
  stopChild,
} from './dashboard-load.ts';
import { measureInitialJs } from './dashboard-web.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function run(): Promise<Record<string, number>> {
  const reviews = Number(process.env.BENCH_REVIEWS ?? 1_000_000);
  const bench = await openBenchDatabase({ reviews, keep: process.env.BENCH_KEEP_DB || undefined, log });
  const pg = { url: bench.url };
  const figures: Record<string, number> = {};
  try {
    const { data } = bench;
    figures.dashboard_reviews = reviews;
    // A reused database was loaded by an earlier run: its load times are not this run's.
    if (!bench.isReused) {
      figures.dashboard_load_s = (data.timings.copy_reviews_ms + data.timings.copy_replies_ms) / 1000;
      figures.dashboard_rollup_build_s = data.timings.build_rollups_ms / 1000;
    }
    const filter = { from: addDays(data.lastDay, -89), to: data.lastDay };

    const database = await openDatabase({ databaseUrl: pg.url, poolSize: 4 });
    try {
      const { db } = database;
      await timeIt(30, () => getOverview(db, data.orgId, filter));
      await timeIt(100, () => db.execute(sql`select 1`));
      const trends = percentiles(await timeIt(300, () => getOverview(db, data.orgId, filter)));
      const roundtrip = percentiles(await timeIt(1000, () => db.execute(sql`select 1`)));
      const located = percentiles(
        await timeIt(100, () => getOverview(db, data.orgId, { ...filter, locationId: data.locationIds[0] })),
      );
      const compare = percentiles(
        await timeIt(30, () => compareSlices(db, data.orgId, { filter, by: 'location' })),
      );
      Object.assign(figures, {
        trends_p50_ms: trends.p50,
        trends_p95_ms: trends.p95,
        roundtrip_p50_ms: roundtrip.p50,
        trends_p95_vs_roundtrip_ratio: trends.p95 / roundtrip.p50,
        trends_location_p95_ms: located.p95,
        trends_compare_200_locations_p95_ms: compare.p95,
      });
      log(
        `  trends p50 ${trends.p50.toFixed(2)} ms, p95 ${trends.p95.toFixed(2)} ms; select 1 p50 ${roundtrip.p50.toFixed(3)} ms`,
      );
    } finally {
      await database.close();
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startChild(
      'server/src/main.ts',
      {
        DATABASE_URL: pg.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        WORKERS_ENABLED: 'false',
        DEMO_SITE: 'false',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        APP_SECRET: 'bench-secret-bench-secret-0123',
      },
      async () => (await fetch(`${base}/health`)).ok,
    );
    let hono: Awaited<ReturnType<typeof startChild>> | null = null;
    try {
      const browser = createBrowserLikeClient(base);
      await browser.client.auth.signIn.mutate(data.manager);
      const cookie = [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const url = `${base}/trpc/trends.overview?input=${encodeURIComponent(JSON.stringify(filter))}`;
      const headers = { cookie };
      await measureRps(url, headers, { connections: 8, seconds: 2 });
      figures.trpc_rps = await measureRps(url, headers, { connections: 16, seconds: 8 });
      const trpcLatency = await measureLatency(url, headers, { concurrency: 16, seconds: 5 });
      figures.trpc_p50_ms = trpcLatency.p50;
      figures.trpc_p95_ms = trpcLatency.p95;

      const honoPort = await freePort();
      const honoBase = `http://127.0.0.1:${honoPort}`;
      hono = await startChild(
        'tests/bench/dashboard-hono.ts',
        { DATABASE_URL: pg.url },
        async () => (await fetch(`${honoBase}/bare`)).ok,
        [String(honoPort)],
      );
      // The same overview, same session check, without tRPC: the fair comparison.
      const overview = `${honoBase}/overview?input=${encodeURIComponent(JSON.stringify(filter))}`;
      await measureRps(overview, headers, { connections: 8, seconds: 2 });
      figures.hono_overview_rps = await measureRps(overview, headers, { connections: 16, seconds: 8 });
      const bare = `${honoBase}/bare`;
      await measureRps(bare, {}, { connections: 8, seconds: 2 });
      figures.hono_trivial_rps = await measureRps(bare, {}, { connections: 16, seconds: 8 });
      figures.trpc_vs_hono_rps_ratio = figures.trpc_rps / figures.hono_overview_rps;
      figures.trpc_vs_trivial_hono_rps_ratio = figures.trpc_rps / figures.hono_trivial_rps;
      log(
        `  tRPC ${figures.trpc_rps.toFixed(0)} req/s (p95 ${trpcLatency.p95.toFixed(1)} ms), same overview on bare Hono ${figures.hono_overview_rps.toFixed(0)} req/s, trivial Hono route ${figures.hono_trivial_rps.toFixed(0)} req/s`,
      );
    } finally {
      await stopChild(server);
      if (hono) await stopChild(hono);
    }
  } finally {
    await bench.release();
  }
  figures.web_initial_js_gzip_kb = await measureInitialJs();
  return figures;
}
