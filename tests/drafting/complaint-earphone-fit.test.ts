import { nameComplaints, titleComplaint } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const clauses = (text: string) => nameComplaints(text, 'retail').map((n) => n.clause);

describe('earphones that will not stay in', () => {
  it.each([
    'Great sound, but there is one problem: they keep falling from my ears whichever tips I use.',
    'The left bud pops out of my ear every time I turn my head.',
    'No matter what I try these will not stay in my ears on a run.',
  ])('%s', (text) => {
    expect(clauses(text)).toContain('they would not stay in your ears');
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\bone problem\b/i);
  });

  it('leaves a cable that fell out of the socket alone', () => {
    expect(clauses('The cable keeps falling out of the socket.')).not.toContain(
      'they would not stay in your ears',
    );
  });
});

describe('words that say only that a fault exists', () => {
  it('are never told back', () => {
    expect(reportedClause('Looks nice, but there is one problem with it.', { products: true })).toBeNull();
    expect(
      reportedClause('There was a problem and the screen cracked in a week.', { products: true }),
    ).not.toBe('there was a problem');
  });
});

describe('a title about "feedback"', () => {
  it('is not told back, as a reply would seem to speak of the review', () => {
    expect(titleComplaint('Horrible Feedback')).toBeNull();
    for (const reply of everyWording(store, 'These speakers hum and howl even with no phone in the room.', {
      title: 'Horrible Feedback',
    }))
      expect(reply).not.toMatch(/\bfeedback\b/i);
    expect(titleComplaint('Poor build quality')).toBe('the poor build quality');
  });
});
