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
    .option(
      '--recent <replies.jsonl>',
      "replies already on the business's page, oldest first, whose wording the drafts avoid repeating",
    )
    .option('--llm', 'draft through the LLM set by LLM_BASE_URL, LLM_MODEL and LLM_API_KEY, as the app does')
    .action(async (opts: { business?: string; recent?: string; llm?: boolean }) => {
      const { runTriage } = await import('./triage.ts');
      let llm = null;
      if (opts.llm) {
        const [{ loadEnv }, { llmConfigFromEnv }] = await Promise.all([
          import('../env.ts'),
          import('../drafting/llm-config.ts'),
        ]);
        llm = llmConfigFromEnv(loadEnv());
        if (!llm) {
          process.stderr.write(
            'rebound triage --llm: set LLM_BASE_URL to an OpenAI-compatible server (and LLM_MODEL, LLM_API_KEY if it needs them)\n',
          );
          process.exitCode = 2;
          return;
        }
      }
      await runTriage(process.stdin, process.stdout, {
        businessFile: opts.business,
        recentFile: opts.recent,
        llm,
      });
    });
}
