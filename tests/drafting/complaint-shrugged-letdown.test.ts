import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// A let-down the reviewer shrugs at ("I'm a little sad about the happy hour thing being scratched off, but…") is not
// the grievance a reply leads with, however often it comes up: the reviewer who sat unserved at the bar is answered
// on that. Said without the shrug, the same let-down is the grievance.

const restaurant = judged('restaurant');
const HAPPY_HOUR = /\bhappy hour\b/i;

describe('a let-down the reviewer shrugs at', () => {
  it('gives way to the wait at the bar the review is about', () => {
    // Happy hour dropped for specials, shrugged at; ten minutes unserved at the bar, one bartender on a holiday.
    const review = localNegative(403);
    expect(review).toMatch(/a little sad about the happy hour/);
    const draft = draftFor(restaurant, review);
    expect(draft).toMatch(/\bwait|\bserve you\b/);
    expect(draft).not.toMatch(HAPPY_HOUR);
  });

  it('near miss: is the grievance where the reviewer does not shrug', () => {
    expect(
      draftFor(
        restaurant,
        'Came for happy hour but they had stopped doing it. We ordered anyway and the food was fine, but the happy hour should be on the website correctly. No happy hour, no point.',
      ),
    ).toMatch(HAPPY_HOUR);
  });
});
