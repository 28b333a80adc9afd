import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// "You raised it at the time, and that was when it ought to have been sorted" is untrue to a reviewer whose cashier
// offered there and then to take the charge off ("we can remove it from the bill"). Raised and shrugged off, it is
// still said.

const restaurant = judged('restaurant');
const RAISED_AND_IGNORED = /\braised it at the time\b|\bflagged it while\b|\bTelling us on the spot\b/;

describe('a charge raised at the counter', () => {
  it('is not said to have been left standing where the cashier offered to remove it', () => {
    const review = localNegative(433);
    expect(review).toMatch(/we can remove it from the bill/);
    expect(draftFor(restaurant, review)).not.toMatch(RAISED_AND_IGNORED);
  });

  it('near miss: is said to have been raised in vain where the cashier shrugged', () => {
    expect(
      draftFor(
        restaurant,
        'They charged us for tea we never drank. I told the cashier and she just shrugged. Never again.',
      ),
    ).toMatch(RAISED_AND_IGNORED);
  });
});
