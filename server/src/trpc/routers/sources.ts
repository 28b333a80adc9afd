import {
  createSourceInput,
  importCsvChunkInput,
  polledKinds,
  pollRunsInput,
  previewCssInput,
  previewCsvInput,
  sourceIdInput,
  testSourceInput,
  updateSourceInput,
} from '@rebound/shared';
import { type Fetcher, guardedFetcher } from '../../net/fetcher.ts';
import { conflict, invalid } from '../../services/errors.ts';
import type { PollOutcome } from '../../services/polling/poll-claimed-source.ts';
import { auditImport } from '../../services/sources/audit-import.ts';
import { createSource } from '../../services/sources/create-source.ts';
import { deleteSource } from '../../services/sources/delete-source.ts';
import { getSource } from '../../services/sources/get-source.ts';
import { importReviewRows } from '../../services/sources/import-review-rows.ts';
import { listPollRuns } from '../../services/sources/list-poll-runs.ts';
import { listSources } from '../../services/sources/list-sources.ts';
import { loadSourceRow } from '../../services/sources/load-source-row.ts';
import { previewCssSelectors } from '../../services/sources/preview-css-selectors.ts';
import { rotateWebhookSecret } from '../../services/sources/rotate-webhook-secret.ts';
import { setSourcePaused } from '../../services/sources/set-source-paused.ts';
import { testSource } from '../../services/sources/test-source.ts';
import { updateSource } from '../../services/sources/update-source.ts';
import { parseReviewCsv, previewReviewCsv } from '../../sources/csv.ts';
import type { AppContext } from '../context.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('sources.read');
const managers = capabilityProcedure('sources.manage');

function fetcherOf(ctx: AppContext): Fetcher {
  return ctx.services.fetcher ?? guardedFetcher(ctx.config.FETCH_ALLOW_LIST);
}

const policyOf = (ctx: AppContext) => ({ allowEndpointOverrides: ctx.config.ALLOW_ENDPOINT_OVERRIDES });

function summarise(outcome: PollOutcome) {
  const r = outcome.result;
  return {
    ok: outcome.ok,
    error: outcome.error,
    notModified: outcome.notModified,
    fetched: r?.fetched ?? 0,
    created: r?.created ?? 0,
    updated: r?.updated ?? 0,
    removed: r?.removed ?? 0,
  };
}

export const sourcesRouter = router({
  list: readers.query(({ ctx }) => listSources(ctx.db, ctx.orgId)),
  /**
   * The server's fetch policy, read-only: which private addresses it may fetch (FETCH_ALLOW_LIST) and whether API
   * addresses may be pointed elsewhere. Set by whoever runs the server; admins see it to explain a refusal.
   */
  fetchPolicy: capabilityProcedure('sources.readFetchPolicy').query(({ ctx }) => ({
    allowList: ctx.config.FETCH_ALLOW_LIST,
    allowEndpointOverrides: ctx.config.ALLOW_ENDPOINT_OVERRIDES,
  })),
  get: readers.input(sourceIdInput).query(({ ctx, input }) => getSource(ctx.db, ctx.orgId, input.sourceId)),
  runs: readers.input(pollRunsInput).query(async ({ ctx, input }) => {
    await loadSourceRow(ctx.db, ctx.orgId, input.sourceId);
    return listPollRuns(ctx.db, ctx.orgId, input.sourceId, input.limit);
  }),
  create: managers
    .input(createSourceInput)
    .mutation(({ ctx, input }) =>
      createSource(ctx.db, ctx.orgId, ctx.actor, input, ctx.services.secretBox, policyOf(ctx)),
    ),
  update: managers
    .input(updateSourceInput)
    .mutation(({ ctx, input }) =>
      updateSource(ctx.db, ctx.orgId, ctx.actor, input, ctx.services.secretBox, policyOf(ctx)),
    ),
  pause: managers
    .input(sourceIdInput)
    .mutation(({ ctx, input }) => setSourcePaused(ctx.db, ctx.orgId, ctx.actor, input.sourceId, true)),
  resume: managers
    .input(sourceIdInput)
    .mutation(({ ctx, input }) => setSourcePaused(ctx.db, ctx.orgId, ctx.actor, input.sourceId, false)),
  remove: managers
    .input(sourceIdInput)
    .mutation(({ ctx, input }) => deleteSource(ctx.db, ctx.orgId, ctx.actor, input.sourceId)),
  rotateWebhookSecret: managers
    .input(sourceIdInput)
    .mutation(({ ctx, input }) =>
      rotateWebhookSecret(ctx.db, ctx.orgId, ctx.actor, input.sourceId, ctx.services.secretBox),
    ),
  test: managers
    .input(testSourceInput)
    .mutation(({ ctx, input }) =>
      testSource(
        { db: ctx.db, fetcher: fetcherOf(ctx), secretBox: ctx.services.secretBox, ...policyOf(ctx) },
        ctx.orgId,
        input,
      ),
    ),
  previewCss: managers
    .input(previewCssInput)
    .mutation(({ ctx, input }) => previewCssSelectors(fetcherOf(ctx), input.url, input.css)),
  pollNow: managers.input(sourceIdInput).mutation(async ({ ctx, input }) => {
    const row = await loadSourceRow(ctx.db, ctx.orgId, input.sourceId);
    if (!polledKinds.includes(row.kind))
      throw invalid('This source receives reviews; there is nothing to poll.');
    const pollNow = ctx.services.pollSourceNow;
    if (!pollNow) throw conflict('Polling is switched off on this server (WORKERS_ENABLED=false).');
    const outcome = (await pollNow(ctx.orgId, row.id)) as PollOutcome | null;
    if (!outcome) throw conflict('This source is being polled right now; try again in a moment.');
    return summarise(outcome);
  }),
  previewCsv: managers.input(previewCsvInput).mutation(({ input }) => previewReviewCsv(input.text)),
  importCsvChunk: managers.input(importCsvChunkInput).mutation(async ({ ctx, input }) => {
    const row = await loadSourceRow(ctx.db, ctx.orgId, input.sourceId);
    const target = { orgId: ctx.orgId, id: row.id, locationId: row.locationId };
    const report = await importReviewRows(ctx.db, target, parseReviewCsv(input.text, input.mapping), {
      lineOffset: input.lineOffset,
    });
    // One audit entry per upload, written with its first slice.
    if (input.lineOffset === 0) await auditImport(ctx.db, target, ctx.actor, report, 'upload');
    return report;
  }),
});
