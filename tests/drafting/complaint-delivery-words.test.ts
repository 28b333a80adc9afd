import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

describe('an order brought to the door', () => {
  it.each([
    'Ordered delivery on Friday. Dessert was nowhere in the bag and the rest was a letdown.',
    'Used Uber Eats for the first time from here and honestly it was not good at all.',
  ])('is never called a visit: %s', (text) => {
    for (const reply of everyWording(restaurant, text, { count: 12 }))
      expect(reply).not.toMatch(/\byour visit\b|\bleave us\b|\bcame in\b/i);
  });

  it('leaves the visit wording to guests who ate in', () => {
    const replies = everyWording(
      restaurant,
      'We sat at a booth on Saturday night and the whole thing was a letdown from start to finish.',
      {
        count: 24,
      },
    );
    expect(replies.some((reply) => /\byour visit\b|\bleave us\b/i.test(reply))).toBe(true);
  });
});
