import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

/** A business's page: each review drafted in turn, with the replies before it passed in as the recent ones. */
function page(profile: BusinessProfile, reviews: readonly [string, number][]): string[] {
  const recent: string[] = [];
  for (const [text, rating] of reviews) {
    const review = { author: null, rating, text, title: null };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(review, triage, profile, { recent: [...recent] }).text);
  }
  return recent.map(bodyOf);
}

// Beats a reader of the page hears as one line, however the words around them change.
const BEATS: Record<string, RegExp> = {
  'door left open': /\bwhenever\b|\bany ?time\b/i,
  'glad to have read it':
    /\b(?:pleasure|joy|delight|delighted|lovely|nice|great) to read\b|\benjoyed reading\b/i,
  'kind of you to write': /\b(?:kind|good|generous) of you\b|\bgenerous thing\b|\btak(?:e|ing) a moment\b/i,
  'hope to see you': /\bhope (?:to see you|you will (?:be back|visit))\b|\bsee you (?:again|back)\b/i,
  'the next shopper': /\bshoppers\b|\bbuyers?\b|\bweighing one up\b|\bour stock\b|\bshelves\b/i,
  'quibble handed on': /\b(?:share|pass|mention) it (?:on )?(?:with|to)\b|\bmake sure [\w ]{1,30}\bknows\b/i,
};

/** The beats each reply shares with one of the two replies before it. */
function echoes(replies: readonly string[]): string[] {
  return replies.flatMap((reply, i) =>
    Object.entries(BEATS)
      .filter(
        ([, beat]) => beat.test(reply) && replies.slice(Math.max(0, i - 2), i).some((r) => beat.test(r)),
      )
      .map(([name]) => `${i}: ${name}`),
  );
}

const gadgets: [string, number][] = [
  ['These headphones sound great and the battery lasts all week. Would buy again.', 5],
  ['Great little router, easy to set up and the signal reaches the garden now.', 5],
  ['The camera takes lovely photos, though the menus are a bit fiddly.', 4],
  ['Solid keyboard, the keys feel great. The cable could be longer.', 4],
  ['Best earphones I have ever owned, clear and comfortable.', 5],
  ['This printer is quick and quiet, and the ink lasts ages.', 5],
  ['The speaker is loud and the bass is deep. A bit heavy to carry around.', 4],
  ['Lovely tablet, bright screen and fast. My kids love it.', 5],
  ['The mouse is comfortable and precise, though the scroll wheel squeaks a little.', 4],
  ['Great charger, charges my phone in no time.', 5],
  ['Very happy with this monitor, sharp picture and easy on the eyes.', 5],
  ['The webcam works well for calls, the picture is clear. The clip is a bit loose.', 4],
];
const stays: [string, number][] = [
  ['Lovely room with a view of the harbour, the staff were friendly. Breakfast was a little slow.', 4],
  ['Spotless room and a comfortable bed. We will be back next summer.', 5],
  ['Great location and helpful staff. The wifi was patchy in our room.', 4],
  ['The pool was lovely and the staff went out of their way for us.', 5],
  ['Comfortable stay, good breakfast. Parking was a bit tight.', 4],
  ['Wonderful stay, the room was quiet and the shower was great.', 5],
  ['Friendly welcome and a clean room. The walls were a little thin.', 4],
  ['Perfect weekend away, the spa was a treat.', 5],
  ['Nice hotel close to the station. Check-in took a while.', 4],
  ['Lovely staff and a great breakfast. Would stay again.', 5],
];

describe('a page of thank-you notes does not repeat a beat in reply after reply', () => {
  it('a shop selling electronics', () => {
    expect(echoes(page(loadProfile('electronics'), gadgets))).toEqual([]);
  });
  it('a hotel', () => {
    expect(echoes(page(loadProfile('hotel'), stays))).toEqual([]);
  });
});
