import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, clients, feedbackRequests, suppressions } from '../../db/schema/index.ts';

export type CaseContact = {
  name: string;
  /** Shown unless the client withdrew consent: it is the address they answered from. */
  email: string | null;
  /** Shown only with consent granted: a phone number given for service is not an invitation to call. */
  phone: string | null;
  consent: 'unknown' | 'granted' | 'withdrawn';
  /** Unsubscribed from feedback requests: a personal reply about this answer is still fine, a campaign is not. */
  isUnsubscribed: boolean;
};

/**
 * The feedback answer that opened a case, if one did: the score, the client's own comment, the campaign that
 * asked, and how the client may be reached, as far as their consent allows.
 */
export async function loadCaseFeedback(db: Db, orgId: string, caseId: string) {
  const [row] = await db
    .select({
      requestId: feedbackRequests.id,
      score: feedbackRequests.score,
      scale: campaigns.scale,
      comment: feedbackRequests.comment,
      answeredAt: feedbackRequests.answeredAt,
      campaignId: campaigns.id,
      campaignName: campaigns.name,
      clientName: clients.name,
      email: clients.email,
      phone: clients.phone,
      consent: clients.consent,
      suppressedAt: suppressions.createdAt,
    })
    .from(feedbackRequests)
    .innerJoin(
      clients,
      and(eq(clients.orgId, feedbackRequests.orgId), eq(clients.id, feedbackRequests.clientId)),
    )
    .innerJoin(
      campaigns,
      and(eq(campaigns.orgId, feedbackRequests.orgId), eq(campaigns.id, feedbackRequests.campaignId)),
    )
    .leftJoin(suppressions, and(eq(suppressions.orgId, clients.orgId), eq(suppressions.email, clients.email)))
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.caseId, caseId)))
    .orderBy(desc(feedbackRequests.answeredAt))
    .limit(1);
  if (!row) return null;
  const isWithdrawn = row.consent === 'withdrawn';
  const contact: CaseContact = {
    name: row.clientName || row.email,
    email: isWithdrawn ? null : row.email,
    phone: row.consent === 'granted' ? row.phone : null,
    consent: row.consent,
    isUnsubscribed: row.suppressedAt !== null,
  };
  return {
    score: row.score,
    outOf: row.scale === 'nps' ? 10 : 5,
    comment: row.comment,
    answeredAt: row.answeredAt,
    campaign: { id: row.campaignId, name: row.campaignName },
    contact,
  };
}
