import { recommendedProduct } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { electronicsThanks } from './happy-drafts.ts';

// Reviews whose thank-you, drafted alone for the judged electronics store, once closed "it is always good to put a
// face to a review" or ranked the reviewer's recommendation ("high praise indeed", "the highest mark an owner can
// give").
const ONCE_STOCK = [17, 18, 31, 36, 38, 73, 101, 104, 132, 135];
const STOCK = /put a face to a review|high praise indeed|highest mark an owner/i;

const draftsFor = electronicsThanks;

describe('a shop thank-you says no stock line a reader stumbles on', () => {
  it('no reply closes on putting a face to a review or ranks a recommendation', () => {
    expect(draftsFor(ONCE_STOCK).filter((d) => STOCK.test(d))).toEqual([]);
  });

  it('a reply that never used those lines keeps the close it had', () => {
    const closes = draftsFor([0, 1, 6]).map((d) =>
      d
        .split('\n— ')[0]
        ?.trim()
        .split(/(?<=[.!?])\s+/)
        .pop(),
    );
    // The first was bought from Amazon: asked in, never back.
    expect(closes).toEqual([
      'Whatever you are after, come in and we will point you right.',
      'Whatever you are after, come in and we will point you right.',
      'Come back and browse soon; there is always something new on the shelves.',
    ]);
  });

  it('no recommendation line ends on "your word", which the opening "the good word about…" already says', () => {
    expect(recommendedProduct.filter((line) => /\byour word\b/.test(line))).toEqual([]);
  });

  it('a recommendation is still thanked plainly', () => {
    expect(recommendedProduct.length).toBeGreaterThan(5);
    expect(recommendedProduct).toContain('Good to hear you would recommend {item} to others.');
  });
});
