import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, reviews } from '../../db/schema/index.ts';
import type { AscResponse } from '../../sources/app-store-connect/client.ts';

/**
 * Apple checks a response before it shows it: a posted reply stays PENDING_PUBLISH until a later listing sees
 * it PUBLISHED. Only replies still pending are looked at, so a poll of thousands of reviews costs one query.
 */
export async function refreshResponseStates(
  db: Db,
  source: { orgId: string; id: string },
  responses: Map<string, AscResponse>,
): Promise<number> {
  const pending = await db
    .select({ id: replies.id, externalId: reviews.externalId })
    .from(replies)
    .innerJoin(reviews, and(eq(reviews.orgId, replies.orgId), eq(reviews.id, replies.reviewId)))
    .where(
      and(
        eq(replies.orgId, source.orgId),
        eq(reviews.sourceId, source.id),
        eq(replies.state, 'posted'),
        sql`${replies.meta}->>'platformState' = 'PENDING_PUBLISH'`,
      ),
    );
  const published = pending.filter(
    (p) => p.externalId !== null && responses.get(p.externalId)?.state === 'PUBLISHED',
  );
  if (!published.length) return 0;
  await db
    .update(replies)
    .set({ meta: sql`${replies.meta} || '{"platformState":"PUBLISHED"}'::jsonb` })
    .where(
      and(
        eq(replies.orgId, source.orgId),
        inArray(
          replies.id,
          published.map((p) => p.id),
        ),
      ),
    );
  return published.length;
}
