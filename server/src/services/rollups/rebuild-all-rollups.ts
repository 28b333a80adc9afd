import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { lockOrgRollups } from './locked-refresh.ts';
import { insertFeedbackRollups, insertReviewRollups, insertThemeRollups } from './rollup-sql.ts';

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
