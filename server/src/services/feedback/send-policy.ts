import { and, eq, gte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { campaigns, clients, feedbackRequests, outbox, suppressions } from '../../db/schema/index.ts';
import { isSuppressed, suppressEmail } from '../clients/suppressions.ts';
import type { SendPolicy } from '../outbox/index.ts';

/**
 * Checked again just before each feedback request goes out, because time passes between launch and send:
 * the client may have unsubscribed, withdrawn consent or been asked by another campaign meanwhile.
 */
export const feedbackSendPolicy: SendPolicy = {
  async beforeSend(db, message, now) {
    if (!message.refId) {
      return (await isSuppressed(db, message.orgId, message.toAddress))
        ? { send: false, reason: 'The address is on the suppression list' }
        : { send: true };
    }
    // One round trip per message: at campaign volume the send-time checks cost more than the SMTP exchange.
    const email = message.toAddress.trim().toLowerCase();
    const earlier = alias(feedbackRequests, 'earlier');
    const [request] = await db
      .select({
        capDays: campaigns.frequencyCapDays,
        consent: clients.consent,
        isSuppressed: sql<boolean>`exists (${db
          .select({ one: sql`1` })
          .from(suppressions)
          .where(and(eq(suppressions.orgId, message.orgId), eq(suppressions.email, email)))})`,
        isRecentlyAsked: sql<boolean>`exists (${db
          .select({ one: sql`1` })
          .from(earlier)
          .innerJoin(outbox, and(eq(outbox.orgId, earlier.orgId), eq(outbox.id, earlier.outboxId)))
          .where(
            and(
              eq(earlier.orgId, message.orgId),
              eq(earlier.clientId, feedbackRequests.clientId),
              ne(earlier.id, message.refId),
              eq(outbox.status, 'sent'),
              gte(
                outbox.sentAt,
                sql`${now.toISOString()}::timestamptz - make_interval(days => ${campaigns.frequencyCapDays})`,
              ),
            ),
          )})`,
      })
      .from(feedbackRequests)
      .innerJoin(
        campaigns,
        and(eq(campaigns.orgId, feedbackRequests.orgId), eq(campaigns.id, feedbackRequests.campaignId)),
      )
      .innerJoin(
        clients,
        and(eq(clients.orgId, feedbackRequests.orgId), eq(clients.id, feedbackRequests.clientId)),
      )
      .where(and(eq(feedbackRequests.orgId, message.orgId), eq(feedbackRequests.id, message.refId)));
    if (request?.isSuppressed || (!request && (await isSuppressed(db, message.orgId, email))))
      return { send: false, reason: 'The address is on the suppression list' };
    if (!request) return { send: false, reason: 'The feedback request no longer exists' };
    if (request.consent === 'withdrawn') return { send: false, reason: 'The client withdrew consent' };
    if (request.isRecentlyAsked)
      return { send: false, reason: `The client was already asked within ${request.capDays} days` };
    return { send: true };
  },

  async afterOutcome(db, message, status, detail) {
    if (!message.refId) return;
    if (status === 'bounced') {
      await suppressEmail(db, message.orgId, message.toAddress, {
        reason: 'bounced',
        source: 'smtp',
        actor: { userId: null, label: 'Mail server' },
      });
    }
    const patch =
      status === 'sent'
        ? { status: 'sent' as const, sentAt: new Date() }
        : status === 'cancelled'
          ? { status: 'cancelled' as const, cancelReason: detail }
          : status === 'failed' || status === 'bounced'
            ? { status, failedAt: new Date() }
            : null;
    if (!patch) return;
    await db
      .update(feedbackRequests)
      .set(patch)
      .where(and(eq(feedbackRequests.orgId, message.orgId), eq(feedbackRequests.id, message.refId)));
  },
};
