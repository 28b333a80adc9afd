import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox, type SmsDeliveryStatus } from '../../db/schema/index.ts';
import { stage } from './delivery-stages.ts';

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
