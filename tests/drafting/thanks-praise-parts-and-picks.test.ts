import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { praisedSubjects as subjects } from './happy-drafts.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A part of the place praised ("the waiting area was clean as well") is a thing to thank for, though "the area" alone
// is the neighbourhood; a favourite picked out with a word between ("my ultimate favourite, though very difficult to
// pick one, were the baked oysters") is the reviewer's pick.

const GARAGE =
  'I brought my vehicle in for an oil change. They went by appointment so my service moved quickly. The waiting area was clean as well. We will be back!';
const OYSTERS =
  "We sat at the bar and ordered the baked oysters, yaki udon and salmon tartare. I'd probably say my ultimate favourite, though very difficult to pick one, were the baked oysters. Next trip I will be returning.";

describe('a part of the place praised', () => {
  it('is read as the waiting area or the pool area', () => {
    expect(subjects('The waiting area is clean and comfortable.')).toEqual(['the waiting area']);
    expect(subjects('The pool area is clean and lovely.')).toEqual(['the pool area']);
  });

  it('is thanked for in a garage note that found nothing else', () => {
    for (const draft of everyWording(judged('auto'), GARAGE, { rating: 5, count: 6 }))
      expect(draft).toMatch(/waiting area/);
  });

  it('near miss: "the area" alone is the neighbourhood, never thanked for as a part of us', () => {
    expect(subjects('The area is great.')).toEqual([]);
    expect(subjects('The surrounding area is great.')).toEqual([]);
  });
});

describe('a favourite picked out with an aside', () => {
  it('is read as the pick, and the note names it', () => {
    expect(readPraise(OYSTERS).find((p) => p.subject === 'the baked oysters')?.star).toBe(true);
    for (const draft of everyWording(judged('restaurant'), OYSTERS, { rating: 5, count: 6 }))
      expect(draft).toMatch(/baked oysters/);
  });

  it('near miss: an aside that runs on past forty letters is not read as one', () => {
    expect(
      subjects(
        'My favourite, though I know everyone who has ever eaten here will say otherwise and argue about it for hours, was the soup.',
      ),
    ).not.toContain('the soup');
  });
});
