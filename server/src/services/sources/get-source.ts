import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { listPollRuns } from './list-poll-runs.ts';
import { type SourceView, sourceColumns, toSourceView } from './source-views.ts';

export async function getSource(db: Db, orgId: string, sourceId: string): Promise<SourceView> {
  const [row] = await db
    .select(sourceColumns)
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  if (!row) throw notFound('Source');
  return toSourceView(row, await listPollRuns(db, orgId, sourceId, 5));
}
