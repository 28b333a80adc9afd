import type { IncidentKind } from '@rebound/shared';
import { describesDeath } from '../triage/situation/incidents.ts';
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
  // Whoever fell ill: the reviewer often writes of a partner or a child.
  food_poisoning: 'the illness you describe after the meal',
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

// What the reviewer actually describes, read from the words the incident was found in: smoke is not a fire, and a
// device running hot is neither. Checked in order; the first that fits names the incident.
const AS_TOLD: ReadonlyArray<readonly [IncidentKind, RegExp, string, boolean]> = [
  ['fire_smoke', /\b(?:fire|flames?|burst|blew up|exploded)\b/i, 'the fire you describe', true],
  ['fire_smoke', /\bspark/i, 'the sparking you describe', true],
  ['fire_smoke', /\bmelt/i, 'the melting you describe', true],
  ['fire_smoke', /\bsmell|\bburning\b/i, 'the burning smell you describe', false],
  ['fire_smoke', /\bsmok/i, 'the smoke you describe', false],
  ['injury', /\bshocks?\b|electrocut/i, 'the electric shocks you describe', true],
  [
    'security',
    /\bst(?:ole|olen|eal\w*)\b|\btheft|\bthie(?:f|ves)\b|\b(?:was|were|got) taken\b/i,
    'the theft you describe',
    false,
  ],
  ['pests', /\bbed ?bugs?\b/i, 'the bed bugs you describe', false],
  ['pests', /\b(?:cock)?roach(?:es)?\b/i, 'the cockroaches you describe', false],
  ['pests', /\b(?:mice|mouse|rats?|rodents?)\b/i, 'the rodents you describe', false],
  ['pests', /\bants\b/i, 'the ants you describe', false],
  ['pests', /\bbites?\b|\bbitten\b/i, 'the bites you describe', true],
  ['equipment_failure_risk', /\bbrakes?\b/i, 'the brake trouble you describe', true],
  ['equipment_failure_risk', /\bsteering\b/i, 'the steering trouble you describe', true],
  ['equipment_failure_risk', /\bhot\b|overheat/i, 'the overheating you describe', false],
  [
    'equipment_failure_risk',
    /safety|negligen|at risk|in danger|unsafe|dangerous|fatal|deadly|\bkill/i,
    'the danger you describe',
    false,
  ],
];

/** The first at-risk incident, in the reviewer's terms where its wording allows, and whether someone was hurt. */
function incidentAsTold(w: Writer): { kind: IncidentKind; words: string | null; hurt: boolean } | null {
  const kind = w.situation.incidents.find(isPersonAtRisk);
  if (!kind) return null;
  const said = w.situation.evidence.map((e) => e.text).join(' | ');
  const told = AS_TOLD.find(([k, pattern]) => k === kind && pattern.test(said));
  const hurt = told ? told[3] : !UNHURT.has(kind);
  if (!w.canQuote || w.profile.regulated) return { kind, words: 'what you describe', hurt };
  const item = w.situation.confidence === 'high' ? cleanPhrase(w.situation.item) : null;
  if (item && ITEM_INCIDENTS.has(kind)) return { kind, words: `what happened with ${item}`, hurt };
  return { kind, words: told?.[2] ?? INCIDENT_WORDS[kind] ?? 'what you describe', hurt };
}

// Other ways to end the incident's name than "you describe", so a page of holding replies does not share one frame.
// "In your review" only closes the phrase: "the illness in your review after the meal" would not read.
// None ends on "about", which the concern often opens with ("reading about the pests you write about").
const TOLD_TAILS = [' you describe', ' you mention', ' you report', ' in your review'];

/** The incident's words with the first ending the business's latest replies did not use, "you describe" first. */
function varyTail(w: Writer, words: string): string {
  if (!words.includes(' you describe') || words === 'what you describe') return words;
  const fits = TOLD_TAILS.filter((tail) => tail !== ' in your review' || words.endsWith(' you describe'));
  const unused = fits.find((tail) => w.usedInLatest(12, (reply) => reply.includes(`${tail}`)) === 0);
  const tail = unused ?? w.pickBy(fits, 'incident-tail', (option, reply) => reply.includes(option));
  return words.replace(' you describe', tail);
}

