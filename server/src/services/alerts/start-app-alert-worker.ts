import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { resolveMailSettings } from '../campaigns/mail-settings.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { startAlertWorker } from './alert-worker.ts';
import { createWebhookPoster } from './create-webhook-poster.ts';
import type { AlertDeliveryDeps } from './deliver-alert.ts';

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
