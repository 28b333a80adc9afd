import type { Db } from '../../db/client.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import type { LlmConfig } from '../../drafting/index.ts';
import type { Logger } from '../../logger.ts';
import { recordJob } from '../../observability/metrics.ts';
import { startClaimLoop } from '../../workers/claim-loop.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { claimDueEffects } from './claim-due-effects.ts';
import { settleEffect } from './settle-effect.ts';

export type EffectsWorkerOptions = {
  db: Db;
  worker: string;
  log?: Logger;
  batch?: number;
  leaseSeconds?: number;
  idleMs?: number;
  /** Draft through this LLM (composer fallback); null or absent: the composer only. */
  llm?: LlmConfig | null;
};

export type EffectsWorker = {
  /** One pass: claim a batch and settle it. Returns how many effects it claimed. */
  tick(): Promise<number>;
  /** Look for work now (reviews were just stored) instead of at the next idle wake-up. */
  wake(): void;
  stop(): Promise<void>;
};

/** Claim and settle one batch; each effect settles on its own, so one failure does not hold the others. */
export async function runEffectsOnce(opts: EffectsWorkerOptions, isStopped = () => false): Promise<number> {
  const leaseSeconds = opts.leaseSeconds ?? 120;
  // Each LLM draft may take up to its timeout: claim only what can be settled well within the lease.
  const llmLimit = opts.llm
    ? Math.max(1, Math.floor((leaseSeconds * 1000) / (2 * opts.llm.timeoutMs)))
    : Infinity;
  const claimed = await claimDueEffects(opts.db, opts.worker, {
    limit: Math.min(opts.batch ?? 50, llmLimit),
    leaseSeconds,
  });
  // A profile read per organization per batch, not per draft.
  const profiles = new Map<string, Promise<BusinessProfile>>();
  const profileOf = (orgId: string) => {
    const known = profiles.get(orgId) ?? getBusinessProfile(opts.db, orgId);
    profiles.set(orgId, known);
    return known;
  };
  for (const effect of claimed) {
    // Once stopping, the rest of the batch is left to its lease: the restart or another process takes it.
    if (isStopped()) break;
    const outcome = await settleEffect(opts.db, opts.worker, effect, profileOf, opts.llm ?? null);
    recordJob('review_effects', outcome);
    // Drafting is CPU work: let requests and the other workers in between effects.
    await new Promise((resolve) => setImmediate(resolve));
    if (outcome === 'retry' || outcome === 'failed')
      opts.log?.warn({ effectId: effect.id, kind: effect.kind, outcome }, 'a review effect did not settle');
  }
  return claimed.length;
}

/** Settle every due effect now (the CLI, the demo and tests that need drafts before they go on). */
export async function drainReviewEffects(db: Db, worker = 'drain'): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await runEffectsOnce({ db, worker, batch: 200 });
    if (!n) return total;
    total += n;
  }
}

/**
 * Loops while effects are due and sleeps `idleMs` when none are. Every process runs one; the claim decides
 * who carries out what. `stop()` lets the effect in hand finish.
 */
export function startEffectsWorker(opts: EffectsWorkerOptions): EffectsWorker {
  const tick = () => runEffectsOnce(opts, () => loop.isStopped());
  const loop = startClaimLoop(tick, { idleMs: opts.idleMs ?? 2000, log: opts.log, name: 'review effects' });
  return { tick, wake: loop.wake, stop: loop.stop };
}
