import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, type Engine, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { migratedPgliteSnapshot } from './pglite-snapshot.ts';
import { createFromTemplate, databaseUrl } from './postgres-template.ts';

/** The PostgreSQL server on this machine; each test database is created and dropped by the test that uses it. */
export const adminUrl = databaseUrl('postgres');

/** Engines every database test runs on. */
export const engines: Engine[] = ['pglite', 'postgres'];

/**
 * A migrated test database starts as a copy of one migrated once for the current migration files (decision 084),
 * unless TEST_DB_FROM_SCRATCH=1: then each runs every migration itself. vitest.config.ts sets it for the files
 * that test migrations or the migration level.
 */
export const isFromScratch = () => process.env.TEST_DB_FROM_SCRATCH === '1';

export type TestDatabase = Database & { url: string | null; drop(): Promise<void> };

/** A database of its own on the PostgreSQL server: a copy of the migrated template, or empty when asked. */
export async function createPostgresDatabase(
  opts: { empty?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rebound_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (opts.empty || isFromScratch()) await admin.unsafe(`create database ${name}`);
    else await createFromTemplate(admin, name);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(name),
    async drop() {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * A fresh database on the given engine, migrated unless `migrate: false` (then empty, so a test can run the
 * migrations itself). The migrator runs on every migrated one, and finds nothing to do on a copy that is current.
 * Call `drop()` when done.
 */
export async function createTestDatabase(
  engine: Engine,
  opts: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = opts.migrate !== false;
  if (engine === 'pglite') {
    const fromSnapshot = migrate && !isFromScratch();
    const database = await openDatabase({
      inMemory: true,
      loadDataDir: fromSnapshot ? await migratedPgliteSnapshot() : undefined,
    });
    if (migrate) await migrateDatabase(database);
    return { ...database, url: null, drop: () => database.close() };
  }
  const pg = await createPostgresDatabase({ empty: !migrate });
  const database = await openDatabase({ databaseUrl: pg.url, poolSize: 5 });
  if (migrate) await migrateDatabase(database);
  return {
    ...database,
    url: pg.url,
    async drop() {
      await database.close();
      await pg.drop();
    },
  };
}
