import cron from 'node-cron';
import pLimit from 'p-limit';
import { claimDueSources } from './claim-due-sources.ts';
import { type PollDeps, type PollOutcome, pollClaimedSource } from './poll-source.ts';

export type Poller = {
  /** One scheduling pass: claim due sources and poll them. Returns what was polled. */
  tick(): Promise<PollOutcome[]>;
  pollNow(orgId: string, sourceId: string): Promise<PollOutcome | null>;
  stop(): Promise<void>;
};

const DEFAULT_LEASE_SECONDS = 120;

/** node-cron fires in every process; the row-lock claim makes sure each due source is polled by one of them. */
export function startPoller(
  deps: PollDeps,
  opts: { cronExpression: string | null; batch?: number; concurrency?: number; leaseSeconds?: number },
): Poller {
  const limit = pLimit(opts.concurrency ?? 4);
  // Longer than any one poll can take (fetch deadlines are 30 s per page), or a slow poll would be taken over.
  const leaseSeconds = opts.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const inFlight = new Set<Promise<unknown>>();
  let running = false;
  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };

  async function tick(): Promise<PollOutcome[]> {
    const claimed = await claimDueSources(deps.db, deps.worker, { limit: opts.batch ?? 20, leaseSeconds });
    return Promise.all(claimed.map((s) => limit(() => track(pollClaimedSource(deps, s)))));
  }

  const task = opts.cronExpression
    ? cron.schedule(opts.cronExpression, async () => {
        if (running) return;
        running = true;
        try {
          await tick();
        } catch (error) {
          deps.log.error({ err: error }, 'poll tick failed');
        } finally {
          running = false;
        }
      })
    : null;

  return {
    tick,
    async pollNow(orgId, sourceId) {
      const [claimed] = await claimDueSources(deps.db, deps.worker, {
        limit: 1,
        leaseSeconds,
        only: { orgId, sourceId },
      });
      return claimed ? track(pollClaimedSource(deps, claimed)) : null;
    },
    async stop() {
      await task?.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
