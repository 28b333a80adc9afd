import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type OutboxStatus, outbox } from '../../db/schema/index.ts';

export async function listOutbox(
  db: Db,
  orgId: string,
  filter: { status?: OutboxStatus | undefined; limit?: number | undefined },
) {
  const conds = [eq(outbox.orgId, orgId)];
  if (filter.status) conds.push(eq(outbox.status, filter.status));
  return db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      messageId: outbox.messageId,
      status: outbox.status,
      attempts: outbox.attempts,
      nextAttemptAt: outbox.nextAttemptAt,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(and(...conds))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(filter.limit ?? 200);
}

export async function countOutboxByStatus(db: Db, orgId: string) {
  const rows = await db
    .select({ status: outbox.status, count: sql<number>`count(*)::int` })
    .from(outbox)
    .where(eq(outbox.orgId, orgId))
    .groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.count])) as Partial<Record<OutboxStatus, number>>;
}
