import { quibbleTopic } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STYLE } from './happy-drafts.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A glowing review that wonders why people queue at a place around the corner had no wait here: "Sorry to hear about
// the wait" answers a complaint about somewhere else.

const restaurant = judged('restaurant');
const review =
  'Best brunch in town and the service is fantastic. There was no line on the Sunday I was there. What I do not ' +
  'get is why people are waiting in line at a place around the corner that left me a little cold.';

describe('a wait at another place nearby', () => {
  it('is no quibble with this business', () => {
    expect(quibbleTopic(review, false)).toBe(null);
    expect(
      quibbleTopic('People queue at the diner two blocks away, but the wait there is long.', false),
    ).toBe(null);
  });

  it('gets no apology in the thank-you', () => {
    for (const note of everyWording(restaurant, review, { rating: 5 })) {
      expect(note).not.toMatch(COMPLAINT_STYLE);
      expect(note).not.toMatch(/\bwait\b/);
    }
  });

  it('is still a quibble when the wait was here (near miss)', () => {
    expect(quibbleTopic('Great food, but the wait for a table was too long.', false)).toBe('the wait');
  });
});
