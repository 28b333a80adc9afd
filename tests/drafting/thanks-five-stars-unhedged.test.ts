import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// Five stars are thanked without a hedge: "Picking the SanDisk card seems to have been a smart move" or "Overall,
// they seem to be proving useful to you" undersells a buyer who gave full marks. Four stars with a point against the
// goods may still be weighed ("on balance…").

const store = judgedProfile('electronics-store');
const sectorGroup = sectorGroupOf(store.sector);
const HEDGED = /\bseems?\b/i;
const reviews = loadMultiDomain('electronics_positive.review').slice(0, 400).map(asDraftReview);

const draftOf = (review: ReturnType<typeof asDraftReview>): string =>
  composeDraft(review, triageReview(review, { sectorGroup }), store, { recent: [] }).text;

describe('a thank-you for goods', () => {
  it('never hedges its gladness to a five-star buyer', () => {
    const fiveStars = reviews.filter((r) => r.rating >= 5);
    expect(fiveStars.length).toBeGreaterThan(100);
    expect(fiveStars.map(draftOf).filter((d) => HEDGED.test(d))).toEqual([]);
  });

  it('near miss: may still weigh the goods for a four-star buyer with a point against them', () => {
    const fourStars = reviews.filter((r) => r.rating === 4);
    expect(fourStars.map(draftOf).filter((d) => HEDGED.test(d)).length).toBeGreaterThan(0);
  });
});
