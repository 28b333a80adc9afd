import type { ReviewLabel } from '@rebound/shared';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations, replyDrafts, reviews, sources } from '../../db/schema/index.ts';

export type InboxFilter = {
  locationId?: string | undefined;
  sourceId?: string | undefined;
  label?: ReviewLabel | undefined;
  theme?: string | undefined;
  limit?: number | undefined;
};

// Escalated first, then the lowest rating (unrated after rated ones), then the longest wait since the review
// was published (first seen stands in when the platform gives no date).
const escalatedFirst = sql<number>`case when ${reviews.isEscalated} then 0 else 1 end`;
const lowestRating = sql`${reviews.rating} asc nulls last`;
const oldestFirst = sql`coalesce(${reviews.publishedAt}, ${reviews.firstSeenAt}) asc`;

/** Reviews with a draft awaiting an owner's decision, worst first. */
export async function listInbox(db: Db, orgId: string, filter: InboxFilter = {}) {
  const conds = [
    eq(reviews.orgId, orgId),
    eq(reviews.status, 'active'),
    inArray(replyDrafts.status, ['draft', 'sent_back']),
  ];
  if (filter.locationId) conds.push(eq(reviews.locationId, filter.locationId));
  if (filter.sourceId) conds.push(eq(reviews.sourceId, filter.sourceId));
  if (filter.label) conds.push(eq(reviews.label, filter.label));
  if (filter.theme) conds.push(sql`${filter.theme} = any(${reviews.themes})`);
  return db
    .select({
      reviewId: reviews.id,
      draftId: replyDrafts.id,
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      text: reviews.text,
      label: reviews.label,
      themes: reviews.themes,
      isEscalated: reviews.isEscalated,
      escalationReasons: reviews.escalationReasons,
      situation: reviews.situation,
      publishedAt: reviews.publishedAt,
      firstSeenAt: reviews.firstSeenAt,
      sourceName: sources.name,
      sourceId: reviews.sourceId,
      locationId: reviews.locationId,
      locationName: locations.name,
      sourceKind: sources.kind,
      draftText: replyDrafts.text,
      draftStatus: replyDrafts.status,
      decisionNote: replyDrafts.decisionNote,
      draftOrigin: replyDrafts.origin,
      draftOriginNote: replyDrafts.originNote,
      findings: replyDrafts.findings,
      translateBeforePosting: replyDrafts.translateBeforePosting,
    })
    .from(reviews)
    .innerJoin(replyDrafts, and(eq(replyDrafts.orgId, reviews.orgId), eq(replyDrafts.reviewId, reviews.id)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .leftJoin(locations, and(eq(locations.orgId, reviews.orgId), eq(locations.id, reviews.locationId)))
    .where(and(...conds))
    .orderBy(asc(escalatedFirst), lowestRating, oldestFirst, desc(replyDrafts.createdAt))
    .limit(filter.limit ?? 100);
}
