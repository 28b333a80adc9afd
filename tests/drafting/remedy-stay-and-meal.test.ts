import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, type Profile } from './remedy-helpers.ts';

// An offer's label is the business's shorthand ("a partial refund for the nights affected", "a refund for the
// dishes that were wrong"); the reply tells it in words that fit what the review says happened.

const hotel = judged('hotel');
const restaurant = judged('restaurant');

const NIGHTS = /\bnights affected\b|\baffected nights\b/;
const PART_BACK = /\bpartial refund\b|\bpart of what (?:you paid|your stay cost)\b/;

describe('part of a stay’s price back', () => {
  const oneNight =
    'We stayed one night and the room was filthy, with hair in the bath, stains on the sheets and a bin still full from the last guests. The staff shrugged when we told them.';
  const threeNights =
    'We stayed three nights and the room was filthy, with hair in the bath, stains on the sheets and a bin still full from the last guests. The staff shrugged when we told them.';

  it('is not offered "for the nights affected" to a guest who stayed one night', () => {
    const replies = everyWording(hotel, oneNight, { count: 8 });
    expect(replies.filter((reply) => PART_BACK.test(reply)).length).toBeGreaterThan(0);
    expect(replies.filter((reply) => NIGHTS.test(reply))).toEqual([]);
  });

  it('is still offered to a guest who stayed three nights', () => {
    const replies = everyWording(hotel, threeNights, { count: 8 });
    expect(replies.filter((reply) => PART_BACK.test(reply)).length).toBeGreaterThan(0);
  });

  it('is not worded "for the nights affected" in reply after reply on a page', () => {
    const stays = [
      'The bathroom was dirty, with hair in the shower and a stained towel on the rail. We stayed three nights and it was never cleaned properly once.',
      'Our room was not clean at all: dust on every surface, a dirty carpet and crumbs in the bed. For what we paid over four nights that is not acceptable.',
      'Filthy room. There were stains on the sheets, the floor had not been swept and the bin was still full from the last guests, and it stayed that way all weekend.',
      'The room was dirty when we arrived and the bathroom smelled. We rang down twice and nobody came to clean it during our two nights, so we did it ourselves.',
      'Hair in the sink, grime in the shower and sticky marks on the desk: the room was not clean for any of our five nights. Handy location, but never again.',
      'The carpet was stained, the curtains were dusty and the bathroom was dirty. We spent the first hour of a three night break wiping things down before we could unpack.',
    ];
    const recent: string[] = [];
    for (const [i, text] of stays.entries()) {
      const r = { author: null, rating: 1, text, title: null, externalId: `stay-${i}` };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) });
      recent.push(composeDraft(r, triage, hotel, { recent }).text);
    }
    expect(recent.filter((reply) => PART_BACK.test(reply)).length).toBeGreaterThan(3);
    expect(recent.filter((reply) => NIGHTS.test(reply)).length).toBeLessThan(3);
  });
});

describe('a refund for food', () => {
  const draftsOf = (profile: Profile, text: string): string[] =>
    everyWording(profile, text, { rating: 1, count: 8 });
  const RETOLD = /\bdishes that (?:were wrong|were not right|let you down)\b/;

  it('for a meal that was poor throughout is a refund for the meal, not "the dishes that were wrong"', () => {
    const replies = draftsOf(
      restaurant,
      'Dinner was a letdown from start to finish. The chicken was dry and under seasoned, the potatoes were soggy and the vegetables were overcooked to mush. For the price it was one of the worst meals we have had.',
    );
    const refunds = replies.filter((reply) => /\brefund\b|\bwhat you paid\b/.test(reply));
    expect(refunds.length).toBeGreaterThan(0);
    expect(refunds.filter((reply) => RETOLD.test(reply))).toEqual([]);
    expect(refunds.every((reply) => /\byour meal\b/.test(reply))).toBe(true);
  });

  it('for one dish that came out wrong still names that dish', () => {
    const replies = draftsOf(
      restaurant,
      'The starters and the dessert were lovely and the service was friendly, but my steak came out completely raw in the middle even though I asked for it well done. Really spoiled the evening for me.',
    );
    expect(replies.filter((reply) => /\byour meal\b/.test(reply))).toEqual([]);
  });
});
