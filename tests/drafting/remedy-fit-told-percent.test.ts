import { publicRemedy } from '@rebound/server/drafting/choose-remedy';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A public reply tells a part of the price back or money off without its figure: the percentage is for the
// conversation in private, not for every later reader of the page.

const hotel = judged('hotel');

describe('a partial refund in a public reply', () => {
  it('is told without its percentage', () => {
    const text =
      'The pillowcases and the sheet had stains on them. If we had not checked in so late at night, I would have asked for another room.';
    const replies = everyWording(hotel, text, { rating: 2, count: 8 });
    expect(replies.some((reply) => /partial refund/.test(reply))).toBe(true);
    for (const reply of replies) expect(reply, reply).not.toMatch(/\d\s*%|per ?cent/);
  });

  it('drops the figure from a label that carries one, and from money off', () => {
    expect(publicRemedy({ kind: 'refund', label: 'a 30% refund on your stay' })).toBe(
      'a partial refund on your stay',
    );
    expect(publicRemedy({ kind: 'discount', label: 'a discount on your next visit', percent: 20 })).toBe(
      'a discount on your next visit',
    );
    expect(publicRemedy({ kind: 'other', label: '15% off your next order' })).toBe(
      'money off your next order',
    );
  });

  it('still calls a full refund a full refund (near miss)', () => {
    expect(publicRemedy({ kind: 'refund', label: 'a refund for the meal', percent: 100 })).toBe(
      'a full refund for the meal',
    );
    expect(
      publicRemedy({ kind: 'refund', label: 'a full refund, return shipping on us', percent: 100 }),
    ).toBe('a full refund, return shipping on us');
  });
});
