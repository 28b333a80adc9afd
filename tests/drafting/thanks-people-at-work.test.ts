import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "Martin drives the shuttle and is always helpful": a name doing a job for the business and praised as only a person
// is, is a member of staff to thank by name, even where the name is also a word.

const HOTEL =
  'I have stayed with this hotel on 5 occasions. I have left my car there while on cruises and taken the shuttle, Martin drives the shuttle and is always helpful. The dining area is clean and so are the rooms.';

describe('a name doing a job and praised as a person', () => {
  it('is read as a member of staff', () => {
    expect(findPeople(HOTEL)).toEqual(['Martin']);
    expect(findPeople('Tanner works the bar and is always friendly.')).toEqual(['Tanner']);
  });

  it('is thanked by name', () => {
    for (const draft of everyWording(judged('hotel'), HOTEL, { rating: 5, count: 6 }))
      expect(draft).toMatch(/\bMartin\b/);
  });

  it('near miss: a firm running the shuttle and called great is not a person', () => {
    expect(findPeople('Hertz runs the shuttle and is always great.')).toEqual([]);
  });
});
