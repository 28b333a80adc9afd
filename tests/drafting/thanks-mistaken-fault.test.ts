import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('a fault the reviewer only took it for, until they found the cause', () => {
  it('is never conceded as a fault of the goods', () => {
    // A printer review that tells of a fault feared, then two causes found and put right.
    const review = loadMultiDomain('electronics_positive.review')[955];
    expect(review?.text).toMatch(/thought it was defective until/);
    for (const reply of everyWording(store, review?.text ?? '', {
      rating: 5,
      title: review?.title,
      count: 6,
    }))
      expect(reply).not.toMatch(/defective/i);
  });

  it('still takes up a fault the reviewer found (near miss)', () => {
    const text =
      'The photo output is awesome and it is very fast. The only problem is that the paper tray was defective and jams.';
    const replies = everyWording(store, text, { rating: 4, count: 6 });
    expect(replies.some((reply) => /paper tray/i.test(reply))).toBe(true);
  });
});
