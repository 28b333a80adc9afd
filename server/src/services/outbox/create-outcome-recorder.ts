import type { Db } from '../../db/client.ts';
import { groupByKind } from './group-by-kind.ts';
import { batchPerTurn } from './per-turn.ts';
import type { SendOutcome, SendPolicies } from './send-policy.ts';

/** Tells a message's policy what became of it; resolves once the policy has recorded it. */
export type RecordOutcome = (outcome: SendOutcome) => Promise<void>;

/**
 * Hands each policy the outcomes settled in the same turn of the event loop together, so replies that the
 * sent recorder marked in one UPDATE also reach their policy in one call (one statement) per kind.
 */
export function createOutcomeRecorder(db: Db, policies: SendPolicies): RecordOutcome {
  return batchPerTurn(async (outcomes: SendOutcome[]) => {
    for (const [kind, group] of groupByKind(outcomes, (o) => o.message.kind))
      await policies[kind]?.afterOutcome?.(db, group);
    return () => undefined;
  });
}
