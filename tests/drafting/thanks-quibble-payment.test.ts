import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer put out that the place takes no cards ("they only accept debit and cash :(") has that as their
// quibble, named plainly; one who passes it on as a tip ("they take CASH ONLY so keep that in mind") has none.

const DEBIT =
  'Great fish and chips, and we sat outside on the terrace. The waitress was nice and friendly. We went to pay inside and discovered they only accept debit and cash :( but overall this is a good place to have a good time!';

describe('a place that takes no cards', () => {
  it('is the quibble where the reviewer minded it', () => {
    expect(readQuibble(DEBIT, null)).toMatchObject({ found: true, noun: 'not being able to pay by card' });
    expect(
      readQuibble('Lovely ice cream. It is annoying that they are cash only and have no ATM.', null),
    ).toMatchObject({ found: true, noun: 'not being able to pay by card' });
  });

  it('is answered in the note', () => {
    for (const draft of everyWording(judged('restaurant'), DEBIT, { rating: 4, count: 6 }))
      expect(draft).toMatch(/pay by card/);
  });

  it('near miss: a tip to bring cash is not told back as a complaint', () => {
    const tip = readQuibble('Lovely kids haircuts. They take CASH ONLY so keep that in mind.', null);
    expect(tip.found ? tip.noun : null).not.toBe('not being able to pay by card');
    for (const draft of everyWording(
      judged('salon'),
      'Lovely kids haircuts, Miss Tara was great. They take CASH ONLY so keep that in mind.',
      { rating: 5, count: 6 },
    ))
      expect(draft).not.toMatch(/pay by card/);
  });
});
