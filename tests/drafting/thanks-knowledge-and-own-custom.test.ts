import { visitNotTold } from '@rebound/server/drafting/thanks-subject';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "Tap into Eytan's knowledge of the knives": only a person has knowledge to draw on, so Eytan is thanked by name,
// though "into Eytan" would otherwise read like going into a place. A knife the reviewer was given for their birthday
// says nothing of a visit, but one who bought a knife here and brings their knives in to be sharpened is a customer.

const KNIVES =
  "Last year I purchased a petty knife here for less than $60, and it's been a great knife. My girlfriend bought me a Misono knife for my birthday. Go in and tap into Eytan's knowledge of the knives. I bring all my kitchen knives here to get sharpened. Highly recommended.";

describe("a person's knowledge drawn on", () => {
  it('names a member of staff', () => {
    expect(findPeople(KNIVES)).toEqual(['Eytan']);
  });

  it('is thanked by name', () => {
    for (const draft of everyWording(judged('shop'), KNIVES, { rating: 5, count: 6 }))
      expect(draft).toMatch(/\bEytan\b/);
  });

  it("near miss: a maker's advice names no person", () => {
    expect(findPeople("Samsung's advice was useless, but the shop sorted it out.")).toEqual([]);
  });
});

describe("a present beside the reviewer's own custom", () => {
  it('still tells of visits of their own', () => {
    expect(visitNotTold(KNIVES, 'your visit')).toBe(false);
    for (const draft of everyWording(judged('shop'), KNIVES, { rating: 5, count: 6 }))
      expect(draft).not.toMatch(/for yourself|in person one day|delighted to meet you/);
  });

  it('near miss: a present alone tells of no visit', () => {
    expect(
      visitNotTold(
        'My girlfriend bought me a lovely knife from here for my birthday. It is so sharp!',
        'your visit',
      ),
    ).toBe(true);
  });
});
