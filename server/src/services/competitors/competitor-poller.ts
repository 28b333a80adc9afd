import cron from 'node-cron';
import { claimDueCompetitors } from './claim-due-competitors.ts';
import {
  type CompetitorPollDeps,
  type CompetitorPollOutcome,
  pollClaimedCompetitor,
} from './poll-competitor.ts';
import { COMPETITOR_LEASE_SECONDS } from './refresh-competitor.ts';

export type CompetitorPoller = {
  /** One pass: claim the due competitors and poll them one after another. */
  tick(): Promise<CompetitorPollOutcome[]>;
  /** Poll one competitor now, whatever its schedule; null when another process holds it. */
  pollNow(orgId: string, competitorId: string): Promise<CompetitorPollOutcome | null>;
  stop(): Promise<void>;
};

const BATCH = 10;

/**
 * The competitor schedule, apart from our own sources' poller: slower, one poll at a time per process, so a
 * benchmark never competes with our own reviews for the fetcher. Every process ticks; the claim picks one.
 */
export function startCompetitorPoller(
  deps: CompetitorPollDeps,
  opts: { cronExpression: string | null },
): CompetitorPoller {
  let running: Promise<unknown> | null = null;
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };

  async function tick(): Promise<CompetitorPollOutcome[]> {
    const claimed = await claimDueCompetitors(deps.db, deps.worker, {
      limit: BATCH,
      leaseSeconds: COMPETITOR_LEASE_SECONDS,
    });
    const outcomes: CompetitorPollOutcome[] = [];
    for (const competitor of claimed) outcomes.push(await track(pollClaimedCompetitor(deps, competitor)));
    return outcomes;
  }

  const task = opts.cronExpression
    ? cron.schedule(opts.cronExpression, async () => {
        if (running) return;
        running = tick().catch((error) => deps.log.error({ err: error }, 'competitor poll tick failed'));
        await running;
        running = null;
      })
    : null;

  return {
    tick,
    async pollNow(orgId, competitorId) {
      const [claimed] = await claimDueCompetitors(deps.db, deps.worker, {
        limit: 1,
        leaseSeconds: COMPETITOR_LEASE_SECONDS,
        only: { orgId, competitorId },
      });
      return claimed ? track(pollClaimedCompetitor(deps, claimed)) : null;
    },
    async stop() {
      await task?.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
