import type { Command } from 'commander';
import type { Env } from '../env.ts';
import { CliError, withDatabase } from './context.ts';

const csvFields = ['author', 'rating', 'text', 'title', 'date', 'id', 'url', 'itemName'] as const;
type CsvField = (typeof csvFields)[number];

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** "Column name=field": the last "=" splits, so column names may contain one. */
export function parseMapOption(value: string): { column: string; field: CsvField } {
  const at = value.lastIndexOf('=');
  const column = value.slice(0, at).trim();
  const field = value.slice(at + 1).trim();
  if (at <= 0 || !column || !(csvFields as readonly string[]).includes(field)) {
    throw new CliError(
      `--map expects "column=field" with field one of ${csvFields.join(', ')} (got "${value}")`,
      2,
    );
  }
  return { column, field: field as CsvField };
}

async function findSource(db: import('../db/client.ts').Db, sourceId: string) {
  const { z } = await import('zod');
  if (!z.uuid().safeParse(sourceId).success)
    throw new CliError(`"${sourceId}" is not a source id (a UUID)`, 2);
  const { eq } = await import('drizzle-orm');
  const { sources } = await import('../db/schema/index.ts');
  const [row] = await db
    .select({
      orgId: sources.orgId,
      id: sources.id,
      name: sources.name,
      kind: sources.kind,
      locationId: sources.locationId,
    })
    .from(sources)
    .where(eq(sources.id, sourceId));
  if (!row) throw new CliError(`no source with id ${sourceId}`);
  return row;
}

async function openBox(env: Env, isEmbedded: boolean) {
  const { resolveAppSecret } = await import('../services/secrets/app-secret.ts');
  const { createSecretBox } = await import('../crypto/secret-box.ts');
  const { secret } = await resolveAppSecret({ appSecret: env.APP_SECRET, dataDir: env.DATA_DIR, isEmbedded });
  return secret ? createSecretBox(secret) : undefined;
}

export function registerSourceCommands(program: Command) {
  program
    .command('poll <source-id>')
    .description('poll one source now (as the scheduler would) and print a JSON summary of what was found')
    .action((sourceId: string) =>
      withDatabase(async (database, env) => {
        const { hostname } = await import('node:os');
        const { guardedFetcher } = await import('../net/fetcher.ts');
        const { createCollectors } = await import('../services/polling/collectors.ts');
        const { claimDueSources } = await import('../services/polling/claim-due-sources.ts');
        const { pollClaimedSource } = await import('../services/polling/poll-claimed-source.ts');
        const { createLogger } = await import('../logger.ts');
        const { db } = database;
        const source = await findSource(db, sourceId);
        const fetcher = guardedFetcher(env.FETCH_ALLOW_LIST);
        const secretBox = await openBox(env, database.engine === 'pglite');
        const worker = `cli:${hostname()}:${process.pid}`;
        const [claimed] = await claimDueSources(db, worker, {
          limit: 1,
          leaseSeconds: env.POLL_LEASE_SECONDS,
          only: { orgId: source.orgId, sourceId: source.id },
        });
        if (!claimed)
          throw new CliError('another process is polling this source right now; try again in a moment');
        const started = performance.now();
        const outcome = await pollClaimedSource(
          {
            db,
            worker,
            fetcher,
            log: createLogger('silent'),
            collectors: createCollectors({
              db,
              fetcher,
              secretBox,
              allowEndpointOverrides: env.ALLOW_ENDPOINT_OVERRIDES,
            }),
          },
          claimed,
        );
        const r = outcome.result;
        const summary = {
          sourceId: source.id,
          name: source.name,
          kind: source.kind,
          ok: outcome.ok,
          error: outcome.error,
          notModified: outcome.notModified,
          fetched: r?.fetched ?? 0,
          created: r?.created ?? 0,
          updated: r?.updated ?? 0,
          removed: r?.removed ?? 0,
          newReviews: (r?.events ?? [])
            .filter((e) => e.type === 'created')
            .map((e) => ({ reviewId: e.reviewId, label: 'label' in e ? e.label : null })),
          durationMs: Math.round(performance.now() - started),
        };
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        if (!outcome.ok) process.exitCode = 1;
      }),
    );

  program
    .command('import-reviews <file>')
    .description('import reviews from a CSV file into a source; bad rows are reported by line and skipped')
    .requiredOption('--source <id>', 'the source the reviews belong to')
    .option(
      '--map <column=field>',
      `map a column to a field (${csvFields.join(', ')}); repeatable`,
      collect,
      [],
    )
    .option('--rating-best <n>', 'the best rating on the file’s scale (default: guessed, usually 5)')
    .option('--date-order <order>', 'mdy or dmy, for dates like 03/04/2024')
    .action(
      (file: string, opts: { source: string; map: string[]; ratingBest?: string; dateOrder?: string }) =>
        withDatabase(async ({ db }) => {
          const { runImportReviews } = await import('../services/sources/run-import-reviews.ts');
          const target = await findSource(db, opts.source);
          process.exitCode = await runImportReviews(
            db,
            target,
            file,
            { out: process.stdout, err: process.stderr },
            {
              map: opts.map.map(parseMapOption),
              ratingBest: opts.ratingBest,
              dateOrder: opts.dateOrder,
            },
          );
        }),
    );
}
