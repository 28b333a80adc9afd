import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findComplaints } from '@rebound/server/triage/situation/describe-complaint';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const restaurant = loadProfile('restaurant');

/** The apology of every wording the composer tries for a restaurant's reply, the signature left off. */
function apologies(text: string): string[] {
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(restaurant.sector) });
  return [0, 1, 2, 3].map((variant) => {
    const reply = composeDraft(review, triage, restaurant, { variant }).text;
    return reply.slice(0, reply.lastIndexOf('\n— '));
  });
}
/** The clauses our own wording gives each grievance found, the one the reviewer dwells on first. */
const named = (text: string, group: Parameters<typeof nameComplaints>[1]): string[] =>
  nameComplaints(text, group).map((n) => n.clause);
const scoreOf = (text: string, group: Parameters<typeof nameComplaints>[1], clause: string) =>
  nameComplaints(text, group).find((n) => n.clause === clause)?.score;

const VALUE = 'it did not feel worth what you paid';

describe('value for money the reviewer dwells on', () => {
  it('leads with the price where the reviewer comes back to it more than to any one fault', () => {
    const text =
      'We booked the sunset cruise for the whole family. The lemonade was lukewarm. Honestly not worth $180 for four of us. We overpaid for an hour on the water.';
    expect(named(text, 'trades_repairs')[0]).toBe(VALUE);
    const tacos =
      'Given the steep prices we shared one plate of tacos. At nearly $14 I felt ripped off by the sliver of fish on them. The salsa was bland.';
    expect(named(tacos, 'food_hospitality')[0]).toBe(VALUE);
  });

  it('reads a sum it was not worth, and prices called high, as value for money', () => {
    expect(named('Not worth $45 by any stretch.', 'health')).toContain(VALUE);
    expect(named('For $30 I expected a lot more than a rinse and a trim.', 'health')).toContain(VALUE);
    expect(named('The prices are really steep for a corner cafe.', 'food_hospitality')).toContain(VALUE);
    expect(named('We definitely overpaid for breakfast.', 'food_hospitality')).toContain(VALUE);
  });

  it('does not read a price said in passing, or one called fair, as a grievance', () => {
    expect(named('I paid $20 for the trim, which is about what I expected.', 'health')).not.toContain(VALUE);
    expect(named('It was worth $40 for the view alone.', 'food_hospitality')).not.toContain(VALUE);
  });

  it('still names the fault first where "not worth it" is only the verdict on it', () => {
    const text = 'The blender stopped working after two days. Not worth the money.';
    expect(named(text, 'retail')[0]).not.toBe(VALUE);
    // Said once beside a fault said as often, the price stays behind the fault.
    const once = 'The waiter was rude to us all night. Not worth $60 either.';
    expect(named(once, 'food_hospitality')[0]).not.toBe(VALUE);
  });

  it('puts the value ahead of a lesser fault in the reply itself', () => {
    const text =
      'Breakfast was two thin pancakes and a spoon of jam. Not worth $18 by any means. We overpaid for what we got and left hungry.';
    for (const reply of apologies(text)) {
      const first = reply.split(/(?<=[.!?])\s+/).find((s) => /sorry|apolog|regret|shame/i.test(s)) ?? '';
      expect(first).toMatch(/worth|value|price|paid/i);
    }
  });
});

describe('asides count for less than the grievance they are added to', () => {
  it('gives a sentence opened by "also", "plus", "though" or "the only" half the weight', () => {
    const plain = scoreOf('The service was so slow.', 'food_hospitality', 'the service was so slow');
    expect(plain).toBe(1);
    for (const opening of ['Also, the', 'Plus the', 'Though the'])
      expect(scoreOf(`${opening} service was so slow.`, 'food_hospitality', 'the service was so slow')).toBe(
        0.5,
      );
  });

  it('gives words in brackets half the weight, but not a face drawn with a bracket', () => {
    const aside = 'We sat for ages. (Everything was overpriced anyway.)';
    expect(scoreOf(aside, 'food_hospitality', VALUE)).toBe(0.5);
    const face = 'We sat for ages :( Everything was overpriced.';
    expect(scoreOf(face, 'food_hospitality', VALUE)).toBe(1);
  });

  it('names the grievance in the body before one told in brackets', () => {
    const text = 'The bathroom was filthy when we checked in (there was a funny smell in the lift too).';
    expect(named(text, 'food_hospitality')[0]).toBe('the bathroom was not clean');
  });

  it('reads the complaint of the body before a louder one added as an aside', () => {
    const sentences = splitSentences(
      'The soup was cold. Also, the bread was stale and disgusting and awful and the worst.',
    );
    const score = (s: { text: string }): number => (/disgusting/.test(s.text) ? -0.9 : -0.3);
    expect(findComplaints(sentences, score, [])[0]?.subject).toBe('the soup');
    // Without the "also" the more negative sentence still comes first.
    const plain = splitSentences(
      'The soup was cold. The bread was stale and disgusting and awful and the worst.',
    );
    expect(findComplaints(plain, score, [])[0]?.subject).toBe('the bread');
  });

  it('never takes parking, traffic or the weather for the business’s fault', () => {
    const sentences = splitSentences('Parking is tough around here. The traffic was terrible.');
    expect(findComplaints(sentences, () => -0.5, [])).toEqual([]);
    // A lot the business keeps is its own, dirty or not.
    const garage = splitSentences('The parking garage was filthy.');
    expect(findComplaints(garage, () => -0.5, [])[0]?.subject).toBe('the parking garage');
  });

  it('apologises for the dirty tables rather than the parking a reviewer opened with', () => {
    const text =
      'Parking is tough to find so we rarely come. Dirty, sticky tables and trash on the floor. The staff could not be bothered.';
    expect(named(text, 'food_hospitality')[0]).toBe('the tables were not clean');
    for (const reply of apologies(text)) expect(reply).not.toMatch(/sorry[^.]*parking/i);
  });
});

