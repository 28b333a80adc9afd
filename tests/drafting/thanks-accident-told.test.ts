import { tellsOfAccident } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// An accident that befell the goods ("an accident caused one bud to stop working") is no crash the reviewer lived
// through, and a shop that only sold the goods never says it "took the stress out of a hard time".

const HELPED = /stress out of|make things a little easier|help when it mattered|shock like that/i;

describe('an accident told by what it did to the goods', () => {
  it.each([
    'Until an accident caused one bud to stop working, these were my favourite earphones.',
    'A minor accident cracked the screen, but before that the display was superb.',
    'My accident broke the strap, though the watch itself still keeps time.',
  ])('is not read as an accident the reviewer was in: %s', (text) => {
    expect(tellsOfAccident(text)).toBe(false);
  });

  it.each([
    'I was in a car accident last month and the team sorted everything.',
    'After the accident damaged my car, they had it back to me in a week.',
    'An accident broke my arm, so the staff carried my bags to the room.',
  ])('still reads a crash or a hurt the reviewer lived through (near miss): %s', (text) => {
    expect(tellsOfAccident(text)).toBe(true);
  });
});

describe('a shop that sold the goods', () => {
  it('is never glad it eased a hard time, whatever the accident', () => {
    for (const text of [
      'Until an accident caused one bud to stop working, these were my favourite earphones. Great sound for the price.',
      'I was in a car accident last month and this dash cam recorded all of it. Clear footage and easy to use.',
    ])
      for (const rating of [4, 5]) expect(replyTo('electronics', text, rating)).not.toMatch(HELPED);
  });

  it('a garage that saw a driver through a crash still says it is glad they are safe (near miss)', () => {
    const reply = replyTo(
      'auto',
      'After my car accident the team sorted the tow, the insurance and a loan car. Could not have asked for more.',
    );
    expect(reply).toMatch(/\bsafe(?:ly)?\b/);
  });
});
