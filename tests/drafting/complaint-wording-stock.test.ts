import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// Lines a reader of a page takes for a form are not written: "I can only apologise for …", "you will have a proper
// answer from me", "I am truly sorry that …, and sorry too that …". The apology still names the grievance, and two
// grievances of different kinds are still named together.

const loadProfile = judgedProfile;
const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');
const electronics = loadProfile('electronics-store');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, count = 30): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

const STOCK = /\bcan only apologi[sz]e for\b|\ba proper answer from (?:me|us)\b|\bsorry too that\b/;

const cases: ReadonlyArray<readonly [BusinessProfile, string]> = [
  [restaurant, 'The pizza was so salty we could not finish it.'],
  [restaurant, 'Our order was not right. We had to send it back twice.'],
  [restaurant, 'Awful evening. Would not go back.'],
  [restaurant, 'The food was cold when it arrived and the waiter was rude when we mentioned it.'],
  [hotel, 'The place was worn and dated and the room was in poor shape.'],
  [hotel, 'One of your staff walked away from me while I was asking about my booking.'],
  [electronics, 'There was so much static on the line that I could not hear anyone.'],
  [electronics, 'The headphones are cheaply made and the sound is tinny.'],
];
const replies = cases.flatMap(([profile, text]) => variants(profile, text));

describe('the apology and the promise of an answer', () => {
  it('are never told in the stock lines a page reads as a form', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(STOCK);
  });

  it('still name the grievance in the apology', () => {
    const salty = variants(restaurant, 'The pizza was so salty we could not finish it.');
    expect(salty.filter((reply) => /\bsalty\b/.test(reply)).length).toBeGreaterThan(salty.length / 2);
  });

  it('still name two grievances of different kinds together, in some wording', () => {
    const two = variants(hotel, 'The place was worn and dated and the room was in poor shape.');
    expect(two.some((reply) => /\b(?:worn|dated)\b[^.!?]*\bpoor shape\b/.test(reply))).toBe(true);
  });
});
