import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alerts } from '../../db/schema/index.ts';

export type ClaimedAlert = typeof alerts.$inferSelect;

/** Claim due alerts with row locks (SKIP LOCKED) and a lease, as the poller claims sources. */
export async function claimDueAlerts(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; orgId?: string },
): Promise<ClaimedAlert[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ orgId: alerts.orgId, id: alerts.id })
      .from(alerts)
      .where(
        and(
          eq(alerts.state, 'pending'),
          lte(alerts.nextAttemptAt, now),
          or(isNull(alerts.leaseExpiresAt), lt(alerts.leaseExpiresAt, now)),
          opts.orgId ? eq(alerts.orgId, opts.orgId) : undefined,
        ),
      )
      .orderBy(asc(alerts.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const claimed: ClaimedAlert[] = [];
    for (const d of due) {
      const [row] = await tx
        .update(alerts)
        .set({ leaseOwner: worker, leaseExpiresAt: leaseUntil })
        .where(and(eq(alerts.orgId, d.orgId), eq(alerts.id, d.id)))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}
