import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const triage = (text: string, rating = 4) =>
  triageReview(
    { rating, text },
    { sectorGroup: 'food_hospitality', taxonomy: themeTaxonomyFor('food_hospitality') },
  );

describe('a happy review counts the quibble it states plainly', () => {
  it('takes the food theme from a dish said to be wet, in an otherwise glowing review', () => {
    const t = triage(
      'Great little cafe with friendly staff and the best scones. My pizza was wet in the middle though. Will be back!',
    );
    expect(t.situation.stance).toBe('happy_with_quibble');
    expect(t.themes).toEqual(['food']);
  });

  it('takes the order theme from an order brought muddled', () => {
    const t = triage(
      'I ordered a double espresso but they gave me two cups and then a paper cup. Still, lovely pastries and kind staff. Will return.',
    );
    expect(t.situation.stance).toBe('happy_with_quibble');
    expect(t.themes).toContain('order');
  });

  it('takes nothing from the same words said in praise', () => {
    const t = triage(
      'The pizza was not wet at all, crisp and hot. Friendly staff and quick service. Will be back!',
      5,
    );
    expect(t.themes).toEqual([]);
  });
});
