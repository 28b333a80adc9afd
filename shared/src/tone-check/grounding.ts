import { FREE_WORDS, FUNCTION_WORDS, REVIEW_ACT_WORDS, SYNONYM_GROUPS } from './grounding-words.ts';
import { type NormalisedText, normaliseText, originalSpan } from './normalise-text.ts';
import type { CheckContext, Finding } from './types.ts';

function computeStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ly') && !w.endsWith('ily') && w.length > 5) w = w.slice(0, -2);
  if (/ies$|ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

// Reviews repeat the same few thousand words: remember their stems, within a bound so memory stays flat.
const stems = new Map<string, string>();

/** A light English stemmer: enough to match "replaced" with "replacement"'s stem, "sticks" with "sticking". */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const computed = computeStem(word);
  if (stems.size >= 50_000) stems.clear();
  stems.set(word, computed);
  return computed;
}

const groupsOf = new Map<string, number[]>();
SYNONYM_GROUPS.forEach((group, id) => {
  for (const entry of group) {
    for (const key of [entry, stem(entry)]) groupsOf.set(key, [...(groupsOf.get(key) ?? []), id]);
  }
});

type Vocabulary = { stems: Set<string>; prefixes: Set<string>; groups: Set<number> };
const WORD = /[a-z]+/g;
const prefixOf = (w: string) => (w.length >= 6 ? w.slice(0, 5) : null);
// matchAll starts where the shared pattern's lastIndex was left, so every walk over words starts from zero.
const wordsOf = (text: string): string[] => {
  WORD.lastIndex = 0;
  return text.match(WORD) ?? [];
};

function vocabularyOf(text: string): Vocabulary {
  const v: Vocabulary = { stems: new Set(), prefixes: new Set(), groups: new Set() };
  // Contractions and quotes do not matter here: "didn't" still gives "didn", and grammar words are never asked.
  for (const word of wordsOf(text.toLowerCase())) {
    if (FUNCTION_WORDS.has(word)) continue;
    const s = stem(word);
    v.stems.add(word).add(s);
    const p = prefixOf(word);
    if (p) v.prefixes.add(p);
    for (const id of groupsOf.get(word) ?? groupsOf.get(s) ?? []) v.groups.add(id);
  }
  return v;
}

// The editor checks the same review on every keystroke: keep the last one's vocabulary.
let cached: { text: string; vocabulary: Vocabulary } | null = null;
function reviewVocabulary(text: string): Vocabulary {
  if (cached?.text !== text) cached = { text, vocabulary: vocabularyOf(text) };
  return cached.vocabulary;
}

/** A word in one of the complaint or event groups. */
const isKnown = (word: string) => groupsOf.has(word) || groupsOf.has(stem(word));

function supports(v: Vocabulary, word: string): boolean {
  const s = stem(word);
  if (v.stems.has(word) || v.stems.has(s)) return true;
  const p = prefixOf(word);
  if (p && v.prefixes.has(p)) return true;
  return (groupsOf.get(word) ?? groupsOf.get(s) ?? []).some((id) => v.groups.has(id));
}

// Where a reply speaks about what happened (or what was praised): the words after one of these, to the end of
// the clause, should come from the review.
const ACKNOWLEDGEMENT =
  /\b(?:sorry|apologi[sz]e|apologies|regret|thank(?:s| you)|grateful|glad|pleased|delighted|happy to hear|hear(?:ing)? (?:that|about|of)|disappointing|disappointed|frustrating|frustrated|unacceptable|should not have|should never have|let you down|fell short|not good enough|must have been|understand (?:how|why|that|your)|kind words|enjoyed|loved)\b/g;
// Where the reply turns to what the business will do: its own vocabulary, not the review's.
const TURN =
  /[.!?;:]|\b(?:and|so|but|which|while) (?:we|i|our)\b|\b(?:please|we|i) (?:will|would|can|have|are|am|had|could|shall)\b|\b(?:would like|like to|to (?:offer|make|put|send|arrange|invite|refund|replace|help|hear|talk|speak|call|discuss|see|welcome|let|look|check|sort))\b|\bplease\b|\bthat is (?:not|on us)\b/g;

type Token = { word: string; start: number; end: number /** punctuation before it */; broken: boolean };

