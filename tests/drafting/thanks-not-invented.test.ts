import { recommends, visitNotTold } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const salon = judged('salon');
const spa = judged('spa');
const shop = judged('shop');

describe('a happy reviewer is not told of things they never said', () => {
  it('reads "other highly recommended colorists" as no recommendation of ours, and still reads one', () => {
    const text =
      'Jodi gave me a very thorough consultation. She did what at least half a dozen other highly recommended colorists did not accomplish.';
    expect(recommends(text)).toBe(false);
    for (const reply of everyWording(salon, text, { rating: 5, count: 8 }))
      expect(reply).not.toMatch(/vouch|recommend|send(?:ing)? people our way|word of mouth/i);
    expect(recommends('Jodi is wonderful. Highly recommended!')).toBe(true);
    expect(recommends('I would highly recommend her to anyone.')).toBe(true);
  });

  it('reads a consultation a stylist gave as a visit, not a present, and a gift voucher still as a present', () => {
    expect(
      visitNotTold('Jodi gave me a very thorough consultation and the colour is lovely.', 'your appointment'),
    ).toBe(false);
    for (const reply of everyWording(
      salon,
      'Jodi gave me a very thorough consultation and the colour is lovely.',
      {
        rating: 5,
        count: 8,
      },
    ))
      expect(reply).not.toMatch(/in person one day|come and see us for yourself|delighted to meet you/i);
    expect(visitNotTold('My sister gave me a box of their cupcakes for my birthday.', 'your visit')).toBe(
      true,
    );
  });

  it('never opens on "telling others about us" to a reviewer who tells no one', () => {
    const text =
      "I had heard many great things about Penzey's, but it wasn't until recently that I actually went to the store. After shopping around and smelling various spices, I wanted to buy everything in the store! Great for gifts as well!";
    for (const reply of everyWording(shop, text, { rating: 5, count: 60 }))
      expect(reply).not.toMatch(/telling others/i);
  });

  it('wishes no "new look" after a wax or a pedicure, and may after a haircut', () => {
    const wax =
      "Courtney is the best waxer I've ever had, and the only one after whom I had no reaction. She's gentle and the room is very clean.";
    for (const reply of everyWording(spa, wax, { rating: 5, count: 12 }))
      expect(reply).not.toMatch(/new look/i);
    const cut =
      'Maria gave me the best haircut I have had in years, and the colour is exactly what I asked for.';
    const replies = Array.from({ length: 6 }, (_, i) =>
      everyWording(salon, `${cut} Visit ${i + 1} of many.`, { rating: 5, count: 12 }),
    ).flat();
    expect(replies.some((reply) => /new look/i.test(reply))).toBe(true);
  });
});
