import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type OutboxStatus, outbox } from '../../db/schema/index.ts';
import type { MailTransport, SendResult } from '../../mail/index.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import { checkBeforeSend } from './check-before-send.ts';
import type { ClaimedMessage } from './claim-outbox.ts';
import { deliverSms, isStoredSms } from './deliver-sms.ts';
import type { RecordOutcome } from './record-outcome.ts';
import type { RecordSent } from './record-sent.ts';
import type { SendPolicies, SendVerdict } from './send-policy.ts';
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
  /** Shares one policy call among outcomes settled at the same moment (the worker's); else one call each. */
  recordOutcome?: RecordOutcome;
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

/** The verdict given with the claimed batch, or the message's policy asked for it alone. */
export async function verdictFor(
  deps: DeliverDeps,
  message: ClaimedMessage,
  given: SendVerdict | undefined,
): Promise<SendVerdict> {
  if (given) return given;
  const verdicts = await checkBeforeSend(deps.db, deps.policies, [message], new Date());
  return verdicts.get(message.id) ?? { send: true };
}

/** Tells the message's policy how it ended, after the row was settled. */
export async function reportOutcome(
  deps: DeliverDeps,
  message: ClaimedMessage,
  status: OutboxStatus,
  detail: string,
): Promise<void> {
  const policy = deps.policies[message.kind];
  if (!policy?.afterOutcome) return;
  const outcome = { message, status, detail };
  await (deps.recordOutcome ? deps.recordOutcome(outcome) : policy.afterOutcome(deps.db, [outcome]));
}

/** Queued again for `at`; a wait the policy asked for (`countsAsAttempt` false) does not use up an attempt. */
export async function retryLater(
  deps: DeliverDeps,
  message: ClaimedMessage,
  lastError: string,
  at: Date,
  countsAsAttempt: boolean,
): Promise<'queued'> {
  await settle(deps, message, {
    status: 'queued',
    lastError,
    nextAttemptAt: at,
    attempts: countsAsAttempt ? message.attempts : message.attempts - 1,
  });
  return 'queued';
}

/**
 * Send one claimed message and record what happened. Returns the status it ended in. `verdict` is the send
 * policy's, when the caller checked the message's whole batch at once; without it the policy is asked now.
 */
export async function deliverMessage(
  deps: DeliverDeps,
  message: ClaimedMessage,
  given?: SendVerdict,
): Promise<OutboxStatus> {
  if (message.channel === 'sms') return deliverSms(deps, message, given);
  const verdict = await verdictFor(deps, message, given);
  if (!verdict.send) {
    if (verdict.retryAt) return retryLater(deps, message, verdict.reason, verdict.retryAt, false);
    await settle(deps, message, { status: 'cancelled', lastError: verdict.reason, payload: null });
    await reportOutcome(deps, message, 'cancelled', verdict.reason);
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
    await reportOutcome(deps, message, 'sent', result.response);
    return 'sent';
  }
  if (result.permanent || message.attempts >= maxAttempts) {
    const status: OutboxStatus = isBounce(result) ? 'bounced' : 'failed';
    await settle(deps, message, { status, lastError: result.response });
    await reportOutcome(deps, message, status, result.response);
    return status;
  }
  const delay = computeBackoffMs(message.attempts, deps.backoff ?? { baseMs: 30_000, maxMs: 3_600_000 });
  return retryLater(deps, message, result.response, new Date(Date.now() + Math.max(delay, 1_000)), true);
}
