import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, type Engine, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';

/** The PostgreSQL server on this machine; each test database is created and dropped by the test that uses it. */
export const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Engines every database test runs on. */
export const engines: Engine[] = ['pglite', 'postgres'];

export type TestDatabase = Database & { url: string | null; drop(): Promise<void> };

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rebound_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  return {
    url,
    async drop() {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A fresh, migrated database on the given engine. Call `drop()` when done. */
export async function createTestDatabase(
  engine: Engine,
  opts: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ inMemory: true });
    if (opts.migrate !== false) await migrateDatabase(database);
    return { ...database, url: null, drop: () => database.close() };
  }
  const pg = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: pg.url, poolSize: 5 });
  if (opts.migrate !== false) await migrateDatabase(database);
  return {
    ...database,
    url: pg.url,
    async drop() {
      await database.close();
      await pg.drop();
    },
  };
}
