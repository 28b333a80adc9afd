import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { feedbackRequests, outbox } from '../../db/schema/index.ts';

export type ChannelFunnel = {
  /** Clients this channel was to reach. */
  asked: number;
  queued: number;
  /** Handed over: accepted by the mail server, or by the SMS provider. */
  sent: number;
  /** Confirmed on the handset by the provider's callback; null for e-mail, which has no such receipt. */
  delivered: number | null;
  /** Refused, bounced, or reported failed or undelivered by the provider. */
  failed: number;
  /** Stopped at send time (unsubscribed, STOP, consent withdrawn). */
  cancelled: number;
  /** Feedback page opened through this channel's link (the first visit decides). */
  openedPage: number;
  /** Answered after arriving through this channel's link. */
  responded: number;
};

export const countWhere = (condition: ReturnType<typeof sql>) =>
  sql<number>`(count(*) filter (where ${condition}))::int`;
const count = countWhere;
const zero: ChannelFunnel = {
  asked: 0,
  queued: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  cancelled: 0,
  openedPage: 0,
  responded: 0,
};

/**
 * The funnel per channel, for one campaign or all. Delivery comes from each channel's outbox row; a visit
 * counts for the text when its first visit came through the text's link, else for the e-mail (a client
 * who was only texted can only have come through the text).
 */
export async function campaignFunnelByChannel(
  db: Db,
  orgId: string,
  campaignId?: string,
): Promise<{ email: ChannelFunnel; sms: ChannelFunnel }> {
  const mail = alias(outbox, 'mail');
  const text = alias(outbox, 'text');
  const viaText = sql`(coalesce(${feedbackRequests.clickedVia}, 'email') = 'sms' or ${feedbackRequests.outboxId} is null)`;
  const conds = [eq(feedbackRequests.orgId, orgId)];
  if (campaignId) conds.push(eq(feedbackRequests.campaignId, campaignId));
  const [row] = await db
    .select({
      emailAsked: count(sql`${feedbackRequests.outboxId} is not null`),
      emailQueued: count(sql`${mail.status} in ('queued', 'sending')`),
      emailSent: count(sql`${mail.status} = 'sent'`),
      emailFailed: count(sql`${mail.status} in ('failed', 'bounced')`),
      emailCancelled: count(sql`${mail.status} = 'cancelled'`),
      emailOpened: count(sql`${feedbackRequests.clickedAt} is not null and not ${viaText}`),
      emailResponded: count(sql`${feedbackRequests.answeredAt} is not null and not ${viaText}`),
      smsAsked: count(sql`${feedbackRequests.smsOutboxId} is not null`),
      smsQueued: count(sql`${text.status} in ('queued', 'sending')`),
      smsSent: count(sql`${text.status} = 'sent'`),
      smsDelivered: count(sql`${text.deliveryStatus} = 'delivered'`),
      smsFailed: count(
        sql`${text.status} in ('failed', 'bounced') or ${text.deliveryStatus} in ('failed', 'undelivered')`,
      ),
      smsCancelled: count(sql`${text.status} = 'cancelled'`),
      smsOpened: count(sql`${feedbackRequests.clickedAt} is not null and ${viaText}`),
      smsResponded: count(sql`${feedbackRequests.answeredAt} is not null and ${viaText}`),
    })
    .from(feedbackRequests)
    .leftJoin(mail, and(eq(mail.orgId, feedbackRequests.orgId), eq(mail.id, feedbackRequests.outboxId)))
    .leftJoin(text, and(eq(text.orgId, feedbackRequests.orgId), eq(text.id, feedbackRequests.smsOutboxId)))
    .where(and(...conds));
  if (!row) return { email: { ...zero, delivered: null }, sms: zero };
  return {
    email: {
      asked: row.emailAsked,
      queued: row.emailQueued,
      sent: row.emailSent,
      delivered: null,
      failed: row.emailFailed,
      cancelled: row.emailCancelled,
      openedPage: row.emailOpened,
      responded: row.emailResponded,
    },
    sms: {
      asked: row.smsAsked,
      queued: row.smsQueued,
      sent: row.smsSent,
      delivered: row.smsDelivered,
      failed: row.smsFailed,
      cancelled: row.smsCancelled,
      openedPage: row.smsOpened,
      responded: row.smsResponded,
    },
  };
}
