import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

/** Every wording the composer tries for the profile's reply, the signature left off. */
function replies(profileName: string, text: string): string[] {
  const profile = loadProfile(profileName);
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return [0, 1, 2, 3].map((variant) => {
    const reply = composeDraft(review, triage, profile, { variant }).text;
    return reply.slice(0, reply.lastIndexOf('\n— '));
  });
}
describe('a promise of time in a public reply', () => {
  it('is always counted from hearing from the reviewer, never a day', () => {
    const texts = [
      'The service manager ignored me for an hour and the fault is still there.',
      'The soup was cold and the waiter forgot our drinks.',
      'The food was a letdown and the room was far too loud to talk.',
      'We booked a table for eight and were seated after forty minutes.',
    ];
    for (const text of texts)
      for (const reply of replies('restaurant', text)) {
        expect(reply).not.toMatch(/\btomorrow\b/i);
        // Said before the contact details, the time says whose message it is counted from.
        const timeFirst =
          /\b(?:within|inside) ([^:;.]*?)(?:, whichever way you reach me)?[:;] (?:call|ring)\b/.exec(reply);
        if (timeFirst) expect(timeFirst[1]).toMatch(/of hearing from you$/);
      }
  });
});
