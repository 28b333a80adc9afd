import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';

export type ClaimedCompetitor = typeof competitors.$inferSelect;

/**
 * Claim up to `limit` due competitors (or one named competitor) for this worker. As with sources, row locks with
 * SKIP LOCKED keep two processes off the same competitor, and the lease hands it over if this one dies mid-poll.
 */
export async function claimDueCompetitors(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; only?: { orgId: string; competitorId: string } },
): Promise<ClaimedCompetitor[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const free = or(isNull(competitors.leaseExpiresAt), lt(competitors.leaseExpiresAt, now));
    const where = opts.only
      ? and(eq(competitors.orgId, opts.only.orgId), eq(competitors.id, opts.only.competitorId), free)
      : and(lte(competitors.nextPollAt, now), free);
    const due = await tx
      .select({ orgId: competitors.orgId, id: competitors.id })
      .from(competitors)
      .where(where)
      .orderBy(asc(competitors.nextPollAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    const claimed: ClaimedCompetitor[] = [];
    for (const d of due) {
      const [row] = await tx
        .update(competitors)
        .set({ leaseOwner: worker, leaseExpiresAt: leaseUntil })
        .where(and(eq(competitors.orgId, d.orgId), eq(competitors.id, d.id)))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}

/** Give the competitor back with its next poll time and health, only if this worker still holds it. */
export async function releaseCompetitor(
  db: Db,
  worker: string,
  competitor: { orgId: string; id: string },
  patch: Partial<typeof competitors.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(competitors)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null })
    .where(
      and(
        eq(competitors.orgId, competitor.orgId),
        eq(competitors.id, competitor.id),
        eq(competitors.leaseOwner, worker),
      ),
    )
    .returning({ id: competitors.id });
  return rows.length === 1;
}
