import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer's point is told back only where their clause reads as the note's own words: a lower-case brand,
// or a word shouted in capitals reads as the review pasted in.

const draftsOf = (profile: string, text: string) =>
  everyWording(judged(profile), text, { rating: 4, count: 6 });

describe("a reviewer's point that reads as pasted", () => {
  it.each([
    [
      'a brand in lower case',
      'Rich sound and easy to set up. The only thing is sony does not include a wall bracket.',
      /sony does not/,
    ],
    [
      'a word in capitals',
      'Lovely clear picture and simple menus. But the stand is REALLY wobbly on a desk.',
      /really wobbly/i,
    ],
  ])('is not told back when it has %s', (_kind, text, pasted) => {
    for (const draft of draftsOf('electronics-store', text)) expect(draft).not.toMatch(pasted);
  });

  it('still tells back a plain point in its own words (near miss)', () => {
    const drafts = draftsOf(
      'electronics-store',
      'Great little speaker for the money, loud and clear. But the cord is too short. Still recommend.',
    );
    expect(drafts.some((d) => /the cord is too short/.test(d))).toBe(true);
  });

  it('tells a bare subject with "the" before it', () => {
    const drafts = draftsOf(
      'electronics-store',
      'Solid player and the screen is bright. But menus are a bit confusing at first.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/(?<!the )\bmenus are\b/);
  });
});
