import type { Finding, PhraseRule } from './types.ts';

/** Runs every pattern of a rule over the text; patterns must carry the `g` flag. */
export function findPhraseMatches(text: string, rule: PhraseRule): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      findings.push({
        rule: rule.rule,
        severity: rule.severity,
        span: { start, end: start + match[0].length },
        message: rule.message,
        suggestion: rule.suggestion,
      });
    }
  }
  return findings;
}

/** Builds a case-insensitive, unicode-aware global regex that only matches whole words at its edges. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}
