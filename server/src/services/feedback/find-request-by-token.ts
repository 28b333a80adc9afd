import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, clients, feedbackRequests, locations, organizations } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

export type FoundRequest = NonNullable<Awaited<ReturnType<typeof findRequestByToken>>>;

/** The request a feedback or unsubscribe link points to; null for anything that is not a live token. */
export async function findRequestByToken(db: Db, token: string) {
  if (!tokenShape.test(token)) return null;
  const [row] = await db
    .select({
      orgId: feedbackRequests.orgId,
      id: feedbackRequests.id,
      clientId: feedbackRequests.clientId,
      campaignId: feedbackRequests.campaignId,
      email: feedbackRequests.email,
      answeredAt: feedbackRequests.answeredAt,
      score: feedbackRequests.score,
      scale: campaigns.scale,
      trackOpens: campaigns.trackOpens,
      orgName: organizations.name,
      locationName: locations.name,
      reviewLinks: locations.reviewLinks,
      clientName: clients.name,
    })
    .from(feedbackRequests)
    .innerJoin(
      campaigns,
      and(eq(campaigns.orgId, feedbackRequests.orgId), eq(campaigns.id, feedbackRequests.campaignId)),
    )
    .innerJoin(organizations, eq(organizations.id, feedbackRequests.orgId))
    .innerJoin(
      locations,
      and(eq(locations.orgId, feedbackRequests.orgId), eq(locations.id, feedbackRequests.locationId)),
    )
    .innerJoin(
      clients,
      and(eq(clients.orgId, feedbackRequests.orgId), eq(clients.id, feedbackRequests.clientId)),
    )
    .where(eq(feedbackRequests.tokenHash, hashToken(token)));
  if (!row) return null;
  // Only web links are offered: a javascript: or data: link typed into a location must never be served.
  const reviewLinks = row.reviewLinks.filter((l) => {
    try {
      const url = new URL(l.url);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  });
  return { ...row, reviewLinks };
}
