import { cheapGoods } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// A small, cheap item that simply died is answered with a new one or the money back: a free check of a cable or a
// flash drive, and a wait to hear how it can be put right, is out of proportion.

const store = judged('electronics-store');

describe('a small, cheap item that died after some use', () => {
  const cheap = [
    'The HDMI cable worked for a few months then stopped giving a picture.',
    'This flash drive worked fine for about four months and then it died completely.',
    'The memory card worked for a couple of months, then it failed and lost every photo.',
  ];

  it('is read from the item, not from costlier goods named beside it', () => {
    for (const text of cheap) expect(cheapGoods(text), text).toBe(true);
    expect(
      cheapGoods('The TV worked for a few months and then the HDMI port stopped working with any cable.'),
    ).toBe(false);
  });

  it('gets a new one or its money back, not a free check', () => {
    for (const text of cheap) {
      expect(offered(stepFor(store, text)), text).toMatch(/^(?:replacement|refund)$/);
      expect(body(draftFor(store, text)), text).not.toMatch(/\b(?:free check|check it over|tested free)\b/i);
    }
  });

  it('costlier goods that served a while are still checked over (near miss)', () => {
    const text = 'The receiver worked well for a few months, then the left channel started cutting out.';
    expect(offered(stepFor(store, text))).toBe('call:check');
  });
});
