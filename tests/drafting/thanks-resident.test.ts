import { visitNotTold } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A tenant five months into a lease is still living with us: "your time with us went well" would see them out.

const TENANT =
  "All of the charges were explained to me up front before I moved in and signed my lease. I love my apartment. I'm going on my 5th month here with no issues. Maintenance even brought toilet paper to all the residents.";

describe('a resident of the building', () => {
  it('tells of no visit that is over', () => {
    expect(visitNotTold(TENANT, 'your time with us')).toBe(true);
  });

  it('is never told that their time with us went well', () => {
    for (const draft of everyWording(judged('apartments'), TENANT, { rating: 5, count: 12 }))
      expect(draft).not.toMatch(/\byour time with us (?:went|was)\b/);
  });

  it('near miss: a visitor who stayed a night still had a time with us that is over', () => {
    expect(
      visitNotTold('We came for one night and the room was lovely. Great stay!', 'your time with us'),
    ).toBe(false);
  });
});
