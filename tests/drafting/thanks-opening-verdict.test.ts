import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A review that opens on a verdict naming nothing ("This place is pretty good.") says what was good in the sentence
// after it: that thing is the point of the review, not an aside, and the thank-you names it.

const happy = (text: string, rating = 4) => everyWording(judged('restaurant'), text, { rating, count: 30 });

describe('praise in the sentence after a bare verdict', () => {
  it('is named in the thank-you', () => {
    const drafts = happy(
      "This place is pretty good. It's your everyday American diner that offers a great brunch. " +
        'They close between lunch and dinner service though, so be aware of that.',
    );
    expect(drafts.some((draft) => /brunch/i.test(draft))).toBe(true);
  });

  it('is not stretched to a bare noun said later on (near miss)', () => {
    const drafts = happy(
      'This place is pretty good. We came for a birthday and stayed until closing time. ' +
        'The bread was good. They close between lunch and dinner service though, so be aware of that.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/bread/i);
  });
});
