import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// An apology that judges what went wrong says so before it tells it ("It is not good enough that the blow-dry …"),
// never with the reviewer's words made the subject of a sentence of ours ("That the blow-dry … is not good enough"),
// and never judges a grievance already told as falling short.

const restaurant = judgedProfile('restaurant');
const salon = judgedProfile('salon');
const electronics = judgedProfile('electronics-store');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, rating = 2, count = 60): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

// "That the food fell so short is not good enough", "That your blow-dry did not turn out … is not good enough".
const STITCHED_SUBJECT = /(?:^|[.!?]\s+)That [^.;]+ is not good enough\b/m;

describe('an apology passing judgement on what went wrong', () => {
  const replies = [
    ...variants(
      salon,
      'Lovely staff, but the blow-dry was a mess: they left the hair near my scalp curly and I had to tie it up.',
    ),
    ...variants(electronics, 'So many of the discs in the pack failed to burn that I gave up on them.'),
  ];

  it('never makes the grievance the subject of its sentence', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(STITCHED_SUBJECT);
  });

  it('still judges a thing that went wrong, told after the judgement', () => {
    expect(replies.some((reply) => /\bIt is not good enough that (?:the|your|so many)\b/.test(reply))).toBe(
      true,
    );
  });
});

describe('food said to fall short', () => {
  const replies = variants(
    restaurant,
    'I cannot believe this place has four stars. The staff are friendly and it is clean with decent prices, but ' +
      'that is where the good part ends. The food is disgusting. Nothing has any flavour. The salsa is peppery ' +
      'water, the beans are mush and the rice tastes of nothing. My ground beef burrito was unseasoned and burnt, ' +
      'buried under sour cream. Even the cheese had no flavour.',
    1,
  );

  it('is not judged "not good enough" as well', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(
        /\bfell so short\b[^.]*\bnot good enough\b|\bnot good enough that [^.]*\bfell\b/,
      );
  });

  it('is still told, as the faults of its dishes or as falling short', () => {
    expect(
      replies.some((reply) =>
        /\bthe food fell so short\b|\bthe salsa was watery\b|\bthe beans were mushy\b/.test(reply),
      ),
    ).toBe(true);
  });
});
