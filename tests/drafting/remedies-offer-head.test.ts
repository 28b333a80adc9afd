import { wordRemedy } from '@rebound/server/drafting/choose-remedy';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
const store = judged('electronics-store');
const tableOnUs = restaurant.remedies.find((r) => r.kind === 'other');
const fullRefund = store.remedies.find((r) => r.kind === 'refund');

/** How the offer is told on each of a dozen replies written after the given latest reply. */
function offersAfter(
  profile: typeof restaurant,
  text: string,
  latest: string,
  label: typeof tableOnUs,
): string[] {
  if (!label) throw new Error('the profile lists no such offer');
  const { situation } = triageReview({ rating: 2, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: 12 }, (_, seed) => {
    const w = createWriter(profile, situation, seed, true, [latest]);
    const told = wordRemedy(w, label, 72, { reviewText: text, told: null });
    return told.action ?? told.phrase;
  });
}

const waitText =
  'We sat for forty minutes before anyone took our order, and our server never came back to check on us.';
const deadText = 'The speaker died after four days and will not switch on at all, whatever I try.';

describe('an offer told just after a reply that opened the same offer on the same words', () => {
  it('does not open on "a table on us" again, however the rest of the offer was worded', () => {
    const latest =
      'I am sorry you waited so long for your food. I would like to offer you a table on us on your next visit.';
    for (const offer of offersAfter(restaurant, waitText, latest, tableOnUs))
      expect(offer).not.toMatch(/\ba table on us\b/i);
  });

  it('does not promise the refund "in full" again in the same words', () => {
    const latest = 'I am sorry it stopped charging. I will give you a refund in full as soon as you write.';
    for (const offer of offersAfter(store, deadText, latest, fullRefund))
      expect(offer).not.toMatch(/\brefund (?:\w+ ){0,2}in full\b/i);
  });

  it('still opens on "a table on us" where the latest reply offered nothing', () => {
    const latest = 'I am sorry the music was so loud. Please ring me and I will reply within a day.';
    const offers = offersAfter(restaurant, waitText, latest, tableOnUs);
    expect(offers.some((offer) => /\ba table on us\b/i.test(offer))).toBe(true);
  });
});
