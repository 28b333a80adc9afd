import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A review that sets a fault aside ("Otherwise fine") holds something back even where the fault itself is not read:
// its note never opens on a gushing thanks. Plain praise may still be thanked warmly.

const restaurant = loadProfile('restaurant');
const GUSH = /!|\bwonderful\b|\blovely review\b|\bkind (?:review|write-up)\b|\ba million\b/i;

/** The note's first sentence in each of many wordings. */
const openings = (text: string, rating: number): string[] => {
  const review = { author: null, rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(restaurant.sector) });
  return Array.from(
    { length: 40 },
    (_, variant) => sentencesOf(composeDraft(review, triage, restaurant, { variant }).text)[0] ?? '',
  );
};

describe('a thank-you for a review that sets a fault aside', () => {
  it.each([
    'The tables are set too close together. Otherwise fine.',
    'Parking is a nightmare round here. Apart from that, great.',
  ])('never opens on a gushing thanks: %s', (text) => {
    for (const opening of openings(text, 4)) expect(opening).not.toMatch(GUSH);
  });

  it('still may thank plain praise warmly', () => {
    expect(openings('Great place, highly recommend.', 5).some((o) => GUSH.test(o))).toBe(true);
  });
});
