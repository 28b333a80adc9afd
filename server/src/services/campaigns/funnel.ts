import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, feedbackRequests, outbox } from '../../db/schema/index.ts';

const count = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;

/**
 * Asked → sent → opened → clicked → answered → public link clicked, for one campaign or all of them.
 * Delivery states come from the outbox row, the single record of what the mail server accepted.
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
  return (
    row ?? {
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
    }
  );
}

/** Who was asked, when, by whom, and how far each got: the campaign's audit trail. */
export async function listCampaignRequests(db: Db, orgId: string, campaignId: string, limit = 500) {
  return db
    .select({
      id: feedbackRequests.id,
      clientId: feedbackRequests.clientId,
      clientName: clients.name,
      email: feedbackRequests.email,
      askedAt: feedbackRequests.createdAt,
      askedBy: feedbackRequests.requestedByLabel,
      delivery: outbox.status,
      lastError: outbox.lastError,
      sentAt: outbox.sentAt,
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
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.campaignId, campaignId)))
    .orderBy(desc(feedbackRequests.createdAt), feedbackRequests.email)
    .limit(limit);
}
