import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { isPutRight, pointSentences, readAspects } from '@rebound/server/triage/situation/aspects';
import { findComplaints } from '@rebound/server/triage/situation/describe-complaint';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string): string[] =>
  everyWording(profile, text, { rating: 2, count: 4 });
/** The reply's first sentence that apologises or regrets. */
const firstApology = (reply: string): string =>
  reply
    .replace(/^(?:Hi|Hello)[^\n]*\n+/, '')
    .split(/(?<=[.!?])\s+/)
    .find((s) => /\b(?:sorry|apologi[sz]e|apologies|regret|not right)\b/i.test(s)) ?? '';

describe('the grievance the reviewer says matters most leads', () => {
  it('reads the ways a reviewer marks the worst of it', () => {
    const marked = [
      'Finally, the biggest upset was that the shower was filthy.',
      'What really got me was the rude manager.',
      'The main reason we will not return is the cold food.',
      'Most disappointing was the dessert.',
      'The last straw was the bill.',
      'To top it all off, the bed was horribly uncomfortable.',
      'My biggest issue is the noise.',
    ];
    for (const sentence of marked) expect(pointSentences(`We stayed two nights. ${sentence}`)).toBe(sentence);
    expect(pointSentences('We stayed two nights. The shower was filthy.')).toBeNull();
  });

  it('leads with the faults told before "to top it off", which closes their list', () => {
    const text =
      'Stayed two nights for a conference. The carpet was stained and the lobby was noisy. To top it all off, the bed was horribly uncomfortable and the pillows were lumpy. Will look elsewhere next time.';
    for (const reply of drafts(hotel, text)) {
      const first = firstApology(reply);
      expect(first, reply).toMatch(/\bcarpet\b/);
      expect(first.indexOf('carpet')).toBeLessThan(first.includes('bed') ? first.indexOf('bed') : Infinity);
    }
  });

  it('puts "the biggest upset" first in a venue’s reply', () => {
    const text =
      'We came for a birthday dinner on a Saturday. The bread was a little stale but we let it go. The biggest upset was that the steak was raw in the middle. We will not be back.';
    for (const reply of drafts(restaurant, text)) expect(firstApology(reply), reply).toMatch(/\bsteak\b/);
  });

  it('reads the marked sentence’s faults and claims before the rest', () => {
    const text = 'The lobby was noisy. What really got me was that the towels were stained.';
    expect(readAspects(text)[0]?.subject).toBe('the towels');
    const sentences = splitSentences(text);
    expect(findComplaints(sentences, () => -1, [])[0]?.subject).toBe('the towels');
  });

  it('weighs a grievance marked as the last straw above one told before it', () => {
    const wait = 'We waited over an hour for our food.';
    expect(
      nameComplaints(`${wait} The last straw was that the pasta was bland.`, 'food_hospitality')[0]?.clause,
    ).toBe('the pasta was bland');
    // Told plainly, the one said first leads.
    expect(nameComplaints(`${wait} Then the pasta was bland.`, 'food_hospitality')[0]?.clause).toBe(
      'you had such a long wait',
    );
  });
});

describe('a fault put right on the spot is not the grievance when others remain', () => {
  it('reads the ways a reviewer says it was put right there and then', () => {
    expect(isPutRight('The TV would not work so they changed our room.', '')).toBe(true);
    expect(isPutRight('My soup came out cold but the waiter brought a fresh one right away.', '')).toBe(true);
    expect(isPutRight('The key card failed.', 'They fixed it right away.')).toBe(true);
    // What was done did not settle it, or was never done.
    expect(isPutRight('The TV would not work so they moved us, but the new room was worse.', '')).toBe(false);
    expect(isPutRight('The heating was off and they never fixed it.', '')).toBe(false);
  });

  it('answers what is still wrong, not a TV the hotel already dealt with by moving them', () => {
    const text =
      'We booked a family room for three nights. The TV would not work so they changed our room. The new room was not well furnished and we could not regulate the air conditioner. The linens were harsh and uncomfortable. Not what I expected at all.';
    for (const reply of drafts(hotel, text)) {
      expect(reply).not.toMatch(/\bTV\b/);
      expect(reply).toMatch(/\blinens\b/);
    }
  });

  it('answers the dishes still wrong, not a soup replaced at once', () => {
    const text =
      'Dinner for two on a Friday. My soup came out cold but the waiter brought a fresh one right away. The steak was overcooked and dry, and the fries were soggy. Disappointing for the price.';
    for (const reply of drafts(restaurant, text)) {
      expect(reply).not.toMatch(/\bsoup\b/);
      expect(reply).toMatch(/\bsteak\b/);
    }
  });

  it('still names a fault put right when it is the only one told', () => {
    const text = 'The TV would not work so they changed our room.';
    expect(nameComplaints(text, 'food_hospitality')[0]?.clause).toBe('the TV did not work');
  });
});
