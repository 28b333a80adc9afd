import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged } from './remedy-helpers.ts';

// "With your details in hand, …" opens what follows the contact details only where I am the one who acts on them:
// "With your details in hand, you will have a replacement…" would leave the details in nobody's hands.

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

  it('opens "With your details in hand" only on what I will do', () => {
    const hanging = drafts.filter((d) => /\bWith your details in hand, (?!I\b)/.test(d));
    expect(hanging).toEqual([]);
  });

  it('still opens some replies that way (near miss)', () => {
    expect(drafts.filter((d) => /\bWith your details in hand, I\b/.test(d)).length).toBeGreaterThan(0);
  });
});
