import type { Finding, PhraseRule } from './types.ts';

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])(?:';
const EDGE_AFTER = ')(?![\\p{L}\\p{N}])';

/**
 * One alternation for all of a rule's word patterns, with the shared whole-word edges tested once per position
 * rather than once per pattern.
 */
export function combineWordPatterns(patterns: RegExp[]): RegExp {
  const inner = patterns.map((p) =>
    p.source.startsWith(EDGE_BEFORE) && p.source.endsWith(EDGE_AFTER)
      ? p.source.slice(EDGE_BEFORE.length, -EDGE_AFTER.length)
      : null,
  );
  if (inner.some((s) => s === null)) {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'giu');
  }
  return new RegExp(`${EDGE_BEFORE}${inner.map((s) => `(?:${s})`).join('|')}${EDGE_AFTER}`, 'giu');
}

/** Runs a rule's patterns over the text; patterns must carry the `g` flag. */
export function findPhraseMatches(text: string, rule: PhraseRule, combined?: RegExp): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of combined ? [combined] : rule.patterns) {
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
