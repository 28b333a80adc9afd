import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;
const CONTRACTIONS = new Set(
  "don't doesn't didn't won't wouldn't can't couldn't isn't wasn't weren't aren't hasn't haven't hadn't shouldn't you're you've you'd you'll it's that's there's we're they're i'm i've i'd i'll".split(
    ' ',
  ),
);

// Acronyms reviewers often write in lower case; they read fine either way.
const ACRONYMS = new Set('dvd dvds cd cds lcd usb tv tvs sd hd pc mp3 gps ac wifi'.split(' '));

/** True when the word is spelt as in an English word list, or is an acronym written in capitals ("DVD"). */
export function isEnglishWord(word: string): boolean {
  if (/^\p{Lu}{2,5}s?$/u.test(word)) return true;
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (CONTRACTIONS.has(lower) || ACRONYMS.has(lower)) return true;
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  if (words.has(lower)) return true;
  // Plurals and possessives of listed words.
  return words.has(lower.replace(/'s$/, '')) || (lower.endsWith('s') && words.has(lower.slice(0, -1)));
}

/**
 * True when every word of a phrase taken from a review can be repeated back as written: spelt correctly, and no
 * lower-case name or odd capital inside it ("the microtrack", "the Vegitables"). Numbers are fine.
 */
export function readsCleanly(phrase: string, names: readonly string[] = []): boolean {
  const tokens = phrase.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
  return tokens.every((t, i) => {
    if (names.includes(t)) return true;
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !/^I(?:'|’|$)/.test(t)) return false;
    return isEnglishWord(t);
  });
}

// Words a reviewer often writes with the apostrophe left out or a letter short ("didnt", "wont", "stoped",
// "dosen't"): read as meant, so what they say of a fault is understood. Only in lower-case text.
const MISSPELT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(did|does|do|is|was|were|are|would|could|has|have|had)nt\b/g, "$1n't"],
  [/\bdos[ae]n'?t\b/g, "doesn't"],
  [/\bwont\b/g, "won't"],
  // A letter dropped or a key slipped in a negated modal: "woudn't", "couldn;t".
  [/\b(wou|cou|shou)dn'?t\b/g, "$1ldn't"],
  [/\b(did|does|do|is|was|were|are|would|could|should|has|have|had|ca|wo)n;t\b/g, "$1n't"],
  [/\bcant\b/g, "can't"],
  [/\bcan not\b/g, 'cannot'],
  [/\bstop(ed|ing)\b/g, 'stopp$1'],
  [/\breciev(e|ed|es|ing)\b/g, 'receiv$1'],
  [/\bmising\b/g, 'missing'],
  // Slips that turn a fault's words into others: "cound not get it to work", "does bot fit", "the casette".
  [/\bcound\b/g, 'could'],
  [/\b(does|do|did|would|will|could|can|is|was|are|were) bot\b/g, '$1 not'],
  [/\bcas+et+e(s?)\b/g, 'cassette$1'],
  // "It causes the curser to stutter": the pointer, not someone cursing.
  [/\bcurser(s?)\b/g, 'cursor$1'],
];

/** Lower-case text with the commonest slips in a fault's words put right, for reading; never for telling back. */
export function mendSpelling(lower: string): string {
  return MISSPELT.reduce((text, [slip, meant]) => text.replace(slip, meant), lower);
}
