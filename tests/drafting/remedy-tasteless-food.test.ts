import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// Food with no taste at all is a failure of the kitchen: the restaurant's refund for the dishes that were wrong
// answers it, where a call that promises nothing would not. Food found salty, greasy or merely average is a matter
// of taste and is not refunded unasked.

const restaurant = judged('restaurant');
const bakery = judged('bakery');

describe('dishes with no taste', () => {
  const tasteless = [
    'Lovely patio and a friendly waiter, but the tacos were dry and tasteless and the rice had no seasoning at all.',
    'Service was quick. The pasta sauce was bland and tasted like it came straight from a jar. Very disappointing.',
    'Our server was kind, but it was bland, flavourless food from start to finish. Not worth the money.',
  ];

  it('are offered the refund for the dishes that were wrong', () => {
    for (const text of tasteless) {
      expect(offered(stepFor(restaurant, text, 2)), text).toBe('refund');
      expect(offered(stepFor(bakery, text, 2)), text).toBe('refund');
    }
  });

  it('name the dish the refund is for, not a dish said to be wrong', () => {
    const text = 'Overpriced and ordinary. The spring rolls were very bland and came with hardly any sauce.';
    for (const reply of everyWording(restaurant, text, { rating: 2 })) {
      expect(reply).toMatch(/\brefund/i);
      expect(reply).not.toMatch(/\bdishes that were wrong\b/i);
    }
  });
});

describe('food found wanting only in taste', () => {
  const liking = [
    'The steak was far too salty and the fries were greasy. The waiter was nice but I would not rush back.',
    'The curry was not bland at all, just far too spicy for me, and the room was very loud.',
  ];

  it('is not refunded as a dish that was wrong', () => {
    for (const text of liking) expect(offered(stepFor(restaurant, text, 2)), text).not.toBe('refund');
  });
});
