import { describe, expect, it } from 'vitest';
import { movesAway } from '../../server/src/drafting/thanks-subject.ts';
import { isReturningCustomer } from '../../server/src/triage/situation/praise.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A reviewer who moved away and came back, and who has kept coming for years, is a loyal customer: the reply
// thanks them for sticking with us, never bids them goodbye.

const SEND_OFF = /with the move|while you were here|back this way|wherever you/i;

describe('a customer who moved away and came back', () => {
  const returned =
    'I have used this garage since about 2004. I moved out of state and back and I have only ever taken my car to them. Honest advice every time.';
  it('is not read as moving away', () => {
    expect(movesAway(returned)).toBe(false);
  });
  it('is read as a long-standing customer', () => {
    expect(
      isReturningCustomer('We have been going to this shop since about 2010 and never had a bad job.'),
    ).toBe(true);
  });
  it('gets no send-off', () => {
    for (const draft of everyWording(judged('auto'), returned, { rating: 5, count: 8 }))
      expect(draft).not.toMatch(SEND_OFF);
  });
  it('still sends off a reviewer who moved out of state (near miss)', () => {
    expect(
      movesAway(
        'Great mechanics. Sadly we moved out of state last month, so this was our last service here.',
      ),
    ).toBe(true);
    expect(isReturningCustomer('Open since about 2010 and the place is lovely.')).toBe(false);
  });
});
