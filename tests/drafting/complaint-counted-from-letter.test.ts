import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A reply's time counted from the reviewer's letter ("within a day once you write") cannot sit in the sentence that
// asks them to ring: "I will reply inside a day once you write; call me on …" counts from a letter it then does not
// ask for. Counted from their message or their getting in touch, it fits either way of reaching us.

const COMPLAINTS = [
  'We waited ninety minutes for our food and then another half hour for the bill.',
  'The server was rude and the pasta was cold.',
  'Our table was not ready even though we booked, and the manager did not care.',
  'The steak was overcooked and the fries were soggy.',
];
const VARIANTS = 40;

/** Every sentence of every variant of each complaint's reply for one business. */
function sentencesFor(profileName: string): string[] {
  const profile = judgedProfile(profileName);
  const sectorGroup = sectorGroupOf(profile.sector);
  return COMPLAINTS.flatMap((text, i) => {
    const review = { author: null, rating: 1 + (i % 2), text, externalId: `letter-${profileName}-${i}` };
    const triage = triageReview(review, { sectorGroup });
    return Array.from({ length: VARIANTS }, (_, variant) =>
      composeDraft(review, triage, profile, { variant }).text.split(/(?<=\.)\s+/),
    ).flat();
  });
}

const ASKS_CALL = /\b(?:call|ring|phone)\b/;

describe('a time counted from the reviewer’s letter', () => {
  for (const profileName of ['restaurant', 'hotel']) {
    it(`is never told in the sentence asking a ${profileName}’s reviewer to ring`, () => {
      const sentences = sentencesFor(profileName);
      const counted = sentences.filter((s) =>
        /\b(?:once you write|of hearing from you|of you getting in touch)\b/.test(s),
      );
      // The near miss: times counted from the reviewer's message still come beside a phone number.
      expect(counted.filter((s) => ASKS_CALL.test(s)).length).toBeGreaterThan(0);
      expect(counted.filter((s) => /\bonce you write\b/.test(s) && ASKS_CALL.test(s))).toEqual([]);
    });
  }
});
