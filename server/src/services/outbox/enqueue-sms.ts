import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';

export type SmsToEnqueue = {
  to: string;
  body: string;
  /** Unique per organization, as for e-mail: enqueueing the same key twice yields one text. */
  idempotencyKey: string;
  kind: string;
  refId?: string | null;
  notBefore?: Date;
};

/** Put texts in the transactional outbox, in the caller's transaction; the outbox worker sends them. */
export async function enqueueSms(db: Db, orgId: string, items: ReadonlyArray<SmsToEnqueue>): Promise<number> {
  const now = new Date();
  let inserted = 0;
  for (let start = 0; start < items.length; start += 200) {
    const rows = await db
      .insert(outbox)
      .values(
        items.slice(start, start + 200).map((sms) => ({
          orgId,
          id: randomUUID(),
          idempotencyKey: sms.idempotencyKey,
          kind: sms.kind,
          channel: 'sms' as const,
          refId: sms.refId ?? null,
          toAddress: sms.to,
          subject: '',
          messageId: sms.idempotencyKey,
          nextAttemptAt: sms.notBefore ?? now,
          payload: { to: sms.to, body: sms.body, date: now.toISOString() },
        })),
      )
      .onConflictDoNothing({ target: [outbox.orgId, outbox.idempotencyKey] })
      .returning({ id: outbox.id });
    inserted += rows.length;
  }
  return inserted;
}
