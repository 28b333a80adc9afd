import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Engine } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { parseEnv } from '../../server/src/env.ts';
import { createLogger } from '../../server/src/logger.ts';
import { type RunningServer, startServer } from '../../server/src/server.ts';
import { createPostgresDatabase } from '../support/db.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const tsxBin = path.join(repoRoot, 'node_modules/.bin/tsx');

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
    const { openDatabase } = await import('../../server/src/db/client.ts');
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
  const child = spawn(tsxBin, [path.join(repoRoot, 'server/src/main.ts')], {
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