// Someone besides the reviewer in the sentence the incident was found in: a partner, a child, a friend, "we".
const OTHERS =
  /\b(?:we|us|our|both|all of us|each of us|together|everyone|everybody|(?:my|our|the) (?:wife|husband|son|sons|daughter|daughters|kids?|children|child|family|friends?|partner|boyfriend|girlfriend|mom|mum|dad|mother|father|baby|babies|grandson|granddaughter|sister|brother|guests?|party|group|dog|cat))\b/i;
const REVIEWER = /\b(?:I|me|my)\b/;

/** The sentence of the review the evidence was found in, or the evidence alone where the review is not at hand. */
function sentenceOf(
  evidence: { text: string; start: number },
  reviewText: string | undefined,
): string | null {
  if (reviewText === undefined) return evidence.start === 0 ? evidence.text : null;
  const before = reviewText.slice(0, evidence.start);
  const from = Math.max(...['.', '!', '?', '\n'].map((stop) => before.lastIndexOf(stop))) + 1;
  const after = reviewText.slice(evidence.start).search(/[.!?\n]/);
  return reviewText.slice(from, after < 0 ? undefined : evidence.start + after);
}

/**
 * Whether the reviewer alone was hurt: they speak of themselves where the incident is told, and of nobody else.
 * Without the review's sentence to read, only an incident told at its very start ("I slipped…") is sure enough;
 * anything unsure asks after everyone, as a partner or a child is often the one hurt.
 */
function hurtAlone(w: Writer, reviewText: string | undefined): boolean {
  const sentences = w.situation.evidence.map((e) => sentenceOf(e, reviewText));
  if (sentences.length === 0 || sentences.some((s) => s === null)) return false;
  const said = sentences.join(' | ');
  return REVIEWER.test(said) && !OTHERS.test(said);
}

/** The incident that put a person at risk, in neutral words; null when there is none. */
function incidentWords(w: Writer): string | null {
  return incidentAsTold(w)?.words ?? null;
}

// A death, of a person or a pet, is met with condolence first: never with "disappointed" or "settle this".
const CONDOLENCE = [
  'I am so sorry for your loss.',
  'I am truly sorry for your loss, and for how hard these days must have been.',
];
const CONDOLENCE_CONCERN = [
  'I take what you describe very seriously and want to understand exactly what happened.',
  'What you describe matters a great deal to me, and I want to go through it with you properly.',
];

function concernSentence(w: Writer, reasons: readonly string[], reviewText: string | undefined): string {
  const incidents = w.situation.incidents;
  const told = incidentAsTold(w);
  if (told?.words) {
    const pool = !told.hurt
      ? t.holdingConcernUnhurt
      : hurtAlone(w, reviewText)
        ? t.holdingConcernOne
        : t.holdingConcern;
    return w.say(w.pick(pool, 'concern'), { p: varyTail(w, told.words) });
  }
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
export function holdingParts(
  w: Writer,
  reasons: readonly string[],
  promises: DraftPromise[],
  reviewText?: string,
): Part[] {
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
  const died = w.situation.evidence.some((e) => describesDeath(e.text));
  const opening = died ? w.say(w.pick(CONDOLENCE, 'thanks')) : w.say(w.pick(t.holdingOpen, 'thanks'));
  const concern = died
    ? w.say(w.pick(CONDOLENCE_CONCERN, 'concern'))
    : concernSentence(w, reasons, reviewText);
  const invite = w.say(w.pick(w.firstPerson ? t.holdingInvite : t.holdingInviteThirdPerson, 'invite'));
  // A concern that already says it will be looked into is not followed by a promise to look into it.
  const lookedInto = /\blook(?:ing)? into\b/i.test(concern);
  const promiseLines = t.holdingPromise.filter((p) => !(lookedInto && /\blook(?:ing)? into\b/i.test(p)));
  const promise = w.say(w.pick(promiseLines, 'promise'), { within: withinWords(HOLDING_REVIEW_HOURS) });
  const privacy = w.profile.regulated ? w.pick(t.regulatedPrivacy, 'privacy') : '';
  return [part(`${opening} ${concern}`), part(privacy), part(invite), part(promise, true)].filter(
    (p) => p.text.length > 0,
  );
}
