import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type Database, type Engine, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { parseEnv } from '../../server/src/env.ts';
import { createLogger } from '../../server/src/logger.ts';
import { type RunningServer, startServer } from '../../server/src/server.ts';
import { createPostgresDatabase } from '../support/db.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export const testSecret = 'test-secret-test-secret-0123456789';

/** A free TCP port on loopback (closed again before it is returned). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export type CapturedServer = RunningServer & {
  logText(): string;
  logLines(): Record<string, unknown>[];
  stop(): Promise<void>;
};

/** The whole server in this process, logging at `trace` into memory so a test can read every line written. */
export async function startCapturedServer(
  engine: Engine,
  env: Record<string, string> = {},
): Promise<CapturedServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-rel-'));
  const pg = engine === 'postgres' ? await createPostgresDatabase() : null;
  if (pg) {
    const d = await openDatabase({ databaseUrl: pg.url, poolSize: 1 });
    await migrateDatabase(d);
    await d.close();
  }
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const parsed = parseEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'trace',
    WORKERS_ENABLED: 'false',
    APP_SECRET: testSecret,
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...env,
  });
  const running = await startServer(parsed, createLogger('trace', sink));
  const logText = () => chunks.join('');
  return {
    ...running,
    logText,
    logLines: () =>
      logText()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    async stop() {
      await running.close();
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type SpawnedServer = {
  child: ChildProcess;
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first JSON log line whose `msg` matches. */
  waitForLog(msg: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
};

/** Run `server/src/main.ts` as its own process, as `npm start` does, and wait until it listens. */
export async function spawnServer(
  env: Record<string, string>,
  opts: { waitUntilReady?: boolean } = {},
): Promise<SpawnedServer> {
  // Node itself with tsx as a loader (not the tsx wrapper), so the child's pid is the server's: kill -9 must hit it.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/main.ts')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'info',
      APP_SECRET: testSecret,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const findLog = (msg: RegExp) => {
    for (const line of out.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (typeof parsed.msg === 'string' && msg.test(parsed.msg)) return parsed;
      } catch {
        // a partial line; the next chunk completes it
      }
    }
    return null;
  };
  const waitForLog = (msg: RegExp, timeoutMs = 30_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = findLog(msg);
        if (found) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no log line matching ${msg} within ${timeoutMs} ms; output:\n${out}`));
      }, timeoutMs);
      listeners.add(check);
      void exited.then(() => setTimeout(() => check(), 50));
      check();
    });
  let url = '';
  if (opts.waitUntilReady !== false) {
    const ready = await Promise.race([
      waitForLog(/^Rebound is running$/, 60_000),
      exited.then(({ code }) => {
        throw new Error(`the server exited (${code}) before listening:\n${out}`);
      }),
    ]);
    url = String(ready.url);
  }
  return { child, url, output: () => out, exited, waitForLog };
}

export type ReviewSite = {
  url: string;
  /** Resolves once the review page has been asked for `n` times in all (default 1). */
  requested(n?: number): Promise<void>;
  /** Answer held requests now, and every later one at once. */
  release(): void;
  readonly pageRequests: number;
  close(): Promise<void>;
};

const sampleTexts = [
  'Waited two weeks for the repair and nobody called back. The part was wrong twice.',
  'Friendly staff and the bike was ready the same afternoon. Fair price too.',
  'Rude at the counter and the invoice was higher than the quote.',
  'Quick service, clear explanation of what was wrong, would come back.',
];

/**
 * A schema.org review page with `count` reviews (a quarter of them one-star) on 127.0.0.1, which holds each
 * page request until `release()` so a test can act while a poll is in flight.
 */
export async function startReviewSite(count: number, opts: { hold?: boolean } = {}): Promise<ReviewSite> {
  const { createServer: createHttpServer } = await import('node:http');
  const reviews = Array.from({ length: count }, (_, i) => ({
    '@type': 'Review',
    '@id': `#review-${i}`,
    author: { '@type': 'Person', name: `Reviewer ${i}` },
    datePublished: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    reviewBody: `${sampleTexts[i % sampleTexts.length]} (visit ${i})`,
    reviewRating: { '@type': 'Rating', ratingValue: i % 4 === 0 ? 1 : i % 2 === 0 ? 2 : 5, bestRating: 5 },
  }));
  const page = `<!doctype html><html><head><title>Reviews</title><script type="application/ld+json">${JSON.stringify(
    {
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      name: 'Reliability Cycles',
      review: reviews,
    },
  )}</script></head><body><h1>Reviews</h1></body></html>`;
  let isHeld = opts.hold ?? true;
  let pageRequests = 0;
  const held: (() => void)[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of [...waiters]) {
      if (pageRequests < w.n) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const server = createHttpServer((req, res) => {
    if (!req.url?.startsWith('/reviews')) {
      res.writeHead(404).end();
      return;
    }
    pageRequests += 1;
    wake();
    const answer = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (isHeld) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/reviews`,
    requested: (n = 1) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        wake();
      }),
    release() {
      isHeld = false;
      for (const answer of held.splice(0)) answer();
    },
    get pageRequests() {
      return pageRequests;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type PreparedDatabase = {
  /** Settings that point a spawned server at this database. */
  env: Record<string, string>;
  /** Open it from the test; on PGlite only while no server process has it open. */
  open(): Promise<Database>;
  drop(): Promise<void>;
};

/** A migrated database for a spawned server: a PostgreSQL database of its own, or a PGlite data folder. */
export async function prepareDatabase(engine: Engine): Promise<PreparedDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-rel-'));
  const pg = engine === 'postgres' ? await createPostgresDatabase() : null;
  const open = () => (pg ? openDatabase({ databaseUrl: pg.url, poolSize: 2 }) : openDatabase({ dataDir }));
  const first = await open();
  await migrateDatabase(first);
  await first.close();
  return {
    env: { DATA_DIR: dataDir, ...(pg ? { DATABASE_URL: pg.url } : {}) },
    open,
    async drop() {
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
