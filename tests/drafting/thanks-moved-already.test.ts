import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "This past summer I moved to Boston … I wouldn't go anywhere else (had I not moved across the country)": the reviewer
// has gone. "We hope to see you again soon" ignores it, and "Good luck with the move" wishes well a move already made.

const SOON = /\bsee you (?:again )?soon\b|\bwelcome you back soon\b/i;

describe('a reviewer who has moved away', () => {
  it('is wished well in their new home, with no "see you soon" and no move still ahead', () => {
    const notes = everyWording(
      judged('vet'),
      'The doctors were extremely knowledgeable and helpful for 15 years. I moved across the country last summer and have not found a vet like them since.',
      { rating: 5, count: 8 },
    );
    for (const note of notes) {
      expect(note).not.toMatch(SOON);
      expect(note).not.toMatch(/\bthe move\b/);
    }
    expect(notes.some((note) => /\bnew home\b/.test(note))).toBe(true);
  });

  it('is wished well with the move where it is still ahead (near miss)', () => {
    const notes = everyWording(
      judged('vet'),
      'The doctors were extremely knowledgeable and helpful. We are moving to another state next month and will miss them.',
      { rating: 5, count: 12 },
    );
    expect(notes.some((note) => /\bthe move\b/.test(note))).toBe(true);
  });
});
