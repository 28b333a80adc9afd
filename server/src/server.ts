import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';
import { type Fetcher, guardedFetcher } from './net/fetcher.ts';
import { checkDataDirWritable } from './observability/check-data-dir.ts';
import { watchQueueDepths } from './observability/queue-depths.ts';
import { closeHttpServer, type ShutdownReport, settlesWithin } from './observability/shutdown.ts';
import { issueSetupToken } from './services/orgs/issue-setup-token.ts';
import { isDatabaseEmpty } from './services/orgs/setup.ts';
import type { Poller } from './services/polling/scheduler.ts';
import { resolveAppSecret } from './services/secrets/app-secret.ts';
import type { AppServices } from './trpc/context.ts';
import { startWorkers } from './workers/index.ts';

/** When the setup link is printed the second time: after the workers' first round of start-up lines. */
const setupReprintMs = 4000;

export type RunningServer = {
  url: string;
  port: number;
  database: Database;
  poller: Poller | null;
  setupUrl: string | null;
  /** Stop taking requests, let requests and jobs in flight finish (up to SHUTDOWN_TIMEOUT_MS), close the database. */
  close(): Promise<ShutdownReport>;
};

/**
 * Boot Rebound: open the database (PGlite in the data folder unless DATABASE_URL is set), apply migrations in
 * embedded mode, start the HTTP server and, unless disabled, the poller.
 */
export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  // Embedded database and file outbox both live in the data folder: refuse to start on one we cannot write.
  if (!env.DATABASE_URL || !env.SMTP_URL) await checkDataDirWritable(env.DATA_DIR);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  if (database.engine === 'pglite') await migrateDatabase(database);
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const services: AppServices = {};
  const appSecret = await resolveAppSecret({
    appSecret: env.APP_SECRET,
    dataDir: env.DATA_DIR,
    isEmbedded: database.engine === 'pglite',
  });
  if (appSecret.secret) services.secretBox = createSecretBox(appSecret.secret);
  else
    log.warn(
      'APP_SECRET is not set: sources that need credentials (Google, Yelp, webhooks) cannot be added until it is',
    );
  const app = createApp({ db: database.db, engine: database.engine, env, log, services });

  // The bundled demo site is served by this very app, so demo polls never leave the process.
  const guarded = guardedFetcher(env.FETCH_ALLOW_LIST);
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
    return guarded(url, policy);
  };
  services.fetcher = fetcher;
  const started = env.WORKERS_ENABLED
    ? await startWorkers({ db: database.db, env, log, worker, fetcher, services })
    : null;
  const poller = started?.poller ?? null;

  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s as Server));
  });
  const unwatchQueues = watchQueueDepths(database.db);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = env.PUBLIC_URL ?? `http://${env.HOST}:${port}`;
  services.publicUrl = url;

  const setupToken = await issueSetupToken(database.db);
  const setupUrl = setupToken ? `${url}/setup#token=${setupToken}` : null;
  log.info({ url, engine: database.engine, dataDir: path.resolve(env.DATA_DIR) }, 'Rebound is running');
  const printSetupLink = () =>
    process.stdout.write(
      `\nRebound is ready. Open this one-time link to create your organization (or load the demo):\n  ${setupUrl}\nOr load the demo business from a terminal: npx rebound demo\n\n`,
    );
  // Printed plainly as well as logged: this is the first thing a new owner needs. Printed once more when the
  // workers' start-up lines have been written, so it is the last thing on the screen, unless set-up is done.
  let reprint: NodeJS.Timeout | null = null;
  if (setupUrl && env.LOG_LEVEL !== 'silent') {
    printSetupLink();
    reprint = setTimeout(() => {
      isDatabaseEmpty(database.db)
        .then((isEmpty) => {
          if (isEmpty) printSetupLink();
        })
        .catch(() => {});
    }, setupReprintMs);
    reprint.unref();
  }

  return {
    url,
    port,
    database,
    poller,
    setupUrl,
    async close() {
      if (reprint) clearTimeout(reprint);
      // New connections are refused at once; requests and jobs in flight (polls, sends, posts) get until the
      // deadline to finish, and only then is the database closed under them.
      const begun = performance.now();
      const ms = env.SHUTDOWN_TIMEOUT_MS;
      const workersStopped = Promise.allSettled((started?.workers ?? []).map((w) => w.stop()));
      const [httpDrained, workersDrained] = await Promise.all([
        closeHttpServer(server, ms),
        settlesWithin(workersStopped, ms),
      ]);
      unwatchQueues();
      await database.close();
      const report = {
        isClean: httpDrained && workersDrained,
        httpDrained,
        workersDrained,
        ms: Math.round(performance.now() - begun),
      };
      log.info(
        report,
        report.isClean ? 'stopped cleanly' : 'stopped: work still in flight at the deadline was cut off',
      );
      return report;
    },
  };
}
