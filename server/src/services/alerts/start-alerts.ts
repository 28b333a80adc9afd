import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { fetchDocument } from '../../net/fetch-document.ts';
import { resolveMailSettings } from '../campaigns/mail-settings.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { startAlertWorker } from './alert-worker.ts';
import type { AlertDeliveryDeps, WebhookResult } from './deliver-alert.ts';

/**
 * An outgoing webhook goes through the guarded fetch like any user-given address: no private networks unless
 * FETCH_ALLOW_LIST says so, no redirects (a redirect would turn our POST into someone else's GET), a short deadline.
 */
export function createWebhookPoster(allowList: string[]) {
  return async (url: string, body: string, headers: Record<string, string>): Promise<WebhookResult> => {
    const outcome = await fetchDocument(url, {
      method: 'POST',
      body,
      headers,
      allowList,
      respectRobots: false,
      maxRedirects: 0,
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
    });
    return outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message };
  };
}

/** The alert worker as the app runs it: emails through the transactional outbox, webhooks through the guarded fetch. */
export function startAppAlertWorker(deps: {
  db: Db;
  env: Env;
  log: Logger;
  worker: string;
  publicUrl: () => string | undefined;
  wakeOutbox: () => void;
}) {
  const mail = () => resolveMailSettings(deps.env, deps.publicUrl());
  const delivery: AlertDeliveryDeps & { log: Logger } = {
    db: deps.db,
    worker: deps.worker,
    log: deps.log,
    from: { name: 'Rebound alerts', address: mail().fromAddress },
    get publicUrl() {
      return mail().publicUrl;
    },
    async sendMail(message, meta) {
      await enqueueEmail(deps.db, meta.orgId, message, {
        idempotencyKey: meta.idempotencyKey,
        kind: 'alert',
        refId: meta.alertId,
      });
      deps.wakeOutbox();
      return { ok: true, response: 'queued in the outbox' };
    },
    postWebhook: createWebhookPoster(deps.env.FETCH_ALLOW_LIST),
  };
  return startAlertWorker(delivery, { cronExpression: deps.env.ALERTS_CRON });
}
