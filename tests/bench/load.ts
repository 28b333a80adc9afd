/**
 * Load and soak: a real Rebound server (its own process, PostgreSQL test database, demo loaded and polled) under
 * autocannon on loopback. The dashboard's main queries (signed in) and the signed reviews webhook, at rising
 * concurrency, then a soak at moderate load while the server's resident memory is sampled from /proc.
 * Figures only. BENCH_LOAD_STAGE_S (default 20) and BENCH_SOAK_S (default 60) change the durations.
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createBrowserLikeClient } from '../support/api-client.ts';
import { createPostgresDatabase } from '../support/db.ts';
import { freePort, repoRoot, startChild, stopChild } from './dashboard-load.ts';

type Req = { method?: string; path: string; headers?: Record<string, string>; body?: string };
type Result = {
  requests: { average: number; total: number };
  latency: { p99: number; p50: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: { setupRequest: (req: Req) => Req }[];
}) => Promise<Result>;

const log = (m: string) => process.stderr.write(`${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

export async function run(): Promise<Record<string, number>> {
  const stageSeconds = Number(process.env.BENCH_LOAD_STAGE_S ?? 20);
  const soakSeconds = Number(process.env.BENCH_SOAK_S ?? 60);
  const owner = demoUsers.find((u) => u.role === 'owner');
  if (!owner) throw new Error('demo owner missing');
  const pg = await createPostgresDatabase();
  const setup = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
  await migrateDatabase(setup);
  await loadDemo(setup.db);
  await setup.close();

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startChild(
    path.join(repoRoot, 'server/src/main.ts'),
    {
      DATABASE_URL: pg.url,
      PORT: String(port),
      WORKERS_ENABLED: 'true',
      POLL_CRON: '*/2 * * * * *',
      LOG_LEVEL: 'info',
      APP_SECRET: 'bench-secret-bench-secret-0123',
    },
    async () => (await fetch(`${url}/health`)).ok,
  );
  const figures: Record<string, number> = {};
  try {
    const pid = server.pid ?? 0;
    // The demo source is polled by the server's own worker, so the inbox and trends have reviews to return.
    for (let i = 0; i < 60; i++) {
      if (/rebound_polls_total\{outcome="ok"\} [1-9]/.test(await (await fetch(`${url}/metrics`)).text()))
        break;
      await sleep(500);
    }
    const browser = createBrowserLikeClient(url);
    await browser.client.auth.signIn.mutate({ email: owner.email, password: owner.password });
    const cookie = [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const created = await browser.client.sources.create.mutate({ kind: 'webhook', name: 'Load test pushes' });
    const secret = created.webhookSecret ?? '';
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const query = (proc: string, input: unknown) =>
      `/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;
    let pushed = 0;
    const get = (p: string) => () => ({ method: 'GET', path: p, headers: { cookie } });
    const requests = [
      get(query('auth.me', undefined).replace('?input=undefined', '')),
      get(query('reviews.inbox', {})),
      get(query('trends.overview', { from: monthAgo, to: today })),
      get(query('trends.themes', { from: monthAgo, to: today })),
      () => {
        pushed += 1;
        const body = JSON.stringify({
          externalId: `load-${pushed}`,
          author: 'Load Tester',
          rating: (pushed % 5) + 1,
          text: `Visit number ${pushed} went as expected.`,
        });
        const ts = String(Math.floor(Date.now() / 1000));
        const signature = `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
        return {
          method: 'POST',
          path: `/api/webhooks/reviews/${created.source.id}`,
          headers: {
            'content-type': 'application/json',
            'x-rebound-timestamp': ts,
            'x-rebound-signature': signature,
          },
          body,
        };
      },
    ].map((make) => ({ setupRequest: (req: Req) => ({ ...req, ...make() }) }));

    const check = await fetch(`${url}${query('reviews.inbox', {})}`, { headers: { cookie } });
    if (!check.ok) throw new Error(`inbox query failed before the load: ${check.status}`);

    let total = 0;
    let failed = 0;
    let worstP99 = 0;
    let rpsSum = 0;
    const stages = [10, 50, 100];
    for (const connections of stages) {
      log(`  ${connections} connections for ${stageSeconds} s`);
      const r = await autocannon({ url, connections, duration: stageSeconds, requests });
      const bad = r.non2xx + r.errors + r.timeouts;
      figures[`load_c${connections}_p99_ms`] = r.latency.p99;
      figures[`load_c${connections}_rps`] = Math.round(r.requests.average);
      figures[`load_c${connections}_error_rate`] = r.requests.total ? bad / r.requests.total : 0;
      total += r.requests.total;
      failed += bad;
      worstP99 = Math.max(worstP99, r.latency.p99);
      rpsSum += r.requests.average;
    }
    figures.load_error_rate = total ? failed / total : 0;
    figures.load_p99_ms = worstP99;
    figures.load_rps = Math.round(rpsSum / stages.length);
    figures.load_webhook_reviews_pushed = pushed;

    // Soak: moderate steady load; memory should level off rather than climb.
    const samples: number[] = [await rssMb(pid)];
    const sampler = setInterval(() => {
      void rssMb(pid).then((mb) => samples.push(mb));
    }, 5_000);
    log(`  soak: 20 connections for ${soakSeconds} s`);
    const soak = await autocannon({ url, connections: 20, duration: soakSeconds, requests });
    clearInterval(sampler);
    samples.push(await rssMb(pid));
    figures.soak_rss_start_mb = samples[0] ?? 0;
    figures.soak_rss_end_mb = samples.at(-1) ?? 0;
    figures.soak_rss_growth_mb = Math.round(((samples.at(-1) ?? 0) - (samples[0] ?? 0)) * 10) / 10;
    figures.soak_rss_max_mb = Math.max(...samples);
    figures.soak_rps = Math.round(soak.requests.average);
    figures.soak_error_rate = soak.requests.total
      ? (soak.non2xx + soak.errors + soak.timeouts) / soak.requests.total
      : 0;
    return figures;
  } finally {
    await stopChild(server);
    await pg.drop();
  }
}
