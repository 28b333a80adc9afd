import type { Db } from '../../db/client.ts';
import { type Day, toDayRuns } from './day-ranges.ts';
import { lockOrgRollups, refreshLockedDays } from './locked-refresh.ts';

/**
 * Recompute the (org, day) slices for `days` (UTC, YYYY-MM-DD) from raw rows in one transaction.
 * Triggers already queue every change; call this directly when a caller needs the rollups right now.
 */
export async function refreshRollups(db: Db, orgId: string, days: readonly Day[]): Promise<void> {
  const runs = toDayRuns(days);
  if (!runs.length) return;
  await db.transaction(async (t) => {
    await lockOrgRollups(t, orgId, { wait: true });
    await refreshLockedDays(t, orgId, runs);
  });
}
