import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pollRuns } from '../../db/schema/index.ts';
import type { Logger } from '../../logger.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { Fetcher } from '../../net/fetcher.ts';
import { recordPoll } from '../../observability/metrics.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { type IngestResult, ingestReviews, type ReviewEvent } from '../reviews/ingest-reviews.ts';
import type { ClaimedSource } from './claim-due-sources.ts';
import { type Collected, collectPageSource } from './collect-page-source.ts';
import { releaseSource } from './release-source.ts';
import { nextPollAt } from './schedule.ts';

const MIN_RETRY_MS = 15_000;

export type PollDeps = {
  db: Db;
  worker: string;
  fetcher: Fetcher;
  log: Logger;
  now?: () => Date;
  /** Sources that need more than a page fetch (APIs) register a collector per kind. */
  collectors?: Partial<Record<string, (source: ClaimedSource) => Promise<Collected>>>;
  onReviewEvents?: (orgId: string, events: ReviewEvent[]) => Promise<void>;
};

export type PollOutcome = {
  sourceId: string;
  ok: boolean;
  error: string | null;
  result: IngestResult | null;
  notModified: boolean;
};

/** Poll one claimed source: fetch, parse, store, and record the run and the source's health. */
export async function pollClaimedSource(deps: PollDeps, source: ClaimedSource): Promise<PollOutcome> {
  const now = deps.now?.() ?? new Date();
  // A run left open belongs to a process that died mid-poll (we hold the claim now, so it is not running).
  await deps.db
    .update(pollRuns)
    .set({
      finishedAt: now,
      error: 'The process polling this source stopped before it finished; polled again.',
    })
    .where(
      and(eq(pollRuns.orgId, source.orgId), eq(pollRuns.sourceId, source.id), isNull(pollRuns.finishedAt)),
    );
  const [run] = await deps.db
    .insert(pollRuns)
    .values({ orgId: source.orgId, sourceId: source.id, worker: deps.worker, startedAt: now })
    .returning({ id: pollRuns.id });
  let collected: Collected;
  try {
    const collector = deps.collectors?.[source.kind];
    collected = collector ? await collector(source) : await collectPageSource(source, deps.fetcher);
  } catch (error) {
    deps.log.warn({ err: error, sourceId: source.id }, 'collector failed unexpectedly');
    collected = { ok: false, message: 'An unexpected error stopped this poll', retryAfterMs: null };
  }
  const finishRun = (patch: Partial<typeof pollRuns.$inferInsert>) =>
    run
      ? deps.db
          .update(pollRuns)
          .set({ finishedAt: new Date(), ...patch })
          .where(and(eq(pollRuns.orgId, source.orgId), eq(pollRuns.id, run.id)))
      : null;

  if (!collected.ok) {
    const failures = source.consecutiveFailures + 1;
    const backoff = computeBackoffMs(failures, {
      baseMs: 30_000,
      maxMs: source.intervalSeconds * 1000,
      retryAfterMs: collected.retryAfterMs ?? undefined,
    });
    await finishRun({ error: collected.message });
    await releaseSource(deps.db, deps.worker, source, {
      consecutiveFailures: failures,
      health: collected.needsReconnect || failures >= 3 ? 'failing' : 'degraded',
      lastError: collected.message,
      lastPolledAt: now,
      // From when the failed poll ended (a hung site may have taken the whole deadline), and never sooner than
      // half the base delay: full jitter alone can come out near zero.
      nextPollAt: new Date(Date.now() + Math.max(backoff, MIN_RETRY_MS, collected.retryAfterMs ?? 0)),
    });
    recordPoll('failed');
    return { sourceId: source.id, ok: false, error: collected.message, result: null, notModified: false };
  }

  let result: IngestResult | null = null;
  if (!collected.notModified) {
    const profile = await getBusinessProfile(deps.db, source.orgId);
    result = await ingestReviews(
      deps.db,
      {
        orgId: source.orgId,
        sourceId: source.id,
        locationId: source.locationId,
        profile,
        isCompleteList: collected.isCompleteList,
        now,
      },
      collected.reviews,
    );
  }
  await finishRun({
    fetched: result?.fetched ?? 0,
    created: result?.created ?? 0,
    updated: result?.updated ?? 0,
    removed: result?.removed ?? 0,
  });
  await releaseSource(deps.db, deps.worker, source, {
    consecutiveFailures: 0,
    health: 'ok',
    lastError: null,
    lastPolledAt: now,
    etag: collected.etag,
    lastModified: collected.lastModified,
    nextPollAt: nextPollAt(source, now),
  });
  recordPoll(collected.notModified ? 'not_modified' : 'ok');
  if (result?.events.length && deps.onReviewEvents) await deps.onReviewEvents(source.orgId, result.events);
  return { sourceId: source.id, ok: true, error: null, result, notModified: collected.notModified };
}
