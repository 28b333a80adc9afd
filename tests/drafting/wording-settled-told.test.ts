import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A reviewer whose money is already back, and whose review tells what went wrong, is not asked to tell it again
// ("I would value the full story", "I am keen to learn how it came about"): the reply offers help with whatever may
// still be outstanding. A review of a line or two may still be asked for the rest.

const restaurant = judgedProfile('restaurant');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, rating: number, count = 60): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

// Asking to hear what the review already told.
const ASKS_AGAIN =
  /\b(?:what went wrong|how (?:it|this) (?:happened|went wrong|came about)|the full story|hear more|the rest)\b/i;

describe('a settled complaint the review tells in full', () => {
  const replies = variants(
    restaurant,
    'I ordered a burger medium and it came out grey all the way through. I sent it back and the second one was ' +
      'just the same. The manager took it off the bill, but the cooks really need to learn proper temperatures. ' +
      'Our server was great though.',
    2,
  );

  it('never asks to hear what happened', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(ASKS_AGAIN);
  });

  it('offers help with anything still outstanding', () => {
    expect(replies.some((reply) => /\bstill (?:be )?outstanding\b/.test(reply))).toBe(true);
  });

  // Readers took "whatever still needs putting right" for an offer of nothing, and a page saying it three times for a
  // form: the reply says what will be done with what the reviewer told instead.
  it('never offers to see to whatever still needs putting right, and says what it will do with the account', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/\bstill (?:left to sort out|needs putting right)\b/);
    expect(replies.some((reply) => /\bwhat you describe (?:reaches|to the team)\b/.test(reply))).toBe(true);
  });
});

describe('a settled complaint told in a line (near miss)', () => {
  const replies = variants(
    restaurant,
    'Burger came out raw twice. The manager took it off the bill. Not coming back.',
    1,
  );

  it('may still be asked for the rest', () => {
    expect(replies.some((reply) => ASKS_AGAIN.test(reply))).toBe(true);
  });
});
