import type { Db } from '../../db/client.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import { enqueueEmails } from './enqueue-emails.ts';

export type EnqueueOptions = {
  /** Unique per organization: enqueueing the same key twice yields one message. */
  idempotencyKey: string;
  /** feedback, alert, digest, test, ...: picks the checks made just before sending. */
  kind: string;
  refId?: string | null;
  /** Not sent before this moment (schedules and send-rate spacing). */
  notBefore?: Date;
  /** Pre-chosen row id, for callers that link to the row in the same transaction. */
  id?: string;
};

export type EnqueuedEmail = { id: string; isNew: boolean };

/**
 * Put a built message in the transactional outbox. Call it inside the caller's transaction and the message
 * exists exactly when the caller's own change does; the outbox worker sends it afterwards.
 */
export async function enqueueEmail(
  db: Db,
  orgId: string,
  mail: OutgoingMail,
  opts: EnqueueOptions,
): Promise<EnqueuedEmail> {
  const [first] = await enqueueEmails(db, orgId, [{ mail, opts }]);
  if (!first) throw new Error('enqueue returned no row');
  return first;
}
