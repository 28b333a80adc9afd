import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadReply } from './reply-rows.ts';

/** Queue a failed API post again, from scratch with a read-back first. */
export async function retryFailedPost(db: Db, orgId: string, actor: Actor, replyId: string) {
  const reply = await loadReply(db, orgId, replyId);
  const updated = await db
    .update(replies)
    .set({ state: 'approved', attempts: 1, nextAttemptAt: new Date(), lastError: null })
    .where(and(eq(replies.orgId, orgId), eq(replies.id, reply.id), eq(replies.state, 'failed')))
    .returning({ id: replies.id });
  if (!updated.length) throw conflict('Only a failed post can be retried');
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'reply.post_retried',
    entityType: 'review',
    entityId: reply.reviewId,
    detail: { replyId: reply.id },
  });
  return { state: 'approved' as const };
}
