import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Goods that came by post were never fetched from the shop: "We would love to see you in the shop again" to someone
// whose order was shipped reads as not having read the review, and "Thank you for the fast shipping" as the lead
// passes over the goods they were happy with.

const store = judged('electronics-store');
const IN_PERSON =
  /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|come in|say hello|see (?:you|us)|come back|visit|browse|in the (?:shop|store)|at the counter)\b/i;
const shipped =
  'Fast shipping, very happy with the GPS. Their tech support is good and they answer all questions.';
const cable = 'This cable is of the best quality, quick shipment and at a price that beats the big stores.';

describe('a thank-you for goods that were shipped', () => {
  it('asks the buyer back for what they need next, not into the shop', () => {
    for (const text of [shipped, cable]) {
      for (const note of everyWording(store, text, { rating: 5 }))
        expect(splitSentences(note).at(-1)?.text).not.toMatch(IN_PERSON);
    }
  });

  it('does not lead with the shipping when the goods were praised', () => {
    for (const text of [shipped, cable]) {
      for (const note of everyWording(store, text, { rating: 5 })) {
        expect(splitSentences(note)[0]?.text).not.toMatch(/shipping|shipment|delivery/i);
      }
    }
  });

  it('still thanks for the shipping where nothing else was praised (near miss)', () => {
    const notes = everyWording(store, 'Fast shipping, arrived two days early.', { rating: 5 });
    expect(notes.some((n) => /shipping|delivery/i.test(n))).toBe(true);
  });

  it('still asks into the shop a buyer who says nothing of a delivery (near miss)', () => {
    const notes = everyWording(store, 'Great router, easy to set up and the range is excellent.', {
      rating: 5,
    });
    expect(notes.some((n) => IN_PERSON.test(splitSentences(n).at(-1)?.text ?? ''))).toBe(true);
  });
});
