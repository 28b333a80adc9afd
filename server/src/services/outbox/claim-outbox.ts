import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

export type ClaimedMessage = typeof outbox.$inferSelect;

export const interruptedNote = 'Resent: an earlier attempt was interrupted before its outcome was recorded';

/**
 * Claim due messages for this worker and mark them `sending` with a lease, committed before any SMTP
 * traffic. SKIP LOCKED keeps two processes off the same row; a row still `sending` after its lease ran out
 * belonged to a process that died mid-send, and is taken over (see docs/decisions/031).
 */
export async function claimDueMessages(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date },
): Promise<ClaimedMessage[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ orgId: outbox.orgId, id: outbox.id })
      .from(outbox)
      .where(
        or(
          and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now)),
          and(eq(outbox.status, 'sending'), lt(outbox.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const orgIds = [...new Set(due.map((d) => d.orgId))];
    return tx
      .update(outbox)
      .set({
        status: 'sending',
        leaseOwner: worker,
        leaseExpiresAt: leaseUntil,
        attempts: sql`${outbox.attempts} + 1`,
        lastError: sql`case when ${outbox.status} = 'sending' then ${interruptedNote} else ${outbox.lastError} end`,
        updatedAt: now,
      })
      .where(
        and(
          inArray(outbox.orgId, orgIds),
          inArray(
            outbox.id,
            due.map((d) => d.id),
          ),
        ),
      )
      .returning();
  });
}
