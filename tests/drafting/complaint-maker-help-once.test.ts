import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// A reply that offers to chase the maker says so once: no line before the offer ("You should not have to chase this
// on your own", "Even where the maker is at fault, I would like to help") tells the same help again. Drafted on real
// electronics reviews whose faults may be the maker's.

const store: BusinessProfile = judgedProfile('electronics-store');
const reviews = loadMultiDomain('electronics_negative.review');

function draftOf(index: number): string {
  const r = reviews[index];
  if (!r) throw new Error(`no review ${index}`);
  const review = { author: null, rating: r.rating, text: r.text, title: r.title, itemName: r.productName };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
}

const MAKER_OFFER = /\b(?:maker for you|chase the maker)\b/;
const MAKER_OWNING = /\bchase this on your own\b|\bEven where the maker is at fault\b/;

describe('help with the maker', () => {
  it('is offered once, never also promised in the line before', () => {
    const drafts = [257, 268, 300, 401, 479, 520, 574, 609].map(draftOf);
    expect(drafts.filter((d) => MAKER_OFFER.test(d)).length).toBeGreaterThan(3);
    for (const d of drafts) if (MAKER_OFFER.test(d)) expect(d).not.toMatch(MAKER_OWNING);
  });
});
