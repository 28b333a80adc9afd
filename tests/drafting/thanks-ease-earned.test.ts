import { productPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';

describe('ease the reviewer had to work for', () => {
  it('is not thanked as easy to use when it was easy "once you get the hang of it"', () => {
    const text =
      "It isn't very intuitive. The basic GPS functions are easy to use once you get the hang of it, and the voice directions are clear.";
    expect(productPraise(text, null, 'the Garmin GPS').some((p) => /easy/.test(p.how ?? ''))).toBe(false);
  });

  it('is thanked where it was easy from the start (near miss)', () => {
    const text = 'The basic GPS functions are easy to use, and the voice directions are clear.';
    expect(productPraise(text, null, 'the Garmin GPS').some((p) => /easy/.test(p.how ?? ''))).toBe(true);
  });
});
