import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';
import { fetchDocument } from './net/fetch-document.ts';
import { issueSetupToken } from './services/orgs/setup.ts';
import type { Fetcher } from './services/polling/collect.ts';
import type { Poller } from './services/polling/scheduler.ts';
import type { AppServices } from './trpc/context.ts';
import { startWorkers } from './workers/index.ts';

export type RunningServer = {
  url: string;
  port: number;
  database: Database;
  poller: Poller | null;
  setupUrl: string | null;
  close(): Promise<void>;
};

/**
 * Boot Rebound: open the database (PGlite in the data folder unless DATABASE_URL is set), apply migrations in
 * embedded mode, start the HTTP server and, unless disabled, the poller.
 */
export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  if (database.engine === 'pglite') await migrateDatabase(database);
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const services: AppServices = {};
  const app = createApp({ db: database.db, engine: database.engine, env, log, services });

  // The bundled demo site is served by this very app, so demo polls never leave the process.
  const fetcher: Fetcher = async (url, policy) => {
    if (url.startsWith('/demo-site/')) {
      const res = await app.request(url);
      const body = await res.text();
      return {
        ok: true,
        status: res.status,
        body,
        url: `http://demo.rebound.invalid${url}`,
        contentType: res.headers.get('content-type'),
        etag: null,
        lastModified: null,
        notModified: false,
        headers: {},
      };
    }
    return fetchDocument(url, { ...policy, allowList: env.FETCH_ALLOW_LIST });
  };
  const started = env.WORKERS_ENABLED
    ? await startWorkers({ db: database.db, env, log, worker, fetcher, services })
    : null;
  const poller = started?.poller ?? null;

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = env.PUBLIC_URL ?? `http://${env.HOST}:${port}`;

  const setupToken = await issueSetupToken(database.db);
  const setupUrl = setupToken ? `${url}/setup#token=${setupToken}` : null;
  log.info({ url, engine: database.engine, dataDir: path.resolve(env.DATA_DIR) }, 'Rebound is running');
  if (setupUrl) {
    // Printed plainly as well as logged: this is the first thing a new owner needs.
    process.stdout.write(
      `\nRebound is ready. Open this one-time link to create your organization (or load the demo):\n  ${setupUrl}\n\n`,
    );
  }

  return {
    url,
    port,
    database,
    poller,
    setupUrl,
    async close() {
      // Finish in-flight work (polls, sends, posts) before closing the database under it.
      await Promise.allSettled((started?.workers ?? []).map((w) => w.stop()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