const DETERMINERS = new Set(
  'the a an your our this that these those my his her their its some any no every each another both such'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('about with for of over on by from at in after during'.split(' '));
const COPULAS = new Set(
  'was were is are be been being felt feels seemed seems looked looks tasted tastes became'.split(' '),
);
// Verbs that follow a noun phrase ("the pizza hit the mark"); a word in -ed after a noun ends it the same way.
const VERBS = new Set(
  `hit hits made make makes kept keeps took takes went goes came comes got gets gave gives did does stood stands ran
  let lets fell broke breaks sent left put set won brought works helped turned showed started stopped failed arrived`.split(
    /\s+/,
  ),
);
const INTENSIFIERS = new Set(
  'not so too very really quite extremely incredibly completely totally rather bit slightly also still just a'.split(
    ' ',
  ),
);

function clauses(n: NormalisedText): Token[][] {
  const out: Token[][] = [];
  ACKNOWLEDGEMENT.lastIndex = 0;
  for (let cue = ACKNOWLEDGEMENT.exec(n.text); cue !== null; cue = ACKNOWLEDGEMENT.exec(n.text)) {
    const from = cue.index + cue[0].length;
    TURN.lastIndex = from;
    const turn = TURN.exec(n.text);
    const to = turn ? turn.index : n.text.length;
    const tokens: Token[] = [];
    let last = from;
    WORD.lastIndex = from;
    for (let w = WORD.exec(n.text); w !== null && w.index < to; w = WORD.exec(n.text)) {
      const broken = /[,()"/-]/.test(n.text.slice(last, w.index));
      tokens.push({ word: w[0], start: w.index, end: w.index + w[0].length, broken });
      last = w.index + w[0].length;
    }
    out.push(tokens);
    ACKNOWLEDGEMENT.lastIndex = Math.max(to, from);
  }
  return out;
}

/** The words a clause claims about the reviewer's experience: noun phrases and what they "were". */
function claims(tokens: Token[]): Token[][] {
  const found: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = tokens[i]?.word ?? '';
    if (DETERMINERS.has(opener) || PREPOSITIONS.has(opener)) {
      const phrase: Token[] = [];
      let j = i + 1;
      for (; j < tokens.length && phrase.length < 4; j++) {
        const t = tokens[j];
        if (!t || t.broken) break;
        if (INTENSIFIERS.has(t.word) && phrase.length === 0) continue;
        if (FUNCTION_WORDS.has(t.word) || DETERMINERS.has(t.word)) break;
        if (phrase.length > 0 && (VERBS.has(t.word) || t.word.endsWith('ed'))) break;
        phrase.push(t);
      }
      // "for coming back", "about writing": a gerund after a preposition is an act, not a thing.
      const isGerund = PREPOSITIONS.has(opener) && (phrase[0]?.word.endsWith('ing') ?? false);
      if (phrase.length > 0 && !isGerund) found.push(phrase);
      i = j - 1;
    } else if (COPULAS.has(opener)) {
      let j = i + 1;
      while (j < tokens.length && INTENSIFIERS.has(tokens[j]?.word ?? '')) j++;
      const t = tokens[j];
      // Only a known complaint word is read after "was": other predicates are paraphrased too freely to compare.
      if (t && !t.broken && isKnown(t.word)) found.push([t]);
    }
  }
  return found;
}

const isFree = (word: string, own: Set<string>) =>
  word.length < 3 ||
  FREE_WORDS.has(word) ||
  FREE_WORDS.has(stem(word)) ||
  own.has(word) ||
  own.has(stem(word));

/**
 * Items, complaints and events that a reply acknowledges but the review never mentions ("sorry your steak was
 * cold" under a review about a rude receptionist). Only the acknowledging clauses are read; the business's own
 * vocabulary (remedies, contact, sign-off, category words such as "meal") is free, names are left alone, and a
 * word that only qualifies a supported one ("carrot cake" for "cake") passes.
 */
export function findUngrounded(
  text: string,
  ctx: CheckContext,
  n: NormalisedText = normaliseText(text),
): Finding[] {
  const review = ctx.reviewText?.trim() ?? '';
  if (review.length === 0 || text.length === 0) return [];
  const own = new Set<string>();
  for (const term of ctx.businessVocabulary ?? []) {
    for (const word of wordsOf(term.toLowerCase())) own.add(word).add(stem(word));
  }
  const found: Finding[] = [];
  const reported = new Set<string>();
  const free = (t: Token) => isFree(t.word, own);
  const phrases = clauses(n)
    .flatMap(claims)
    .filter((phrase) => phrase.some((t) => !free(t)));
  // Most replies claim nothing specific: the review is only read when there is something to compare.
  if (phrases.length === 0) return [];
  const vocabulary = reviewVocabulary(review);
  for (const phrase of phrases) {
    const head = phrase[phrase.length - 1];
    if (!head || REVIEW_ACT_WORDS.has(head.word) || REVIEW_ACT_WORDS.has(stem(head.word))) continue;
    // A word that only qualifies a supported head passes ("carrot cake" under a review of the cake), unless it
    // names a complaint or an event of its own ("the replacement kettle", "your cold soup").
    const unsupported = free(head)
      ? phrase.filter((t) => !free(t) && !supports(vocabulary, t.word))
      : supports(vocabulary, head.word)
        ? phrase.filter((t) => !free(t) && isKnown(t.word) && !supports(vocabulary, t.word))
        : phrase.filter((t) => !free(t));
    const first = unsupported[0];
    const lastWord = unsupported[unsupported.length - 1];
    if (!first || !lastWord) continue;
    const span = originalSpan(n, first.start, lastWord.end);
    const words = text.slice(span.start, span.end);
    // A capitalised word is a name (a dish, a colleague): the owner knows those.
    if (/^\p{Lu}/u.test(words) || reported.has(words.toLowerCase())) continue;
    reported.add(words.toLowerCase());
    found.push({
      rule: 'grounding',
      severity: 'advice',
      span,
      message: `The review does not mention “${words}”.`,
      suggestion:
        'Acknowledge only what the reviewer described; check this detail against the review or write it in general words.',
    });
  }
  return found;
}
