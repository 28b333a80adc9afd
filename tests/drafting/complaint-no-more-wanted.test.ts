import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// A buyer who says they will never order the product again, or who hesitates to get another, is not offered another
// of the same: their money back is what fits.

const store = judged('electronics-store');
const never =
  'When the spindle arrived the plastic cover was cracked and half the discs would not burn. I will never again ' +
  'order this product.';
const hesitant =
  'The card worked for a few weeks, then the camera said the data was corrupted and now it will not read it at all. ' +
  'I am hesitant to get another one.';

describe('a buyer who wants no more of the product', () => {
  it('is not offered a replacement', () => {
    for (const text of [never, hesitant]) {
      expect(offered(stepFor(store, text))).not.toBe('replacement');
      for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/new one|replacement/i);
    }
  });

  it('is offered their money back', () => {
    expect(offered(stepFor(store, never))).toBe('refund');
  });

  it('who asks for another is still offered one (near miss)', () => {
    const wants =
      'When the spindle arrived the plastic cover was cracked and half the discs would not burn. Please send me a ' +
      'replacement.';
    expect(offered(stepFor(store, wants))).toBe('replacement');
  });
});
