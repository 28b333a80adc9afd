import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { createMailTransport } from '../../mail/index.ts';
import { type OutboxWorker, startOutboxWorker } from '../outbox/index.ts';
import { smsFeedbackSendPolicy } from '../sms/sms-send-policy.ts';
import { outboxDirOf, smsConfigOf } from './outbox-config.ts';
import { feedbackSendPolicy } from './send-policy.ts';

/** The outbox worker with this app's send rules: feedback requests are re-checked at send time. */
export function startFeedbackOutbox(deps: { db: Db; env: Env; log: Logger; worker: string }): OutboxWorker {
  return startOutboxWorker({
    db: deps.db,
    log: deps.log,
    worker: deps.worker,
    transport: createMailTransport({
      smtpUrl: deps.env.SMTP_URL ?? null,
      outboxDir: outboxDirOf(deps.env),
      connections: deps.env.OUTBOX_CONCURRENCY,
    }),
    policies: { feedback: feedbackSendPolicy, 'sms-feedback': smsFeedbackSendPolicy },
    concurrency: deps.env.OUTBOX_CONCURRENCY,
    leaseSeconds: deps.env.OUTBOX_LEASE_SECONDS,
    idleMs: deps.env.OUTBOX_IDLE_MS,
    sms: smsConfigOf(deps.env),
    ...(deps.env.PUBLIC_URL
      ? { smsStatusCallbackUrl: new URL('/api/webhooks/sms/status', deps.env.PUBLIC_URL).toString() }
      : {}),
  });
}
