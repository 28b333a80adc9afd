import type { OutboxStatus, StoredMail, StoredSms } from '../../db/schema/index.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import { findSentSms, sendSms } from '../../sms/sms-client.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';
import type { DeliverDeps } from './deliver-message.ts';
import {
  interruptedNote,
  maxAttempts,
  reportOutcome,
  retryLater,
  settle,
  verdictFor,
} from './delivery-steps.ts';
import type { SendVerdict } from './send-policy.ts';

export function isStoredSms(payload: StoredMail | StoredSms): payload is StoredSms {
  return !('subject' in payload);
}

/**
 * Send one claimed text. Unlike SMTP, the provider can be asked what it already has, so a row taken over
 * from a process that died mid-send is first looked up there: if the text went out, its SID is recorded and
 * nothing is sent again; if the provider cannot answer, the row waits rather than risk a second text
 * (docs/decisions/031, the SMS section).
 */
export async function deliverSms(
  deps: DeliverDeps,
  message: ClaimedMessage,
  given?: SendVerdict,
): Promise<OutboxStatus> {
  const payload = message.payload && isStoredSms(message.payload) ? message.payload : null;
  if (!payload) {
    await settle(deps, message, { status: 'failed', lastError: 'The text is missing' });
    return 'failed';
  }
  if (!deps.sms)
    return retryLater(
      deps,
      message,
      'Text messages are not configured',
      new Date(Date.now() + 60_000),
      false,
    );
  const verdict = await verdictFor(deps, message, given);
  if (!verdict.send) {
    if (verdict.retryAt) return retryLater(deps, message, verdict.reason, verdict.retryAt, false);
    await settle(deps, message, { status: 'cancelled', lastError: verdict.reason, payload: null });
    await reportOutcome(deps, message, 'cancelled', verdict.reason);
    return 'cancelled';
  }
  const sent = async (sid: string, status: string) => {
    // Recorded first after the provider's answer; the body goes (its link carries the feedback token).
    await settle(deps, message, {
      status: 'sent',
      sentAt: new Date(),
      lastError: null,
      providerMessageId: sid,
      deliveryStatus: status === 'sent' || status === 'delivered' ? status : 'queued',
      payload: { to: payload.to, body: '', date: payload.date },
    });
    await reportOutcome(deps, message, 'sent', sid);
    return 'sent' as const;
  };
  if (message.lastError === interruptedNote) {
    const found = await findSentSms(deps.sms, {
      to: payload.to,
      body: payload.body,
      since: message.createdAt,
    });
    if (!found.ok)
      return retryLater(
        deps,
        message,
        `Could not check an interrupted text: ${found.response}`,
        new Date(Date.now() + 60_000),
        true,
      );
    if (found.sid) return sent(found.sid, 'sent');
  }
  const result = await sendSms(deps.sms, {
    to: payload.to,
    body: payload.body,
    statusCallbackUrl: deps.smsStatusCallbackUrl,
  });
  if (result.ok) return sent(result.sid, result.status);
  if (result.permanent || message.attempts >= maxAttempts) {
    await settle(deps, message, { status: 'failed', lastError: result.response, deliveryStatus: 'failed' });
    await reportOutcome(deps, message, 'failed', result.response);
    return 'failed';
  }
  const delay = computeBackoffMs(message.attempts, deps.backoff ?? { baseMs: 30_000, maxMs: 3_600_000 });
  return retryLater(deps, message, result.response, new Date(Date.now() + Math.max(delay, 1_000)), true);
}
