import { boughtAtOtherStore } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Goods taken back to the Apple Store "where purchased" were not bought from us; and the meat in a plate of tacos is
// what the dish was made with, never the dish a refund is for.

describe('goods returned to the Apple Store where they were bought', () => {
  it('are read as bought at another store', () => {
    expect(
      boughtAtOtherStore(
        'Returned it to the Apple Store where purchased to find that there was only a 15 day return policy.',
      ),
    ).toBe(true);
  });

  it('are not read so from a store merely named (near miss)', () => {
    expect(
      boughtAtOtherStore('It looks like the ones they sell in the Apple Store, but it broke in a week.'),
    ).toBe(false);
  });
});

describe('a refund for a meal whose meat lacked flavour', () => {
  const text =
    "The place is cute. My chicken tacos were ok, but the meat didn't have much flavor and there was no cheese. " +
    '$14 for a couple of naked tacos? Not going back.';

  it('is never a refund on the meat', () => {
    for (const draft of everyWording(judged('restaurant'), text, { rating: 1, count: 6 }))
      expect(draft).not.toMatch(/\b(?:refund|cost|paid for) (?:on |for |of )?the meat\b/);
  });

  it('still names a dish that was itself wrong (near miss)', () => {
    const drafts = everyWording(
      judged('restaurant'),
      "The place is cute. The soup didn't have much flavor and was cold. Not going back.",
      { rating: 1, count: 6 },
    );
    expect(drafts.some((d) => /\bsoup\b/.test(d))).toBe(true);
  });
});
