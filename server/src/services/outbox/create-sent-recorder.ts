import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';
import { batchPerTurn } from './per-turn.ts';

/** Marks one e-mail sent; resolves false when this worker no longer held it (a takeover won). */
export type RecordSent = (message: Pick<ClaimedMessage, 'orgId' | 'id'>) => Promise<boolean>;

// The body goes once sent (its links carry the feedback token): the SQL twin of `redactStoredMail`.
const redactedPayload = sql`(${outbox.payload} - 'listUnsubscribeUrl') || '{"text":"","html":""}'::jsonb`;

/**
 * Records `sent` for every e-mail whose server reply arrived in the same turn of the event loop, in one
 * UPDATE instead of one each. No flush waits for another, so a message's in-doubt window stays one reply
 * plus one UPDATE (docs/decisions/031); with many connections busy, many replies share that UPDATE.
 */
export function createSentRecorder(db: Db, worker: string): RecordSent {
  return batchPerTurn(async (batch: Array<Pick<ClaimedMessage, 'orgId' | 'id'>>) => {
    const now = new Date();
    const rows = await db
      .update(outbox)
      .set({
        status: 'sent',
        sentAt: now,
        lastError: null,
        payload: redactedPayload,
        leaseOwner: null,
        leaseExpiresAt: null,
        updatedAt: now,
      })
      .where(
        and(
          inArray(outbox.orgId, [...new Set(batch.map((m) => m.orgId))]),
          inArray(
            outbox.id,
            batch.map((m) => m.id),
          ),
          eq(outbox.leaseOwner, worker),
        ),
      )
      .returning({ id: outbox.id });
    const held = new Set(rows.map((r) => r.id));
    return (message) => held.has(message.id);
  });
}
