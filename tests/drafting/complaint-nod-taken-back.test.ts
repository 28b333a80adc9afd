import { describe, expect, it } from 'vitest';
import { draftFor, everyWording, judged, localNegative } from './remedy-helpers.ts';

// Beside a complaint, the reply is glad only of praise the reviewer let stand and wrote cleanly: "the tge staff" read
// back would mock a typo, and staff "friendly but very inexperienced" are not praised. Staff who were lovely while the
// room was dirty still are.

const hotel = judged('hotel');
const NOD_FOR_STAFF = /\b(?:good word for|liked|glad)\b[^.]*\bstaff\b/i;

describe('a nod to praise beside a complaint', () => {
  it('never reads back a misspelt word, nor staff praised and taken back', () => {
    const review = localNegative(108);
    expect(review).toMatch(/Tge staff is friendly but/);
    const draft = draftFor(hotel, review);
    expect(draft).not.toMatch(/\btge\b/i);
    expect(draft).not.toMatch(NOD_FOR_STAFF);
  });

  it('leaves out staff the reviewer calls friendly but inexperienced', () => {
    const drafts = everyWording(
      hotel,
      'The room was dirty and the bed was broken. The staff were friendly but very inexperienced.',
      { rating: 2, count: 8 },
    );
    expect(drafts.filter((d) => NOD_FOR_STAFF.test(d))).toEqual([]);
  });

  it('near miss: keeps staff who were lovely where the turn is to the room', () => {
    const drafts = everyWording(
      hotel,
      'The staff were lovely but the room was dirty and the bed was broken.',
      {
        rating: 2,
        count: 8,
      },
    );
    expect(drafts.filter((d) => NOD_FOR_STAFF.test(d)).length).toBeGreaterThan(0);
  });
});
