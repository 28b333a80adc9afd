import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "It is lovely to see the pedicures singled out" of a visit that was only for pedicures, or "the clean store stood
// out for you" of one thing among many praised alike, tells the reviewer what they did not say: only a thing they
// did pick out (their favourite, "especially the spa") is thanked as picked out.

const PICKED_OUT = /\bsingled out\b|\bstood out\b|\bsingling out\b|\bpicking out\b/i;

describe('a thing the reviewer did not pick out', () => {
  it.each([
    [
      'spa',
      'the one treatment the visit was for',
      'My sister and I came in for pedicures. The pedicures were amazing and so relaxing. We will be back!',
    ],
    [
      'shop',
      'one of several things praised alike',
      'Great store! The store is clean, the prices are great, the staff are friendly and parking is easy.',
    ],
  ])('is never thanked as singled out (%s): %s', (profile, _, text) => {
    for (const draft of everyWording(judged(profile), text, { rating: 5, count: 24 }))
      expect(draft).not.toMatch(PICKED_OUT);
  });

  it('near miss: a favourite among other things praised may still be thanked as picked out', () => {
    const drafts = everyWording(
      judged('restaurant'),
      'The food was great and the staff were friendly. My favorite was the tiramisu.',
      { rating: 5, count: 24 },
    );
    expect(drafts.some((draft) => PICKED_OUT.test(draft))).toBe(true);
  });
});
