import path from 'node:path';
import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { createMailTransport } from '../../mail/index.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import { type OutboxWorker, startOutboxWorker } from '../outbox/index.ts';
import { smsFeedbackSendPolicy } from '../sms/sms-send-policy.ts';
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

export function outboxDirOf(env: Env): string {
  return path.join(env.DATA_DIR, 'outbox');
}

/** The SMS provider from the environment, or null (texts then wait in the outbox) while it is not set up. */
export function smsConfigOf(env: Env): SmsConfig | null {
  if (!env.SMS_ACCOUNT_SID || !env.SMS_AUTH_TOKEN || !(env.SMS_FROM || env.SMS_MESSAGING_SERVICE_SID))
    return null;
  return {
    accountSid: env.SMS_ACCOUNT_SID,
    authToken: env.SMS_AUTH_TOKEN,
    from: env.SMS_FROM ?? null,
    messagingServiceSid: env.SMS_MESSAGING_SERVICE_SID ?? null,
    baseUrl: env.SMS_API_URL,
  };
}
