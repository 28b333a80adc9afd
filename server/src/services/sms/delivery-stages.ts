import type { SmsDeliveryStatus } from '../../db/schema/index.ts';

// Callbacks can arrive out of order (a `sent` after its `delivered`); a later stage is never overwritten by an earlier one.
export const stage: Record<SmsDeliveryStatus, number> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  undelivered: 2,
  failed: 2,
};

export function isSmsDeliveryStatus(value: string): value is SmsDeliveryStatus {
  return Object.hasOwn(stage, value);
}
