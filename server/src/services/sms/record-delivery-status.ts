import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox, type SmsDeliveryStatus } from '../../db/schema/index.ts';

// Callbacks can arrive out of order (a `sent` after its `delivered`); a later stage is never overwritten by an earlier one.
const stage: Record<SmsDeliveryStatus, number> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  undelivered: 2,
  failed: 2,
};

export function isSmsDeliveryStatus(value: string): value is SmsDeliveryStatus {
  return Object.hasOwn(stage, value);
}

/** Apply the provider's status callback to the text with that SID. Returns false for an unknown SID. */
export async function recordSmsDeliveryStatus(
  db: Db,
  messageSid: string,
  status: SmsDeliveryStatus,
): Promise<boolean> {
  const [row] = await db
    .select({ orgId: outbox.orgId, id: outbox.id, deliveryStatus: outbox.deliveryStatus })
    .from(outbox)
    .where(eq(outbox.providerMessageId, messageSid));
  if (!row) return false;
  if (row.deliveryStatus && stage[row.deliveryStatus] > stage[status]) return true;
  await db
    .update(outbox)
    .set({ deliveryStatus: status, updatedAt: new Date() })
    .where(eq(outbox.providerMessageId, messageSid));
  return true;
}
