import type { Db } from '../../db/client.ts';
import type { ClaimedMessage } from './claim-due-messages.ts';
import { groupByKind } from './group-by-kind.ts';
import type { SendPolicies, SendVerdict } from './send-policy.ts';

/**
 * The send-time verdicts for claimed messages: one call per kind present, so a policy checks a whole
 * claimed batch in one statement. A message without a verdict may be sent.
 */
export async function checkBeforeSend(
  db: Db,
  policies: SendPolicies,
  messages: readonly ClaimedMessage[],
  now: Date,
): Promise<Map<string, SendVerdict>> {
  const verdicts = new Map<string, SendVerdict>();
  for (const [kind, group] of groupByKind(messages, (m) => m.kind)) {
    const policy = policies[kind];
    if (!policy?.beforeSend) continue;
    for (const [id, verdict] of await policy.beforeSend(db, group, now)) verdicts.set(id, verdict);
  }
  return verdicts;
}
