import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { choosePraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { findPeople, isReturningCustomer } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Two owners praised with an aside between them, a garage's diagnostics, the star a reviewer held back for a reason,
// two things praised in one breath, each named once as the reviewer said it; and a regular who comes on set days.

describe('two people praised with an aside in brackets between them', () => {
  it('are both read as people', () => {
    expect(
      findPeople(
        'Family owned since 1986, Leo and Devon (and their awesome team), are simply the best at what they do.',
      ),
    ).toEqual(['Leo', 'Devon']);
  });

  it('are not read when the sentence faults them (near miss)', () => {
    expect(findPeople('Sadly Leo and Devon (and their team), are always late.')).toEqual([]);
  });
});

describe("a garage's reliable diagnostics", () => {
  const text =
    'Family owned since 1986, Leo and Devon (and their awesome team), are simply the best at what they do. ' +
    'They have consistently performed accurate and reliable diagnostics on my truck. Three cars in our family now.';

  it('are thanked for, with the two people, as a health word would not be', () => {
    const drafts = everyWording(judged('auto'), text, { rating: 5, count: 6 });
    expect(drafts.every((d) => /Leo and Devon/.test(d))).toBe(true);
    expect(drafts.some((d) => /diagnostics/.test(d))).toBe(true);
  });
});

describe('the star held back for a reason', () => {
  it('is read as what the team could do', () => {
    expect(
      readQuibble('Cakes are amazing. Would give 5 star if staff paid better attention to orders.', null),
    ).toEqual(
      expect.objectContaining({ found: true, clause: 'the staff could pay better attention to orders' }),
    );
  });

  it('is told back in the thank-you', () => {
    const drafts = everyWording(
      judged('bakery'),
      'Cakes are amazing. Would give 5 star if staff paid better attention to orders. Messed up twice now.',
      { rating: 4, count: 6 },
    );
    expect(drafts.some((d) => /staff could pay better attention to orders/.test(d))).toBe(true);
    for (const d of drafts) expect(d).not.toMatch(/paid better/);
  });

  it('reads no clause from a star held back for no stated reason (near miss)', () => {
    const q = readQuibble('Cakes are amazing. Would give 5 stars if I could give more than five.', null);
    expect(q.found ? q.clause : null).toBeNull();
  });
});

describe('two things praised in one breath', () => {
  it('are one dish when the verb is for one thing', () => {
    expect(
      readPraise('The red beans and rice was really tasty and had a good kick.').map((p) => p.subject),
    ).toEqual(['the red beans and rice', 'the kick']);
  });

  it('stay two things when the second has two words or the verb is for two (near miss)', () => {
    expect(readPraise('The salad and garlic bread was lovely.').map((p) => p.subject)).toEqual([
      'the salad',
      'the garlic bread',
    ]);
    expect(readPraise('The red beans and rice were lovely.').map((p) => p.subject)).toEqual([
      'the red beans',
      'the rice',
    ]);
  });

  it('are named together with one word when both were praised with it', () => {
    const text = 'As for the food, both the beans and rice were both delicious!';
    expect(choosePraise(readPraise(text), null, text).named.map((p) => p.subject)).toEqual([
      'the beans and rice',
    ]);
  });

  it('are named apart when praised in sentences of their own (near miss)', () => {
    const text = 'The beans were delicious. The service was quick. The rice was delicious too.';
    const named = choosePraise(readPraise(text), null, text).named.map((p) => p.subject);
    expect(named).not.toContain('the beans and rice');
  });
});

describe('a reviewer who comes on set days of the week', () => {
  it('is a regular', () => {
    expect(isReturningCustomer('I come to DS Fitness Studio on Sundays and Mondays for their classes.')).toBe(
      true,
    );
    expect(isReturningCustomer('We come here on Fridays after work.')).toBe(true);
  });

  it('is not one for a single day, or for days spent somewhere else (near misses)', () => {
    expect(isReturningCustomer('I came on a Sunday and the class was great.')).toBe(false);
    expect(isReturningCustomer('We go to church on Sundays and tried the brunch after.')).toBe(false);
  });
});
