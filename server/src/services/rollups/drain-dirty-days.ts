import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import { toDayRuns } from './day-ranges.ts';
import { lockOrgRollups, refreshLockedDays } from './refresh-rollups.ts';

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

/** As refreshDirtyDays, but says 'busy' when another transaction holds the organization's refresh lock. */
async function tryRefreshDirtyDays(
  db: Db,
  orgId: string,
  opts: { wait: boolean; maxDays?: number },
): Promise<number | 'busy'> {
  return db.transaction(async (t) => {
    if (!(await lockOrgRollups(t, orgId, { wait: opts.wait }))) return 'busy';
    const days = (
      await queryRows<{ day: string | Date }>(
        t,
        sql`select distinct day::text as day from rollup_dirty_days where org_id = ${orgId} limit ${opts.maxDays ?? 5000}`,
      )
    ).map((r) => String(r.day).slice(0, 10));
    await refreshLockedDays(t, orgId, toDayRuns(days));
    return days.length;
  });
}

/** Returns once the refresh that holds the organization's lock has committed (or at once when none does). */
async function waitForRunningRefresh(db: Db, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOrgRollups(tx, orgId, { wait: true });
  });
}

/** True when some of the organization's rollups are stale. One index probe. */
export async function hasDirtyDays(db: Db, orgId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from rollup_dirty_days where org_id = ${orgId} limit 1`,
  );
  return rows.length > 0;
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

/** One worker pass over every organization with queued days. */
export async function refreshAllDirtyDays(
  db: Db,
  opts: { maxOrgs?: number } = {},
): Promise<{ orgs: number; days: number }> {
  const orgs = await queryRows<{ org_id: string }>(
    db,
    sql`select distinct org_id from rollup_dirty_days limit ${opts.maxOrgs ?? 100}`,
  );
  let days = 0;
  for (const { org_id } of orgs) days += await refreshDirtyDays(db, org_id, { wait: false });
  return { orgs: orgs.length, days };
}
