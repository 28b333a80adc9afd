import { and, eq, gte, ne } from 'drizzle-orm';
import { campaigns, clients, feedbackRequests, outbox } from '../../db/schema/index.ts';
import { isSuppressed, suppressEmail } from '../clients/suppressions.ts';
import type { SendPolicy } from '../outbox/index.ts';

const dayMs = 86_400_000;

/**
 * Checked again just before each feedback request goes out, because time passes between launch and send:
 * the client may have unsubscribed, withdrawn consent or been asked by another campaign meanwhile.
 */
export const feedbackSendPolicy: SendPolicy = {
  async beforeSend(db, message, now) {
    if (await isSuppressed(db, message.orgId, message.toAddress))
      return { send: false, reason: 'The address is on the suppression list' };
    if (!message.refId) return { send: true };
    const [request] = await db
      .select({
        clientId: feedbackRequests.clientId,
        capDays: campaigns.frequencyCapDays,
        consent: clients.consent,
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
    if (!request) return { send: false, reason: 'The feedback request no longer exists' };
    if (request.consent === 'withdrawn') return { send: false, reason: 'The client withdrew consent' };
    const recent = await db
      .select({ id: feedbackRequests.id })
      .from(feedbackRequests)
      .innerJoin(
        outbox,
        and(eq(outbox.orgId, feedbackRequests.orgId), eq(outbox.id, feedbackRequests.outboxId)),
      )
      .where(
        and(
          eq(feedbackRequests.orgId, message.orgId),
          eq(feedbackRequests.clientId, request.clientId),
          ne(feedbackRequests.id, message.refId),
          eq(outbox.status, 'sent'),
          gte(outbox.sentAt, new Date(now.getTime() - request.capDays * dayMs)),
        ),
      )
      .limit(1);
    if (recent.length)
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