describe('plain complaints named instead of a stock apology', () => {
  it('names a long wait for the bill', () => {
    expect(named('Been waiting for our check for 25 minutes now!', 'food_hospitality')[0]).toBe(
      'you were kept waiting so long for your bill',
    );
    expect(named('The bill took forever to arrive.', 'food_hospitality')[0]).toBe(
      'you were kept waiting so long for your bill',
    );
    expect(named('We waited for the bus outside for ten minutes.', 'food_hospitality')).not.toContain(
      'you were kept waiting so long for your bill',
    );
  });

  it('names dirt said before the part it is on', () => {
    expect(named('Filthy bathroom and no soap.', 'food_hospitality')[0]).toBe('the bathroom was not clean');
    expect(named('I had a dirty martini and it was lovely.', 'food_hospitality')).not.toContain(
      'the bathroom was not clean',
    );
  });

  it('names a rushed treatment and polish that chipped, not the tool used', () => {
    const text =
      'She filed my nails with a worn out file. She was in such a hurry the whole time. By the next morning the nail polish had started to chip off.';
    const found = named(text, 'health');
    expect(found).toContain('you felt rushed');
    expect(found).toContain('your nail polish did not last');
    expect(named('We were in a hurry so we ordered to go.', 'food_hospitality')).not.toContain(
      'you felt rushed',
    );
    expect(named('Two weeks on, the polish has not chipped at all.', 'health')).toEqual([]);
  });

  it('names files slow to copy or delete', () => {
    expect(named('It takes a very long time to copy files onto it.', 'retail')[0]).toBe(
      'it took so long to copy your files',
    );
    expect(named('Copying files is quick and easy.', 'retail')).toEqual([]);
  });

  it('names a stand that tips over, not a tip the reviewer gives', () => {
    expect(named('The shelf tips over the moment you load the top.', 'retail')[0]).toBe(
      'it tipped over far too easily',
    );
    expect(named('It tips very easily on carpet.', 'retail')[0]).toBe('it tipped over far too easily');
    expect(named('The tips are easy to follow.', 'retail')).toEqual([]);
  });

  it('names a case with no opening where one was needed', () => {
    expect(named('There is no opening for the wheel, so you must take the player out.', 'retail')[0]).toBe(
      'it had no opening where you needed one',
    );
  });

  it('names a remote that keeps losing its codes, not one that gave out', () => {
    const text =
      'I have one of its predecessors and it worked for years. It still does but the power button finally died. This one is awful. I have had to enter the codes for my tv three times today.';
    const found = named(text, 'retail');
    expect(found[0]).toBe('it kept losing its settings');
    expect(found).not.toContain('it stopped working so soon');
    expect(named('I never lost my settings once.', 'retail')).toEqual([]);
  });

  it('still names a failure of the one bought beside an older model that worked', () => {
    const text = 'My previous model still works fine. This one died after a week.';
    expect(named(text, 'retail')).toContain('it stopped working so soon');
  });

  it('names the wrong item sent again and again', () => {
    expect(named('They sent me three chargers, all the same, all wrong.', 'retail')[0]).toBe(
      'you were sent the wrong item',
    );
    expect(named('They sent me two chargers and both work.', 'retail')).not.toContain(
      'you were sent the wrong item',
    );
  });

  it('names a sluggish, unresponsive mouse before a remark on its cable', () => {
    const text =
      'The mouse was hard to use and unresponsive at times. Using it with the cable plugged in is fine but somewhat awkward.';
    expect(named(text, 'retail')[0]).toBe('the cursor would not track smoothly');
  });
});
