import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pollRuns } from '../../db/schema/index.ts';
import { type PollRunView, runColumns, toRunView } from './source-views.ts';

/** The poll-run log of one source, newest first. */
export async function listPollRuns(
  db: Db,
  orgId: string,
  sourceId: string,
  limit: number,
): Promise<PollRunView[]> {
  const runs = await db
    .select(runColumns)
    .from(pollRuns)
    .where(and(eq(pollRuns.orgId, orgId), eq(pollRuns.sourceId, sourceId)))
    .orderBy(desc(pollRuns.startedAt))
    .limit(limit);
  return runs.map(toRunView);
}
