import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A groomer's customer brought their dog: "We hope to see you back in the chair soon" and "enjoy the new look" speak to
// the owner as if they had had the haircut.

const OWN_LOOKS = /\b(?:in the chair|new look)\b/i;

describe('the invitation back after a pet was groomed', () => {
  it('never speaks of the owner in the chair or their new look', () => {
    const notes = everyWording(
      judged('groomer'),
      'Kara did a wonderful job with our dog. He came home fluffy and happy, and the staff were so friendly.',
      { rating: 5, count: 12 },
    );
    for (const note of notes) expect(note).not.toMatch(OWN_LOOKS);
  });

  it('still may for a salon customer’s own visit (near miss)', () => {
    const notes = everyWording(
      judged('salon'),
      'Jess gave me the best haircut I have had in years, and the staff were so friendly.',
      { rating: 5, count: 24 },
    );
    expect(notes.some((note) => OWN_LOOKS.test(note))).toBe(true);
  });
});
