import { describe, expect, it } from 'vitest';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

describe('an order brought to the door', () => {
  it.each([
    'Ordered delivery on Friday. Dessert was nowhere in the bag and the rest was a letdown.',
    'Used Uber Eats for the first time from here and honestly it was not good at all.',
  ])('is never called a visit: %s', (text) => {
    for (const reply of everyWording(restaurant, text, { count: 12 }))
      expect(reply).not.toMatch(/\byour visit\b|\byour time with us\b|\bcame in\b/i);
  });

  it('leaves the visit wording to guests who ate in', () => {
    const replies = everyWording(
      restaurant,
      'We sat at a booth on Saturday night and the whole thing was a letdown from start to finish.',
      {
        count: 24,
      },
    );
    expect(replies.some((reply) => /\byour visit\b|\byour time with us\b/i.test(reply))).toBe(true);
  });
});

describe('an offer whose own words say "right"', () => {
  it('is never told in a sentence that says "right" again', () => {
    const texts = [
      localNegative(14),
      'Lovely staff, but the cakes were dry and tasted of nothing much. I have had better from the supermarket.',
      'The sourdough was dense and gummy in the middle, and the croissants were stale.',
    ];
    for (const text of texts)
      for (const reply of everyWording(judged('bakery'), text, { count: 40 }))
        for (const sentence of reply.split(/(?<=[.!?])\s+/))
          expect(sentence).not.toMatch(/\bright\b.*\bright\b/i);
  });
});
