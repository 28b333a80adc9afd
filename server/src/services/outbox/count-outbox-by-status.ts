import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type OutboxStatus, outbox } from '../../db/schema/index.ts';

export async function countOutboxByStatus(db: Db, orgId: string) {
  const rows = await db
    .select({ status: outbox.status, count: sql<number>`count(*)::int` })
    .from(outbox)
    .where(eq(outbox.orgId, orgId))
    .groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.count])) as Partial<Record<OutboxStatus, number>>;
}
