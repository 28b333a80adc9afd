import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const retailThemes = (text: string) =>
  triageReview({ rating: 2, text }, { sectorGroup: 'retail', taxonomy: themeTaxonomyFor('retail') }).themes;

describe("a shop's quote and invoice", () => {
  it('tags the price when the bill came to more than the quote', () => {
    expect(
      retailThemes('Quoted 60 for a tune-up and the invoice said 95. Nobody asked me before adding parts.'),
    ).toContain('price');
    expect(retailThemes('I was charged a lot more than quoted for the new chain.')).toContain('price');
  });

  it('tags no price for a time or a figure quoted (near miss)', () => {
    expect(retailThemes('They quoted 3 days for delivery and it took two weeks.')).not.toContain('price');
    expect(retailThemes('The box quoted 8 hours of battery and I get 3. It dies mid-ride.')).not.toContain(
      'price',
    );
  });
});
