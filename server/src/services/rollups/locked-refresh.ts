import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, type Tx } from '../../db/executor.ts';
import { type Day, toDayRuns } from './day-ranges.ts';
import { insertFeedbackRollups, insertReviewRollups, insertThemeRollups } from './rollup-sql.ts';

type Runs = { start: Day; end: Day }[];

const dayIn = (runs: Runs): SQL =>
  sql.join(
    runs.map(({ start, end }) => sql`(day >= ${start}::date and day < ${end}::date)`),
    sql` or `,
  );

/** One refresh per organization at a time, across processes: delete-then-insert of the same day must not interleave. */
export async function lockOrgRollups(tx: Tx, orgId: string, opts: { wait: boolean }): Promise<boolean> {
  const key = `rollups:${orgId}`;
  if (opts.wait) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    return true;
  }
  const [row] = await queryRows<{ ok: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) as ok`,
  );
  return row?.ok === true;
}

/**
 * Rebuild the given days' rollups (reviews, themes, feedback) from the raw rows, inside the caller's transaction,
 * which must hold lockOrgRollups. Dirty marks for these days are cleared first: a mark committed after that
 * statement survives for the next refresh, and the recomputation below sees every change committed before it.
 */
export async function refreshLockedDays(tx: Tx, orgId: string, runs: Runs): Promise<void> {
  if (!runs.length) return;
  await tx.execute(sql`delete from rollup_dirty_days where org_id = ${orgId} and (${dayIn(runs)})`);
  await tx.execute(sql`delete from daily_rollups where org_id = ${orgId} and (${dayIn(runs)})`);
  await tx.execute(sql`delete from daily_theme_rollups where org_id = ${orgId} and (${dayIn(runs)})`);
  await tx.execute(sql`delete from daily_feedback_rollups where org_id = ${orgId} and (${dayIn(runs)})`);
  const slice = { orgId, runs };
  await tx.execute(insertReviewRollups(slice));
  await tx.execute(insertThemeRollups(slice));
  await tx.execute(insertFeedbackRollups(slice));
}

/** As refreshDirtyDays, but says 'busy' when another transaction holds the organization's refresh lock. */
export async function tryRefreshDirtyDays(
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
