import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (text: string, rating = 2): string[] => everyWording(restaurant, text, { rating });

describe('a main course served as a starter-sized portion', () => {
  const told =
    'We got the crab cake entree to take out. At home the main course turned out to be a single crab cake, a spoonful of wild rice, and a bit of wilted spinach. The portion filled only about a third of the container. We are not typically focused on portion size, but this was a little ridiculous for a $24 main course.';

  it('names the small portion, and never tells the reviewer back their own habits', () => {
    for (const d of drafts(told)) {
      expect(d).toMatch(/so little|portion was (?:so|far too) small/);
      expect(d).not.toMatch(/not typically|focused on/);
    }
  });

  it('never offers to refund the rice the wilted spinach was served beside', () => {
    // The take-out crab cake that came as a starter-sized plate.
    for (const d of drafts(localNegative(265))) {
      expect(d).not.toMatch(/\brice\b|not typically|focused on/);
      expect(d).toMatch(/so little|portion was (?:so|far too) small/);
    }
  });

  it('reads a portion that filled a third of the box as small, and a full one as nothing', () => {
    expect(
      nameComplaints('The portion filled only about a third of the container.', 'food_hospitality')[0]
        ?.clause,
    ).toBe('the portion was so small');
    expect(
      nameComplaints('The portion filled the whole container and we took half home.', 'food_hospitality').map(
        (n) => n.clause,
      ),
    ).not.toContain('the portion was so small');
  });
});

describe("the reviewer's own habits", () => {
  it('are not told back as what went wrong', () => {
    for (const text of [
      'We are not typically focused on portion size, but this was a little ridiculous.',
      "I don't usually complain about anything, but the soup was cold.",
    ])
      expect(reportedClause(text) ?? '').not.toMatch(/typically|usually|focused|complain/);
    expect(
      reportedClause('We were not told the kitchen had closed, and waited an hour for nothing.'),
    ).toMatch(/not told|waited/);
  });
});
