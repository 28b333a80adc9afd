/**
 * Runs many word patterns over a short text quickly. Each top-level branch of a pattern is keyed by the literal
 * words it can open with; the text's words are looked up in that index and only the branches that can start
 * there are tried, anchored at that word. A branch that opens with no literal (`\w+ing`, a quote) is scanned
 * for everywhere. On a 100-word reply this tries a few dozen anchored matches instead of hundreds of branches
 * at every word.
 */
type Candidates<K> = Array<{ key: K; pattern: RegExp }>;

export type PatternIndex<K> = {
  /** Whole-word opening → for each key, one sticky alternation of that key's branches opening there. */
  byWord: Map<string, Candidates<K>>;
  /** Openings that may continue into a longer word (`thank` of "thanks"), looked up by the word's prefix. */
  byPrefix: Map<string, Candidates<K>>;
  prefixLengths: number[];
  /** Branches without a literal opening, one global alternation per key. */
  anywhere: Array<{ key: K; pattern: RegExp }>;
};

export type PatternMatch<K> = { key: K; start: number; end: number };

/** Splits a pattern at its top-level `|`. */
export function topLevelBranches(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** Index of the `)` closing the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

type Opening = { text: string; whole: boolean };

// What may follow a literal for it to be a whole word: a space, a word boundary, a comma, or nothing.
const WORD_END = /^(?: |\\b|,|$)/;

/** The leading literal letters of a branch body; a trailing letter made optional (`thanks?`) is dropped. */
function literalRun(body: string, after: string): Opening {
  const run = /^[a-z]+/.exec(body)?.[0] ?? '';
  const rest = body.slice(run.length);
  if (/^[?*{]/.test(rest)) return { text: run.slice(0, -1), whole: false };
  return { text: run, whole: WORD_END.test(rest.length > 0 ? rest : after) };
}

/**
 * The literal prefixes a branch can open with, or null when it can open with anything. Leading `\b` and
 * look-behinds are skipped: they still hold when the branch is tried anchored at a word. A prefix is "whole"
 * when it can only match a whole word, so it is looked up by the word itself.
 */
export function openings(branch: string): Opening[] | null {
  let body = branch;
  if (!body.startsWith('\\b')) return null;
  body = body.slice(2);
  while (body.startsWith('(?<=') || body.startsWith('(?<!')) {
    const close = closingParen(body, 0);
    if (close < 0) return null;
    body = body.slice(close + 1);
  }
  if (body.startsWith('(?:')) {
    const close = closingParen(body, 0);
    const after = body.slice(close + 1);
    if (close < 0 || /^[?*{]/.test(after)) return null;
    const runs = topLevelBranches(body.slice(3, close)).map((b) => literalRun(b, after));
    return runs.every((r) => r.text.length > 0) ? runs : null;
  }
  const run = literalRun(body, '');
  return run.text.length > 0 ? [run] : null;
}

export function buildPatternIndex<K>(entries: Array<{ key: K; patterns: string[] }>): PatternIndex<K> {
  const grouped = new Map<string, Map<K, string[]>>();
  const partial = new Set<string>();
  const anywhere: PatternIndex<K>['anywhere'] = [];
  for (const { key, patterns } of entries) {
    const loose: string[] = [];
    for (const branch of patterns.flatMap(topLevelBranches)) {
      const opens = openings(branch);
      if (opens === null) {
        loose.push(branch);
        continue;
      }
      for (const opening of opens) {
        if (!opening.whole) partial.add(opening.text);
        const byKey = grouped.get(opening.text) ?? new Map<K, string[]>();
        if (!byKey.get(key)?.includes(branch)) byKey.set(key, [...(byKey.get(key) ?? []), branch]);
        grouped.set(opening.text, byKey);
      }
    }
    if (loose.length > 0) {
      anywhere.push({ key, pattern: new RegExp(loose.map((b) => `(?:${b})`).join('|'), 'gm') });
    }
  }
  const byWord: PatternIndex<K>['byWord'] = new Map();
  const byPrefix: PatternIndex<K>['byPrefix'] = new Map();
  for (const [opening, byKey] of grouped) {
    const candidates = [...byKey].map(([key, branches]) => ({
      key,
      pattern: new RegExp(branches.map((b) => `(?:${b})`).join('|'), 'my'),
    }));
    (partial.has(opening) ? byPrefix : byWord).set(opening, candidates);
  }
  const prefixLengths = [...new Set([...byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { byWord, byPrefix, prefixLengths, anywhere };
}

const WORD = /[a-z0-9]+/g;

function tryAt<K>(candidates: Candidates<K>, text: string, at: number, found: PatternMatch<K>[]): void {
  for (const { key, pattern } of candidates) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) found.push({ key, start: at, end: at + m[0].length });
  }
}

/** Every match of every key, at most one per key and starting position. */
export function matchPatternIndex<K>(index: PatternIndex<K>, text: string): PatternMatch<K>[] {
  const found: PatternMatch<K>[] = [];
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w !== null; w = WORD.exec(text)) {
    const at = w.index;
    const word = w[0];
    const whole = index.byWord.get(word);
    if (whole) tryAt(whole, text, at, found);
    for (const length of index.prefixLengths) {
      if (length > word.length) break;
      const partial = index.byPrefix.get(length === word.length ? word : word.slice(0, length));
      if (partial) tryAt(partial, text, at, found);
    }
  }
  for (const { key, pattern } of index.anywhere) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      found.push({ key, start, end: start + m[0].length });
    }
  }
  return found;
}
