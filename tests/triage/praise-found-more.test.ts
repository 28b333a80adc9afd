import { readSituation } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const praisedIn = (text: string, rating = 5) =>
  readSituation({ rating, text, title: null }, { sectorGroup: 'food_hospitality' }).praised;

describe('what a reviewer praised is found in more of the ways it is said', () => {
  it('reads praise with a short who-clause before the verb', () => {
    expect(praisedIn('The technicians that came to install it were very polite and tidy.')).toContain(
      'the technicians',
    );
  });

  it('reads praise said with tasted or sounded', () => {
    expect(praisedIn('The coffee tasted wonderful and we will be back.')).toContain('the coffee');
  });

  it('reads a liked thing at the head of a sentence with no article', () => {
    const praised = praisedIn('Loved the staff. Loved private rooftop pool. Great stay.');
    expect(praised).toContain('the private rooftop pool');
  });

  it('reads tasty and authentic before a noun', () => {
    const praised = praisedIn('Great service, tasty drinks and authentic dumplings.');
    expect(praised).toEqual(expect.arrayContaining(['the drinks', 'the dumplings']));
  });

  it('stops the phrase before a verb: the attendant, never "the attendant appears"', () => {
    const praised = praisedIn('Robe got damp, and a helpful attendant appears with a new one.');
    expect(praised.some((p) => /appears/.test(p))).toBe(false);
  });

  it('takes no nationality, shout or gerund as a thing praised (near misses)', () => {
    const praised = praisedIn(
      'If you want authentic Mexican go elsewhere, but this is fun. Yummy Yummy. I felt comfortable going with them. A great example of a neighbourhood spot.',
    );
    expect(praised.filter((p) => /mexican|yummy|going|example/.test(p))).toEqual([]);
  });

  it('keeps a common noun written with a capital after praise ("Delicious Food")', () => {
    expect(praisedIn('Great service, Delicious Food and friendly people.')).toContain('the food');
  });
});
