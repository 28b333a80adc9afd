import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alerts } from '../../db/schema/index.ts';

/** Record the outcome and drop the lease, only while this worker still holds it. */
export async function releaseAlert(
  db: Db,
  worker: string,
  alert: { orgId: string; id: string },
  patch: Partial<typeof alerts.$inferInsert>,
) {
  await db
    .update(alerts)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(alerts.orgId, alert.orgId), eq(alerts.id, alert.id), eq(alerts.leaseOwner, worker)));
}
