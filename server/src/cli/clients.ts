import type { Command } from 'commander';

// Bodies are imported when run, so `rebound --help` stays light.
export function registerClientCommands(program: Command) {
  program
    .command('import-clients <file.csv>')
    .description('import or update clients from a CSV file (one transaction: all good rows, or nothing)')
    .requiredOption('--org <slug>', 'the organization address (slug)')
    .option('--map <pairs>', 'column mapping, e.g. "Email=email,Full name=name,Visited=lastServiceAt"')
    .option('--dry-run', 'check the file and report bad rows without importing')
    .action(async (file: string, opts: { org: string; map?: string; dryRun?: boolean }) => {
      const { runImportClients } = await import('./import-clients.ts');
      process.exitCode = await runImportClients(file, opts, { out: process.stdout, err: process.stderr });
    });
}
