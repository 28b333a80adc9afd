import type { MigrationLevel } from './catalog.ts';
import type { TableDigest } from './digest.ts';

export const BACKUP_FORMAT = 'rebound-backup';
export const BACKUP_VERSION = 1;

/** First line of a backup file. */
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The engine it came from; informative only, a backup restores into either. */
  engine: string;
  migrations: MigrationLevel;
  tables: { name: string; columns: string[] }[];
};

/** Every row is one line `{ "t": table, "r": row }`; the last line closes the file and proves it is whole. */
export type BackupRowLine = { t: string; r: Record<string, unknown> };
export type BackupTrailer = { end: true; tables: Record<string, TableDigest> };

/** The closing line, with its digests; each digest is checked against the restored table afterwards. */
export function isBackupTrailer(line: Record<string, unknown>): line is BackupTrailer {
  return line.end === true && typeof line.tables === 'object' && line.tables !== null;
}

export type BackupSummary = { file: string; bytes: number; tables: Record<string, TableDigest> };

/** A backup that cannot be restored here, with the reason in words the operator can act on. */
export class BackupError extends Error {}
