import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { refreshAllDirtyDays } from './drain-dirty-days.ts';

/**
 * Keeps rollups fresh in the background: every few seconds, refresh the days the triggers queued. Reads refresh
 * what is still queued for their organization first, so this only keeps that work off the request path.
 */
export function startRollupWorker(deps: { db: Db; log: Logger }, opts: { intervalMs: number }) {
  let inFlight: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = refreshAllDirtyDays(deps.db)
      .catch((error: unknown) => deps.log.error({ err: error }, 'rollup refresh failed'))
      .finally(() => {
        inFlight = null;
      });
  }, opts.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
