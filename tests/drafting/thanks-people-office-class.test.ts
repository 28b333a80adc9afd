import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// The people a reviewer names for what they did are thanked by name: someone in the office who settled a tenant in,
// two instructors who teach the class the reviewer loves, even where one of their names is also a word ("Mark").

describe('people named by where they work or what they teach', () => {
  it('reads "Katrina in the office" as a person', () => {
    expect(findPeople('Katrina in the office made me feel super comfortable when moving in.')).toEqual([
      'Katrina',
    ]);
  });

  it('reads both of "Janelle and Mark teach an awesome TRX class"', () => {
    expect(
      findPeople('For pilates, the studio is great. Janelle and Mark teach an awesome TRX class.'),
    ).toEqual(['Janelle', 'Mark']);
  });

  it('thanks the two instructors by name in a gym note', () => {
    const drafts = everyWording(
      judged('gym'),
      'Absolutely love this place. Janelle and Mark teach an awesome TRX class. It is also really affordable.',
      { rating: 5, count: 6 },
    );
    for (const draft of drafts) expect(draft).toMatch(/Janelle and Mark/);
  });

  it('near miss: a thing in the office names nobody', () => {
    expect(findPeople('Coffee in the office was cold, but the rooms were fine.')).toEqual([]);
  });
});
