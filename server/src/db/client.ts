import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Set for PostgreSQL: the connection string, for tools that need their own connection. */
  databaseUrl: string | null;
  /** Set for PGlite: the same database typed for its engine, as the PGlite migrator takes it. */
  pglite: (PgliteDatabase<Schema> & { $client: PGlite }) | null;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string;
  inMemory?: boolean;
  poolSize?: number;
  /** With `inMemory`: start from this data-folder tarball (made by PGlite's `dumpDataDir`) instead of an empty one. */
  loadDataDir?: Blob;
};

/**
 * Seconds the driver waits before its next try at a connection, after `failures` failed tries in a row. The driver's
 * own schedule triples the wait each time up to twenty seconds, so a server that kept working through a database
 * restart (every request and poll a failed try) stayed down for up to twenty seconds after the database was back.
 * Doubling from a tenth of a second to at most two keeps a database that is down from being hammered and brings the
 * app back within about two seconds of its return. Jittered, so the pool's connections do not all try at once.
 */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.1 * 2 ** failures, 2) * (0.5 + Math.random() / 2);
}

/** Where PGlite keeps its files inside a data folder. */
export const pgliteFolder = (dataDir: string) => path.join(dataDir, 'pglite');

/** PostgreSQL through postgres.js when a URL is given, otherwise PGlite in the data folder. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const sql = postgres(opts.databaseUrl, {
      max: opts.poolSize ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
      idle_timeout: 60,
      backoff: reconnectDelaySeconds,
    });
    const db: Db = drizzlePostgres(sql, { schema, casing: 'snake_case' });
    return {
      db,
      engine: 'postgres',
      databaseUrl: opts.databaseUrl,
      pglite: null,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  let client: PGlite;
  if (opts.inMemory) {
    client = new PGlite({ loadDataDir: opts.loadDataDir });
  } else {
    const dir = pgliteFolder(opts.dataDir ?? '.data');
    await mkdir(dir, { recursive: true });
    client = new PGlite(dir);
  }
  await client.waitReady;
  const pglite = drizzlePglite(client, { schema, casing: 'snake_case' });
  return { db: pglite, engine: 'pglite', databaseUrl: null, pglite, close: () => client.close() };
}
