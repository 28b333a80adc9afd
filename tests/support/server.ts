import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Engine, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { parseEnv } from '../../server/src/env.ts';
import { createLogger } from '../../server/src/logger.ts';
import { type RunningServer, startServer } from '../../server/src/server.ts';
import { createPostgresDatabase, isFromScratch } from './db.ts';
import { seedPgliteFolder } from './pglite-snapshot.ts';

export type TestServer = RunningServer & { dataDir: string; stop(): Promise<void> };

/**
 * The whole Rebound server on a free loopback port, on a fresh database of the given engine.
 * Workers are off unless asked for, so tests drive polling themselves.
 */
export async function startTestServer(engine: Engine, env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-test-'));
  const pg = engine === 'postgres' ? await createPostgresDatabase() : null;
  const parsed = parseEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WORKERS_ENABLED: 'false',
    APP_SECRET: 'test-secret-test-secret-0123456789',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...env,
  });
  if (pg) {
    const d = await openDatabase({ databaseUrl: pg.url, poolSize: 1 });
    await migrateDatabase(d);
    await d.close();
  } else if (!parsed.DATABASE_URL && !isFromScratch()) {
    await seedPgliteFolder(parsed.DATA_DIR);
  }
  const running = await startServer(parsed, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  return {
    ...running,
    dataDir,
    async stop() {
      await running.close();
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
