import { and, desc, eq } from 'drizzle-orm';
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
