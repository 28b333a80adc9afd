import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// A shopper whose visit ended without a sale has no receipt or order number to quote: the contact line asks for one
// only from someone who bought something.

const shop = judged('shop');
// Two replies that gave the phone alone, so the next gives both ways and may ask for the detail.
const byPhone = [
  'I am sorry the shelves were empty. Ring me on (555) 600-2231.\n\n— Sam, Corner & Co. General Store',
  'I am sorry you waited so long at the till. Ring me on (555) 600-2231.\n\n— Sam, Corner & Co. General Store',
];

function replies(text: string): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) });
  return Array.from(
    { length: 8 },
    (_, variant) => composeDraft(r, triage, shop, { variant, recent: byPhone }).text,
  );
}

const ASKS = /\breceipt or order number\b/;

describe('the detail a shop asks for', () => {
  it('is not asked of a shopper who wandered the store and bought nothing', () => {
    const drafts = replies(
      'I wandered around the store for twenty minutes looking for a lamp and the staff were cold and unhelpful when I asked. Nobody knew where anything was, so I gave up and found the same lamp down the road.',
    );
    expect(drafts.some((d) => d.includes('sam@cornerandco.example'))).toBe(true);
    expect(drafts.filter((d) => ASKS.test(d))).toEqual([]);
  });

  it('is not asked of one who left empty-handed', () => {
    const drafts = replies(
      'The staff ignored us at the counter for a quarter of an hour while they chatted among themselves, so in the end we left empty-handed. Such a shame, as the shop itself looks lovely.',
    );
    expect(drafts.filter((d) => ASKS.test(d))).toEqual([]);
  });

  it('is still asked of a shopper who bought something there', () => {
    const drafts = replies(
      'I went into the store and bought a lamp, and the staff were cold and unhelpful when I asked about the bulbs. At home the switch turned out to be broken, so it never worked at all.',
    );
    expect(drafts.some((d) => ASKS.test(d))).toBe(true);
  });
});
