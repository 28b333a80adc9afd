import { buildPatternIndex, matchPatternIndex } from './compile-patterns.ts';
import { type DefensiveRule, defensiveRules } from './defensive-rules.ts';
import { type NormalisedText, normaliseText, originalSpan } from './normalise-text.ts';
import type { Finding } from './types.ts';

const index = buildPatternIndex(defensiveRules.map((rule) => ({ key: rule, patterns: rule.patterns })));

const APOLOGY =
  /\b(?:sorry(?!,? but)|apologi[sz]e|apologies|our mistake|my mistake|we got (?:it|this) wrong)\b/;
const OWNED =
  /\b(?:but|and|yet) (?:we|i) (?:should have|still|own|chose|take|accept|are responsible)\b|\bstill (?:our|my) (?:job|responsibility|fault)\b|\bwe own\b|\b(?:that|it) is on us\b|\bour (?:mistake|responsibility)\b|\bno excuse\b/;

function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !'.!?'.includes(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !'.!?'.includes(text[to] ?? '')) to++;
  return text.slice(from, to);
}

function accept(n: NormalisedText, rule: DefensiveRule, start: number, end: number): boolean {
  if (!rule.unlessApologising && !rule.unlessOwned) return true;
  const sentence = sentenceAt(n.text, start, end);
  if (rule.unlessApologising && APOLOGY.test(sentence)) return false;
  return !(rule.unlessOwned && OWNED.test(sentence));
}

/**
 * Defensive, blaming, doubting, lecturing and sarcastic wording, found on normalised text so that case,
 * curly quotes and contractions do not matter. All advice: the owner decides.
 */
export function findDefensiveLanguage(text: string, n: NormalisedText = normaliseText(text)): Finding[] {
  if (text.length === 0) return [];
  const found: Finding[] = [];
  for (const m of matchPatternIndex(index, n.text)) {
    // Leading punctuation in a pattern only anchors it; the span starts at the words.
    const lead = /^[\s.!?;:,(]*/.exec(n.text.slice(m.start, m.end))?.[0].length ?? 0;
    const start = m.start + lead;
    if (m.end <= start || !accept(n, m.key, start, m.end)) continue;
    const span = originalSpan(n, start, m.end);
    if (span.end <= span.start) continue;
    const { rule, message, suggestion } = m.key;
    found.push({ rule, severity: 'advice', span, message, suggestion });
  }
  return found;
}
