import { and, asc, eq, getTableColumns, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import { interruptedNote } from './delivery-steps.ts';

export type ClaimedMessage = typeof outbox.$inferSelect;

/**
 * Claim up to `limit` due messages for this worker and mark them `sending` with a lease, committed before any
 * SMTP traffic. SKIP LOCKED keeps two processes off the same row; a row still `sending` after its lease ran
 * out belonged to a process that died mid-send, and is taken over (see docs/decisions/031).
 *
 * One statement, so one round trip per batch: the locking select is a CTE, which PostgreSQL (and PGlite)
 * evaluates exactly once, so the update touches exactly the rows it locked. A plain `IN (subquery)` may be
 * planned as a join that runs the LIMIT more than once.
 */
export async function claimDueMessages(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date },
): Promise<ClaimedMessage[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  const due = db.$with('due').as(
    db
      .select({
        dueOrgId: sql<string>`${outbox.orgId}`.as('due_org_id'),
        dueId: sql<string>`${outbox.id}`.as('due_id'),
      })
      .from(outbox)
      .where(
        or(
          and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now)),
          and(eq(outbox.status, 'sending'), lt(outbox.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true }),
  );
  return db
    .with(due)
    .update(outbox)
    .set({
      status: 'sending',
      leaseOwner: worker,
      leaseExpiresAt: leaseUntil,
      attempts: sql`${outbox.attempts} + 1`,
      lastError: sql`case when ${outbox.status} = 'sending' then ${interruptedNote} else ${outbox.lastError} end`,
      updatedAt: now,
    })
    .from(due)
    .where(and(eq(outbox.orgId, due.dueOrgId), eq(outbox.id, due.dueId)))
    .returning(getTableColumns(outbox));
}
