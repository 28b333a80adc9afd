import { boughtAtOtherStore } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// Goods the buyer says came from another seller, named in their own words, are not ours to refund or replace: the
// reply offers help with the maker instead.

const store = judged('electronics-store');
const OFFERS_GOODS_OR_MONEY =
  /\b(?:replacement|new one|refund|money back|what you paid|full price|return label|at our cost)\b/i;

describe('goods bought from a seller the buyer names', () => {
  const elsewhere = [
    'I got this from JnR. The reader powers up but no computer I own will detect it.',
    'I recently purchased this item from Sharper Image and the picture is faint and grainy at any distance.',
    'We bought this unit from Pemberton Audio last spring and the left channel has stopped working.',
    'I bought mine at cpenusa.com and the cable arrived cut in half, so it cannot charge.',
    'I bought this card from an other website and it does not work in my phone at all.',
    'The scroll wheel sticks and two buttons never worked. I got a great buy on it at OfficeDepot, otherwise I would return it.',
  ];

  it('are read as bought elsewhere', () => {
    for (const text of elsewhere) expect(boughtAtOtherStore(text), text).toBe(true);
  });

  it('are offered neither another unit nor our money back', () => {
    for (const text of elsewhere) {
      expect(offered(stepFor(store, text)), text).toMatch(/^call:/);
      for (const reply of everyWording(store, text)) expect(reply, text).not.toMatch(OFFERS_GOODS_OR_MONEY);
    }
  });
});

describe('a store named only in passing', () => {
  const ours = [
    'I bought it at Christmas and the screen cracked within a week of normal use.',
    'Best Buy had it for twenty dollars less, but I bought it here anyway and it died in a week.',
    'I got this from my brother as a gift and it stopped charging after three days.',
    'You can buy it from Dell for less. Mine arrived with a dead pixel and a cracked case.',
  ];

  it('leaves the purchase ours', () => {
    for (const text of ours) expect(boughtAtOtherStore(text), text).toBe(false);
  });

  it('keeps our own offer for a unit that failed', () => {
    expect(offered(stepFor(store, ours[0] ?? ''))).toMatch(/^(?:refund|replacement)$/);
  });
});
