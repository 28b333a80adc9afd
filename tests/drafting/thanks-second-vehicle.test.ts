import { tellsOfRegular } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "This is the second vehicle I have taken to them": a customer who keeps bringing things to us is a returning one,
// and the note says so rather than thanking them for one visit.

const TINT =
  'Our truck looks brand new after these guys got done with it. We also had them tint it and it turned out amazing. I say again because this is the second vehicle I have taken to them.';

describe('a customer on their second vehicle', () => {
  it('is read as a returning customer', () => {
    expect(tellsOfRegular(TINT, false)).toBe(true);
    expect(
      tellsOfRegular('This is the third dog we have brought here, and they are always gentle.', false),
    ).toBe(true);
  });

  it('is thanked as one, never for one visit', () => {
    for (const draft of everyWording(judged('auto'), TINT, { rating: 5, count: 6 }))
      expect(draft).not.toMatch(/\byour visit\b/);
  });

  it('near miss: a second vehicle bought elsewhere tells of no custom here', () => {
    expect(
      tellsOfRegular('This is the second vehicle I bought this year, and the tint here was great.', false),
    ).toBe(false);
  });
});
