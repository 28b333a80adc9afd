import { composeDraft } from '@rebound/server/drafting/index';
import { fitsWarmth, measuredPraise } from '@rebound/server/drafting/thanks-warmth';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

// Praise held back ("Quite acceptable") is not answered as a rave: no "money well spent", "a good choice" or
// "a keeper".

const OVERSTATED =
  /money well spent|good choice|right choice|chose well|picked well|smart move|good buy|worth the money|just what you needed|a keeper|just the ticket|good match|exactly the kind of result|working so well/i;
const store = loadProfile('electronics');
const replies = (text: string, rating: number): string[] => {
  const r = { author: null, rating, text, title: null, itemName: 'Pell Inkjet Printer' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
  return Array.from({ length: 8 }, (_, variant) => composeDraft(r, triage, store, { variant }).text);
};

describe('held-back praise', () => {
  it('reads "quite acceptable" and "satisfactory" as measured', () => {
    expect(measuredPraise('Quite acceptable. Prints what I need.', 5)).toBe(true);
    expect(measuredPraise('Satisfactory for the price.', 5)).toBe(true);
  });

  it.each([
    ['Quite acceptable. In line with what I have bought before.', 4],
    ['Satisfactory. Prints what I need.', 5],
  ] as const)('is never answered as a rave: %s', (text, rating) => {
    for (const reply of replies(text, rating)) expect(reply).not.toMatch(OVERSTATED);
  });

  it('keeps those lines for a rave (near miss)', () => {
    expect(fitsWarmth('That sounds like money well spent.', { measured: false })).toBe(true);
    expect(fitsWarmth('That sounds like money well spent.', { measured: true })).toBe(false);
    expect(fitsWarmth('Thank you for letting us know.', { measured: true })).toBe(true);
  });
});
