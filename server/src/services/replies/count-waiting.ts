import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts, reviews } from '../../db/schema/index.ts';

export type WaitingCounts = {
  toReview: number;
  sentBack: number;
  inUndoWindow: number;
  queued: number;
  toPost: number;
  failed: number;
};

/** How much is waiting at each step between a new review and a posted reply, for the inbox header. */
export async function countWaiting(db: Db, orgId: string, now = new Date()): Promise<WaitingCounts> {
  const drafts = await db
    .select({ status: replyDrafts.status, n: sql<number>`count(*)::int` })
    .from(replyDrafts)
    .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
    .where(
      and(
        eq(replyDrafts.orgId, orgId),
        eq(reviews.status, 'active'),
        inArray(replyDrafts.status, ['draft', 'sent_back']),
      ),
    )
    .groupBy(replyDrafts.status);
  const sent = await db
    .select({
      state: replies.state,
      n: sql<number>`count(*)::int`,
      held: sql<number>`(count(*) filter (where ${replies.releaseAt} > ${now.toISOString()}::timestamptz))::int`,
    })
    .from(replies)
    .where(and(eq(replies.orgId, orgId), inArray(replies.state, ['approved', 'posting', 'manual', 'failed'])))
    .groupBy(replies.state);
  const counts: WaitingCounts = {
    toReview: 0,
    sentBack: 0,
    inUndoWindow: 0,
    queued: 0,
    toPost: 0,
    failed: 0,
  };
  for (const d of drafts) {
    if (d.status === 'draft') counts.toReview += d.n;
    else counts.sentBack += d.n;
  }
  for (const r of sent) {
    if (r.state === 'failed') {
      counts.failed += r.n;
      continue;
    }
    counts.inUndoWindow += r.held;
    if (r.state === 'manual') counts.toPost += r.n - r.held;
    else counts.queued += r.n - r.held;
  }
  return counts;
}
