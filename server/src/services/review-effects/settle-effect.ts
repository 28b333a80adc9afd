import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviewEffects } from '../../db/schema/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import type { LlmConfig } from '../../drafting/index.ts';
import { openCaseAndAlert } from '../cases/open-case-and-alert.ts';
import { recordReviewEdit } from '../cases/record-review-edit.ts';
import type { ClaimedEffect } from './claim-due-effects.ts';
import { prepareDraft } from './prepare-draft.ts';
import { storeFirstDraft } from './store-first-draft.ts';

const MAX_ATTEMPTS = 8;

export type SettleOutcome = 'done' | 'lost_lease' | 'retry' | 'failed';

/**
 * Carry out one claimed effect and delete its row in the same transaction: either both happen or neither,
 * so an effect is done exactly once however the process ends. The delete comes first and is conditional on
 * our lease, which also locks the row against a process that would take it over.
 */
export async function settleEffect(
  db: Db,
  worker: string,
  effect: ClaimedEffect,
  profileOf: (orgId: string) => Promise<BusinessProfile>,
  llm: LlmConfig | null = null,
): Promise<SettleOutcome> {
  try {
    // Written before the transaction (composer or model); the lease guards the effect meanwhile.
    const draft =
      effect.kind === 'draft'
        ? await prepareDraft(db, effect.orgId, effect.reviewId, await profileOf(effect.orgId), llm)
        : null;
    const isOurs = await db.transaction(async (t) => {
      const [held] = await t
        .delete(reviewEffects)
        .where(
          and(
            eq(reviewEffects.orgId, effect.orgId),
            eq(reviewEffects.id, effect.id),
            eq(reviewEffects.leaseOwner, worker),
          ),
        )
        .returning({ id: reviewEffects.id });
      if (!held) return false;
      if (effect.kind === 'case') await openCaseAndAlert(t, effect.orgId, effect.reviewId);
      else if (effect.kind === 'edit')
        await recordReviewEdit(t, effect.orgId, {
          reviewId: effect.reviewId,
          previousRating: effect.payload?.previousRating ?? null,
          rating: effect.payload?.rating ?? null,
        });
      else if (draft) await storeFirstDraft(t, draft);
      return true;
    });
    return isOurs ? 'done' : 'lost_lease';
  } catch (error) {
    return recordFailure(db, worker, effect, error);
  }
}

// Backoff doubles from 30 s to about an hour; after MAX_ATTEMPTS the row stays with its error, off the queue.
async function recordFailure(db: Db, worker: string, effect: ClaimedEffect, error: unknown) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const isFinal = effect.attempts >= MAX_ATTEMPTS;
  const delayMs = Math.min(3_600_000, 30_000 * 2 ** Math.max(0, effect.attempts - 1));
  await db
    .update(reviewEffects)
    .set({
      leaseOwner: null,
      leaseExpiresAt: null,
      lastError: (message ?? 'unknown error').slice(0, 500),
      nextAttemptAt: sql`now() + ${`${delayMs} milliseconds`}::interval`,
      failedAt: isFinal ? new Date() : null,
    })
    .where(
      and(
        eq(reviewEffects.orgId, effect.orgId),
        eq(reviewEffects.id, effect.id),
        eq(reviewEffects.leaseOwner, worker),
      ),
    );
  return isFinal ? 'failed' : 'retry';
}
