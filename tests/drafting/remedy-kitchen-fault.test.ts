import { describe, expect, it } from 'vitest';
import { stepAs } from './remedies-helpers.ts';
import { body, draftFor, judged, offered } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

// A dish the kitchen got wrong (meat cooked tough, a cake not done, a dish reheated) is what "a refund for the dishes
// that were wrong" is for, even from a diner who will not come back for a table on us.
describe('a dish the kitchen got wrong is answered with its price back', () => {
  it.each([
    'The steak was so tough I could not cut it, and our server walked off. Never again.',
    'My cake was not done in the middle. We will not be back.',
    'The chicken was rubbery and the fries were cold.',
    'The pasta tasted reheated and the service was slow.',
  ])('offers the refund: %s', (text) => {
    expect(offered(stepAs(restaurant, text))).toBe('refund');
    expect(body(draftFor(restaurant, text))).toMatch(/\brefund/i);
  });

  it.each([
    // Dry wine is a style, not a dish gone wrong.
    'The wine was dry and the service slow. Never again.',
    // Dry or greasy is a verdict of taste.
    'The chicken was a bit dry and the fries were greasy. Not for us.',
    // A dish praised as not tough is no fault.
    'The steak was not tough at all, but the waiter ignored us for forty minutes and we walked out.',
  ])('offers no refund for the dishes: %s', (text) => {
    expect(offered(stepAs(restaurant, text))).not.toBe('refund');
  });
});
