import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A reply that asks only for a call talks of a call: the caller is already speaking to the owner, so what follows is
// never a written reply ("I will write back", "you will hear from me"), and the time given is when a missed call is
// returned. Replies that give an address to write to keep their written answer.

const loadProfile = judgedProfile;
const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');

/** Drafts the reviews in order, each with the replies before it as the business's recent replies. */
function page(profile: BusinessProfile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1 + (i % 2), text, title: null, externalId: `channel-${i}` };
    const triage = triageReview(r, { sectorGroup });
    if (triage.escalation.escalate) continue;
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const restaurantReviews = [
  'The food was not what it should have been. Bland pasta and a dry chicken breast.',
  'We waited an hour for our mains and nobody told us why.',
  'Our server was rude and rolled her eyes when we asked for water.',
  'Told we have to order exactly the way the menu states, no changes at all. Ridiculous.',
  'The kitchen did not cook the food properly, the waffle was rubbery.',
  'The bill came to more than we were led to expect and we were hurried out.',
  'The pizza was so salty we could not finish it.',
  'Booked a table for six and they had given it away when we got there.',
  'The music was so loud we had to shout all evening.',
  'The steak was ordered medium rare and came out grey all the way through.',
  'Tables were sticky and the cutlery had dried food on it.',
  'The staff ignored us for twenty minutes after we sat down.',
];
const hotelReviews = [
  'The carpets were old and the security latch on the door was missing a screw.',
  'The room had not been cleaned and there was hair in the shower.',
  'The manager was rude to us at check-in and would not honour our package.',
  'Noisy all night, thin walls, and the air conditioning rattled.',
  'The pool was not very clean and the towels were thin.',
  'Our booking was mishandled and we were given a smaller room than we paid for.',
  'Staff at the front desk could not answer a single question we asked.',
  'Breakfast was cold and the coffee machine was broken all weekend.',
  'The place is worn and dated and the room was in poor shape.',
  'The wifi never worked and nobody at reception could help.',
];

const replies = [...page(restaurant, restaurantReviews), ...page(hotel, hotelReviews)];
const body = (reply: string): string => reply.split('\n— ')[0] ?? '';
const phoneOnly = replies.filter((reply) => /\(\d{3}\) \d{3}-\d{4}/.test(reply) && !reply.includes('@'));
const withEmail = replies.filter((reply) => reply.includes('@'));

// A written answer promised to someone asked only to ring.
const WRITTEN_ANSWER =
  /\b(?:write back|reply|respond|(?:I|we) (?:will|can) answer|answer (?:you|within|inside)|you will hear (?:back )?from (?:me|us)|hear back|expect (?:a reply|an answer)|my answer)\b/i;

describe('a reply asking only for a call', () => {
  it('is on these pages, so the rule is read', () => {
    expect(phoneOnly.length).toBeGreaterThanOrEqual(3);
  });

  it('never promises a written answer to the caller', () => {
    for (const reply of phoneOnly) expect(body(reply), reply).not.toMatch(WRITTEN_ANSWER);
  });
});

describe('a reply that gives an address to write to', () => {
  it('may still promise a written answer', () => {
    expect(withEmail.some((reply) => WRITTEN_ANSWER.test(body(reply)))).toBe(true);
  });
});
