import { checkReply } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const compensation = (reply: string, rating: number | null | undefined) =>
  checkReply(reply, { rating, reviewText: 'Lovely dinner, the lamb was perfect and Sam looked after us.' })
    .filter((f) => f.rule === 'compensation')
    .map((f) => ({ words: reply.slice(f.span.start, f.span.end), severity: f.severity }));

describe('compensation offered under a happy review', () => {
  const offers: Array<[string, string]> = [
    ['Thank you! Your next dessert is on the house.', 'on the house'],
    ['Thanks so much. Please accept a £20 voucher for your next visit.', 'voucher'],
    ['Thank you for the lovely words; we would like to give you 15% off your next booking.', '15% off'],
    ['Thank you! As a thank you, we have refunded your drinks.', 'refunded'],
    ['Thank you, Sam will be thrilled. Enjoy a free glass of wine next time!', 'free glass'],
  ];
  for (const [reply, words] of offers) {
    it(`flags "${words}" in a reply to a 5-star review as advice`, () => {
      expect(compensation(reply, 5)).toEqual([{ words, severity: 'advice' }]);
    });
  }

  it('flags it on a 4-star review too', () => {
    expect(compensation('Thank you! Your next coffee is on us.', 4)).toHaveLength(1);
  });

  it('leaves the same offer alone under a 1–3 star review or when the rating is unknown', () => {
    for (const rating of [1, 2, 3, null, undefined]) {
      expect(compensation('Thank you! Your next dessert is on the house.', rating)).toEqual([]);
    }
  });

  it('does not mistake a mention of something free for an offer', () => {
    expect(compensation('Thank you! We are glad you enjoyed the free parking and the lamb.', 5)).toEqual([]);
  });
});
