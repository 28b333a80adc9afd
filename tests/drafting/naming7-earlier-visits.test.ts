import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const clauses = (text: string): string =>
  nameComplaints(text, 'food_hospitality')
    .map((n) => n.clause)
    .join(' | ');

describe('faults of earlier visits, told before the visit the review is about', () => {
  it('does not tell food sent back on earlier visits as this visit', () => {
    const text =
      'We have tried this bar three times now. The first time the cocktails were so bad we sent them back. The ' +
      'second time I had a fish sandwich and had to send it back as well. This time the food was fine, but our ' +
      'waitress ignored us for twenty minutes and never said sorry.';
    expect(clauses(text)).not.toMatch(/go back|sent back|send/);
  });

  it('still tells food sent back where no later visit is told apart', () => {
    const text =
      'The first time we came the cocktails were so bad we sent them back. Our waitress ignored us for twenty ' +
      'minutes and never said sorry.';
    expect(clauses(text)).toMatch(/go back|sent back/);
  });
});
