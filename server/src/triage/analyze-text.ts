import { lookUpWord } from './lexicon.ts';
import { phrasesByFirstWord } from './phrases.ts';
import { type Token, tokenize } from './tokenize.ts';

export type SentenceScore = { start: number; end: number; score: number };
export type TextAnalysis = {
  /** Overall polarity in [-1, 1]. */
  score: number;
  /** Weighted positive and negative mass, both >= 0. */
  positive: number;
  negative: number;
  /** The most negative single expression (after negation, intensity and contrast), 0 when none. */
  worstPart: number;
  sentences: SentenceScore[];
};

const NEGATORS = new Set(
  'not no never cannot without hardly barely nothing none nobody neither nor nowhere lacks lacking'.split(
    ' ',
  ),
);
const INTENSIFIERS = new Map<string, number>([
  ...'very really extremely so too totally absolutely incredibly super completely utterly highly truly seriously terribly insanely awfully especially'
    .split(' ')
    .map((w): [string, number] => [w, 1.5]),
  ...'somewhat slightly fairly kinda kind sort little bit rather mostly almost'
    .split(' ')
    .map((w): [string, number] => [w, 0.6]),
]);
const CONTRAST_AFTER = new Set([
  'but',
  'however',
  'yet',
  'nevertheless',
  'nonetheless',
  'except',
  'sadly',
  'unfortunately',
]);
const CONTRAST_BEFORE = new Set(['although', 'though', 'while', 'whilst', 'despite']);
const NEGATION_WINDOW = 3;
const ALPHA = 15;

const isNegator = (word: string): boolean => NEGATORS.has(word) || word.endsWith("n't");

function matchPhrase(tokens: Token[], i: number): { weight: number; length: number } | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const entry of phrasesByFirstWord.get(first.text) ?? []) {
    const fits = entry.words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]?.text === w);
    if (fits) return { weight: entry.weight, length: entry.words.length };
  }
  return undefined;
}

/**
 * Scores text with our lexicon plus rules for negation ("not good"), intensity ("really bad"), contrast
 * (the clause after "but" counts more), emphasis (capitals, "!") and review idioms ("stopped working").
 */
export function analyzeText(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const sentences: SentenceScore[] = [];
  let total = 0;
  let positive = 0;
  let negative = 0;
  let worstPart = 0;
  let sentence = { start: 0, parts: [] as number[], weight: 1, preContrast: 1 };
  let negationLeft = 0;
  let intensity = 1;

  const closeSentence = (end: number, mark: string) => {
    let score = sentence.parts.reduce((a, b) => a + b, 0);
    if (mark.includes('!')) score *= 1.25;
    if (mark.includes('?')) score *= 0.6;
    if (sentence.parts.length > 0) sentences.push({ start: sentence.start, end, score });
    sentence = { start: end, parts: [], weight: 1, preContrast: 1 };
    negationLeft = 0;
    intensity = 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === 'stop') {
      closeSentence(token.end, token.text);
      continue;
    }
    if (token.kind === 'comma') {
      negationLeft = 0;
      if (sentence.preContrast !== 1) sentence.weight = 1.4;
      sentence.preContrast = 1;
      continue;
    }
    if (sentence.parts.length === 0 && sentences.length === 0 && total === 0) sentence.start = token.start;
    const word = token.text;
    if (CONTRAST_AFTER.has(word)) {
      sentence.parts = sentence.parts.map((p) => p * 0.5);
      sentence.weight = 1.4;
      negationLeft = 0;
    } else if (CONTRAST_BEFORE.has(word)) {
      sentence.weight = 0.5;
      sentence.preContrast = 0.5;
    }
    const phrase = matchPhrase(tokens, i);
    let value = 0;
    if (phrase) {
      value = phrase.weight;
      i += phrase.length - 1;
    } else if (isNegator(word)) {
      negationLeft = NEGATION_WINDOW + 1;
    } else {
      const boost = INTENSIFIERS.get(word);
      if (boost !== undefined) {
        intensity = boost;
        continue;
      }
      value = lookUpWord(word) ?? 0;
    }
    if (value !== 0) {
      if (negationLeft > 0 && !phrase) value = value > 0 ? -value * 0.8 : -value * 0.4;
      value *= intensity * (token.isCaps ? 1.3 : 1) * sentence.weight;
      sentence.parts.push(value);
      worstPart = Math.min(worstPart, value);
      total += value;
      intensity = 1;
    }
    if (negationLeft > 0) negationLeft--;
  }
  closeSentence(text.length, '');
  if (sentences.length > 1) {
    const last = sentences[sentences.length - 1];
    if (last) last.score *= 1.3;
  }
  total = 0;
  for (const s of sentences) {
    total += s.score;
    if (s.score > 0) positive += s.score;
    else negative -= s.score;
  }
  const score = total / Math.sqrt(total * total + ALPHA);
  return { score: Number.isFinite(score) ? score : 0, positive, negative, worstPart, sentences };
}
