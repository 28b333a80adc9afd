import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import * as t from '@rebound/server/drafting/templates';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const loadProfile = judgedProfile;
const restaurant = loadProfile('restaurant');
// Long enough that the reply is not cut to two sentences, each with one plain fault.
const longHotelReviews = [
  'We booked this hotel for a weekend away with the family and were looking forward to it for weeks. The TV in our room would not work for the whole stay, and we had nothing to do in the evenings.',
  'We stayed three nights for a wedding nearby and had chosen the place for its photos online. The shower curtain had mould on it and nobody seemed to care when we mentioned it at the desk on the first morning.',
  'Came for a work trip and needed a quiet place to prepare for meetings over two days. The air conditioning was broken for both nights and the room was far too hot to sleep in at all.',
];
const hotel = loadProfile('hotel');

const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));

/** One business's replies drafted in turn, each knowing the ones before it, as its public page would read. */
function page(profile: BusinessProfile, texts: readonly string[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of texts.entries()) {
    const r = { author: null, rating: 1 + (i % 2), text, externalId: `stock-${i}` };
    recent.push(composeDraft(r, triageReview(r, { sectorGroup }), profile, { recent }).text);
  }
  return recent.map(body);
}

// Complaints that each name a plain fault, several beside praise for the people or the place.
const restaurantReviews = [
  'The risotto arrived lukewarm and the rice was chalky in the middle.',
  'We waited fifty minutes for two pizzas on a quiet Tuesday night. The staff were friendly though.',
  'The fish was overcooked and dry, and the chips were soggy. Lovely location by the river.',
  'The lamb was tough and the sauce was salty. Our waiter was lovely.',
  'The bill had two bottles of wine on it that we never ordered. It took ages to get it corrected.',
  'Dessert came straight from the fridge, hard as a brick. The service was great.',
  'The steak was ordered medium rare and came out grey all the way through. Nice atmosphere.',
  'The soup was cold and the bread was stale. The staff were very friendly.',
  'The burger was greasy and the fries were soggy. The location is great.',
  'Tables were sticky and the cutlery had dried food on it. The service was good.',
  'The pasta was bland and the salad was wilted. The setting is beautiful.',
  'The curry was watery and the rice was undercooked. Friendly staff.',
];

// A line that owns the fault in stock words, in the apology's tail or in a sentence of its own.
const OWNING =
  /should not have (?:happened|been)|not how (?:it should|we want)|not what we want|not (?:good enough|the standard)|fell short|should have done better|deserved better|falls below|far better for you|did not do our job/i;
// A nod to what the reviewer liked.
const NOD = /good to hear you liked|had a good word for|kind words about|went well, at least/i;

describe('stock lines on a page of complaint replies', () => {
  const replies = page(restaurant, restaurantReviews);

  it('never owns the fault in stock words on two replies in a row', () => {
    for (let i = 1; i < replies.length; i++) {
      const both = OWNING.test(replies[i - 1] ?? '') && OWNING.test(replies[i] ?? '');
      expect(both, `${replies[i - 1]}\n---\n${replies[i]}`).toBe(false);
    }
  });

  it('lets most replies go without a stock line of ownership', () => {
    const owning = replies.filter((reply) => OWNING.test(reply)).length;
    expect(owning).toBeLessThanOrEqual(Math.ceil(replies.length / 2));
  });

  it('never stops to be glad about the praise on two replies in a row', () => {
    for (let i = 1; i < replies.length; i++) {
      const both = NOD.test(replies[i - 1] ?? '') && NOD.test(replies[i] ?? '');
      expect(both, `${replies[i - 1]}\n---\n${replies[i]}`).toBe(false);
    }
  });

  it('still nods to the praise on some replies', () => {
    expect(replies.some((reply) => NOD.test(reply))).toBe(true);
  });
});

describe('words that point at nothing', () => {
  it('never tells a venue’s cooking fault with an "it" that has nothing to stand for', () => {
    const text = 'Huge omelet but over cooked. Coffee luke warm. The worst potatoes ever.';
    const food = nameComplaints(text, 'food_hospitality').find((n) => n.topic === 'food');
    expect(food).toBeDefined();
    for (const wording of food?.wordings ?? []) expect(wording).not.toMatch(/\bit\b/);
  });

  it('never opens the contact line on "the quickest way" before any offer is made', () => {
    // Recent replies that used every other invitation, so "the quickest way" is the one left to choose.
    const others = t.inviteFirstPerson
      .filter((invite) => !/quickest/.test(invite))
      .map(
        (invite) =>
          `I am sorry about the noise. ${invite.replace('{phone}', '(555) 330-7812').replace('{email}', 'guestcare@harbourview.example')}. You will hear from me within a day.\n\n— Elena`,
      );
    for (const text of longHotelReviews) {
      const r = { author: null, rating: 2, text, title: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) });
      for (const variant of [0, 1, 2, 3, 4, 5]) {
        const reply = body(composeDraft(r, triage, hotel, { variant, recent: others }).text);
        // The contact details alone, then what follows once the reviewer writes: nothing before them to be quick at.
        expect(reply).not.toMatch(
          /The quickest way(?:[^.]|\.(?!\s))*\.\s+(?:(?:Once|As soon as|The moment) (?:I|we) hear from you|Once you have been in touch)/,
        );
      }
    }
  });
});

describe('ownership after a reply that owned the fault', () => {
  const owningReply =
    'I am sorry the lamp was broken. That is not the standard we aim for. Call me on (555) 330-7812.\n\n— Elena, Harbourview Hotel';

  it('leaves the stock line of ownership out of the reply that follows one', () => {
    for (const text of longHotelReviews) {
      const r = { author: null, rating: 2, text, title: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) });
      for (const variant of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const reply = body(composeDraft(r, triage, hotel, { variant, recent: [owningReply] }).text);
        expect(reply).not.toMatch(OWNING);
      }
    }
  });

  it('still owns the fault now and then where the page has not lately', () => {
    const owned = longHotelReviews.flatMap((text) => {
      const r = { author: null, rating: 2, text, title: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) });
      return [0, 1, 2, 3].map((variant) => body(composeDraft(r, triage, hotel, { variant }).text));
    });
    expect(owned.some((reply) => OWNING.test(reply))).toBe(true);
  });
});

describe('words a reader takes for a legal settlement', () => {
  it('never offers to "settle" anything, which reads as a settlement from a law firm or a practice', () => {
    const lines = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(lines)
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(lines)
            : [];
    const all = Object.values(t).flatMap(lines);
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((line) => /\bsettle\b/i.test(line))).toEqual([]);
  });
});
