import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Praise is never told back as the reviewer's point: "you could get such amazing products, at affordable prices" is no
// suggestion, and "with no flimsy plastic parts" denies the fault word it uses.

describe('"you could get such amazing products, at affordable prices"', () => {
  it('is no suggestion to the business', () => {
    expect(
      readQuibble(
        "Wow, who would've thought that you could get such amazing products, at affordable prices.",
        null,
      ).found,
    ).toBe(false);
  });

  it('leaves a real suggestion read as one (near miss)', () => {
    expect(readQuibble('You should get a bigger parking lot.', null).found).toBe(true);
  });
});

describe('a fault word the reviewer denies', () => {
  const review = (built: string) =>
    `+Built very sturdy, ${built} plastic parts\n+Fits right into the palm of your hand, though it may be a bit thick\n` +
    '+Music quality and screen clarity is superb.\n\n-Controls takes getting used to\n\nDefinitely a great buy.';

  it('is never told back as the point of the review', () => {
    for (const draft of everyWording(judged('electronics-store'), review('with no flimsy'), {
      rating: 5,
      count: 6,
    }))
      expect(draft).not.toMatch(/flimsy/);
  });

  it('is told back where the reviewer does not deny it (near miss)', () => {
    const drafts = everyWording(judged('electronics-store'), review('but with flimsy'), {
      rating: 5,
      count: 6,
    });
    expect(drafts.some((d) => /flimsy plastic parts/.test(d))).toBe(true);
  });
});
