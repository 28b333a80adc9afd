import { checkContextFor, checkReply, type Finding } from '@rebound/shared';
import type { Triage } from '../triage/index.ts';
import type { BusinessProfile, Remedy } from './business-profile.ts';
import type { DraftReview } from './compose-draft.ts';
import { allowedRemedies } from './llm-prompt.ts';

export type AnswerVerdict = { findings: Finding[]; problems: string[] };

const MIN_WORDS = 40;
const MAX_WORDS = 160;

// A sentence that promises or proposes something, as opposed to one that recalls what happened.
const OFFER =
  /\b(?:I|we)(?:['’](?:ll|d|m happy)| will| would| can| could| am happy| are happy| want| offer)\b|\b(?:happy|glad) to\b|\boffer\b/i;
const REMEDY_WORDS: Partial<Record<Remedy['kind'], RegExp>> = {
  refund: /\b(?:refund\w*|money back|reimburse\w*)\b/i,
  replacement: /\b(?:replac\w*|a new one|another one)\b/i,
  discount:
    /\b(?:discount\w*|voucher\w*|gift card|credit|complimentary|on the house|\d+\s?% off|free (?:meal|dinner|lunch|drink|night|visit|stay|coffee|dessert))\b/i,
  redo: /\b(?:redo|re-do|do it again|fix it again|free of charge)\b/i,
};
const ADMISSION =
  /\b(?:(?:our|my) fault|this is on us|we (?:were|are) (?:wrong|responsible|to blame)|(?:take|accept) (?:full )?(?:responsibility|liability)|we (?:messed|screwed) up|negligen\w*|should never have happened|caused by (?:us|our))\b/i;
const PLACEHOLDER = /\[[^\]]{1,40}\]|\{[^}]{1,40}\}|<[^>]{1,40}>/;

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);
const quote = (text: string, f: Finding) => text.slice(f.span.start, f.span.end).slice(0, 60);

/** Remedies an answer proposes, by kind, read sentence by sentence so "sorry the refund was slow" is not an offer. */
function offeredKinds(text: string): Remedy['kind'][] {
  const kinds = new Set<Remedy['kind']>();
  for (const sentence of sentencesOf(text)) {
    if (!OFFER.test(sentence)) continue;
    for (const [kind, pattern] of Object.entries(REMEDY_WORDS)) {
      if (pattern.test(sentence)) kinds.add(kind as Remedy['kind']);
    }
  }
  return [...kinds];
}

function remedyProblems(text: string, review: DraftReview, triage: Triage, profile: BusinessProfile) {
  const allowed = new Set(allowedRemedies(review, triage, profile).map((r) => r.kind));
  const isIncident = triage.escalation.escalate || triage.situation.incidents.length > 0;
  const isHappy = (review.rating ?? 0) >= 4 || triage.label === 'positive';
  const spent = new Set(triage.situation.priorActions);
  return offeredKinds(text)
    .filter((kind) => !allowed.has(kind))
    .map((kind) => {
      if (isIncident) return `offers a ${kind} in a holding reply to an incident`;
      if (isHappy) return `offers a ${kind} on a ${review.rating ?? 'happy'}-star review`;
      if (profile.remedies.some((r) => r.kind === kind))
        return `offers a ${kind} again after ${[...spent].join(', ').replaceAll('_', ' ')}`;
      return `offers a ${kind}, which the business does not offer`;
    });
}

/**
 * Whether an LLM's reply may stand in for the composer's: the shared tone, safety and grounding check must find
 * nothing at all, and the situation rules (allowed remedies, no admission on incidents, length) must hold.
 */
export function checkLlmAnswer(
  text: string,
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
): AnswerVerdict {
  const findings = checkReply(text, checkContextFor(profile, review));
  const problems = findings.map((f) =>
    f.span.end > f.span.start ? `${f.rule} (“${quote(text, f)}”)` : f.rule,
  );
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  if (wordCount < MIN_WORDS || wordCount > MAX_WORDS) problems.push(`${wordCount} words (60–120 asked for)`);
  if (PLACEHOLDER.test(text)) problems.push('left a placeholder in brackets');
  const isIncident = triage.escalation.escalate || triage.situation.incidents.length > 0;
  const admission = isIncident ? ADMISSION.exec(text) : null;
  if (admission) problems.push(`admits fault on an incident (“${admission[0]}”)`);
  problems.push(...remedyProblems(text, review, triage, profile));
  return { findings, problems: [...new Set(problems)] };
}
