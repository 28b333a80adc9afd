import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// Guests who arrived to an empty front desk and waited over half an hour for anyone are answered on that, not on "such
// a long wait" of no kind; a desk whose staff the guest praises is no grievance.

const hotel = judged('hotel');
const EMPTY_DESK = /\bnobody (?:at|was at) the front desk\b/;

describe('an empty front desk on arrival', () => {
  it('is the grievance the reply names', () => {
    const review = localNegative(466);
    expect(review).toMatch(/no one at the front desk/);
    expect(draftFor(hotel, review)).toMatch(EMPTY_DESK);
  });

  it('near miss: a front desk whose staff were lovely is not faulted', () => {
    expect(
      draftFor(
        hotel,
        'The front desk staff were lovely, but the room smelled of smoke and the shower was cold.',
      ),
    ).not.toMatch(EMPTY_DESK);
  });
});
