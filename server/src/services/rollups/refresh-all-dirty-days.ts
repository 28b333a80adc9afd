import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import { refreshDirtyDays } from './refresh-dirty-days.ts';

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
