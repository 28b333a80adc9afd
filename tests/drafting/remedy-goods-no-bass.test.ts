import { describe, expect, it } from 'vitest';
import { judged, offered, stepFor } from './remedy-helpers.ts';

// Speakers or headphones with "no bass", or goods called substandard, let the buyer down as goods: the shop's own
// refund answers them, where a call would only ask the buyer to tell it all again.

const shop = judged('electronics-store');

describe('goods that let the buyer down in sound or make', () => {
  it('offers the refund for headphones with no bass, called substandard', () => {
    expect(
      offered(
        stepFor(
          shop,
          'Terrible. No bass. "J" type wiring is hard to adjust to. Substandard product for Panasonic. AVOID',
        ),
      ),
    ).toBe('refund');
  });

  it('does not read a shop out of bass guitar strings as failed goods (near miss)', () => {
    expect(
      offered(
        stepFor(
          shop,
          'Went in twice and they had no bass guitar strings either time. The clerk just shrugged at me.',
        ),
      ),
    ).not.toBe('refund');
  });
});
