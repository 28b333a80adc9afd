import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { clients, feedbackRequests, outbox } from '../../db/schema/index.ts';
import { campaignFunnelByChannel, countWhere as count } from './channel-funnel.ts';

/**
 * Asked → sent → opened → clicked → answered → public link clicked, for one campaign or all of them.
 * Delivery states come from the outbox row, the single record of what the mail server accepted; `byChannel`
 * splits the funnel into e-mail and text.
 */
export async function campaignFunnel(db: Db, orgId: string, campaignId?: string) {
  const conds = [eq(feedbackRequests.orgId, orgId)];
  if (campaignId) conds.push(eq(feedbackRequests.campaignId, campaignId));
  const [row] = await db
    .select({
      asked: sql<number>`count(*)::int`,
      queued: count(sql`${outbox.status} in ('queued', 'sending')`),
      sent: count(sql`${outbox.status} = 'sent'`),
      failed: count(sql`${outbox.status} in ('failed', 'bounced')`),
      cancelled: count(sql`${outbox.status} = 'cancelled'`),
      opened: count(sql`${feedbackRequests.openedAt} is not null`),
      clicked: count(sql`${feedbackRequests.clickedAt} is not null`),
      answered: count(sql`${feedbackRequests.answeredAt} is not null`),
      publicClicked: count(sql`${feedbackRequests.publicClickedAt} is not null`),
      unhappy: count(sql`${feedbackRequests.isUnhappy}`),
    })
    .from(feedbackRequests)
    .leftJoin(outbox, and(eq(outbox.orgId, feedbackRequests.orgId), eq(outbox.id, feedbackRequests.outboxId)))
    .where(and(...conds));
  const byChannel = await campaignFunnelByChannel(db, orgId, campaignId);
  const overall = row ?? {
    asked: 0,
    queued: 0,
    sent: 0,
    failed: 0,
    cancelled: 0,
    opened: 0,
    clicked: 0,
    answered: 0,
    publicClicked: 0,
    unhappy: 0,
  };
  return { ...overall, byChannel };
}

/** Who was asked, when, by whom, on which channels, and how far each got: the campaign's audit trail. */
export async function listCampaignRequests(db: Db, orgId: string, campaignId: string, limit = 500) {
  const text = alias(outbox, 'text');
  return db
    .select({
      id: feedbackRequests.id,
      clientId: feedbackRequests.clientId,
      clientName: clients.name,
      email: feedbackRequests.email,
      phone: feedbackRequests.phone,
      isEmailed: sql<boolean>`${feedbackRequests.outboxId} is not null`,
      askedAt: feedbackRequests.createdAt,
      askedBy: feedbackRequests.requestedByLabel,
      delivery: outbox.status,
      lastError: outbox.lastError,
      sentAt: outbox.sentAt,
      textDelivery: sql<string | null>`coalesce(${text.deliveryStatus}, ${text.status})`,
      textError: text.lastError,
      openedAt: feedbackRequests.openedAt,
      clickedAt: feedbackRequests.clickedAt,
      answeredAt: feedbackRequests.answeredAt,
      publicClickedAt: feedbackRequests.publicClickedAt,
      score: feedbackRequests.score,
      isUnhappy: feedbackRequests.isUnhappy,
    })
    .from(feedbackRequests)
    .innerJoin(
      clients,
      and(eq(clients.orgId, feedbackRequests.orgId), eq(clients.id, feedbackRequests.clientId)),
    )
    .leftJoin(outbox, and(eq(outbox.orgId, feedbackRequests.orgId), eq(outbox.id, feedbackRequests.outboxId)))
    .leftJoin(text, and(eq(text.orgId, feedbackRequests.orgId), eq(text.id, feedbackRequests.smsOutboxId)))
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.campaignId, campaignId)))
    .orderBy(desc(feedbackRequests.createdAt), feedbackRequests.email)
    .limit(limit);
}
