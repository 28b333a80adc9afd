import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const shop = judgedProfile('electronics-store');
const thank = (rating: number, title: string, text: string) => {
  const review = { author: null, rating, text, title };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(shop.sector) });
  return composeDraft(review, triage, shop, { recent: [] }).text;
};

describe('a thank-you names no praise the review did not give', () => {
  it('never takes "a great price right here" for a thing called "the price right"', () => {
    const text = thank(
      5,
      'Happy with my printer',
      'I picked it after reading good reviews, and I got it for an excellent price right here plus free shipping.',
    );
    expect(text).not.toMatch(/price right/);
  });

  it('still names a price the reviewer praised (near miss)', () => {
    expect(thank(5, 'Happy with my printer', 'I got it for an excellent price and it prints well.')).toMatch(
      /price|value|good a buy/,
    );
  });

  it('never thanks a title that says "not solid" for saying how solid it is', () => {
    const text = thank(
      4,
      'nice but not solid',
      'For the price it is great. It works fine but the plastic is not solid.',
    );
    expect(text).not.toMatch(/how solid|solid it is/);
  });

  it('still thanks a title that calls it solid (near miss)', () => {
    const text = thank(5, 'Solid and reliable', 'I have used this drive every day for a year.');
    expect(text).toMatch(/solid/);
  });
});
