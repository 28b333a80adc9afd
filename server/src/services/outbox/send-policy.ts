import type { Db } from '../../db/client.ts';
import type { OutboxStatus } from '../../db/schema/index.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';

/** `retryAt`: not now but later (a text in the client's quiet hours); the wait is not a failed attempt. */
export type SendVerdict = { send: true } | { send: false; reason: string; retryAt?: Date };

/** What became of one message, as its policy is told after the row was settled. */
export type SendOutcome = { message: ClaimedMessage; status: OutboxStatus; detail: string };

/**
 * Rules a kind of message adds around the send, each given many messages at once so it can answer in one
 * statement. `beforeSend` runs after the claim, for the whole claimed batch, shortly before the sends, so a
 * suppression or a frequency cap that changed since enqueueing still wins; a message it leaves out of its
 * answer may be sent. `afterOutcome` gets the outcomes settled in the same turn of the event loop together.
 */
export type SendPolicy = {
  beforeSend?(
    db: Db,
    messages: readonly ClaimedMessage[],
    now: Date,
  ): Promise<ReadonlyMap<string, SendVerdict>>;
  afterOutcome?(db: Db, outcomes: readonly SendOutcome[]): Promise<void>;
};

export type SendPolicies = Record<string, SendPolicy>;
