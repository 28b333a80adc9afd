import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';

/** The full stored row, for services that act on a source; scoped to the organization. */
export async function loadSourceRow(db: Db, orgId: string, sourceId: string) {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  if (!row) throw notFound('Source');
  return row;
}
