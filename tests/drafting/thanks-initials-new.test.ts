import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Initials a reviewer types in lower case are thanked for as the shop would spell them.

describe('praise of goods named by their initials', () => {
  it('spells "gps" as GPS in every wording of the thanks', () => {
    const drafts = everyWording(
      judged('electronics-store'),
      'Great gps, very accurate and quick to find a signal. Easy to use in the car.',
      { rating: 5, count: 8 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/\bgps\b/);
    expect(drafts.some((draft) => /\bGPS\b/.test(draft))).toBe(true);
  });

  it('leaves a word that only looks like initials alone (near miss)', () => {
    const drafts = everyWording(
      judged('restaurant'),
      'The led lighting in the dining room was lovely and the lamb was perfect.',
      { rating: 5, count: 8 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/\bLED\b/);
  });
});
