import { and, eq } from 'drizzle-orm';
import { type OutboxStatus, outbox } from '../../db/schema/index.ts';
import { checkBeforeSend } from './check-before-send.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';
import type { DeliverDeps } from './deliver-message.ts';
import type { SendVerdict } from './send-policy.ts';

export const maxAttempts = 8;

/** Settle the row, only while this worker still holds it: a stale worker must not overwrite a takeover. */
export async function settle(
  deps: DeliverDeps,
  message: ClaimedMessage,
  patch: Partial<typeof outbox.$inferInsert>,
) {
  const rows = await deps.db
    .update(outbox)
    .set({ ...patch, leaseOwner: null, leaseExpiresAt: null, updatedAt: new Date() })
    .where(
      and(eq(outbox.orgId, message.orgId), eq(outbox.id, message.id), eq(outbox.leaseOwner, deps.worker)),
    )
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** The verdict given with the claimed batch, or the message's policy asked for it alone. */
export async function verdictFor(
  deps: DeliverDeps,
  message: ClaimedMessage,
  given: SendVerdict | undefined,
): Promise<SendVerdict> {
  if (given) return given;
  const verdicts = await checkBeforeSend(deps.db, deps.policies, [message], new Date());
  return verdicts.get(message.id) ?? { send: true };
}

/** Tells the message's policy how it ended, after the row was settled. */
export async function reportOutcome(
  deps: DeliverDeps,
  message: ClaimedMessage,
  status: OutboxStatus,
  detail: string,
): Promise<void> {
  const policy = deps.policies[message.kind];
  if (!policy?.afterOutcome) return;
  const outcome = { message, status, detail };
  await (deps.recordOutcome ? deps.recordOutcome(outcome) : policy.afterOutcome(deps.db, [outcome]));
}

/** Queued again for `at`; a wait the policy asked for (`countsAsAttempt` false) does not use up an attempt. */
export async function retryLater(
  deps: DeliverDeps,
  message: ClaimedMessage,
  lastError: string,
  at: Date,
  countsAsAttempt: boolean,
): Promise<'queued'> {
  await settle(deps, message, {
    status: 'queued',
    lastError,
    nextAttemptAt: at,
    attempts: countsAsAttempt ? message.attempts : message.attempts - 1,
  });
  return 'queued';
}

export const interruptedNote = 'Resent: an earlier attempt was interrupted before its outcome was recorded';
