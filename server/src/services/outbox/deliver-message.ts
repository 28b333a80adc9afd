import type { Db } from '../../db/client.ts';
import type { OutboxStatus } from '../../db/schema/index.ts';
import type { MailTransport, SendResult } from '../../mail/index.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';
import type { RecordOutcome } from './create-outcome-recorder.ts';
import type { RecordSent } from './create-sent-recorder.ts';
import { deliverSms, isStoredSms } from './deliver-sms.ts';
import { maxAttempts, reportOutcome, retryLater, settle, verdictFor } from './delivery-steps.ts';
import type { SendPolicies, SendVerdict } from './send-policy.ts';
import { fromStoredMail, redactStoredMail } from './stored-mail.ts';

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
