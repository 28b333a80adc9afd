import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { releasePolled } from './release-polled.ts';

/** Give the source back: schedule its next poll and clear the lease, only if this worker still holds it. */
export function releaseSource(
  db: Db,
  worker: string,
  source: { orgId: string; id: string },
  patch: Partial<typeof sources.$inferInsert>,
): Promise<boolean> {
  return releasePolled(db, sources, worker, source, patch);
}
