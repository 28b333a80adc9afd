import type { Command } from 'commander';
import { CliError } from './context.ts';

/** `rebound digest --org <slug> [--dry-run] [--week-end YYYY-MM-DD]`: queue (or print) a weekly digest now. */
export function registerDigestCommands(program: Command) {
  program
    .command('digest')
    .description(
      "build an organization's weekly digest and queue it for its managers and owners (--dry-run prints it)",
    )
    .requiredOption('--org <slug>', 'the organization, by its address (slug)')
    .option('--dry-run', 'print the message and its recipients; queue nothing')
    .option('--week-end <day>', 'last day of the week (YYYY-MM-DD, UTC); default: last Sunday')
    .action(async (opts: { org: string; dryRun?: boolean; weekEnd?: string }) => {
      const [
        { withDatabase },
        { eq },
        { organizations },
        { resolveMailSettings },
        { queueWeeklyDigest },
        { lastFullWeek },
        { isDay },
      ] = await Promise.all([
        import('./context.ts'),
        import('drizzle-orm'),
        import('../db/schema/index.ts'),
        import('../services/campaigns/mail-settings.ts'),
        import('../services/digest/queue-weekly-digest.ts'),
        import('../services/digest/digest-week.ts'),
        import('../services/rollups/day-ranges.ts'),
      ]);
      if (opts.weekEnd && !isDay(opts.weekEnd))
        throw new CliError('--week-end must be a date like 2025-03-30', 2);
      await withDatabase(async (database, env) => {
        const [org] = await database.db
          .select({ id: organizations.id })
          .from(organizations)
          .where(eq(organizations.slug, opts.org));
        if (!org) throw new CliError(`No organization with the address "${opts.org}"`, 2);
        const weekEnd = opts.weekEnd ?? lastFullWeek(new Date()).weekEnd;
        const outcome = await queueWeeklyDigest(database.db, org.id, resolveMailSettings(env), {
          weekEnd,
          dryRun: opts.dryRun === true,
        });
        const out = process.stdout;
        if (opts.dryRun) {
          out.write(
            `To: ${outcome.recipients.join(', ') || '(no manager or owner)'}\nSubject: ${outcome.subject}\n\n${outcome.text}\n`,
          );
          return;
        }
        out.write(
          outcome.queued
            ? `Queued the digest for ${outcome.weekStart} to ${outcome.weekEnd} to ${outcome.recipients.length} recipient(s); the outbox worker of a running server sends it.\n`
            : `The digest for ${outcome.weekStart} to ${outcome.weekEnd} was already queued; nothing new.\n`,
        );
      });
    });
}
