import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged, type Profile } from './remedy-helpers.ts';

// What the business will do beyond the reviewer's own remedy fits what the review says of the place (a wait on a
// quiet night is not a matter of staffing the busy hours), and a page of replies does not promise the same review
// of the cleaning or the kitchen in reply after reply.

const restaurant = judged('restaurant');
const hotel = judged('hotel');

/** Every wording of one reply, without its sign-off. */
function wordings(profile: Profile, text: string, rating = 2): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: 12 }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

const BUSY = /\bbusy times\b|\bbusiest hours\b/;
const QUIET = /\bwhy it took so long\b|\bwhat held things up\b/;

describe('a long wait', () => {
  it('on a quiet night is not put down to the busy hours', () => {
    const replies = wordings(
      restaurant,
      'Our starters took forty minutes to come out and the place was not even busy, only three other tables were in. The food itself was fine.',
    );
    expect(replies.filter((reply) => BUSY.test(reply))).toEqual([]);
    expect(replies.some((reply) => QUIET.test(reply))).toBe(true);
  });

  it('when the reviewer was the only guest in is not put down to the busy hours either', () => {
    const replies = wordings(
      restaurant,
      'We waited over an hour for our mains and we were the only ones in the dining room that evening. The mains themselves were fine once they came, but the wait spoiled it.',
    );
    expect(replies.filter((reply) => BUSY.test(reply))).toEqual([]);
    expect(replies.some((reply) => QUIET.test(reply))).toBe(true);
  });

  it('on a packed Friday is still taken as a matter of the busy hours', () => {
    const replies = wordings(
      restaurant,
      'Our starters took forty minutes to come out and the place was packed, every single table was taken on a Friday night. The food itself was fine when it came.',
    );
    expect(replies.some((reply) => BUSY.test(reply))).toBe(true);
    expect(replies.filter((reply) => QUIET.test(reply))).toEqual([]);
  });
});

describe('a page of replies about dirty rooms', () => {
  const DIRTY = [
    'We checked in late and found the bathroom dirty, with hair in the shower and a stained towel on the rail. Nobody at the desk seemed to care when we mentioned it.',
    'Our room was not clean at all: dust on every surface, a dirty carpet and crumbs in the bed. For the price we paid that is just not acceptable, and we left a day early.',
    'Filthy room. There were stains on the sheets, the floor had not been swept and the bin was still full from the last guests. We asked for it to be cleaned and waited all afternoon.',
    'The room was dirty when we arrived and the bathroom smelled. We rang down twice and nobody came to clean it, so we did it ourselves with the towels. Very poor for a hotel of this kind.',
    'Hair in the sink, grime in the shower and sticky marks on the desk: the room was not clean. The location is handy but I would not stay again unless they sort out the housekeeping.',
    'The carpet was stained, the curtains were dusty and the bathroom was dirty. We spent the first hour of our weekend wiping things down before we could unpack our bags properly.',
    'Dirty room and a dusty bathroom, not what we paid for. The kettle had limescale floating in it and the glasses were smeared. We mentioned it at checkout and got a shrug.',
    'The room was filthy and the sheets were stained. We asked for fresh bedding and it took three hours to arrive. The view was nice but that does not make up for a dirty bed.',
  ];
  const CLEANING = [/\bcleaning routine gone over\b/, /\bcleaning checks with the team\b/];

  function pageOf(profile: Profile, texts: readonly string[]): string[] {
    const recent: string[] = [];
    for (const [i, text] of texts.entries()) {
      const r = { author: null, rating: 1, text, title: null, externalId: `clean-${i}` };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
      recent.push(composeDraft(r, triage, profile, { recent }).text);
    }
    return recent;
  }

  it('says each line about the cleaning once at most', () => {
    const replies = pageOf(hotel, DIRTY);
    for (const line of CLEANING) expect(replies.filter((reply) => line.test(reply)).length).toBeLessThan(2);
  });

  it('still says one of them', () => {
    const replies = pageOf(hotel, DIRTY);
    expect(replies.some((reply) => CLEANING.some((line) => line.test(reply)))).toBe(true);
  });
});

describe('a long wait the reviewer says nothing of busyness about', () => {
  it('is not put down to the busy hours', () => {
    const replies = wordings(
      restaurant,
      'We booked a table for a birthday dinner. We waited so long for our food, and the waiter kept disappearing into the kitchen for ten minutes at a time. The dessert was nice.',
    );
    expect(replies.filter((reply) => BUSY.test(reply))).toEqual([]);
  });
});

describe('food seen handled carelessly', () => {
  const CLEANING = /\bcleaning\b/;
  const HANDLING = /\bhygiene routines\b|\bhow we expect food to be served\b/;

  it('is followed through on how food is served, not on the cleaning', () => {
    const replies = wordings(
      restaurant,
      'The worst part was at the buffet: someone had laid the tongs right on top of the pizza, so hand germs were all over the food, and the two workers standing there did not care.',
    );
    expect(replies.filter((reply) => CLEANING.test(reply))).toEqual([]);
    expect(replies.some((reply) => HANDLING.test(reply))).toBe(true);
  });

  it('leaves a dirty room followed through on the cleaning (near miss)', () => {
    const replies = [
      'The room was dirty when we arrived and the bathroom smelled. We rang down twice and nobody came to clean it, so we did it ourselves with the towels.',
      'Hair in the sink, grime in the shower and sticky marks on the desk: the room was not clean. I would not stay again unless they sort out the housekeeping.',
    ].flatMap((text) => wordings(hotel, text, 1));
    expect(replies.filter((reply) => HANDLING.test(reply))).toEqual([]);
    expect(replies.some((reply) => CLEANING.test(reply))).toBe(true);
  });
});
