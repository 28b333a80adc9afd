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
const escalated = (
  text: string,
  sectorGroup: Parameters<typeof triageReview>[1]['sectorGroup'] = 'food_hospitality',
) => triageReview({ rating: 2, text }, { sectorGroup }).escalation.escalate;

describe('food that hurts the one eating it', () => {
  it.each([
    'Two of our group cut their mouths on the toast, it was that hard. Service was slow.',
    'The crust was like rock and my friend cut up her gums on it.',
    'My wife broke a tooth on a stone in the lentils.',
    'I chipped a tooth on something in the risotto.',
    'Our son choked on a bone in the "boneless" chicken strips.',
  ])('is held for the owner: %s', (text) => {
    expect(escalated(text)).toBe(true);
  });

  it.each([
    'The bread was hard and the soup was cold.',
    'I had to cut the steak myself and the fries were cold.',
    'The knife could not cut through the chop. The gravy was thin.',
    'The rolls were so hard I nearly broke a tooth. Service was slow.',
  ])('is not read into near misses: %s', (text) => {
    expect(escalated(text)).toBe(false);
  });
});

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
