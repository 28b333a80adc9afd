import { and, asc, eq, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';

/** A table of things polled on a schedule (our sources, competitors): each row has a next poll time and a lease. */
export type PolledTable = PgTable & {
  orgId: AnyPgColumn;
  id: AnyPgColumn;
  nextPollAt: AnyPgColumn;
  leaseOwner: AnyPgColumn;
  leaseExpiresAt: AnyPgColumn;
};

export type Key = { orgId: string; id: string };

/**
 * Claim up to `limit` due rows (or the one row `only` names, due or not) for this worker, soonest due first.
 * Row locks with SKIP LOCKED mean two processes never claim the same row; the lease lets another process take it
 * over if this one dies mid-poll.
 */
export async function claimDuePolled<T extends PolledTable>(
  db: Db,
  table: T,
  worker: string,
  opts: {
    limit: number;
    leaseSeconds: number;
    now?: Date | undefined;
    isDue?: SQL | undefined;
    only?: Key | undefined;
  },
): Promise<T['$inferSelect'][]> {
  // Drizzle cannot type a query on a table left generic: build it on the columns all polled tables share.
  const polled: PolledTable = table;
  const now = opts.now ?? new Date();
  const leaseExpiresAt = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const free = or(isNull(polled.leaseExpiresAt), lt(polled.leaseExpiresAt, now));
    const where = opts.only
      ? and(eq(polled.orgId, opts.only.orgId), eq(polled.id, opts.only.id), free)
      : and(lte(polled.nextPollAt, now), opts.isDue, free);
    const due = await tx
      .select({ orgId: polled.orgId, id: polled.id })
      .from(polled)
      .where(where)
      .orderBy(asc(polled.nextPollAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    const claimed: T['$inferSelect'][] = [];
    for (const d of due) {
      const [row] = await tx
        .update(polled)
        .set({ leaseOwner: worker, leaseExpiresAt })
        .where(and(eq(polled.orgId, d.orgId), eq(polled.id, d.id)))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}
