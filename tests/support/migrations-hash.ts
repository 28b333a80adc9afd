import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsFolder } from '../../server/src/db/migrate.ts';

let hash: Promise<string> | null = null;

/** A short hash of everything in drizzle/ (SQL files and meta/), so a migrated copy is named after what made it. */
export function migrationsHash(): Promise<string> {
  hash ??= hashFolder(migrationsFolder);
  return hash;
}

async function hashFolder(folder: string): Promise<string> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  const digest = createHash('sha256');
  for (const file of files) digest.update(`${file}\0`).update(await readFile(path.join(folder, file)));
  return digest.digest('hex').slice(0, 16);
}
