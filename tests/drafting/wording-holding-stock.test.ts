import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A reply held for a serious matter thanks, invites and promises in plain words: no stock "Thank you for taking the
// time to tell us" or "Thank you for writing about this", no "so we can talk about it privately", and no promise to
// "go through it all" and be heard from once we have already spoken.

const restaurant = judgedProfile('restaurant');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, count = 60): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

const STOCK_HOLDING =
  /\bThank you for (?:taking the time to tell us|writing about this)\b|\btalk about it privately\b|\bgo through it all\b|\bwe have spoken\b[^.]*\bhear from me\b/;

describe('a held reply to a serious matter', () => {
  const replies = [
    ...variants(
      restaurant,
      'There were gnats all over our table the whole meal, and the fries came out cold.',
    ),
    ...variants(restaurant, 'There was a piece of glass in my salad. I could have been badly hurt.'),
  ];

  it('carries none of the stock lines readers mark down', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(STOCK_HOLDING);
  });

  it('still opens on thanks in some of its wordings (near miss)', () => {
    expect(replies.some((reply) => /^(?:Thank you for|I appreciate you)\b/.test(reply))).toBe(true);
  });
});
