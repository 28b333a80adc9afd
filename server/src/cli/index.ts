import { Command } from 'commander';
import { registerAccountCommands } from './accounts.ts';
import { registerBackupCommands } from './backup.ts';
import { registerClientCommands } from './clients.ts';
import { CliError } from './context.ts';
import { registerDigestCommands } from './digest.ts';
import { registerReviewCommands } from './reviews.ts';
import { registerSourceCommands } from './sources.ts';

const program = new Command();
program
  .name('rebound')
  .description('Rebound: self-hosted review monitoring, reply drafting and reputation recovery')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerAccountCommands(program);
registerReviewCommands(program);
registerSourceCommands(program);
registerClientCommands(program);
registerDigestCommands(program);
registerBackupCommands(program);
program
  .command('check')
  .description(
    'JSON Lines {"reply", "review"?, "profile"?} on stdin; the tone, safety and grounding findings per line',
  )
  .action(async () => {
    const { runCheck } = await import('./check.ts');
    await runCheck(process.stdin, process.stdout);
  });

program.parseAsync(process.argv).then(
  () => {},
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`rebound: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`rebound: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
