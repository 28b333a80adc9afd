import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import type { EnqueuedEmail, EnqueueOptions } from './enqueue-email.ts';
import { toStoredMail } from './stored-mail.ts';

/** Many messages in few statements (a campaign launch); same guarantees as `enqueueEmail`, order kept. */
export async function enqueueEmails(
  db: Db,
  orgId: string,
  items: ReadonlyArray<{ mail: OutgoingMail; opts: EnqueueOptions }>,
): Promise<EnqueuedEmail[]> {
  const now = new Date();
  const results: EnqueuedEmail[] = [];
  for (let start = 0; start < items.length; start += 200) {
    const chunk = items.slice(start, start + 200);
    const rows = chunk.map(({ mail, opts }) => ({
      orgId,
      id: opts.id ?? randomUUID(),
      idempotencyKey: opts.idempotencyKey,
      kind: opts.kind,
      refId: opts.refId ?? null,
      toAddress: mail.to.address.toLowerCase(),
      subject: mail.subject,
      messageId: mail.messageId,
      nextAttemptAt: opts.notBefore ?? now,
      payload: toStoredMail(mail, now),
    }));
    const inserted = await db
      .insert(outbox)
      .values(rows)
      .onConflictDoNothing({ target: [outbox.orgId, outbox.idempotencyKey] })
      .returning({ id: outbox.id, key: outbox.idempotencyKey });
    const insertedKeys = new Map(inserted.map((r) => [r.key, r.id]));
    const missing = rows.filter((r) => !insertedKeys.has(r.idempotencyKey)).map((r) => r.idempotencyKey);
    const existing = missing.length
      ? await db
          .select({ id: outbox.id, key: outbox.idempotencyKey })
          .from(outbox)
          .where(and(eq(outbox.orgId, orgId), inArray(outbox.idempotencyKey, missing)))
      : [];
    const existingKeys = new Map(existing.map((r) => [r.key, r.id]));
    for (const row of rows) {
      const newId = insertedKeys.get(row.idempotencyKey);
      const oldId = existingKeys.get(row.idempotencyKey);
      if (newId) results.push({ id: newId, isNew: true });
      else if (oldId) results.push({ id: oldId, isNew: false });
    }
  }
  return results;
}
