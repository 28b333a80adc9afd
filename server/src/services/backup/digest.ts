import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { type DbExecutor, queryRows } from '../../db/executor.ts';
import { listTables, selectPage, type TableInfo } from './catalog.ts';

export type TableDigest = { rows: number; sha256: string };

const PAGE = 2000;

/** Row count and a SHA-256 over every row's JSON in primary-key order: equal digests mean equal contents. */
export async function digestTable(db: DbExecutor, table: TableInfo): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await queryRows(db, selectPage(table, PAGE, offset));
    for (const r of page) hash.update(`${String(r.j)}\n`);
    rows += page.length;
    if (page.length < PAGE) break;
  }
  return { rows, sha256: hash.digest('hex') };
}

/** Digest of every application table, by name. */
export async function digestDatabase(db: Db): Promise<Record<string, TableDigest>> {
  const out: Record<string, TableDigest> = {};
  for (const table of await listTables(db)) out[table.name] = await digestTable(db, table);
  return out;
}
