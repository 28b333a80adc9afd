import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { startClaimLoop } from '../../workers/claim-loop.ts';
import { refreshAllDirtyDays } from './refresh-all-dirty-days.ts';

/**
 * Keeps rollups fresh in the background: refresh the days the triggers queued, and look again every `intervalMs`
 * once none are left. Reads refresh what is still queued for their organization first, so this only keeps that
 * work off the request path.
 */
export function startRollupWorker(deps: { db: Db; log: Logger }, opts: { intervalMs: number }) {
  const loop = startClaimLoop(async () => (await refreshAllDirtyDays(deps.db)).days, {
    idleMs: opts.intervalMs,
    log: deps.log,
    name: 'rollup refresh',
  });
  return { stop: loop.stop };
}
