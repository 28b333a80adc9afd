import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';

/** A start-up problem the operator fixes in the environment; printed as one plain line, without a stack. */
export class DataDirError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
  ) {
    super(`The data folder ${dir} cannot be written (${describeCode(code)}). ${advice(code)}`);
    this.name = 'DataDirError';
  }
}

function describeCode(code: string): string {
  switch (code) {
    case 'EROFS':
      return 'it is on a read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of the path is a file, not a folder';
    default:
      return code;
  }
}

function advice(code: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'Free some space, then start Rebound again.';
  return 'Point DATA_DIR at a folder this user can write to, then start Rebound again.';
}

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO';

/**
 * Embedded mode keeps the database and the email outbox in DATA_DIR. Writing (and syncing) a small probe file
 * up front turns a read-only mount, a full disk or a mistyped path into a message naming the folder, instead
 * of an error from deep inside the database engine.
 */
export async function checkDataDirWritable(dataDir: string): Promise<void> {
  const dir = path.resolve(dataDir);
  const probe = path.join(dir, `.write-check-${randomUUID()}`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(probe, 'wx');
    try {
      // 64 KiB, so a disk with only a few blocks left is reported now rather than mid-write later.
      await handle.writeFile(Buffer.alloc(64 * 1024));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new DataDirError(dir, errnoOf(error));
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}
