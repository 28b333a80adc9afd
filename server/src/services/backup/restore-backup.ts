import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type DbExecutor, queryRows } from '../../db/executor.ts';
import { listTables, readMigrationLevel, type TableInfo } from './catalog.ts';
import { digestTable, type TableDigest } from './digest.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type BackupTrailer,
  isBackupTrailer,
} from './format.ts';

export type RestoreSummary = { tables: Record<string, TableDigest>; replacedExisting: boolean };

const BATCH = 500;
// Setup links are issued by every fresh start, and sign-in attempt counts appear as soon as anyone tries the
// sign-in form; neither is data an owner would lose.
const ignoredWhenCheckingEmpty = new Set(['setup_tokens', 'sign_in_throttles']);

async function* readLines(file: string): AsyncGenerator<Record<string, unknown>> {
  const input = createReadStream(file).pipe(createGunzip());
  let n = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      n++;
      if (!line) continue;
      yield JSON.parse(line) as Record<string, unknown>;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError(`No backup file at ${file}`);
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || error instanceof SyntaxError)
      throw new BackupError(`${file} is not a readable Rebound backup (damaged at line ${n + 1})`);
    throw error;
  }
}

function checkHeader(header: Record<string, unknown> | undefined, file: string): BackupHeader {
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Rebound backup`);
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `${file} uses backup format ${String(header.version)}; this Rebound reads format ${BACKUP_VERSION}`,
    );
  return header as BackupHeader;
}

async function holdsData(db: DbExecutor, tables: TableInfo[]): Promise<string[]> {
  const busy: string[] = [];
  for (const t of tables) {
    if (ignoredWhenCheckingEmpty.has(t.name)) continue;
    const rows = await queryRows(db, sql`select exists (select 1 from ${sql.identifier(t.name)}) as e`);
    if (rows[0]?.e === true) busy.push(t.name);
  }
  return busy;
}

async function insertRows(db: DbExecutor, table: TableInfo, rows: unknown[]): Promise<void> {
  const cols = sql.join(
    table.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  // PostgreSQL turns its own JSON back into each column's type, the same on PGlite and on a server.
  await db.execute(
    sql`insert into ${sql.identifier(table.name)} (${cols}) overriding system value
        select ${cols} from json_populate_recordset(null::${sql.identifier(table.name)}, ${JSON.stringify(rows)}::json)`,
  );
}

async function moveSequencesPast(db: DbExecutor, table: TableInfo): Promise<void> {
  for (const c of table.sequenced) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${`"${table.name}"`}, ${c}), coalesce(max(${sql.identifier(c)})::bigint, 0) + 1, false)
          from ${sql.identifier(table.name)}`,
    );
  }
}

/**
 * Restore a backup into this database in one transaction: all of it or nothing. The database must be at the
 * backup's migration level and hold no data, unless `force` is set, which deletes what is there first.
 * Each table's row count and content digest are checked against the backup before committing.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  opts: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const lines = readLines(file);
  const header = checkHeader((await lines.next()).value ?? undefined, file);
  const here = await readMigrationLevel(db);
  if (here.count !== header.migrations.count || here.lastHash !== header.migrations.lastHash) {
    throw new BackupError(
      `The backup was taken at migration ${header.migrations.count} and this database is at ${here.count}: ` +
        'restore with the Rebound version that made the backup (into a database migrated by it), then upgrade',
    );
  }
  const tables = await listTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const t of header.tables) {
    const target = byName.get(t.name);
    if (!target || target.columns.join(',') !== t.columns.join(','))
      throw new BackupError(`Table ${t.name} does not match this database's schema`);
  }

  return db.transaction(async (txDb) => {
    const busy = await holdsData(txDb, tables);
    if (busy.length && !opts.force) {
      throw new BackupError(
        `This database already holds data (${busy.join(', ')}); restore into an empty one, or pass --force to replace it`,
      );
    }
    if (busy.length)
      for (const t of [...tables].reverse()) await txDb.execute(sql`delete from ${sql.identifier(t.name)}`);

    // Trigger-maintained tables (rollup queues, counters) are restored as they were; firing the triggers again
    // would add their effects a second time. Foreign keys stay checked. Undone with the transaction if it fails.
    const triggered = tables.filter((t) => t.hasTriggers);
    for (const t of triggered)
      await txDb.execute(sql`alter table ${sql.identifier(t.name)} disable trigger user`);

    let trailer: BackupTrailer | null = null;
    let current: TableInfo | null = null;
    let pending: unknown[] = [];
    const flush = async () => {
      if (current && pending.length) await insertRows(txDb, current, pending);
      pending = [];
    };
    for await (const line of lines) {
      if (line.end === true) {
        if (!isBackupTrailer(line)) throw new BackupError(`${file} has a closing line without table digests`);
        trailer = line;
        break;
      }
      const table = byName.get(String(line.t));
      if (!table) throw new BackupError(`The backup has rows for an unknown table ${String(line.t)}`);
      if (table !== current) {
        await flush();
        current = table;
      }
      pending.push(line.r);
      if (pending.length >= BATCH) await flush();
    }
    await flush();
    if (!trailer) throw new BackupError(`${file} is incomplete: it ends before its closing line`);

    for (const t of triggered)
      await txDb.execute(sql`alter table ${sql.identifier(t.name)} enable trigger user`);

    const restored: Record<string, TableDigest> = {};
    for (const t of header.tables) {
      const table = byName.get(t.name);
      if (!table) continue;
      await moveSequencesPast(txDb, table);
      restored[t.name] = await digestTable(txDb, table);
      const expected = trailer.tables[t.name];
      if (
        !expected ||
        expected.rows !== restored[t.name]?.rows ||
        expected.sha256 !== restored[t.name]?.sha256
      )
        throw new BackupError(
          `Table ${t.name} did not restore to the backup's contents; nothing was changed`,
        );
    }
    return { tables: restored, replacedExisting: busy.length > 0 };
  });
}
