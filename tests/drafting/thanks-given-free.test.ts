import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { COMPENSATION, praisedSubjects as subjects } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';
import { draftFor, loadSet } from './sample-drafts.ts';

// A bargain store's five-star review: "the owners are one of the nicest people I've met; they even offer free delivery
// with the furniture". A note that thanks only "for taking a moment to tell us about your visit" could sit under any
// review; the kind owners and the free delivery are what this one praised.

describe('praise of a service given free, and of people among the nicest met', () => {
  it('reads the free service as praised', () => {
    expect(subjects('Great finds. They even offer free delivery with the furniture.')).toContain(
      'the delivery',
    );
    expect(subjects('The garage gives free estimates, which is rare.')).toContain('the estimates');
  });

  it('reads no free service where none was given (near miss)', () => {
    expect(subjects('They charged for delivery, which I thought would be free.')).not.toContain(
      'the delivery',
    );
    expect(subjects('I had some free time so I browsed for an hour.').join(' ')).not.toMatch(/\bfree\b/);
  });

  it('reads "one of the nicest people I have met" as praise of those people', () => {
    const owners = readPraise("The owners are one of the nicest people I've met.").find(
      (p) => p.subject === 'the owners',
    );
    expect(owners?.staff).toBe(true);
    // Near miss: a place among the nicest is no person praised.
    expect(subjects('This is one of the nicest shops in town.')).not.toContain('the owners');
  });

  it('names the owners and the delivery in the note on the real review', () => {
    const review = loadSet('positive').find((r) => /they even offer free delivery/.test(r.text));
    expect(review).toBeDefined();
    if (!review) return;
    const note = draftFor(judgedProfile('shop'), review.text, review.rating).text;
    expect(note).toMatch(/\bdelivery\b/);
    expect(note).toMatch(/\bowners\b/);
    // Told back without "free": in a public reply the word reads like a reward for the review.
    expect(COMPENSATION.test(note)).toBe(false);
  });
});
