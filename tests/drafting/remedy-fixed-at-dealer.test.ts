import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, themeTaxonomyFor, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, judged } from './remedy-helpers.ts';

const garage = judged('auto');
const LIGHTS =
  'When the car was delivered to me, there were two engine warning lights on that had not been on when I drove the car in.';

/** The draft as `rebound triage` makes it: read with the themes the garage's trade uses. */
const draft = (text: string): string => {
  const review = { author: null, rating: 1, text };
  const sectorGroup = sectorGroupOf(garage.sector);
  const taxonomy = themeTaxonomyFor(sectorGroup, garage.themeExtensions);
  return body(composeDraft(review, triageReview(review, { sectorGroup, taxonomy }), garage).text);
};

describe('work a dealer already found and put right', () => {
  it('offers no free re-inspection of work another garage has already put right', () => {
    const text = `${LIGHTS} I took the car to the dealer who said that a sensor had been left unplugged when they removed the air filter.`;
    expect(draft(text)).not.toMatch(/re-?inspection|no charge|free of charge/i);
  });

  it('still offers the re-inspection where nobody has put it right yet (near miss)', () => {
    expect(
      draft(`${LIGHTS} The technician said the lights were on when he got in the car, which was not true.`),
    ).toMatch(/re-?inspection/i);
  });
});
