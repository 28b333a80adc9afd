import type { IncidentKind, Situation } from '@rebound/shared';

/** Why a review is escalated: an incident it describes (see `incidentLabels` in shared for the words to show). */
export type EscalationReason = IncidentKind;
export type Escalation = { escalate: boolean; reasons: EscalationReason[] };

/**
 * Escalation follows the incidents read from the review, whatever the rating: a happy guest who mentions a burn in
 * passing still needs a private follow-up. Ordinary complaints, however angry, are not escalated.
 */
export function escalationOf(situation: Pick<Situation, 'incidents'>): Escalation {
  return { escalate: situation.incidents.length > 0, reasons: [...situation.incidents] };
}

/**
 * True when at least `rule.count` negative reviews fall within the `rule.hours` before `now` (inclusive of now).
 * Reviews dated after `now` or invalid dates are ignored.
 */
export function detectSpike(
  negativeTimes: Date[],
  rule: { count: number; hours: number },
  now: Date,
): boolean {
  if (rule.count <= 0) return true;
  const end = now.getTime();
  const start = end - rule.hours * 3_600_000;
  let inWindow = 0;
  for (const time of negativeTimes) {
    const t = time.getTime();
    if (Number.isFinite(t) && t > start && t <= end) inWindow++;
    if (inWindow >= rule.count) return true;
  }
  return false;
}
