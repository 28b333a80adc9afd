import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations, replies, reviews, sources } from '../../db/schema/index.ts';
import { readApprovalSettings } from './approval-settings.ts';

/**
 * Approved replies for platforms without a reply API, released and not yet pasted there: the owner's list to work
 * through, oldest first. A reply waiting longer than the org's reminder time is flagged `isOverdue`.
 */
export async function listToPost(db: Db, orgId: string, now = new Date()) {
  const { unpostedReminderHours } = await readApprovalSettings(db, orgId);
  const overdueBefore = now.getTime() - unpostedReminderHours * 3_600_000;
  const rows = await db
    .select({
      replyId: replies.id,
      reviewId: replies.reviewId,
      text: replies.text,
      approvedAt: replies.approvedAt,
      releaseAt: replies.releaseAt,
      meta: replies.meta,
      reviewUrl: reviews.url,
      author: reviews.author,
      rating: reviews.rating,
      reviewText: reviews.text,
      publishedAt: reviews.publishedAt,
      sourceName: sources.name,
      sourceKind: sources.kind,
      locationName: locations.name,
    })
    .from(replies)
    .innerJoin(reviews, and(eq(reviews.orgId, replies.orgId), eq(reviews.id, replies.reviewId)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .leftJoin(locations, and(eq(locations.orgId, reviews.orgId), eq(locations.id, reviews.locationId)))
    .where(and(eq(replies.orgId, orgId), eq(replies.state, 'manual'), lte(replies.releaseAt, now)))
    .orderBy(asc(replies.releaseAt))
    .limit(200);
  const items = rows.map(({ meta, ...r }) => ({
    ...r,
    // A revision of a reply already pasted: the owner edits the copy on the platform rather than adding one.
    isRevision: typeof meta.replaces === 'string',
    isOverdue: r.releaseAt.getTime() < overdueBefore,
  }));
  return {
    items,
    reminderHours: unpostedReminderHours,
    overdueCount: items.filter((i) => i.isOverdue).length,
  };
}
