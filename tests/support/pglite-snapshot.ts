import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, pgliteFolder } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { migrationsHash } from './migrations-hash.ts';

const snapshotFolder = path.join(tmpdir(), 'rebound-test-pglite');
// Another run may still be reading a snapshot of other migration files; a day is longer than any run.
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const run = promisify(execFile);

/**
 * The tarball of a migrated PGlite data folder, named after the migration files and the PGlite version, so it is
 * built once for them and reused by every process and run. Written under a temporary name and renamed, so a reader
 * never sees half of one.
 */
export async function pgliteSnapshotFile(): Promise<string> {
  const file = path.join(snapshotFolder, `${await migrationsHash()}-pglite-${await pgliteVersion()}.tar`);
  if (await exists(file)) return file;
  await mkdir(snapshotFolder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await (await dumpMigratedPglite()).arrayBuffer()));
  await rename(partial, file);
  await removeStale(file);
  return file;
}

let snapshot: Promise<Blob> | null = null;

/** The snapshot's bytes, read once per process, for in-memory databases. */
export function migratedPgliteSnapshot(): Promise<Blob> {
  snapshot ??= pgliteSnapshotFile().then(async (file) => new Blob([await readFile(file)]));
  return snapshot;
}

/** Unpacks the snapshot where a server with this data folder opens PGlite; its migrator then finds nothing to do. */
export async function seedPgliteFolder(dataDir: string): Promise<void> {
  const folder = pgliteFolder(dataDir);
  await mkdir(folder, { recursive: true });
  await run('tar', ['-xf', await pgliteSnapshotFile(), '-C', folder]);
}

async function dumpMigratedPglite(): Promise<Blob> {
  const database = await openDatabase({ inMemory: true });
  try {
    await migrateDatabase(database);
    if (!database.pglite) throw new Error('an in-memory database is always PGlite');
    return await database.pglite.$client.dumpDataDir('none');
  } finally {
    await database.close();
  }
}

async function pgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Snapshots of other migration files or PGlite versions, and writes a process never finished, once a day old. */
async function removeStale(keep: string): Promise<void> {
  for (const name of await readdir(snapshotFolder)) {
    const file = path.join(snapshotFolder, name);
    const info = await stat(file).catch(() => null);
    if (info && file !== keep && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(file, { force: true });
  }
}
