import pLimit from 'p-limit';
import type { Logger } from '../../logger.ts';
import { startClaimLoop } from '../../workers/claim-loop.ts';

export type PollingLoop<O> = {
  /** One pass: claim what is due and poll it. Returns what was polled. */
  tick(): Promise<O[]>;
  /** Poll one row now, whatever its schedule; null when another process holds it. */
  pollNow(orgId: string, id: string): Promise<O | null>;
  /** Waits for the polls in hand, the loop's and those asked for now, so no lease is left behind. */
  stop(): Promise<void>;
};

/**
 * Polling on a cron schedule, shared by our sources and the competitors: each time, claim up to `batch` due rows and
 * poll them, at most `concurrency` at once in this process; `pollNow` claims the one row asked for (`only`).
 */
export function startPollingLoop<R, O>(p: {
  name: string;
  log: Logger;
  cron: string | null;
  batch: number;
  concurrency: number;
  claim: (limit: number, only?: { orgId: string; id: string }) => Promise<R[]>;
  poll: (claimed: R) => Promise<O>;
}): PollingLoop<O> {
  const limit = pLimit(p.concurrency);
  async function tick(): Promise<O[]> {
    const claimed = await p.claim(p.batch);
    return Promise.all(claimed.map((row) => limit(() => loop.track(p.poll(row)))));
  }
  const loop = startClaimLoop(async () => (await tick()).length, { cron: p.cron, log: p.log, name: p.name });
  return {
    tick,
    async pollNow(orgId, id) {
      const [claimed] = await p.claim(1, { orgId, id });
      return claimed ? loop.track(p.poll(claimed)) : null;
    },
    stop: loop.stop,
  };
}
