import type { Db } from '../../db/client.ts';
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

export function groupByKind<T>(items: readonly T[], kindOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const kind = kindOf(item);
    const group = groups.get(kind);
    if (group) group.push(item);
    else groups.set(kind, [item]);
  }
  return groups;
}
