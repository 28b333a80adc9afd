import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// Goods the reviewer was given have no order number of theirs to quote: the contact line asks for one only from
// someone who bought them, including someone who bought them as a present for another.

const store = judged('electronics-store');
// Two replies that gave the email alone, so the next gives both ways and may ask for the detail.
const byEmail = [
  'I am sorry the charger stopped working. Write to me at help@circuitcorner.example.\n\n— Nina, Circuit Corner Electronics',
  'I am sorry the remote arrived cracked. Write to me at help@circuitcorner.example.\n\n— Nina, Circuit Corner Electronics',
];

function replies(text: string): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
  return Array.from(
    { length: 10 },
    (_, variant) => composeDraft(r, triage, store, { variant, recent: byEmail }).text,
  );
}

const ASKS = /\border number\b/;

describe('the order number an electronics shop asks for', () => {
  it.each([
    'The speaker was a gift. After a week the sound started cutting out and now it will not power on at all.',
    'These headphones were a birthday present. The left side went dead within a month.',
  ])('is not asked of someone who was given the goods: %s', (text) => {
    expect(replies(text).filter((d) => ASKS.test(d))).toEqual([]);
  });

  it('is still asked of someone who bought the goods as a present for another', () => {
    const drafts = replies(
      'I bought this speaker for my brother and it was a gift for his birthday. After a week the sound started cutting out and now it will not power on at all.',
    );
    expect(drafts.some((d) => ASKS.test(d))).toBe(true);
  });
});
