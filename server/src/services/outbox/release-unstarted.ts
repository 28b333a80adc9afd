import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';

/**
 * Hand back claimed messages this worker will not start (it is stopping, or they waited too long): queued
 * again at once, the attempt not counted. Only rows this worker still holds and has not settled change.
 */
export async function releaseUnstarted(
  db: Db,
  worker: string,
  messages: ReadonlyArray<Pick<ClaimedMessage, 'orgId' | 'id'>>,
): Promise<number> {
  if (!messages.length) return 0;
  const orgIds = [...new Set(messages.map((m) => m.orgId))];
  const ids = messages.map((m) => m.id);
  const rows = await db
    .update(outbox)
    .set({
      status: 'queued',
      leaseOwner: null,
      leaseExpiresAt: null,
      attempts: sql`greatest(${outbox.attempts} - 1, 0)`,
      updatedAt: new Date(),
    })
    .where(
      and(
        inArray(outbox.orgId, orgIds),
        inArray(outbox.id, ids),
        eq(outbox.leaseOwner, worker),
        eq(outbox.status, 'sending'),
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}
