import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const restaurant = businessProfileSchema.parse(
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'judged', 'profiles', 'restaurant.json'), 'utf8')),
);
const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
function drafts(profile: BusinessProfile, text: string, rating = 1): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return [0, 1, 2, 3, 4, 5].map((variant) => body(composeDraft(r, triage, profile, { variant }).text));
}
const HEARD =
  /other points you raise|rest of your review|rest of what you list|other points will not|other things you mention|every point you make|each point in your review|every point you raise/;

describe('a long review with several faults', () => {
  const long =
    'I came here with high hopes after reading about the place online. This location was having system issues on the day I visited so there was a longer than usual wait, which I did not mind. The bun on my hot dog was so soggy that it fell apart in my hands before I could finish it. There was barely any of the jalapeno sauce and the mayo was scraped on so thin I could hardly taste it. I also ordered a cup of the rice pudding, which turned out to be a pre-packaged store-bought cup sold as if it were made in house. The whole meal was far below what I expected for the price, and I left hungry and annoyed.';

  it('says the faults it does not name are heard, in one sentence', () => {
    for (const d of drafts(restaurant, long, 2)) {
      expect(d).toMatch(HEARD);
      expect(d.match(new RegExp(HEARD.source, 'g'))?.length).toBe(1);
    }
  });

  it('adds nothing of the kind to a short review, or to a long one telling a single fault', () => {
    for (const d of drafts(restaurant, 'The soup was cold and the bread was stale.', 2)) {
      expect(d).not.toMatch(HEARD);
    }
    const oneFault =
      'We booked a table for six for my mother’s birthday weeks ahead and called the day before to confirm it. The staff were friendly when we arrived and the room looked lovely, with flowers on every table and soft music playing. We sat down, ordered drinks and a round of starters, and chatted happily for a good while as the room filled up around us. Then we waited for our mains for an hour and forty minutes, and they came out all at once when half of us had given up.';
    for (const d of drafts(restaurant, oneFault, 2)) expect(d).not.toMatch(HEARD);
  });
});

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
