import QuickLRU from 'quick-lru';
import { analyzeText } from '../analyze-text.ts';
import { type Sentence, splitSentences } from './sentences.ts';

export type ScoredClause = Sentence & { score: number };

// Praise and criticism often share a sentence ("the pasta was lovely but the wait was an hour"); they are weighed apart.
const CONTRAST =
  /\s*(?:,\s*)?\b(?:but|however|although|though|except|yet|sadly|unfortunately|whereas|while)\b\s*/giu;

const HAS_CONTRAST = new RegExp(CONTRAST.source, 'iu');

// What the reviewer wishes they had done ("I wish I had waited", "I should have read the reviews") or advises others
// to do ("you might want to wait") is no criticism of the business: such a clause weighs as neutral.
const OWN_CHOICE =
  /^(?:(?:and|so|honestly|frankly|in hindsight|looking back),?\s+)?(?:i|we) (?:really |truly |just )?(?:wish (?:i|we)\b|should(?:'ve| have)\b|shouldn't have\b)|\byou (?:might|may|will|would) (?:also )?want to\b/i;
// Praise said through a negative ("never had a single issue with the staff") is no criticism either.
const NO_TROUBLE =
  /\b(?:never (?:had|once had|have had|experienced|ran into) (?:a |any |one )?(?:single )?(?:issue|problem|complaint|bad \w+)s?|(?:no|zero) (?:issues|problems|complaints)|not (?:a|one) (?:single )?(?:issue|problem|complaint))\b/i;
// Nor is the price of what others sell ("stay away from those high priced others", "those pricey phones").
const OTHERS_PRICE =
  /\b(?:those|the other|other) (?:\w+ )?(?:pricey|expensive|overpriced|high[- ]priced|costly)\b|\b(?:pricey|expensive|overpriced|high[- ]priced|costly) (?:ones|others|brands?|models?|alternatives|competitors)\b/i;
const weigh = (text: string, score: number): number =>
  score < 0 && (OWN_CHOICE.test(text.trim()) || NO_TROUBLE.test(text) || OTHERS_PRICE.test(text)) ? 0 : score;

const recentScores = new QuickLRU<string, ScoredClause[]>({ maxSize: 8 });

/** Every clause of a text scored on its own, the most critical first: what a reply reads the grievance from. */
export function criticalClauses(text: string): ScoredClause[] {
  // A reply is often worded a few times for one review: the scores of the latest few texts are kept.
  const known = recentScores.get(text);
  if (known) return known;
  const scored = scoreAll(text);
  recentScores.set(text, scored);
  return scored;
}

function scoreAll(text: string): ScoredClause[] {
  return scoreClauses(splitSentences(text.replace(/’/g, "'")), (s) => analyzeText(s.text).score).sort(
    (a, b) => a.score - b.score,
  );
}

/** Each sentence cut at its contrast words, every part scored on its own (positive is praise, negative criticism). */
export function scoreClauses(
  sentences: readonly Sentence[],
  wholeSentenceScore: (s: Sentence) => number,
): ScoredClause[] {
  const out: ScoredClause[] = [];
  for (const sentence of sentences) {
    // Most sentences have no contrast; their score is already known and is not computed again.
    if (!HAS_CONTRAST.test(sentence.text)) {
      out.push({ ...sentence, score: weigh(sentence.text, wholeSentenceScore(sentence)) });
      continue;
    }
    let from = 0;
    const cut = (to: number) => {
      const raw = sentence.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text.length === 0) return;
      const start = sentence.start + from + lead;
      out.push({ text, start, end: start + text.length, score: weigh(text, analyzeText(text).score) });
    };
    for (const m of sentence.text.matchAll(CONTRAST)) {
      cut(m.index ?? 0);
      from = (m.index ?? 0) + m[0].length;
    }
    cut(sentence.text.length);
  }
  return out;
}
