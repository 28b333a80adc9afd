import type { BusinessProfile } from '@rebound/server/drafting/index';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string, rating = 1): string[] =>
  everyWording(profile, text, { rating });
describe('a wait told twice', () => {
  it('does not apologise for the food taking forty minutes and then for the long wait', () => {
    const text =
      'We ordered our food and it took 40 minutes for the food to come out. The staff were slow to take our order too. I wouldn’t recommend it.';
    for (const d of drafts(restaurant, text, 2)) {
      expect(d).not.toMatch(/40 minutes[^.]*\bwait\b|\bwait\b[^.]*40 minutes/);
    }
  });

  it('does not read bread that almost broke a tooth as broken bread', () => {
    const text =
      'We ordered our food and it took 40 minutes for the food to come out. The shrimp was good but the bread almost broke my teeth when I bit into it.';
    const { situation } = triageReview({ rating: 2, text, title: null }, { sectorGroup: 'food_hospitality' });
    expect([situation.problem, ...situation.otherProblems].join(' ')).not.toMatch(/broke/);
    for (const d of drafts(restaurant, text, 2)) expect(d).not.toMatch(/bread broke/);
  });
});
