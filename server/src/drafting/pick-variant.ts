import QuickLRU from 'quick-lru';
/** FNV-1a: a small, stable string hash so the same review always gets the same wording. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Chooses one option for a part of the reply; each part has its own salt so parts vary independently. `lastUse`
 * says how recently the business used an option (-1: not in its recent replies, otherwise the position of the
 * newest reply that has it): an option not used lately is taken before any that was, so a page of replies does not
 * repeat a sentence, and when every option was used, the one used longest ago.
 */
export function pickVariant<T>(
  options: readonly T[],
  seed: number,
  salt: string,
  lastUse: (option: T) => number = () => -1,
): T {
  const index = hashText(`${salt}:${seed}`) % options.length;
  let best: T | undefined;
  let bestUse = Number.POSITIVE_INFINITY;
  for (let step = 0; step < options.length; step++) {
    const option = options[(index + step) % options.length];
    if (option === undefined) continue;
    const use = lastUse(option);
    if (use < 0) return option;
    if (use < bestUse) {
      best = option;
      bestUse = use;
    }
  }
  const chosen = best ?? options[0];
  if (chosen === undefined) throw new Error(`no variants for ${salt}`);
  return chosen;
}

/**
 * Where a template's wording last stands in the given texts (oldest first). A reader notices a shared run of words
 * as much as a whole shared sentence, so a template counts as used where any four of its own words in a row appear
 * ("…look into it myself…"); a template with no run that long counts where its whole wording appears, its
 * placeholders read as any words ("I am sorry that {p}." in "…I am sorry that the soup was cold. …").
 * -1 when it is in none of them.
 */
/** Where a template's wording last stands in a business's recent replies; -1 when it is in none. */
export type UsedLately = (template: string) => number;

export function lastUseIn(texts: readonly string[]): UsedLately {
  if (texts.length === 0) return () => -1;
  // Where each run of words last stands, read once for all the templates asked about.
  const newest = new Map<string, number>();
  texts.forEach((text, i) => {
    for (const run of runSetOf(text)) newest.set(run, i);
  });
  const cache = new Map<string, number>();
  return (template) => {
    const known = cache.get(template);
    if (known !== undefined) return known;
    const runs = template.split(/\{\w+\}/).flatMap((piece) => runsOf(wordsOf(piece)));
    let found = -1;
    if (runs.length > 0) {
      for (const run of runs) found = Math.max(found, newest.get(run) ?? -1);
    } else {
      const pattern = wholePattern(template);
      for (let i = texts.length - 1; i >= 0 && pattern && found < 0; i--) {
        if (pattern.test(texts[i] ?? '')) found = i;
      }
    }
    cache.set(template, found);
    return found;
  };
}

const RUN = 4;
// A run of nothing but these ("I would like to") is how anyone writes, not a phrase a reader remembers.
const COMMON = new Set(
  'i me my we us our you your it its this that the a an and or but so to of for with on in at by from be am is are was were will would can could should have has had do did not like if as about what how when'.split(
    ' ',
  ),
);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const runsOf = (words: readonly string[]): string[] =>
  words.length < RUN
    ? []
    : words
        .slice(0, words.length - RUN + 1)
        .map((_, i) => words.slice(i, i + RUN))
        .filter((run) => run.filter((w) => !COMMON.has(w)).length >= 2)
        .map((run) => run.join(' '));

function wholePattern(template: string): RegExp | null {
  const literal = template.replace(/\{\w+\}/g, '').replace(/[^\p{L}]+/gu, '');
  // A template that is nothing but a placeholder says nothing of its own to repeat.
  if (literal.length < 12) return null;
  // A placeholder at either end adds nothing to find, and a leading "any words" only makes the search slow.
  const source = template
    .replace(/^\{\w+\}|\{\w+\}$/g, '')
    .split(/\{\w+\}/)
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\n]+?');
  return new RegExp(source, 'i');
}

/**
 * How many runs of four words a draft shares with the given replies, contact details and sign-off aside: a reader
 * of the business's page notices these, whichever template they came from.
 */
export function sharedRunsWith(texts: readonly string[]): (draft: string) => number {
  const seen = texts.map((text) => runSetOf(ownWords(text)));
  return (draft) => runsOf(wordsOf(ownWords(draft))).filter((run) => seen.some((set) => set.has(run))).length;
}

const ownWords = (text: string): string =>
  text
    .replace(/\n— [^\n]*$/, '')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\+?\(?\d[\d\s().-]{5,}\d/g, ' ');

// A business's recent replies are read again for every new draft: their runs are kept for the latest few hundred.
const knownRuns = new QuickLRU<string, ReadonlySet<string>>({ maxSize: 400 });

function runSetOf(text: string): ReadonlySet<string> {
  const known = knownRuns.get(text);
  if (known) return known;
  const set = new Set(runsOf(wordsOf(text)));
  knownRuns.set(text, set);
  return set;
}
