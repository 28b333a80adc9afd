import { polledKinds } from '@rebound/shared';
import { and, asc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';

export type ClaimedSource = typeof sources.$inferSelect;

/**
 * Claim up to `limit` due sources for this worker. Row locks with SKIP LOCKED mean two processes never
 * claim the same source; the lease lets another process take it over if this one dies mid-poll.
 */
export async function claimDueSources(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; only?: { orgId: string; sourceId: string } },
): Promise<ClaimedSource[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const free = or(isNull(sources.leaseExpiresAt), lt(sources.leaseExpiresAt, now));
    const where = opts.only
      ? and(eq(sources.orgId, opts.only.orgId), eq(sources.id, opts.only.sourceId), free)
      : and(
          eq(sources.isPaused, false),
          lte(sources.nextPollAt, now),
          inArray(sources.kind, polledKinds),
          free,
        );
    const due = await tx
      .select({ orgId: sources.orgId, id: sources.id })
      .from(sources)
      .where(where)
      .orderBy(asc(sources.nextPollAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const claimed: ClaimedSource[] = [];
    for (const d of due) {
      const [row] = await tx
        .update(sources)
        .set({ leaseOwner: worker, leaseExpiresAt: leaseUntil })
        .where(and(eq(sources.orgId, d.orgId), eq(sources.id, d.id)))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}

/** Give the source back: schedule its next poll and clear the lease, only if this worker still holds it. */
export async function releaseSource(
  db: Db,
  worker: string,
  source: { orgId: string; id: string },
  patch: Partial<typeof sources.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(sources)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(sources.orgId, source.orgId), eq(sources.id, source.id), eq(sources.leaseOwner, worker)))
    .returning({ id: sources.id });
  return rows.length === 1;
}
