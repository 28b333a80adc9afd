import type { Command } from 'commander';

// Command bodies are imported when run, so `rebound --help` stays fast and light.
export function registerReviewCommands(program: Command) {
  program
    .command('extract <file-or-url>')
    .description('print the reviews found in a page or feed as JSON Lines (aggregate ratings go to stderr)')
    .option('--kind <kind>', 'force an adapter: schema_org, feed, apple_json, apple_atom, yelp, css')
    .action(async (target: string, opts: { kind?: string }) => {
      const { runExtract } = await import('./extract.ts');
      process.exitCode = await runExtract(target, opts, { out: process.stdout, err: process.stderr });
    });

  program
    .command('classify')
    .description('one text per line on stdin; one {"label","score"} JSON line per input on stdout')
    .action(async () => {
      const { runClassify } = await import('./classify.ts');
      await runClassify(process.stdin, process.stdout);
    });

  program
    .command('triage')
    .description(
      'JSON Lines reviews on stdin; label, themes, escalation, draft and findings per line on stdout',
    )
    .option('--business <profile.json>', 'the business profile to draft for (default: the demo business)')
    .action(async (opts: { business?: string }) => {
      const { runTriage } = await import('./triage.ts');
      await runTriage(process.stdin, process.stdout, { businessFile: opts.business });
    });
}
