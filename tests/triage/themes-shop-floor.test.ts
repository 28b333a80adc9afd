import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';
import { criticalClauses } from '../../server/src/triage/situation/clauses.ts';

const retailThemes = (rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: 'retail', taxonomy: themeTaxonomyFor('retail') }).themes;

describe('a shop whose floor and racks were dirty', () => {
  const told =
    'I love a bargain and I came in hoping to find one. The floors and clothing racks were filthy. I got black stuff on my hand after touching a rack. Parts of the floor were sticky and the selection was meager. Never again.';

  it('is tagged for cleanliness', () => {
    expect(retailThemes(1, told)).toContain('cleanliness');
  });

  it('reads filth and grime as criticism', () => {
    for (const sentence of [
      'The floors were filthy.',
      'The counter was grimy.',
      'The fitting room was unsanitary.',
    ])
      expect(criticalClauses(sentence)[0]?.score).toBeLessThan(0);
  });

  it('does not tag goods said to get dirty or sticky in use as the shop being dirty', () => {
    expect(
      retailThemes(2, 'The white case gets dirty in a week and the keys are sticky. Poor design.'),
    ).not.toContain('cleanliness');
  });
});

describe('"too late" said to the customer is a refusal, not a wait', () => {
  it.each([
    'I asked them to cancel the print order before it ran and was told "Too late" though it was still on their screen.',
    'Tried to change my order an hour after placing it and the clerk said it was too late, no refunds.',
  ])('%s', (text) => {
    expect(retailThemes(1, text)).not.toContain('wait');
  });

  it('still reads goods that came too late as a wait', () => {
    expect(retailThemes(1, 'The parcel came two weeks late and the box was crushed.')).toContain('wait');
  });
});
