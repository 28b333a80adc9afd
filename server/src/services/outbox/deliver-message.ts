import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type OutboxStatus, outbox } from '../../db/schema/index.ts';
import type { MailTransport, SendResult } from '../../mail/index.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import type { ClaimedMessage } from './claim-outbox.ts';
import { deliverSms, isStoredSms } from './deliver-sms.ts';
import type { RecordSent } from './record-sent.ts';
import type { SendPolicies } from './send-policy.ts';
import { fromStoredMail, redactStoredMail } from './stored-mail.ts';

export const maxAttempts = 8;

export type DeliverDeps = {
  db: Db;
  worker: string;
  transport: MailTransport;
  policies: SendPolicies;
  backoff?: { baseMs: number; maxMs: number };
  /** The SMS provider; texts wait in the outbox while it is not configured. */
  sms?: SmsConfig | null;
  /** Where the provider reports delivery (queued, sent, delivered, failed, undelivered). */
  smsStatusCallbackUrl?: string;
  /** Shares one UPDATE among e-mails sent at the same moment (the worker's); else one UPDATE each. */
  recordSent?: RecordSent;
};

// A 5xx about the recipient is a bounce; other permanent failures (an unbuildable message) are plain failures.
function isBounce(result: SendResult): boolean {
  return !result.ok && result.permanent && /(^|\b)5\d\d\b|Recipient rejected/.test(result.response);
}

/** Settle the row, only while this worker still holds it: a stale worker must not overwrite a takeover. */
export async function settle(
  deps: DeliverDeps,
  message: ClaimedMessage,
  patch: Partial<typeof outbox.$inferInsert>,
) {
  const rows = await deps.db
    .update(outbox)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null, updatedAt: new Date() })
    .where(
      and(eq(outbox.orgId, message.orgId), eq(outbox.id, message.id), eq(outbox.leaseOwner, deps.worker)),
    )
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Send one claimed message and record what happened. Returns the status it ended in. */
export async function deliverMessage(deps: DeliverDeps, message: ClaimedMessage): Promise<OutboxStatus> {
  if (message.channel === 'sms') return deliverSms(deps, message);
  const policy = deps.policies[message.kind];
  const now = new Date();
  const verdict = policy?.beforeSend
    ? await policy.beforeSend(deps.db, message, now)
    : { send: true as const };
  if (!verdict.send) {
    await settle(deps, message, { status: 'cancelled', lastError: verdict.reason, payload: null });
    await policy?.afterOutcome?.(deps.db, message, 'cancelled', verdict.reason);
    return 'cancelled';
  }
  if (!message.payload || isStoredSms(message.payload)) {
    await settle(deps, message, { status: 'failed', lastError: 'The message body is missing' });
    return 'failed';
  }
  const result = await deps.transport.send(fromStoredMail(message.payload));
  if (result.ok) {
    // First thing after the server's 250: the smaller this gap, the smaller the in-doubt window.
    if (deps.recordSent) await deps.recordSent(message);
    else
      await settle(deps, message, {
        status: 'sent',
        sentAt: new Date(),
        lastError: null,
        payload: redactStoredMail(message.payload),
      });
    await policy?.afterOutcome?.(deps.db, message, 'sent', result.response);
    return 'sent';
  }
  if (result.permanent || message.attempts >= maxAttempts) {
    const status: OutboxStatus = isBounce(result) ? 'bounced' : 'failed';
    await settle(deps, message, { status, lastError: result.response });
    await policy?.afterOutcome?.(deps.db, message, status, result.response);
    return status;
  }
  const delay = computeBackoffMs(message.attempts, deps.backoff ?? { baseMs: 30_000, maxMs: 3_600_000 });
  await settle(deps, message, {
    status: 'queued',
    lastError: result.response,
    nextAttemptAt: new Date(Date.now() + Math.max(delay, 1_000)),
  });
  return 'queued';
}
