import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftFor, loadSet } from './sample-drafts.ts';

// Lines a reader takes for stock wherever they stand: a job "the best kind", a review "worth reading twice", praise
// "came up to scratch", "a fine start to the day". Some also claim what the review did not say: "I could not be
// happier that your meal worked out" to a guest who never ate.
const STOCK =
  /fine start to the day|could not be happier that|is the best kind|Pleasing the people we look after|came up to scratch|praised so warmly|worth reading twice/i;

describe('thank-you notes on real happy reviews', () => {
  const reviews = loadSet('positive').slice(0, 120);
  it.each(['restaurant', 'hotel', 'service', 'electronics-store'])(
    'use none of the stock lines for the %s',
    (name) => {
      const profile = judgedProfile(name);
      const drafts = reviews.map((r) => draftFor(profile, r.text, r.rating).text);
      expect(drafts.filter((d) => STOCK.test(d))).toEqual([]);
      // Near miss: the notes still thank and name what was praised.
      expect(drafts.filter((d) => /\bthank/i.test(d)).length).toBeGreaterThan(drafts.length / 2);
    },
  );
});
