import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// A food business's offer fits what was had and what went wrong: a guest who only drank is not offered a meal for
// watered-down drinks, and a refund "for anything that was not right" answers food that came out wrong, not a
// verdict of taste.

const restaurant = judged('restaurant');
const bakery = judged('bakery');

describe('a guest who only drank', () => {
  const text =
    'Came in to watch the game. Packed but friendly enough. The cocktails tasted watered down, so order the vodka and the mixer separately.';

  it('is not offered a meal for the drinks', () => {
    expect(offered(stepFor(restaurant, text, 2))).toBe('call:fix');
    for (const reply of everyWording(restaurant, text, { rating: 2 })) expect(reply).not.toMatch(/\bmeal\b/i);
  });

  it('still gets the table on us where the food itself was poor (near miss)', () => {
    const ate =
      'Came in to watch the game. Packed but friendly enough. The burgers were bland and the fries were soggy.';
    expect(offered(stepFor(restaurant, ate, 2))).toMatch(/^(?:other|refund)$/);
  });
});

describe("a bakery's refund for anything that was not right", () => {
  it('is not offered for a verdict of taste alone', () => {
    const text =
      'Bought a birthday cake here. Lovely staff, but the cakes just were not that tasty and rather dry.';
    expect(offered(stepFor(bakery, text, 2))).toMatch(/^call:/);
    for (const reply of everyWording(bakery, text, { rating: 2 })) expect(reply).not.toMatch(/\brefund\b/i);
  });

  it('is offered where the order came out wrong (near miss)', () => {
    for (const text of [
      'We went for brunch and they messed up every order but one. It is eggs and toast, come on.',
      'The croissants were stale and the muffins we collected were the wrong ones entirely.',
      'I ordered a dozen cupcakes for a party and they got it wrong: half were the wrong flavour entirely.',
      'The roast potatoes were soggy and the quiche had sat out too long.',
    ])
      expect(offered(stepFor(bakery, text, 2)), text).toBe('refund');
  });
});

describe('a diner who walked in on a whim and was served food that came out wrong', () => {
  it('is offered the refund for that food', () => {
    const text =
      'Walked in on a whim for lunch with friends. A few pieces of sashimi were icy, still half frozen in the middle, and the rolls were drowned in sauce.';
    expect(offered(stepFor(restaurant, text, 2))).toBe('refund');
  });

  it('is not offered money for a visit that ended before anything was ordered (near miss)', () => {
    const text =
      'Walked in on a whim for lunch with friends and walked out before ordering, as nobody came to the table for twenty minutes.';
    expect(offered(stepFor(restaurant, text, 2))).not.toBe('refund');
  });
});
