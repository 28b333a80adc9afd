import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pollRuns, sources } from '../../db/schema/index.ts';
import {
  type PollRunView,
  runColumns,
  type SourceView,
  sourceColumns,
  toRunView,
  toSourceView,
} from './source-views.ts';

/** Every source of the organization with its last few poll runs. */
export async function listSources(
  db: Db,
  orgId: string,
  opts: { runsPerSource?: number } = {},
): Promise<SourceView[]> {
  const rows = await db
    .select(sourceColumns)
    .from(sources)
    .where(eq(sources.orgId, orgId))
    .orderBy(sources.name, sources.createdAt);
  if (!rows.length) return [];
  const perSource = opts.runsPerSource ?? 5;
  const ranked = db
    .select({
      ...runColumns,
      rank: sql<number>`row_number() over (partition by ${pollRuns.sourceId} order by ${pollRuns.startedAt} desc)`.as(
        'rank',
      ),
    })
    .from(pollRuns)
    .where(
      and(
        eq(pollRuns.orgId, orgId),
        inArray(
          pollRuns.sourceId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .as('ranked');
  const runs = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${perSource}`)
    .orderBy(desc(ranked.startedAt));
  const bySource = new Map<string, PollRunView[]>();
  for (const { rank: _rank, ...run } of runs) {
    const list = bySource.get(run.sourceId) ?? [];
    list.push(toRunView(run));
    bySource.set(run.sourceId, list);
  }
  return rows.map((row) => toSourceView(row, bySource.get(row.id) ?? []));
}
