import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A page of complaint replies does not give both the phone and the email in every reply: some give the one way that
// suits the matter (goods written about with the order number, an evening out talked over on the phone), and some
// ask for the one detail that finds the order or the visit, never two replies in a row and never where the
// reviewer bought the goods elsewhere. A holding reply to a safety matter keeps both ways and asks for nothing.

type Profile = BusinessProfile;
const judged = judgedProfile;

const store = judged('electronics-store');
const restaurant = judged('restaurant');

/** Each review drafted in turn for one business, as its page would hold them. */
function page(profile: Profile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1 + (i % 2), text, externalId: `reach-${profile.name}-${i}` };
    recent.push(composeDraft(r, triageReview(r, { sectorGroup }), profile, { recent }).text);
  }
  return recent;
}

/** Which ways of contact a reply gives: both, the email alone or the phone alone. */
const waysIn = (profile: Profile, reply: string): string => {
  const email = reply.includes(profile.contactEmail);
  const phone = reply.includes(profile.contactPhone);
  return email && phone ? 'both' : email ? 'email' : phone ? 'phone' : 'none';
};

const ORDER_NUMBER = /\border number\b/i;
const ANY_DETAIL = /\b(?:order number|receipt|invoice|dates? of your|date and time of)\b/i;
const TIME =
  /\b(?:within|inside) (?:a|one|two|three|twenty-four|seventy-two|a single|a working|one working)\b/gi;

const GOODS = [
  'The headphones I ordered stopped charging after three weeks and the left cup crackles.',
  'This router drops the connection every evening and I have to restart it several times a day.',
  'The keyboard arrived with two keys missing and a scratched case.',
  'Battery life on this speaker is nowhere near the twelve hours advertised, more like four.',
  'The webcam picture is blurry and the microphone crackles on every call.',
  'I bought this charger at Best Buy and it gets very hot and charges my phone slowly.',
  'The mouse scroll wheel started skipping within a month. Cheap build.',
  'The remote control stopped pairing with the television after the first week.',
  'The external drive was much slower than the box claimed and the cable was far too short.',
  'Ordered the black model and got a white one, and the box had clearly been opened before.',
  'The earbuds keep falling out of my ears and the lid of the case is loose.',
  'My tablet case split along the spine after two weeks of gentle use.',
];
const ELSEWHERE_AT = 5;

describe('an electronics shop’s page of twelve complaint replies', () => {
  const replies = page(store, GOODS);

  it('mixes replies giving one way of contact with replies giving both, each keeping a way to reach Nina', () => {
    const ways = replies.map((reply) => waysIn(store, reply));
    expect(ways.filter((w) => w === 'both').length, ways.join(' ')).toBeGreaterThan(2);
    expect(ways.filter((w) => w === 'email' || w === 'phone').length, ways.join(' ')).toBeGreaterThan(2);
    // Near miss: one way is still a way; no reply is left with none, nor with two times.
    for (const reply of replies) {
      expect(waysIn(store, reply), reply).not.toBe('none');
      expect(reply, reply).toMatch(/\b(?:sorry|apologi[sz]e|apologies|regret)\b/i);
      expect(reply.match(TIME)?.length ?? 0, reply).toBeLessThanOrEqual(1);
    }
  });

  it('asks for the order number in some replies, never in two neighbours, never of goods bought elsewhere', () => {
    const asking = replies.map((reply) => ORDER_NUMBER.test(reply));
    expect(asking.filter(Boolean).length, replies.join('\n---\n')).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < asking.length; i++)
      expect(asking[i] && asking[i - 1], `${replies[i - 1]}\n---\n${replies[i]}`).toBe(false);
    expect(replies[ELSEWHERE_AT], replies[ELSEWHERE_AT]).not.toMatch(ANY_DETAIL);
  });
});

describe('the reply after one that gave both ways', () => {
  const before = `I am sorry the cable frayed. Call me on ${store.contactPhone} or email ${store.contactEmail}.\n\n— Nina`;
  const draft = (text: string, recent: readonly string[] = [before]) => {
    const r = { author: null, rating: 1, text };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
    return composeDraft(r, triage, store, { recent: [...recent] }).text;
  };

  it('asks for the order number of goods bought from us, not of goods bought elsewhere nor in a holding reply', () => {
    const ours = draft(
      'The speaker I ordered crackles at any volume and the battery is flat within an hour.',
    );
    expect(ours).toMatch(ORDER_NUMBER);
    expect(waysIn(store, ours), ours).toBe('email');
    const theirs = draft(
      'I bought this speaker at Best Buy and it crackles at any volume and the battery is flat within an hour.',
    );
    expect(theirs).not.toMatch(ANY_DETAIL);
    expect(waysIn(store, theirs)).not.toBe('none');
    // Nor in a holding reply to a safety matter, which keeps both ways.
    const held = draft(
      'The charger caught fire on my desk overnight and scorched the wood. It could have burned the house down.',
    );
    expect(waysIn(store, held), held).toBe('both');
    expect(held).not.toMatch(ANY_DETAIL);
    // Nor in a reply with no reply of ours before it to vary from, which gives both ways as it always did.
    const alone = draft(
      'The speaker I ordered crackles at any volume and the battery is flat within an hour.',
      [],
    );
    expect(waysIn(store, alone), alone).toBe('both');
    expect(alone).not.toMatch(ANY_DETAIL);
  });
});

const EVENINGS = [
  'The soup was cold and the bread was stale. We waited forty minutes for mains and nobody checked on us.',
  'Our server rolled her eyes when we pointed out the wrong order. Not coming back.',
  'The steak was overcooked and tough, and the fries were soggy. For the price this was poor.',
  'We booked a table for six and when we arrived the booking had been lost.',
  'The bathroom was dirty and the table was sticky. The place needs a good clean.',
  'Waited over an hour for two pizzas on a quiet night. The staff forgot about us.',
  'The pasta was bland and the sauce tasted like it came out of a jar.',
  'The fish was undercooked in the middle and the waiter argued with me when I sent it back.',
  'I got food poisoning after the chicken here and was sick for two days.',
  'The burger was dry and overdone, and the salad was wilted at the edges.',
];
const POISONING_AT = 8;

describe('a restaurant’s page of complaint replies', () => {
  const replies = page(restaurant, EVENINGS);

  it('gives the phone alone on some replies and asks for the date of a visit, never in the holding reply', () => {
    const ways = replies.map((reply) => waysIn(restaurant, reply));
    expect(ways.filter((w) => w === 'phone').length, ways.join(' ')).toBeGreaterThan(1);
    expect(replies.some((reply) => /\bthe date of your visit\b/.test(reply))).toBe(true);
    // Near miss: a restaurant has no order number to ask for.
    for (const reply of replies) expect(reply, reply).not.toMatch(/\border number|receipt|invoice\b/i);
    // Nor does the holding reply to an illness, which keeps both ways.
    const held = replies[POISONING_AT] ?? '';
    expect(waysIn(restaurant, held), held).toBe('both');
    expect(held).not.toMatch(ANY_DETAIL);
  });
});
