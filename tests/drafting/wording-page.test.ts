import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged, type Profile } from './remedy-helpers.ts';

// A business's page of replies read in order: the kitchen is not promised a word in reply after reply, and stock
// openers and closers a reader flags are not said.

const restaurant = judged('restaurant');
const hotel = judged('hotel');

/** The replies of one page, each drafted knowing the ones before it, without their sign-offs. */
function pageOf(profile: Profile, texts: readonly string[], rating: number): string[] {
  const recent: string[] = [];
  for (const [i, text] of texts.entries()) {
    const r = { author: null, rating, text, title: null, externalId: `page-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent.map((reply) => reply.replace(/\n— [^\n]*$/, ''));
}

/** Many wordings of one reply (as posted under a few ids, each in several variants), without their sign-offs. */
function wordings(profile: Profile, text: string, rating: number): string[] {
  return ['w1', 'w2', 'w3', 'w4', 'w5'].flatMap((externalId) => {
    const r = { author: null, rating, text, title: null, externalId };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    return Array.from({ length: 24 }, (_, variant) =>
      composeDraft(r, triage, profile, { variant }).text.replace(/\n— [^\n]*$/, ''),
    );
  });
}

const DISHES = [
  "We booked for my mother's birthday on Friday. The room is pretty and the wine list is good, but the pasta was overcooked and stodgy, and nobody came to ask how it was. Not worth the money.",
  'Came here for lunch with colleagues last week. The terrace is lovely in the sun, but the pizza was burnt on the bottom and tasted of charcoal. We paid full price for something we could not finish.',
  'We drove forty minutes for dinner because of the reviews. The staff were friendly, but the steak was tough and chewy even though I asked for it medium rare. I left most of it on the plate, sadly.',
  'Our anniversary dinner was a letdown. The setting is nice and the music was just right, but the curry was bland and flavourless, with no spice at all. For those prices I expected far more.',
  'We stopped in on a Sunday afternoon. The service was quick enough, but the burger was dry and overdone, and the bun fell apart in my hands. I will not be ordering it again any time soon.',
  'Took my parents here on Saturday night. The dining room is smart, but the fish was undercooked and still translucent in the middle, so I sent it back and went home hungry. Very disappointing evening.',
  'Popped in for a quick bowl on a cold day. The staff were kind, but the soup was lukewarm and far too salty, as if it had been sitting for hours. Not the warming lunch I was hoping for at all.',
  'We came for taco night with a group of friends. The drinks were good, but the tacos were soggy and the meat inside was tasteless and grey. We expected much more after all the hype online.',
];
const KITCHEN_LINE = /\b(?:the kitchen|our chef|kitchen team)\b/;

describe('a page of replies about dishes', () => {
  const replies = pageOf(restaurant, DISHES, 2);

  it('promises the kitchen a word once in eight replies, whichever way it is put', () => {
    expect(replies.filter((reply) => KITCHEN_LINE.test(reply)).length).toBe(1);
  });

  it('still promises it on the first reply about a dish', () => {
    expect(replies[0]).toMatch(KITCHEN_LINE);
  });
});

const STOCK =
  /\bgrateful you wrote to us\b|\btaking the trouble to write\b|\bget to the bottom of it and fix it\b/;

describe('stock lines a reader notices', () => {
  it('are not said in a reply to a report of harm or in an offer to talk', () => {
    const replies = [
      ...wordings(
        restaurant,
        'My son found a piece of glass in his pasta and cut his lip on it. The waiter just shrugged and nobody from the kitchen came out.',
        1,
      ),
      ...wordings(
        hotel,
        'Bed bugs in room 12. I woke up covered in bites and the front desk only offered to move us down the hall.',
        1,
      ),
      ...wordings(restaurant, 'Not good. Would not go back.', 2),
    ];
    expect(replies.filter((reply) => STOCK.test(reply))).toEqual([]);
  });
});
