import { splitSentences } from '../triage/situation/sentences.ts';

// Capitalised words that are not a maker's name: the reviewer, initials of a format, days and months.
const NOT_A_MAKER =
  /^(?:I|I'm|I've|I'd|HD|TV|LCD|DVD|CD|USB|MP3|PC|OK|Mac|Windows|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas)$/;
const NAME = /(?<=\s)\p{Lu}[\p{L}-]{2,}/gu;

/**
 * True when a sentence of a product review is about another maker's model the reviewer weighed up: "the Westinghouse
 * picture looked a bit fuzzy" in a review of a Sharp. The name must be none of the listing's own words and must come
 * back elsewhere in the review, as a rival looked at, compared or waited for does ("…better than the Sharp").
 */
export function aboutRival(
  sentence: string,
  review: { text: string; title?: string | null; itemName?: string | null },
): boolean {
  if (!review.itemName) return false;
  const own = `${review.itemName} ${review.title ?? ''}`.toLowerCase();
  const sentences = splitSentences(review.text).map((s) => s.text);
  return [...sentence.matchAll(NAME)].some(([name]) => {
    if (NOT_A_MAKER.test(name) || own.includes(name.toLowerCase())) return false;
    const said = new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u');
    return sentences.filter((s) => said.test(s)).length >= 2;
  });
}
