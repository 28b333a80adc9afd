import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged } from './remedy-helpers.ts';

// What follows the contact details does not open on the reviewer's getting in touch when it promises that I will be
// in touch: "Once you have been in touch, I will … be back in touch" says it twice.

const shop = judged('electronics-store');
const reviews = loadMultiDomain('electronics_negative.review');

describe('what follows the contact details, on every stored unhappy review of a shop', () => {
  const drafts = reviews.map((r) => {
    const review = {
      author: r.reviewer || null,
      rating: r.rating,
      text: r.text,
      title: r.title || null,
      itemName: r.productName || null,
    };
    return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(shop.sector) }), shop).text;
  });

  it('never says "in touch" twice in one sentence', () => {
    const twice = drafts.filter((d) => /\bin touch\b[^.!?]*\bin touch\b/.test(d));
    expect(twice).toEqual([]);
  });

  it('still opens some replies on "Once you have been in touch" (near miss)', () => {
    expect(drafts.filter((d) => /\bOnce you have been in touch, /.test(d)).length).toBeGreaterThan(0);
  });
});
