import type { Db } from '../db/client.ts';
import { llmConfigFromEnv } from '../drafting/index.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import type { Fetcher } from '../net/fetcher.ts';
import { startAppAlertWorker } from '../services/alerts/start-app-alert-worker.ts';
import { resolveMailSettings } from '../services/campaigns/mail-settings.ts';
import { startCompetitorPoller } from '../services/competitors/competitor-poller.ts';
import { placesSettings } from '../services/competitors/competitor-settings.ts';
import { startDigestWorker } from '../services/digest/digest-worker.ts';
import { startFeedbackOutbox } from '../services/feedback/start-feedback-outbox.ts';
import { createCollectors } from '../services/polling/collectors.ts';
import { type Poller, startPoller } from '../services/polling/scheduler.ts';
import { startAppPostingWorker } from '../services/posting/start-app-posting-worker.ts';
import { startEffectsWorker } from '../services/review-effects/effects-worker.ts';
import { startRollupWorker } from '../services/rollups/rollup-worker.ts';
import type { AppServices } from '../trpc/context.ts';

export type WorkerDeps = {
  db: Db;
  env: Env;
  log: Logger;
  worker: string;
  fetcher: Fetcher;
  services: AppServices;
};

export type Stoppable = { name: string; stop(): Promise<void> };

/**
 * Background work every server process runs: cron ticks here, and row-lock claims in the database make sure each
 * piece of work (a due source, an outbox message, a reply to post) is done by exactly one process.
 * Each worker registers what procedures may call on `services`.
 */
export async function startWorkers(deps: WorkerDeps): Promise<{ workers: Stoppable[]; poller: Poller }> {
  // Cases, alerts, edit signals and drafts of stored reviews, from the rows ingest wrote with them.
  const effects = startEffectsWorker({
    db: deps.db,
    worker: deps.worker,
    log: deps.log,
    llm: llmConfigFromEnv(deps.env),
  });
  const poller = startPoller(
    {
      db: deps.db,
      worker: deps.worker,
      fetcher: deps.fetcher,
      log: deps.log,
      collectors: createCollectors({
        db: deps.db,
        fetcher: deps.fetcher,
        secretBox: deps.services.secretBox,
        allowEndpointOverrides: deps.env.ALLOW_ENDPOINT_OVERRIDES,
      }),
      // The effects are already queued with the reviews; this only saves the worker its idle wait.
      onReviewEvents: async () => effects.wake(),
    },
    { cronExpression: deps.env.POLL_CRON, leaseSeconds: deps.env.POLL_LEASE_SECONDS },
  );
  deps.services.pollSourceNow = poller.pollNow;
  const workers: Stoppable[] = [
    { name: 'poller', stop: () => poller.stop() },
    { name: 'review-effects', stop: () => effects.stop() },
  ];
  const outbox = startFeedbackOutbox(deps);
  deps.services.wakeOutbox = outbox.wake;
  workers.push({ name: 'outbox', stop: () => outbox.stop() });
  const posting = startAppPostingWorker({ ...deps, secretBox: deps.services.secretBox });
  deps.services.postReplyNow = (orgId, replyId) => void posting.postNow(orgId, replyId).catch(() => {});
  workers.push({ name: 'posting', stop: () => posting.stop() });
  const alerting = startAppAlertWorker({
    ...deps,
    publicUrl: () => deps.services.publicUrl,
    wakeOutbox: () => deps.services.wakeOutbox?.(),
  });
  workers.push({ name: 'alerts', stop: () => alerting.stop() });
  const rollups = startRollupWorker(deps, { intervalMs: deps.env.ROLLUP_REFRESH_MS });
  workers.push({ name: 'rollups', stop: () => rollups.stop() });
  const digests = startDigestWorker(
    {
      db: deps.db,
      log: deps.log,
      mail: () => resolveMailSettings(deps.env, deps.services.publicUrl),
      wakeOutbox: () => deps.services.wakeOutbox?.(),
    },
    { cronExpression: deps.env.DIGEST_CRON || null },
  );
  workers.push({ name: 'digest', stop: () => digests.stop() });
  // Competitors on their own, slower schedule; what they read never reaches the review-effects worker.
  const competitorPoller = startCompetitorPoller(
    { ...deps, places: placesSettings(deps.env) },
    { cronExpression: deps.env.COMPETITOR_POLL_CRON },
  );
  workers.push({ name: 'competitors', stop: () => competitorPoller.stop() });
  return { workers, poller };
}
