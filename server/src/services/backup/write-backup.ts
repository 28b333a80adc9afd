import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import type { Db, Engine } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import { listTables, readMigrationLevel, selectPage } from './catalog.ts';
import type { TableDigest } from './digest.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupSummary } from './format.ts';

const PAGE = 2000;

/**
 * Write every table to `file` as gzip'd JSON Lines, from one consistent snapshot (a repeatable-read, read-only
 * transaction), so the server may keep running on PostgreSQL. The file appears under its name only once
 * complete; until then it is `<file>.partial`.
 */
export async function writeBackup(db: Db, engine: Engine, file: string): Promise<BackupSummary> {
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { flags: 'wx' });
  const piped = new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    gzip.on('error', reject);
    out.on('finish', resolve);
  });
  gzip.pipe(out);
  const writeLine = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  try {
    const digests = await db.transaction(
      async (tx) => {
        const tables = await listTables(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          engine,
          migrations: await readMigrationLevel(tx),
          tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
        };
        await writeLine(header);
        const result: Record<string, TableDigest> = {};
        for (const table of tables) {
          const hash = createHash('sha256');
          let rows = 0;
          for (let offset = 0; ; offset += PAGE) {
            const page = await queryRows(tx, selectPage(table, PAGE, offset));
            for (const r of page) {
              const json = String(r.j);
              hash.update(`${json}\n`);
              // The row's JSON text is embedded as is: no parse and re-serialise that could change a value.
              if (!gzip.write(`{"t":${JSON.stringify(table.name)},"r":${json}}\n`)) await once(gzip, 'drain');
            }
            rows += page.length;
            if (page.length < PAGE) break;
          }
          result[table.name] = { rows, sha256: hash.digest('hex') };
        }
        return result;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await writeLine({ end: true, tables: digests });
    gzip.end();
    await piped;
    await rename(partial, target);
    return { file: target, bytes: (await stat(target)).size, tables: digests };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
