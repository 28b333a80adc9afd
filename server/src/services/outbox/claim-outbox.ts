import { and, asc, eq, getTableColumns, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

export type ClaimedMessage = typeof outbox.$inferSelect;

export const interruptedNote = 'Resent: an earlier attempt was interrupted before its outcome was recorded';

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
