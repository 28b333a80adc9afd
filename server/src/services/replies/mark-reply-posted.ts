import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadReply } from './reply-rows.ts';

/**
 * For platforms without a reply API (and for an API post that failed for good): the owner pasted the approved
 * text themselves and says so, optionally with the reply's address.
 */
export async function markReplyPosted(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { replyId: string; url?: string | undefined },
) {
  const reply = await loadReply(db, orgId, input.replyId);
  const now = new Date();
  const updated = await db
    .update(replies)
    .set({
      state: 'posted',
      postedAt: now,
      postedBy: actor.userId,
      postedUrl: input.url || null,
      meta: { via: 'manual' },
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(
      and(eq(replies.orgId, orgId), eq(replies.id, reply.id), inArray(replies.state, ['manual', 'failed'])),
    )
    .returning({ id: replies.id });
  if (!updated.length) {
    throw conflict(
      reply.state === 'posted'
        ? 'This reply is already marked as posted'
        : 'This reply is being posted through the platform’s API',
    );
  }
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'reply.posted',
    entityType: 'review',
    entityId: reply.reviewId,
    detail: { replyId: reply.id, via: 'manual', url: input.url || null },
  });
  return { state: 'posted' as const, postedAt: now };
}
