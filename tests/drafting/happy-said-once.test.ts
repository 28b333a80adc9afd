import { describe, expect, it } from 'vitest';
import { electronicsThanks, sentencesOf } from './happy-drafts.ts';

/** The runs of five words a sentence holds, in lower case. */
const runsOf = (sentence: string): Set<string> => {
  const words = sentence.toLowerCase().match(/[a-z']+/g) ?? [];
  return new Set(words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' ')));
};

/** True when two sentences of the reply share a run of five words. */
const saysTwice = (reply: string): boolean => {
  const runs = sentencesOf(reply).map(runsOf);
  return runs.some((a, i) => runs.slice(i + 1).some((b) => [...a].some((run) => b.has(run))));
};

// The reviews whose thank-you, drafted alone for the judged electronics store, once opened "On balance, the player
// seems to be doing right by you, which is good to hear, and many thanks…" and then said the line again.
const FOLDED = [93, 165, 249, 447, 852, 925, 954];

describe('a line about the product as a whole is said once in a thank-you', () => {
  it('an opening that folds the line in with the thanks is not followed by the same line', () => {
    const twice = electronicsThanks(FOLDED).filter(saysTwice);
    expect(twice).toEqual([]);
  });
  it('a reply that names the product and then calls it "it" is not counted as saying it twice', () => {
    expect(saysTwice('Thank you for the review of the radio. I am glad it is doing well for you.')).toBe(
      false,
    );
  });
});
