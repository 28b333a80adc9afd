import { and, count, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviewEffects } from '../../db/schema/index.ts';
import { effectPriority } from './effect-rows.ts';

/**
 * Stored reviews whose first draft is still being written, so the inbox can say "drafting…" instead of
 * looking empty; `urgent` counts negative and escalated ones.
 */
export async function countPendingDrafts(
  db: Db,
  orgId: string,
): Promise<{ pending: number; urgent: number }> {
  const pendingDrafts = and(
    eq(reviewEffects.orgId, orgId),
    eq(reviewEffects.kind, 'draft'),
    isNull(reviewEffects.failedAt),
  );
  const [all] = await db.select({ n: count() }).from(reviewEffects).where(pendingDrafts);
  const [urgent] = await db
    .select({ n: count() })
    .from(reviewEffects)
    .where(and(pendingDrafts, lte(reviewEffects.priority, effectPriority.urgentDraft)));
  return { pending: all?.n ?? 0, urgent: urgent?.n ?? 0 };
}
