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

/** Rebuild every rollup of an organization from scratch (after a bulk load, or to repair). */
export async function rebuildAllRollups(db: Db, orgId: string): Promise<void> {
  await db.transaction(async (t) => {
    await lockOrgRollups(t, orgId, { wait: true });
    // A whole organization's rebuild sorts every review by day and slice: give the sort memory for this transaction.
    await t.execute(sql`set local work_mem = '128MB'`);
    await t.execute(sql`delete from rollup_dirty_days where org_id = ${orgId}`);
    await t.execute(sql`delete from daily_rollups where org_id = ${orgId}`);
    await t.execute(sql`delete from daily_theme_rollups where org_id = ${orgId}`);
    await t.execute(sql`delete from daily_feedback_rollups where org_id = ${orgId}`);
    const slice = { orgId, runs: 'all' as const };
    await t.execute(insertReviewRollups(slice));
    await t.execute(insertThemeRollups(slice));
    await t.execute(insertFeedbackRollups(slice));
  });
}
