import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Key, PolledTable } from './claim-due-polled.ts';

/** Give a polled row back with its next poll time and health, clearing the lease only if this worker still holds it. */
export async function releasePolled<T extends PolledTable>(
  db: Db,
  table: T,
  worker: string,
  key: Key,
  patch: Partial<T['$inferInsert']>,
): Promise<boolean> {
  const polled: PolledTable = table;
  const rows = await db
    .update(polled)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(polled.orgId, key.orgId), eq(polled.id, key.id), eq(polled.leaseOwner, worker)))
    .returning({ id: polled.id });
  return rows.length === 1;
}
