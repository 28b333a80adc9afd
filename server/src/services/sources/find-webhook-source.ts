import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';

export type WebhookSource = typeof sources.$inferSelect;

/**
 * The webhook source a push is addressed to. Looked up by id alone: the sender knows no organization,
 * and the signature (keyed per source) is what proves the push belongs to this one.
 */
export async function findWebhookSource(db: Db, sourceId: string): Promise<WebhookSource | null> {
  if (!z.uuid().safeParse(sourceId).success) return null;
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.kind, 'webhook')));
  return row ?? null;
}
