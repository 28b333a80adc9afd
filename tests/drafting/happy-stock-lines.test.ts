import { readFileSync } from 'node:fs';
import path from 'node:path';
import { businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { recommendedProduct } from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';

// Reviews whose thank-you, drafted alone for the judged electronics store, once closed "it is always good to put a
// face to a review" or ranked the reviewer's recommendation ("high praise indeed", "the highest mark an owner can
// give").
const ONCE_STOCK = [17, 18, 31, 36, 38, 73, 101, 104, 132, 135];
const STOCK = /put a face to a review|high praise indeed|highest mark an owner/i;

const draftsFor = (indexes: readonly number[]): string[] => {
  const file = path.resolve(import.meta.dirname, 'judged/profiles/electronics-store.json');
  const profile = businessProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const reviews = loadMultiDomain('electronics_positive.review');
  return indexes
    .map((i) => reviews[i])
    .filter((r) => r !== undefined)
    .map((r) => {
      const review = {
        author: r.reviewer,
        rating: r.rating,
        text: r.text,
        title: r.title,
        itemName: r.productName,
      };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      return composeDraft(review, triage, profile, { recent: [] }).text;
    });
};

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
    expect(closes).toEqual([
      'Come and say hello if you are ever passing the shop.',
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
