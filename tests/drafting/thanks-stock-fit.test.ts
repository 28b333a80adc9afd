import { composeDraft } from '@rebound/server/drafting/index';
import { fitsWarmth, MEASURED_ONLY, measuredPraise } from '@rebound/server/drafting/thanks-warmth';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

// "An honest account like this is worth having" answers fair comment, never plain praise or a rave.

const RAVE = 'Amazing stay! The best bed I have ever slept in and the staff were wonderful.';
const PLAIN = 'Friendly front desk and a generous breakfast buffet. The room was clean and quiet.';
const MEASURED =
  'Pretty good hotel. Decent breakfast, the room was fine for a night. Pros: parking. Cons: thin walls.';

/** Every thank-you the hotel drafts for a review down a page of earlier ones, so each wording gets its turn. */
function notesFor(text: string, rating: number): string[] {
  const profile = loadProfile('hotel');
  const review = { author: null, rating, text };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  const recent: string[] = [];
  const notes: string[] = [];
  for (let i = 0; i < 40; i++) {
    const text = composeDraft(review, triage, profile, { recent: [...recent] }).text;
    notes.push(text);
    recent.push(text);
    if (recent.length > 12) recent.shift();
  }
  return notes;
}

describe('stock lines that must fit the review', () => {
  it('reads measured praise apart from plain praise and a rave', () => {
    expect(measuredPraise(MEASURED, 4)).toBe(true);
    expect(measuredPraise('It works and that is all that really matters.', 5)).toBe(true);
    expect(measuredPraise(RAVE, 5)).toBe(false);
    expect(measuredPraise(PLAIN, 5)).toBe(false);
  });

  it('never answers plain praise or a rave as an honest account', () => {
    for (const note of [...notesFor(RAVE, 5), ...notesFor(PLAIN, 5)]) expect(note).not.toMatch(MEASURED_ONLY);
    // Near miss: the line still fits fair comment.
    expect(fitsWarmth('An honest account like this is worth having.', { measured: true })).toBe(true);
  });
});
