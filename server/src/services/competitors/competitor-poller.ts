import { type PollingLoop, startPollingLoop } from '../polling/polling-loop.ts';
import { claimDueCompetitors } from './claim-due-competitors.ts';
import { COMPETITOR_LEASE_SECONDS } from './competitor-settings.ts';
import {
  type CompetitorPollDeps,
  type CompetitorPollOutcome,
  pollClaimedCompetitor,
} from './poll-claimed-competitor.ts';

export type CompetitorPoller = PollingLoop<CompetitorPollOutcome>;

/**
 * The competitor schedule, apart from our own sources' poller: slower, one poll at a time per process, so a
 * benchmark never competes with our own reviews for the fetcher. Every process ticks; the claim picks one.
 */
export function startCompetitorPoller(
  deps: CompetitorPollDeps,
  opts: { cronExpression: string | null },
): CompetitorPoller {
  return startPollingLoop({
    name: 'competitor poll',
    log: deps.log,
    cron: opts.cronExpression,
    batch: 10,
    concurrency: 1,
    claim: (limit, only) =>
      claimDueCompetitors(deps.db, deps.worker, {
        limit,
        leaseSeconds: COMPETITOR_LEASE_SECONDS,
        ...(only && { only: { orgId: only.orgId, competitorId: only.id } }),
      }),
    poll: (competitor) => pollClaimedCompetitor(deps, competitor),
  });
}
