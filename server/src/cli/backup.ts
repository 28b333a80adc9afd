import type { Command } from 'commander';
import { CliError, withDatabase } from './context.ts';

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function registerBackupCommands(program: Command) {
  program
    .command('backup <file>')
    .description(
      "write every table to a gzip'd JSON Lines file (a consistent snapshot; PostgreSQL may stay in use)",
    )
    .action((file: string) =>
      withDatabase(async (database) => {
        const { writeBackup } = await import('../services/backup/write-backup.ts');
        const summary = await writeBackup(database.db, database.engine, file).catch((error: unknown) => {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST')
            throw new CliError(`${file}.partial already exists: another backup is running, or remove it`);
          if (code === 'ENOENT' || code === 'EACCES' || code === 'EROFS' || code === 'ENOSPC')
            throw new CliError(`Could not write ${file} (${code})`);
          throw error;
        });
        const rows = Object.values(summary.tables).reduce((s, t) => s + t.rows, 0);
        process.stdout.write(
          `backup written to ${summary.file}: ${plural(Object.keys(summary.tables).length, 'table')}, ${plural(rows, 'row')}, ${summary.bytes} bytes\n`,
        );
      }),
    );

  program
    .command('restore <file>')
    .description(
      'restore a backup into an empty database in one transaction (--force replaces existing data)',
    )
    .option('--force', 'delete the data already in this database first')
    .action((file: string, opts: { force?: boolean }) =>
      withDatabase(async (database) => {
        const { restoreBackup } = await import('../services/backup/restore-backup.ts');
        const { BackupError } = await import('../services/backup/format.ts');
        const summary = await restoreBackup(database.db, file, { force: opts.force === true }).catch(
          (error: unknown) => {
            if (error instanceof BackupError) throw new CliError(error.message);
            throw error;
          },
        );
        const rows = Object.values(summary.tables).reduce((s, t) => s + t.rows, 0);
        process.stdout.write(
          `restored ${plural(rows, 'row')} into ${plural(Object.keys(summary.tables).length, 'table')}${summary.replacedExisting ? ' (existing data replaced)' : ''}; every table's contents checked against the backup\n`,
        );
      }),
    );
}
