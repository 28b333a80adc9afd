import type { Db } from '../../db/client.ts';
import { hasDirtyDays } from './has-dirty-days.ts';
import { lockOrgRollups, tryRefreshDirtyDays } from './locked-refresh.ts';

/** Returns once the refresh that holds the organization's lock has committed (or at once when none does). */
async function waitForRunningRefresh(db: Db, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOrgRollups(tx, orgId, { wait: true });
  });
}

/**
 * Reads call this first so the dashboard never shows rollups older than the writes before it. With nothing
 * queued it is one index probe and takes no lock, so readers never queue behind each other. With days queued,
 * one reader refreshes them while the others wait only for that refresh to commit, then look again.
 */
export async function ensureFreshRollups(db: Db, orgId: string): Promise<void> {
  while (await hasDirtyDays(db, orgId)) {
    const outcome = await tryRefreshDirtyDays(db, orgId, { wait: false });
    if (outcome === 'busy') await waitForRunningRefresh(db, orgId);
    else if (outcome === 0) return;
  }
}
