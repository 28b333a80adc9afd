import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';
import { releasePolled } from '../polling/release-polled.ts';

/** Give the competitor back with its next poll time and health, only if this worker still holds it. */
export function releaseCompetitor(
  db: Db,
  worker: string,
  competitor: { orgId: string; id: string },
  patch: Partial<typeof competitors.$inferInsert>,
): Promise<boolean> {
  return releasePolled(db, competitors, worker, competitor, patch);
}
