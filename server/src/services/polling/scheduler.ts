import { claimDueSources } from './claim-due-sources.ts';
import { type PollDeps, type PollOutcome, pollClaimedSource } from './poll-claimed-source.ts';
import { type PollingLoop, startPollingLoop } from './polling-loop.ts';

export type Poller = PollingLoop<PollOutcome>;

const DEFAULT_LEASE_SECONDS = 120;

/** The cron fires in every process; the row-lock claim makes sure each due source is polled by one of them. */
export function startPoller(
  deps: PollDeps,
  opts: { cronExpression: string | null; batch?: number; concurrency?: number; leaseSeconds?: number },
): Poller {
  // Longer than any one poll can take (fetch deadlines are 30 s per page), or a slow poll would be taken over.
  const leaseSeconds = opts.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  return startPollingLoop({
    name: 'poll',
    log: deps.log,
    cron: opts.cronExpression,
    batch: opts.batch ?? 20,
    concurrency: opts.concurrency ?? 4,
    claim: (limit, only) =>
      claimDueSources(deps.db, deps.worker, {
        limit,
        leaseSeconds,
        ...(only && { only: { orgId: only.orgId, sourceId: only.id } }),
      }),
    poll: (source) => pollClaimedSource(deps, source),
  });
}
