/**
 * Runs many word patterns over a short text quickly. Each top-level branch of a pattern is keyed by the literal
 * words it can open with; the text's words are looked up in that index and only the branches that can start
 * there are tried, anchored at that word. A branch that opens with no literal (`\w+ing`, a quote) is scanned
 * for everywhere. On a 100-word reply this tries a few dozen anchored matches instead of hundreds of branches
 * at every word.
 */
export type PatternIndex<K> = {
  /** Literal opening → for each key, one sticky alternation of that key's branches opening there. */
  byOpening: Map<string, Array<{ key: K; pattern: RegExp }>>;
  openingLengths: number[];
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

/** The leading literal letters of a branch body; a trailing letter made optional (`thanks?`) is dropped. */
function literalRun(body: string): string {
  const run = /^[a-z]+/.exec(body)?.[0] ?? '';
  return /^[?*{]/.test(body.slice(run.length)) ? run.slice(0, -1) : run;
}

/**
 * The literal prefixes a branch can open with, or null when it can open with anything. Leading `\b` and
 * look-behinds are skipped: they still hold when the branch is tried anchored at a word.
 */
export function openings(branch: string): string[] | null {
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
    if (close < 0 || /^[?*{]/.test(body.slice(close + 1))) return null;
    const runs = topLevelBranches(body.slice(3, close)).map(literalRun);
    return runs.every((r) => r.length > 0) ? runs : null;
  }
  const run = literalRun(body);
  return run.length > 0 ? [run] : null;
}

export function buildPatternIndex<K>(entries: Array<{ key: K; patterns: string[] }>): PatternIndex<K> {
  const grouped = new Map<string, Map<K, string[]>>();
  const anywhere: PatternIndex<K>['anywhere'] = [];
  for (const { key, patterns } of entries) {
    const loose: string[] = [];
    for (const branch of patterns.flatMap(topLevelBranches)) {
      const opens = openings(branch);
      if (opens === null) {
        loose.push(branch);
        continue;
      }
      for (const opening of new Set(opens)) {
        const byKey = grouped.get(opening) ?? new Map<K, string[]>();
        byKey.set(key, [...(byKey.get(key) ?? []), branch]);
        grouped.set(opening, byKey);
      }
    }
    if (loose.length > 0) {
      anywhere.push({ key, pattern: new RegExp(loose.map((b) => `(?:${b})`).join('|'), 'gm') });
    }
  }
  const byOpening: PatternIndex<K>['byOpening'] = new Map();
  for (const [opening, byKey] of grouped) {
    byOpening.set(
      opening,
      [...byKey].map(([key, branches]) => ({
        key,
        pattern: new RegExp(branches.map((b) => `(?:${b})`).join('|'), 'my'),
      })),
    );
  }
  const openingLengths = [...new Set([...byOpening.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { byOpening, openingLengths, anywhere };
}

const WORD = /[a-z0-9]+/g;

/** Every match of every key, at most one per key and starting position. */
export function matchPatternIndex<K>(index: PatternIndex<K>, text: string): PatternMatch<K>[] {
  const found: PatternMatch<K>[] = [];
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w !== null; w = WORD.exec(text)) {
    const at = w.index;
    const word = w[0];
    for (const length of index.openingLengths) {
      if (length > word.length) break;
      const candidates = index.byOpening.get(length === word.length ? word : word.slice(0, length));
      if (!candidates) continue;
      for (const { key, pattern } of candidates) {
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (m) found.push({ key, start: at, end: at + m[0].length });
      }
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
