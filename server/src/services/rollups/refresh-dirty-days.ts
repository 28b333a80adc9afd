import type { Db } from '../../db/client.ts';
import { tryRefreshDirtyDays } from './locked-refresh.ts';

/**
 * Refresh the days queued for one organization. With `wait: false` an organization another process is already
 * refreshing is skipped (it will be picked up on the next pass). Returns the number of days refreshed.
 */
export async function refreshDirtyDays(
  db: Db,
  orgId: string,
  opts: { wait: boolean; maxDays?: number } = { wait: true },
): Promise<number> {
  const outcome = await tryRefreshDirtyDays(db, orgId, opts);
  return outcome === 'busy' ? 0 : outcome;
}
