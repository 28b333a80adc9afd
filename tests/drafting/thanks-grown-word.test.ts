import { describe, expect, it } from 'vitest';
import { readPraise } from '../../server/src/drafting/thanks-praise.ts';
import { everyWording, judged } from './remedy-helpers.ts';

const hotel = judged('hotel');

describe('a word of praise grown from the name of the thing praised', () => {
  const text =
    'The room we had was roomy and comfortable. The complimentary breakfast was a basic offering but much appreciated.';

  it('never thanks for "the roomy room", and keeps the rest of what was said of it', () => {
    const room = readPraise(text).find((p) => p.subject === 'the room');
    expect(room?.words).toEqual(['comfortable']);
    for (const reply of everyWording(hotel, text, { rating: 4, count: 4 }))
      expect(reply).not.toMatch(/\broomy\b/i);
  });

  it('still keeps the words said of other things, and a word like it said of something else', () => {
    const staff = readPraise('The bed was comfortable and the staff were friendly and helpful.').find(
      (p) => p.subject === 'the staff',
    );
    expect(staff?.words).toEqual(['friendly', 'helpful']);
    const card = readPraise('The card is fast and roomy, and the case is sturdy.');
    expect(card.flatMap((p) => p.words)).toContain('roomy');
  });
});
