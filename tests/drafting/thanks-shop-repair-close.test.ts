import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const SHOPPING = /shopping|browse/i;
// Every variant of the thank-you, so a close that only some variants pick is seen.
const allVariants = (text: string): string[] => {
  const review = { author: null, rating: 5, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(demoBusinessProfile.sector) });
  return Array.from(
    { length: 40 },
    (_, variant) => composeDraft(review, triage, demoBusinessProfile, { variant }).text,
  );
};

describe('a shop that also repairs: the close after a repair', () => {
  it.each([
    'My chain snapped on the way to work and they squeezed me in before opening. Back on the road in half an hour.',
    'Brought the kids bikes in for a service before the holidays and they even adjusted the helmets.',
  ])('never invites a repair customer back for a shopping trip: %s', (text) => {
    for (const reply of allVariants(text)) expect(reply).not.toMatch(SHOPPING);
  });

  it('may still close a purchase off the shelves with one (near miss)', () => {
    const replies = allVariants(
      'Bought a new helmet and a pair of gloves here. Great choice and a friendly welcome.',
    );
    expect(replies.some((reply) => SHOPPING.test(reply))).toBe(true);
  });
});
