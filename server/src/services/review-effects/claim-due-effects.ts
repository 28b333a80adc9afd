import { and, asc, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviewEffects } from '../../db/schema/index.ts';

export type ClaimedEffect = typeof reviewEffects.$inferSelect;

/**
 * Claim up to `limit` due effects, most urgent first. SKIP LOCKED keeps two processes off the same row; an
 * effect whose lease ran out belonged to a process that died before settling it, and is taken over.
 */
export async function claimDueEffects(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date },
): Promise<ClaimedEffect[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ orgId: reviewEffects.orgId, id: reviewEffects.id })
      .from(reviewEffects)
      .where(
        and(
          isNull(reviewEffects.failedAt),
          lte(reviewEffects.nextAttemptAt, now),
          or(isNull(reviewEffects.leaseExpiresAt), lt(reviewEffects.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(reviewEffects.priority), asc(reviewEffects.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const claimed = await tx
      .update(reviewEffects)
      .set({ leaseOwner: worker, leaseExpiresAt: leaseUntil, attempts: sql`${reviewEffects.attempts} + 1` })
      .where(
        and(
          inArray(reviewEffects.orgId, [...new Set(due.map((d) => d.orgId))]),
          inArray(
            reviewEffects.id,
            due.map((d) => d.id),
          ),
        ),
      )
      .returning();
    // RETURNING keeps no order: hand the batch over most urgent first, as it was chosen.
    return claimed.sort(
      (a, b) => a.priority - b.priority || a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime(),
    );
  });
}
