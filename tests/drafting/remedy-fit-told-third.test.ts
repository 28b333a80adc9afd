import { neverBought, severalUnitsOneUnderWarranty } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// The offer follows what the reviewer says already happened, or never did, and where: goods never bought are not
// refunded, goods going back to another store are not ours to refund, and several units with one already seen to
// under warranty are not answered with one refund for "it".

const store = judged('electronics-store');
const OFFER = /\b(?:refund|money back|full price|replacement|replace|repair|return label)\b/i;

describe('a reviewer who never bought the goods', () => {
  const never = [
    'The poor ratings from owners have discouraged me from buying it. The zippers and the binding sound flimsy. Fix it or lose customers.',
    'Glad I read the reviews before buying. The hinges on this case snap and the sleeves tear.',
    'I was going to buy one but the reports of cracked lids put me off. Poor quality all round.',
  ];

  it('is read as never having bought them', () => {
    for (const text of never) expect(neverBought(text), text).toBe(true);
  });

  it('is offered a call to hear them, never a refund, replacement or repair', () => {
    for (const text of never) {
      expect(offered(stepFor(store, text, 2)), text).toBe('call:hear');
      for (const reply of everyWording(store, text, { rating: 2 })) expect(reply, text).not.toMatch(OFFER);
    }
  });

  it('a buyer who did buy them is still offered the refund (near miss)', () => {
    const text =
      'I bought one even though the reviews discouraged me from buying it. The hinge cracked on day one and the lid will not close. Poor quality.';
    expect(neverBought(text)).toBe(false);
    expect(offered(stepFor(store, text))).not.toBe('call:hear');
  });
});

describe('goods going back to another store', () => {
  it('are not chased for a refund by us', () => {
    const text = 'Cheap junk, the signal is far too weak. I am returning it to Wallmart tomorrow.';
    expect(offered(stepFor(store, text))).not.toMatch(/refund/);
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\brefund\b/i);
  });

  it('goods going back to us are still seen through (near miss)', () => {
    const text = 'Cheap junk, the signal is far too weak. I am returning it tomorrow for a refund.';
    expect(offered(stepFor(store, text))).toMatch(/refund/);
  });
});

describe('several units, one already seen to under warranty', () => {
  const text =
    'We bought three of these players. All three of ours froze and stopped working within a year. Luckily my son’s was within his one year warranty, though he still paid $25. Now we have to junk the other two.';

  it('is read as such, and answered with a refund for the units still not working, not one for "it" nor a bare call', () => {
    expect(severalUnitsOneUnderWarranty(text)).toBe(true);
    expect(offered(stepFor(store, text))).toBe('refund');
    for (const reply of everyWording(store, text))
      expect(reply).toMatch(/\brefund\b[^.]*\bunits still not working\b/i);
  });

  it('several units with no warranty told are still offered the refund (near miss)', () => {
    const near =
      'We bought three of these players. All three of ours froze and stopped working within a month. Total junk.';
    expect(severalUnitsOneUnderWarranty(near)).toBe(false);
    expect(offered(stepFor(store, near))).toBe('refund');
    for (const reply of everyWording(store, near)) expect(reply).not.toMatch(/units still not working/i);
  });

  it('units that failed only once past their warranty are still gone through in a call (near miss)', () => {
    const late =
      'I bought two of these. The first died 13 months after purchase, just outside the warranty. The second died within the warranty period, but by the time I got to the store I was past the 12 month warranty.';
    expect(severalUnitsOneUnderWarranty(late)).toBe(true);
    expect(offered(stepFor(store, late))).toBe('call:fix');
  });
});

describe('goods sent off to the maker for repair', () => {
  it('are chased as a repair under way, not as a refund for a return', () => {
    const text =
      'After two months this phone stopped working. It was returned to Acme Repair and a month later they said it is back ordered for 6-8 weeks. Terrible service.';
    expect(offered(stepFor(store, text))).toBe('call:repair_pending');
  });
});
