import { composeDraft } from '@rebound/server/drafting/index';
import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';
import { judgedProfile } from '../drafting/judged/profile.ts';

// A wait the reviewer took in their stride ("I waited 40 minutes on a Sunday, which is expected") is no complaint:
// it is not tagged, and the reply names what they did complain of ("disappointed in the food") rather than the wait.

const venue = (rating: number, text: string) =>
  triageReview(
    { rating, text },
    { sectorGroup: 'food_hospitality', taxonomy: themeTaxonomyFor('food_hospitality') },
  );

describe('a wait the reviewer accepts', () => {
  const text =
    'I waited 40 mins on a Sunday which is expected but I was disappointed in the food. The wrap was just ok.';

  it('is not tagged as a wait', () => {
    expect(venue(2, text).themes).not.toContain('wait');
    expect(
      venue(2, 'The wait was understandable for a Friday night, but the pasta was bland.').themes,
    ).not.toContain('wait');
  });

  it('leaves the reply to name the food, not the wait', () => {
    const review = { author: null, rating: 2, text, title: null };
    const reply = composeDraft(review, venue(2, text), judgedProfile('restaurant')).text;
    expect(reply).toMatch(/\bfood\b/);
    expect(reply).not.toMatch(/\bwait/i);
  });
});

describe('a wait the reviewer complains of (near miss)', () => {
  it('is still tagged', () => {
    expect(
      venue(1, 'We waited 40 minutes for a table, which is ridiculous, and the food was cold.').themes,
    ).toContain('wait');
    expect(venue(1, 'We waited over an hour for our food. Never again.').themes).toContain('wait');
  });
});
