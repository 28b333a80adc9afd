import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';

export async function loadReply(db: Db, orgId: string, replyId: string) {
  const [row] = await db
    .select({ id: replies.id, reviewId: replies.reviewId, state: replies.state })
    .from(replies)
    .where(and(eq(replies.orgId, orgId), eq(replies.id, replyId)));
  if (!row) throw notFound('Reply');
  return row;
}
