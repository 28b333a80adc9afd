import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A restaurant's page of complaint replies drafted in sequence: the replies take more than one outline (the fault
// stated plainly, the contact details with what they are for, a plain invitation with no time, …), no two neighbours
// share one, and every reply keeps an apology, a way to reach the named contact and no second reply time.

const profile: BusinessProfile = judgedProfile('restaurant');

const REVIEWS = [
  'The soup was cold and the bread was stale. We waited forty minutes for mains and nobody checked on us.',
  'Our order was wrong twice and the server rolled her eyes when we pointed it out. Not coming back.',
  'The steak was overcooked and tough, and the fries were soggy. For the price we paid this was poor.',
  'We booked a table for six and when we arrived the booking had been lost. We stood at the door for half an hour.',
  'The bathroom was dirty and the table was sticky. The food was fine but the place needs a good clean.',
  'Waited over an hour for two pizzas on a quiet night. The staff seemed to have forgotten about us entirely.',
  'The pasta was bland and the sauce tasted like it came from a jar. Very disappointing for an Italian place.',
  'The fish was undercooked in the middle and the waiter argued with me when I sent it back.',
  'Our drinks never came and we had to ask three times. When the food arrived it was lukewarm.',
  'The burger was dry and overdone, and the salad was wilted and brown at the edges.',
  'The music was so loud we could not talk, and the host was rude when we asked to move tables.',
  'The dessert we ordered was not available and nobody told us until we had waited twenty minutes for it.',
];

/** The reply's outline, read from its words: where the apology and the contact details stand, and any time. */
function outlineOf(reply: string): string {
  const body = reply.split('\n\n— ')[0] ?? '';
  if (
    /not the standard we hold ourselves to|I will not make excuses for it|falls short of the standard we set/.test(
      body,
    )
  )
    return 'stated';
  if (/(?:@|\d)[^!?]*?,? so (?:that )?I can\b/.test(body)) return 'contact-for';
  if (
    /\b(?:Once|As soon as|The moment) (?:I hear from you|you have been in touch)\b|\b(?:When|If) you do,/.test(
      body,
    )
  )
    return 'after-contact';
  if (/\b(?:If you|When you|As soon as you|Once you get in touch)\b[^.]*(?:@|\d)/.test(body))
    return 'invite-then';
  if (/, and I (?:would|will|can|want|am)\b/.test(body.split(/(?<=\.)\s/)[0] ?? '')) return 'joined';
  return /\bwithin|inside\b/.test(body) ? 'plain' : 'open';
}

describe('a restaurant page of complaint replies drafted in sequence', () => {
  let replies: string[] = [];
  beforeAll(() => {
    const recent: string[] = [];
    for (const [i, text] of REVIEWS.entries()) {
      const review = { author: null, rating: 1, text };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      recent.push(composeDraft({ ...review, externalId: `outl-${i}` }, triage, profile, { recent }).text);
    }
    replies = recent;
  });

  it('uses more than two outlines', () => {
    const outlines = replies.map(outlineOf);
    expect(new Set(outlines).size).toBeGreaterThan(2);
  });

  it('never gives two neighbouring replies the same outline', () => {
    const outlines = replies.map(outlineOf);
    for (let i = 1; i < outlines.length; i++) expect(outlines[i], replies[i]).not.toBe(outlines[i - 1]);
  });

  it('keeps an apology and the named contact in every reply', () => {
    for (const reply of replies) {
      expect(reply, reply).toMatch(/\b(?:sorry|apologi[sz]e|apologies|regret)\b/i);
      // One way to reach the contact is enough: a page mixes replies giving the phone, the email or both.
      expect(reply, reply).toMatch(/@|\d{3}-\d{4}/);
    }
  });

  it('never says "whichever way you reach me", nor a haste and a day in one breath', () => {
    for (const reply of replies) {
      expect(reply).not.toMatch(/whichever way you reach me/);
      expect(reply).not.toMatch(/The moment I hear from you, we can talk it through (?:within|inside)/);
    }
  });
});
