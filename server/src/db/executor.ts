import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** A transaction opened on the database: drizzle's own type, as `db.transaction` hands it over. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * A database or a transaction: what every database function takes first, so the caller decides whether the
 * work joins a transaction it already holds.
 */
export type DbExecutor = Db | Tx;

/**
 * The rows of a raw SQL query on either engine: postgres.js answers with the rows themselves, PGlite with an
 * object that holds them. The row type is the caller's word for what the SELECT list names.
 */
export async function queryRows<T extends object = Record<string, unknown>>(
  db: DbExecutor,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result;
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows;
  }
  return [];
}
