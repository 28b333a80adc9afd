import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// The offer fits what the reviewer already did with the goods: goods already sent back are not offered a return
// again, and what other buyers did is not taken for what this one did.

const store = judged('electronics-store');
// Any offer of another unit or of money in a reply.
const OFFERS_GOODS_OR_MONEY =
  /\b(?:replacement|new one|refund|money back|what you paid|full price|shipping paid|free of charge|at our cost|return (?:postage|shipping))\b/i;

describe('goods the reviewer already sent back', () => {
  const sentBack = [
    'The handset only works with a base station, and the listing never says so. Returned item',
    'Needs another unit to work, which nobody tells you. Returned.',
    'The screen was so dim I could not read it outdoors. Item returned.',
    'It would not read any of the discs I burned at home. I sent it right back.',
  ];

  it('are not offered a return or another unit again', () => {
    for (const text of sentBack) {
      expect(offered(stepFor(store, text, 2)), text).toBe('call:settled');
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(reply, text).not.toMatch(OFFERS_GOODS_OR_MONEY);
    }
  });

  it('still get the refund where nothing says the goods went back (near miss)', () => {
    for (const text of [
      'The handset only works with a base station, and the listing never says so.',
      'The screen cracked on the second day and now it will not turn on. Returned items get refunded, I hope.',
    ])
      expect(offered(stepFor(store, text, 2)), text).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('what other buyers did with theirs', () => {
  const text =
    'The belt clip snapped after two hours of careful use. At the shop I was told the clips break and customers bring the cases back all the time. The case itself is solid.';

  it('is not read as this reviewer returning the goods', () => {
    expect(offered(stepFor(store, text, 2))).toMatch(/^(?:refund|replacement)$/);
  });

  it('still reads the reviewer’s own return (near miss)', () => {
    expect(
      offered(
        stepFor(store, 'The belt clip snapped after two hours. I brought the case back the same day.', 2),
      ),
    ).toBe('call:settled');
  });
});

describe('a fault the reviewer calls a design issue', () => {
  it('is not answered with another of the same', () => {
    const text =
      'The belt clip snapped within two hours, and I was careful with it. This is clearly a design issue.';
    expect(offered(stepFor(store, text, 2))).toBe('refund');
  });

  it('still gets a replacement for a unit that simply failed (near miss)', () => {
    const text = 'The belt clip snapped within two hours. I would like one that works.';
    expect(offered(stepFor(store, text, 2))).toBe('replacement');
  });
});
