import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const clauses = (text: string, group: 'retail' | 'trades_repairs' = 'retail'): string[] =>
  nameComplaints(text, group).map((n) => n.clause);
const NO_SHOW = /turn up|arrived at the time/;

describe('a thing that never showed up is no visit we missed', () => {
  it.each([
    'The player came with a mail-in rebate which never showed up, and the software crashes.',
    'I ordered two of these. The replacement never showed up and support stopped answering.',
    'The package never showed up at my door.',
  ])('names no missed visit: %s', (text) => {
    expect(clauses(text).some((c) => NO_SHOW.test(c))).toBe(false);
  });

  it('still names a fitter who never showed up (near miss)', () => {
    expect(
      clauses('We booked the fitter for Tuesday morning and he never showed up.', 'trades_repairs').some(
        (c) => NO_SHOW.test(c),
      ),
    ).toBe(true);
  });
});
