import { findCompensationOffer } from './compensation.ts';
import { findDefensiveLanguage } from './defensive-language.ts';
import { combineWordPatterns, findPhraseMatches } from './find-matches.ts';
import { findUngrounded } from './grounding.ts';
import { normaliseText } from './normalise-text.ts';
import { findPersonalData } from './personal-data.ts';
import { phraseRules } from './phrase-rules.ts';
import { findShouting } from './shouting.ts';
import { findMissingParts } from './structure.ts';
import { findDefensiveTone } from './tone-model.ts';
import type { CheckContext, Finding } from './types.ts';

export { type CheckedBusiness, type CheckedReview, checkContextFor } from './context.ts';
export type { CheckContext, Finding, Severity } from './types.ts';

const combined = new Map(phraseRules.map((rule) => [rule, combineWordPatterns(rule.patterns)]));

/**
 * Checks a reply before it is posted: tone (defensive, excuses, sarcasm, arguing, shouting, missing parts) as advice,
 * and what must never be posted (personal data, patient/client confirmation, liability, review incentives, hostility)
 * as blocking; given the review, also details the review does not support (grounding) and, under a 4–5 star
 * review, a reward offered in public (compensation), both as advice. Pure and synchronous so the editor can run it
 * on every keystroke.
 */
export function checkReply(text: string, ctx: CheckContext = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of phraseRules) {
    if (rule.onlyWhenRegulated && !ctx.regulated) continue;
    findings.push(...findPhraseMatches(text, rule, combined.get(rule)));
  }
  const normalised = normaliseText(text);
  // Words already marked keep their first mark: the wider patterns only add what no other rule has seen.
  for (const f of [...findDefensiveLanguage(text, normalised), ...findDefensiveTone(normalised)]) {
    if (!findings.some((m) => m.span.start < f.span.end && f.span.start < m.span.end)) findings.push(f);
  }
  findings.push(
    ...findPersonalData(text, ctx),
    ...findShouting(text),
    ...findMissingParts(text, ctx),
    ...findCompensationOffer(text, ctx, normalised),
    ...findUngrounded(text, ctx, normalised),
  );
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export function hasBlocking(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}
