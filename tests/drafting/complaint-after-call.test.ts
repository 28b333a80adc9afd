import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { loadSet } from './sample-drafts.ts';

// A reply that gives only a phone number has the reviewer talking to the owner as soon as they call. "Please ring …
// and ask for me. Once you have been in touch, I will get back to you inside one day so we can talk it through" and
// "When you call me on …, I will look into it myself and be in touch within a day" go round in a circle: what follows
// the call is what the owner does next, with its time. A reply that also gives an email may still promise a reply.

const local = loadSet('negative');

/** The replies of one business's page, each drafted with the replies before it as its recent replies. */
function page(kind: string): { text: string; phoneOnly: boolean }[] {
  const profile = judgedProfile(kind);
  const recent: string[] = [];
  return local
    .filter((r) => r.kind === kind)
    .map((r) => {
      const review = { author: null, rating: r.rating, text: r.text };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      const draft = composeDraft(review, triage, profile, { recent: [...recent] });
      recent.push(draft.text);
      return {
        text: draft.text,
        phoneOnly: draft.kind === 'reply' && !draft.text.includes(profile.contactEmail),
      };
    });
}

// An answer promised to someone who has just called: "get back to you", "be in touch", "reply", "come back to you".
const ANSWERS_CALLER =
  /\b(?:get back to you|come back to you|be (?:back )?in touch|I will (?:reply|respond|answer you|write back)|you will hear from me)\b/i;

describe('what follows a call', () => {
  it('is never an answer to the call itself', () => {
    const replies = ['restaurant', 'hotel', 'auto'].flatMap(page);
    const phoneOnly = replies.filter((r) => r.phoneOnly);
    // The pages do hold phone-only replies, so the rule is tried.
    expect(phoneOnly.length).toBeGreaterThan(20);
    // A missed call returned is no answer to a call that was taken.
    const circular = phoneOnly
      .map((r) => r.text.replace(/[^.;]*\b(?:miss|cannot pick up|with someone)\b[^.]*\./g, ''))
      .filter((text) => ANSWERS_CALLER.test(text));
    expect(circular).toEqual([]);
    // What the owner does after the call is said, in more than one way.
    const after = phoneOnly
      .map(
        (r) =>
          /\b(?:find out exactly what went wrong|the people involved|hear you out|take it on myself|go through it together|listen to all of it)\b/.exec(
            r.text,
          )?.[0],
      )
      .filter((x): x is string => x !== undefined);
    expect(new Set(after).size).toBeGreaterThan(2);
  });

  // "We can agree what needs doing", "I will see to it personally", "I would welcome a word with you": a fix promised
  // without saying what is done, which readers take for no remedy at all.
  it('says what the owner will do, never a fix left unnamed', () => {
    const unnamed =
      /\b(?:agree what needs doing|work out the right fix|see to it personally|welcome a word with you|do my best to fix)\b/i;
    const replies = ['restaurant', 'hotel', 'auto', 'shop'].flatMap(page);
    expect(replies.filter((r) => unnamed.test(r.text)).map((r) => r.text)).toEqual([]);
  });

  it('may still be a reply where the reviewer can write (near miss)', () => {
    const replies = page('restaurant').filter((r) => !r.phoneOnly);
    expect(replies.some((r) => ANSWERS_CALLER.test(r.text))).toBe(true);
  });
});
