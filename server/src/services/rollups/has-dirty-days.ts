import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';

/** True when some of the organization's rollups are stale. One index probe. */
export async function hasDirtyDays(db: Db, orgId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from rollup_dirty_days where org_id = ${orgId} limit 1`,
  );
  return rows.length > 0;
}
