import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyzeText } from '../triage/analyze-text.ts';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
const loadNlp = (): Nlp => {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
};

// Nouns too vague to show we read the review.
const VAGUE = new Set(
  `product item thing things stuff time times way lot lots bit money review reviews star stars people person day days
  week weeks month months year years hour hours minute minutes one ones anything something everything nothing kind sort
  type problem problems issue issues experience place company business store shop guy guys
  reason fact point part parts side end case use first second half amazon customer customers service lol
  frustration disappointment anger quality job purchase unit units products brand model deal value god hell wow look looks arrival honored fun shame joke bother hassle pain trouble luck sense fault mind`.split(
    /\s+/,
  ),
);
const PROFANE = /fuck|shit|crap|damn|bitch|bastard|idiot|moron|liar|jerk|scam|ass\b|hell\b/i;

export type Detail = { phrase: string; fromSentence: string };

/**
 * A short noun phrase from the review ("the remote control", "the cd rack") taken from where the reviewer sounds
 * most negative (or most positive for praise), so the reply shows it was read. Never digits, emails or profanity.
 */
export function extractDetail(text: string, tone: 'negative' | 'positive'): Detail | null {
  const sample = text.slice(0, 6000);
  const sentences = analyzeText(sample).sentences.filter((s) => s.end - s.start > 3);
  const ordered = [...sentences].sort((a, b) =>
    tone === 'negative' ? a.score - b.score : b.score - a.score,
  );
  const counts = countNouns(sample);
  for (const sentence of ordered.slice(0, 4)) {
    const slice = sample.slice(sentence.start, sentence.end);
    const phrase = bestNounPhrase(slice, counts);
    if (phrase) return { phrase, fromSentence: slice.trim() };
  }
  // Text typed in capitals defeats the tagger; a lower-cased copy usually does not.
  const phrase =
    bestNounPhrase(sample, counts) ?? bestNounPhrase(sample.toLowerCase(), countNouns(sample.toLowerCase()));
  return phrase ? { phrase, fromSentence: '' } : null;
}

function nounTokens(text: string): Array<{ value: string; pos: string }> {
  const n = loadNlp();
  const doc = n.readDoc(text);
  const values = doc.tokens().out(n.its.value) as string[];
  const tags = doc.tokens().out(n.its.pos) as string[];
  return values.map((value, i) => ({ value, pos: tags[i] ?? 'X' }));
}

function countNouns(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of nounTokens(text)) {
    if (t.pos !== 'NOUN') continue;
    const key = t.value.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const isUsable = (word: string): boolean =>
  /^[\p{L}][\p{L}-]{2,24}$/u.test(word) && !VAGUE.has(word.toLowerCase()) && !PROFANE.test(word);

function bestNounPhrase(text: string, counts: Map<string, number>): string | null {
  const tokens = nounTokens(text);
  let best: { phrase: string; score: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.pos !== 'NOUN' || !isUsable(token.value)) continue;
    // Take a noun-noun compound ("power supply") when the previous word is a usable noun too.
    const prev = tokens[i - 1];
    const words =
      prev && prev.pos === 'NOUN' && isUsable(prev.value) ? [prev.value, token.value] : [token.value];
    const score = (counts.get(token.value.toLowerCase()) ?? 1) + words.length * 0.5 + token.value.length / 20;
    if (!best || score > best.score) best = { phrase: words.map(normaliseCase).join(' '), score };
  }
  return best?.phrase ?? null;
}

/** Keep acronyms ("DVD"), lower-case everything else so a sentence-initial capital does not leak in. */
const normaliseCase = (word: string): string => (/^\p{Lu}{2,6}s?$/u.test(word) ? word : word.toLowerCase());
