import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const themesOf = (text: string, rating: number) =>
  triageReview(
    { rating, text },
    { sectorGroup: 'food_hospitality', taxonomy: themeTaxonomyFor('food_hospitality') },
  ).themes;

describe('looking forward is not a wait, however the contraction was scraped', () => {
  it('reads "I can\' t wait to come back" as looking forward', () => {
    expect(
      themesOf("Lovely brunch and a relaxing afternoon. I can' t wait to come back next month.", 5),
    ).not.toContain('wait');
  });

  it('still reads a real wait told with a split contraction as a wait', () => {
    expect(
      themesOf(
        "Lovely brunch, but we had to wait forty minutes past our booking and they didn' t say sorry.",
        4,
      ),
    ).toContain('wait');
  });
});
