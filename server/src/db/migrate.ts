import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database } from './client.ts';

export const migrationsFolder = path.resolve(import.meta.dirname, '../../../drizzle');

// An arbitrary constant: several processes starting together take turns applying migrations.
const MIGRATION_LOCK = 7_301_777;

/** Apply the committed drizzle-kit migrations; already-applied ones are skipped, so running twice is a no-op. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.pglite) {
    await migratePglite(database.pglite, { migrationsFolder });
    return;
  }
  if (!database.databaseUrl)
    throw new Error('A PostgreSQL database without its connection string cannot be migrated');
  // One dedicated connection, so the session-level advisory lock covers the whole run.
  const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzle(sql), { migrationsFolder });
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
