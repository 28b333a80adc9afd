import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviews } from '../../db/schema/index.ts';

/** Recent reviews to try the LLM on, unhappy ones first: those are the drafts that matter most. */
export async function listSampleReviews(db: Db, orgId: string, limit = 30) {
  const rows = await db
    .select({
      reviewId: reviews.id,
      author: reviews.author,
      rating: reviews.rating,
      label: reviews.label,
      excerpt: sql<string>`left(${reviews.text}, 140)`,
    })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.status, 'active')))
    .orderBy(
      asc(sql`case ${reviews.label} when 'negative' then 0 when 'mixed' then 1 else 2 end`),
      sql`${reviews.publishedAt} desc nulls last`,
      asc(reviews.id),
    )
    .limit(limit);
  return rows;
}
