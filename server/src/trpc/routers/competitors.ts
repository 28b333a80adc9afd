import { randomUUID } from 'node:crypto';
import { addCompetitorInput, benchmarkInput, competitorIdInput } from '@rebound/shared/schemas/competitors';
import { guardedFetcher } from '../../net/fetcher.ts';
import { addCompetitor } from '../../services/competitors/add-competitor.ts';
import { placesSettings } from '../../services/competitors/competitor-settings.ts';
import { getBenchmark } from '../../services/competitors/get-benchmark.ts';
import { listCompetitors } from '../../services/competitors/list-competitors.ts';
import { refreshCompetitor } from '../../services/competitors/refresh-competitor.ts';
import { removeCompetitor } from '../../services/competitors/remove-competitor.ts';
import type { AppContext } from '../context.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('competitors.read');
const managers = capabilityProcedure('competitors.manage');

function pollDeps(ctx: AppContext) {
  const env = ctx.config;
  return {
    db: ctx.db,
    // Its own claim name, so the lease taken for this one poll is released by this poll only.
    worker: `request:${randomUUID()}`,
    log: ctx.log,
    fetcher: ctx.services.fetcher ?? guardedFetcher(env.FETCH_ALLOW_LIST),
    places: placesSettings(env),
  } satisfies Parameters<typeof refreshCompetitor>[0];
}

export const competitorsRouter = router({
  list: readers.query(({ ctx }) => listCompetitors(ctx.db, ctx.orgId)),
  benchmark: readers.input(benchmarkInput).query(({ ctx, input }) => getBenchmark(ctx.db, ctx.orgId, input)),
  add: managers.input(addCompetitorInput).mutation(({ ctx, input }) =>
    addCompetitor(ctx.db, ctx.orgId, ctx.actor, input, {
      intervalSeconds: ctx.config.COMPETITOR_POLL_MINUTES * 60,
    }),
  ),
  remove: managers
    .input(competitorIdInput)
    .mutation(({ ctx, input }) => removeCompetitor(ctx.db, ctx.orgId, ctx.actor, input.competitorId)),
  refresh: managers
    .input(competitorIdInput)
    .mutation(({ ctx, input }) => refreshCompetitor(pollDeps(ctx), ctx.orgId, input.competitorId)),
});
