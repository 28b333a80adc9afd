import { and, inArray, sql } from 'drizzle-orm';
import { feedbackRequests } from '../../db/schema/index.ts';
import type { SendPolicy, SendVerdict } from '../outbox/index.ts';
import { decideTextForClient } from './can-text-client.ts';

const reasons = {
  'no-phone': 'The client has no valid mobile number',
  'no-consent': 'The client has not agreed to texts',
  withdrawn: 'The client withdrew consent',
  'opted-out': 'The number replied STOP',
  'not-found': 'The client no longer exists',
} as const;

/**
 * Checked just before texts go out (`refId` is the client), for a claimed batch at once: consent and STOP may
 * have changed since the launch, and a text due in the client's night waits until 8:00 there instead.
 */
export const smsFeedbackSendPolicy: SendPolicy = {
  async beforeSend(db, messages, now) {
    const verdicts = await Promise.all(
      messages.map(async (message): Promise<[string, SendVerdict]> => {
        if (!message.refId) return [message.id, { send: false, reason: reasons['not-found'] }];
        const verdict = await decideTextForClient(db, message.orgId, message.refId, now);
        if (!verdict.send) return [message.id, { send: false, reason: reasons[verdict.reason] }];
        if (verdict.sendAt > now)
          return [
            message.id,
            { send: false, reason: `Quiet hours in ${verdict.timeZone}`, retryAt: verdict.sendAt },
          ];
        return [message.id, { send: true }];
      }),
    );
    return new Map(verdicts);
  },

  // The feedback request a text carries counts as sent from the first channel that went out.
  async afterOutcome(db, outcomes) {
    const sent = outcomes.filter((o) => o.status === 'sent').map((o) => o.message);
    if (!sent.length) return;
    await db
      .update(feedbackRequests)
      .set({ status: 'sent', sentAt: sql`coalesce(${feedbackRequests.sentAt}, now())` })
      .where(
        and(
          inArray(feedbackRequests.orgId, [...new Set(sent.map((m) => m.orgId))]),
          inArray(
            feedbackRequests.smsOutboxId,
            sent.map((m) => m.id),
          ),
        ),
      );
  },
};

/** Every text names the business and says how to stop, so the first one a number receives does. */
export function buildRequestText(businessName: string, invitation: string, link: string): string {
  return `${businessName}: ${invitation.trim()} ${link}\nReply STOP to opt out.`;
}
