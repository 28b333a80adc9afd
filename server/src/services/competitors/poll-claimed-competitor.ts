import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { jitterSeconds } from '../polling/schedule.ts';
import { triageOptionsFor } from '../reviews/triage-options.ts';
import type { ClaimedCompetitor } from './claim-due-competitors.ts';
import { type CollectCompetitorDeps, type CompetitorRead, collectCompetitor } from './collect-competitor.ts';
import { releaseCompetitor } from './release-competitor.ts';
import { storeCompetitorRead } from './store-competitor-read.ts';

const MIN_RETRY_MS = 60_000;

export type CompetitorPollDeps = CollectCompetitorDeps & {
  db: Db;
  worker: string;
  log: Logger;
  now?: () => Date;
};

export type CompetitorPollOutcome = {
  competitorId: string;
  ok: boolean;
  error: string | null;
  notModified: boolean;
  reviewsRead: number;
  reviewsNew: number;
};

/**
 * Poll one claimed competitor: read its platform, store the snapshot and new reviews, and schedule the next poll.
 * Nothing here writes to reviews, drafts, alerts or replies: a competitor's reviews are only ever compared.
 */
export async function pollClaimedCompetitor(
  deps: CompetitorPollDeps,
  competitor: ClaimedCompetitor,
): Promise<CompetitorPollOutcome> {
  const now = deps.now?.() ?? new Date();
  let read: CompetitorRead;
  try {
    read = await collectCompetitor(competitor, deps);
  } catch (error) {
    deps.log.warn({ err: error, competitorId: competitor.id }, 'competitor poll failed unexpectedly');
    read = { ok: false, message: 'An unexpected error stopped this poll', retryAfterMs: null };
  }
  const outcome = { competitorId: competitor.id, notModified: false, reviewsRead: 0, reviewsNew: 0 };
  if (!read.ok) {
    const failures = competitor.consecutiveFailures + 1;
    const backoff = computeBackoffMs(failures, {
      baseMs: 5 * 60_000,
      maxMs: competitor.intervalSeconds * 1000,
      retryAfterMs: read.retryAfterMs ?? undefined,
    });
    await releaseCompetitor(deps.db, deps.worker, competitor, {
      consecutiveFailures: failures,
      health: failures >= 3 ? 'failing' : 'degraded',
      lastError: read.message,
      lastPolledAt: now,
      nextPollAt: new Date(Date.now() + Math.max(backoff, MIN_RETRY_MS, read.retryAfterMs ?? 0)),
    });
    return { ...outcome, ok: false, error: read.message };
  }
  let stored = { reviewsRead: 0, reviewsNew: 0 };
  if (!read.notModified) {
    const triage = triageOptionsFor(await getBusinessProfile(deps.db, competitor.orgId));
    stored = await storeCompetitorRead(
      deps.db,
      { orgId: competitor.orgId, competitorId: competitor.id, now, triage },
      read,
    );
  }
  const interval = competitor.intervalSeconds;
  await releaseCompetitor(deps.db, deps.worker, competitor, {
    consecutiveFailures: 0,
    health: 'ok',
    lastError: null,
    lastPolledAt: now,
    etag: read.etag,
    lastModified: read.lastModified,
    nextPollAt: new Date(now.getTime() + (interval + jitterSeconds(interval)) * 1000),
  });
  return { ...outcome, ...stored, ok: true, error: null, notModified: read.notModified };
}
