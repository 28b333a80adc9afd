import type { IncidentKind } from '@rebound/shared';
import { withinWords } from './choose-remedy.ts';
import type { DraftPromise } from './compose-draft.ts';
import { cleanPhrase } from './phrase-problem.ts';
import * as t from './templates.ts';
import { type Part, part, type Writer } from './writer.ts';

/** How long the named contact takes to look at an escalated review personally. */
export const HOLDING_REVIEW_HOURS = 24;

// The incident in neutral words: what the reviewer describes, never what we did.
const INCIDENT_WORDS: Partial<Record<IncidentKind, string>> = {
  injury: 'the injury you describe',
  burn: 'the burn you describe',
  fire_smoke: 'the smoke and fire you describe',
  fumes: 'the fumes you describe',
  shattered_glass: 'the glass shattering',
  food_poisoning: 'you being unwell after your meal',
  allergen: 'the allergic reaction you describe',
  equipment_failure_risk: 'the failure you describe',
  security: 'the security problems you describe',
  food_safety: 'the out-of-date food you found',
  patient_safety: 'what you describe',
  pests: 'the pests you describe',
  hygiene: 'the hygiene problems you describe',
};
// Incidents in which nobody was hurt (a door that would not lock, pests seen, out-of-date stock): no asking after them.
const UNHURT: ReadonlySet<IncidentKind> = new Set(['security', 'food_safety', 'pests', 'hygiene']);
// Incidents where the item itself is the neutral name ("what happened with the brakes").
const ITEM_INCIDENTS: ReadonlySet<IncidentKind> = new Set([
  'injury',
  'burn',
  'fire_smoke',
  'fumes',
  'shattered_glass',
  'equipment_failure_risk',
]);
// Every incident with neutral words above put a person at risk; the reply asks after them.
const isPersonAtRisk = (kind: IncidentKind): boolean => INCIDENT_WORDS[kind] !== undefined;
const TREATMENT: ReadonlySet<IncidentKind> = new Set(['discrimination', 'abuse', 'harassment']);

/** The incident that put a person at risk, in neutral words; null when there is none. */
function incidentWords(w: Writer): string | null {
  const atRisk = w.situation.incidents.find(isPersonAtRisk);
  if (!atRisk) return null;
  if (!w.canQuote || w.profile.regulated) return 'what you describe';
  const item = w.situation.confidence === 'high' ? cleanPhrase(w.situation.item) : null;
  if (item && ITEM_INCIDENTS.has(atRisk)) return `what happened with ${item}`;
  return INCIDENT_WORDS[atRisk] ?? 'what you describe';
}

function concernSentence(w: Writer, reasons: readonly string[]): string {
  const incidents = w.situation.incidents;
  const named = incidentWords(w);
  const first = incidents.find(isPersonAtRisk);
  const hurt = first !== undefined && !UNHURT.has(first);
  if (named) return w.say(w.pick(hurt ? t.holdingConcern : t.holdingConcernUnhurt, 'concern'), { p: named });
  if (incidents.some((k) => TREATMENT.has(k)) || reasons.includes('discrimination'))
    return w.say(w.pick(t.holdingTreatment, 'concern'));
  if (reasons.includes('safety') || reasons.includes('health'))
    return w.say(w.pick(t.holdingConcernUnhurt, 'concern'), { p: 'what you describe' });
  return w.say(w.pick(t.holdingSerious, 'concern'));
}

/**
 * The holding reply for a safety, health, legal or discrimination matter: names what happened neutrally, shows
 * concern for the person, asks them to get in touch privately and soon, admits no fault and offers nothing.
 */
export function holdingParts(w: Writer, reasons: readonly string[], promises: DraftPromise[]): Part[] {
  const happy = w.situation.stance === 'happy' || w.situation.stance === 'happy_with_quibble';
  promises.push({
    description: `${w.profile.contactName} reviews the escalated review personally`,
    dueInHours: HOLDING_REVIEW_HOURS,
  });
  if (happy) {
    const thanks = w.say(w.pick(t.thanksGeneric, 'thanks'));
    const ask = w.say(w.pick(t.holdingHappy, 'invite'), { p: incidentWords(w) ?? 'what you mention' });
    return [part(thanks), part(ask)];
  }
  const opening = w.say(w.pick(t.holdingOpen, 'thanks'));
  const invite = w.say(w.pick(w.firstPerson ? t.holdingInvite : t.holdingInviteThirdPerson, 'invite'));
  const promise = w.say(w.pick(t.holdingPromise, 'promise'), { within: withinWords(HOLDING_REVIEW_HOURS) });
  const privacy = w.profile.regulated ? w.pick(t.regulatedPrivacy, 'privacy') : '';
  return [
    part(`${opening} ${concernSentence(w, reasons)}`),
    part(privacy),
    part(invite),
    part(promise, true),
  ].filter((p) => p.text.length > 0);
}
