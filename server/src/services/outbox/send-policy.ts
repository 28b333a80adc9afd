import type { Db } from '../../db/client.ts';
import type { OutboxStatus } from '../../db/schema/index.ts';
import type { ClaimedMessage } from './claim-outbox.ts';

/** `retryAt`: not now but later (a text in the client's quiet hours); the wait is not a failed attempt. */
export type SendVerdict = { send: true } | { send: false; reason: string; retryAt?: Date };

/**
 * Rules a kind of message adds around the send. `beforeSend` runs at send time, after the claim, so a
 * suppression or a frequency cap that changed since enqueueing still wins.
 */
export type SendPolicy = {
  beforeSend?(db: Db, message: ClaimedMessage, now: Date): Promise<SendVerdict>;
  afterOutcome?(db: Db, message: ClaimedMessage, status: OutboxStatus, detail: string): Promise<void>;
};

export type SendPolicies = Record<string, SendPolicy>;
