import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, reviews, sources } from '../../db/schema/index.ts';
import { API_POSTING_KINDS } from './posting-targets.ts';

export type ClaimedReply = {
  orgId: string;
  id: string;
  reviewId: string;
  text: string;
  attempts: number;
  approvedBy: string;
  /** True when an earlier attempt may have reached the platform: read back before posting again. */
  isResume: boolean;
};

/**
 * Claim approved replies for API sources. SKIP LOCKED keeps two processes off the same row; the lease hands a
 * row whose process died to another one. A row found in `posting` had its lease expire mid-post: that process
 * may have reached the platform before it died, so the claim says to read back first.
 */
export async function claimDueReplies(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; only?: { orgId: string; replyId: string } },
): Promise<ClaimedReply[]> {
  const now = opts.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + opts.leaseSeconds * 1000);
  const isApiSource = sql`exists (select 1 from ${reviews} inner join ${sources} on ${sources.orgId} = ${reviews.orgId} and ${sources.id} = ${reviews.sourceId} where ${reviews.orgId} = ${replies.orgId} and ${reviews.id} = ${replies.reviewId} and ${sources.kind} in ${API_POSTING_KINDS})`;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ orgId: replies.orgId, id: replies.id, state: replies.state })
      .from(replies)
      .where(
        and(
          inArray(replies.state, ['approved', 'posting']),
          lte(replies.nextAttemptAt, now),
          // Still inside its undo window: the owner may yet take it back, so nobody posts it.
          lte(replies.releaseAt, now),
          or(isNull(replies.leaseExpiresAt), lt(replies.leaseExpiresAt, now)),
          opts.only ? and(eq(replies.orgId, opts.only.orgId), eq(replies.id, opts.only.replyId)) : undefined,
          isApiSource,
        ),
      )
      .orderBy(asc(replies.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    const claimed: ClaimedReply[] = [];
    for (const d of due) {
      const [row] = await tx
        .update(replies)
        .set({ state: 'posting', leaseOwner: worker, leaseExpiresAt: leaseUntil })
        .where(and(eq(replies.orgId, d.orgId), eq(replies.id, d.id)))
        .returning({
          orgId: replies.orgId,
          id: replies.id,
          reviewId: replies.reviewId,
          text: replies.text,
          attempts: replies.attempts,
          approvedBy: replies.approvedBy,
        });
      if (row) claimed.push({ ...row, isResume: d.state === 'posting' || row.attempts > 0 });
    }
    return claimed;
  });
}
