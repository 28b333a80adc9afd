import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A regular who loves the place but notices they get less than they used to ("the frosting is relatively thinner on
// my recent visits") has a quibble: the note says so, once, and is not pure praise.

const FROSTING =
  "So, I love cake and so does my husband. The cake here is utterly yum, however in my recent visits I've noticed that the frosting is relatively thiner and thus I am forced to pay an extra $5.00 for additional frosting. Owners, please go back to quality vs. quantity.";
const PORTIONS = 'Love the curries here, always fresh. Lately the portions have gotten smaller though.';

describe('less than there used to be', () => {
  it('is read as the quibble, told as a change noticed', () => {
    expect(readQuibble(FROSTING, null)).toMatchObject({
      found: true,
      clause: 'the frosting has been thinner lately',
    });
    expect(readQuibble(PORTIONS, null)).toMatchObject({
      found: true,
      clause: 'the portions have been smaller lately',
    });
  });

  it('makes a 4-star review happy with a quibble, and the note names it', () => {
    const review = { author: null, rating: 4, text: FROSTING, title: null };
    expect(triageReview(review, { sectorGroup: 'food_hospitality' }).situation.stance).toBe(
      'happy_with_quibble',
    );
    for (const draft of everyWording(judged('bakery'), FROSTING, { rating: 4, count: 6 }))
      expect(draft).toMatch(/frosting/);
  });

  it('near miss: thinner than somewhere else, or thinner as praise, is no quibble', () => {
    expect(
      readQuibble('The slices are thinner than at the place next door, and delicious.', null).found,
    ).toBe(false);
    expect(readQuibble('The crust is thinner and crispier, which we love.', null).found).toBe(false);
  });
});
