import { describe, expect, it } from 'vitest';
import { isReturningCustomer } from '../../server/src/triage/situation/praise.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A thank-you tells back only what the reviewer told of their own visits: a new find is no regular, a story of two
// trips is no first time.

const REGULAR_LINE =
  /familiar face|time after time|after all this time|keep (?:choosing|coming|returning)|regulars like you|back again and again/i;

describe('a reviewer who has just found their go-to place', () => {
  const finds = [
    'Went in for a pedicure last Tuesday and I think I finally found my go-to nail place! Kelly was gentle and chatty. I will be booking again.',
    'After trying half the salons in town I have found our go-to spot. The therapists were calm and the room smelled lovely.',
    'Discovered my go-to massage place at last. Priya worked out every knot in my shoulders.',
  ];
  it('is not read as a regular', () => {
    for (const text of finds) expect(isReturningCustomer(text), text).toBe(false);
  });
  it('is not greeted as a familiar face', () => {
    const spa = judged('spa');
    for (const text of finds)
      for (const draft of everyWording(spa, text, { rating: 5, count: 8 }))
        expect(draft).not.toMatch(REGULAR_LINE);
  });
  it('still reads a go-to place the reviewer has kept for a while (near misses)', () => {
    expect(isReturningCustomer('This salon is my go-to nail place and the staff know me by name.')).toBe(
      true,
    );
    expect(isReturningCustomer('Our go-to spot for birthdays, the team never lets us down.')).toBe(true);
  });
});
