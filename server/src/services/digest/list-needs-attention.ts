import { and, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, reviews, sources } from '../../db/schema/index.ts';

export type AttentionFilter = {
  locationId?: string | undefined;
  sourceId?: string | undefined;
  limit?: number;
};

/**
 * The newest negative reviews still without a reply, oldest waiting first among them: what a manager should look
 * at today. A short indexed walk back along (org, label, first_seen_at), not a trend query.
 */
export async function listNeedsAttention(db: Db, orgId: string, filter: AttentionFilter = {}) {
  const rows = await db
    .select({
      reviewId: reviews.id,
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      text: sql<string>`left(${reviews.text}, 600)`,
      themes: reviews.themes,
      isEscalated: reviews.isEscalated,
      firstSeenAt: reviews.firstSeenAt,
      sourceName: sources.name,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(
      and(
        eq(reviews.orgId, orgId),
        eq(reviews.label, 'negative'),
        eq(reviews.status, 'active'),
        sql`${reviews.ownerReply} is null`,
        filter.locationId ? eq(reviews.locationId, filter.locationId) : undefined,
        filter.sourceId ? eq(reviews.sourceId, filter.sourceId) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(replies)
            .where(and(eq(replies.orgId, reviews.orgId), eq(replies.reviewId, reviews.id))),
        ),
      ),
    )
    .orderBy(desc(reviews.firstSeenAt))
    .limit(filter.limit ?? 5);
  return rows.map((r) => ({ ...r, firstSeenAt: r.firstSeenAt.toISOString() }));
}
