import { isFromScratch } from './db.ts';
import { pgliteSnapshotFile } from './pglite-snapshot.ts';

/**
 * Builds the migrated PGlite snapshot before the test processes start, when it is missing, so they do not each
 * build it at once. PostgreSQL needs nothing here: its template is built on first use, under an advisory lock
 * (tests/support/postgres-template.ts).
 */
export async function setup(): Promise<void> {
  if (!isFromScratch()) await pgliteSnapshotFile();
}
