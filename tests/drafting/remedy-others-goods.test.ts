import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('goods a friend bought, or gave the reviewer for nothing', () => {
  it('offers no refund or replacement of a purchase the reviewer never made', () => {
    for (const text of [
      'My friend bought one and I tried to set it up for him. The wireless connection was spotty at best and the setup page kept timing out.',
      'A friend gave me this card for free. Then one day all the data on the card was wiped out.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:hear');
      expect(body(draftFor(store, text)), text).not.toMatch(/refund|replacement|money back|order number/i);
    }
  });

  it('still offers the remedy for goods the reviewer bought themselves (near miss)', () => {
    const text =
      'I bought one and tried to set it up. The wireless connection was spotty at best and the setup page kept timing out.';
    expect(offered(stepFor(store, text))).not.toBe('call:hear');
  });
});
