import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts, reviews, reviewVersions, sources } from '../../db/schema/index.ts';
import { listAudit } from '../audit/list-audit.ts';
import { notFound } from '../errors.ts';

/** One review with its versions, drafts, approved replies and audit trail. */
export async function getReview(db: Db, orgId: string, reviewId: string) {
  const [review] = await db
    .select({
      id: reviews.id,
      sourceId: reviews.sourceId,
      sourceName: sources.name,
      sourceKind: sources.kind,
      locationId: reviews.locationId,
      externalId: reviews.externalId,
      author: reviews.author,
      rating: reviews.rating,
      ratingOriginal: reviews.ratingOriginal,
      ratingScale: reviews.ratingScale,
      title: reviews.title,
      text: reviews.text,
      language: reviews.language,
      url: reviews.url,
      itemName: reviews.itemName,
      ownerReply: reviews.ownerReply,
      publishedAt: reviews.publishedAt,
      label: reviews.label,
      sentimentScore: reviews.sentimentScore,
      themes: reviews.themes,
      isEscalated: reviews.isEscalated,
      escalationReasons: reviews.escalationReasons,
      situation: reviews.situation,
      status: reviews.status,
      version: reviews.version,
      firstSeenAt: reviews.firstSeenAt,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!review) throw notFound('Review');
  const [versions, drafts, approved, audit] = await Promise.all([
    db
      .select({
        version: reviewVersions.version,
        rating: reviewVersions.rating,
        title: reviewVersions.title,
        text: reviewVersions.text,
        capturedAt: reviewVersions.capturedAt,
      })
      .from(reviewVersions)
      .where(and(eq(reviewVersions.orgId, orgId), eq(reviewVersions.reviewId, reviewId)))
      .orderBy(asc(reviewVersions.version)),
    db
      .select({
        id: replyDrafts.id,
        text: replyDrafts.text,
        status: replyDrafts.status,
        origin: replyDrafts.origin,
        findings: replyDrafts.findings,
        translateBeforePosting: replyDrafts.translateBeforePosting,
        createdAt: replyDrafts.createdAt,
        updatedAt: replyDrafts.updatedAt,
        overrideReason: replyDrafts.overrideReason,
      })
      .from(replyDrafts)
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.reviewId, reviewId)))
      .orderBy(desc(replyDrafts.createdAt)),
    db
      .select({
        id: replies.id,
        text: replies.text,
        state: replies.state,
        approvedAt: replies.approvedAt,
        releaseAt: replies.releaseAt,
        postedAt: replies.postedAt,
        postedUrl: replies.postedUrl,
        lastError: replies.lastError,
        // Apple's state for a response: PENDING_PUBLISH until Apple shows it, then PUBLISHED.
        platformState: sql<string | null>`${replies.meta}->>'platformState'`,
      })
      .from(replies)
      .where(and(eq(replies.orgId, orgId), eq(replies.reviewId, reviewId)))
      .orderBy(desc(replies.approvedAt)),
    listAudit(db, orgId, { entityType: 'review', entityId: reviewId }),
  ]);
  return { review, versions, drafts, replies: approved, audit };
}
