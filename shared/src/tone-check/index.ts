import { findPhraseMatches } from './find-matches.ts';
import { findPersonalData } from './personal-data.ts';
import { phraseRules } from './phrase-rules.ts';
import { findShouting } from './shouting.ts';
import { findMissingParts } from './structure.ts';
import type { CheckContext, Finding } from './types.ts';

export type { CheckContext, Finding, Severity } from './types.ts';

/**
 * Checks a reply before it is posted: tone (defensive, excuses, sarcasm, arguing, shouting, missing parts) as advice,
 * and what must never be posted (personal data, patient/client confirmation, liability, review incentives, hostility)
 * as blocking. Pure and synchronous so the editor can run it on every keystroke.
 */
export function checkReply(text: string, ctx: CheckContext = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of phraseRules) {
    if (rule.onlyWhenRegulated && !ctx.regulated) continue;
    findings.push(...findPhraseMatches(text, rule));
  }
  findings.push(...findPersonalData(text, ctx), ...findShouting(text), ...findMissingParts(text, ctx));
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export function hasBlocking(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}
