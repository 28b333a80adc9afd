import { reopenedAndWorking } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor, withoutRefundCheck } from './remedy-helpers.ts';

// The offer follows what already happened to the goods: a return already made is not met with a fresh refund, a
// buyer who tried to send the goods back is not sent another of them, and a buyer who opened the goods up and has
// them working again is thanked and heard, not paid.

const store = judged('electronics-store');
const FRESH_REFUND = /\b(?:refund|money back|what you paid|full price)\b/i;

describe('goods the buyer bought, tried and sent back', () => {
  const text =
    'Flimsy hinges and a crackling speaker. A complete waste of an afternoon to buy, test and return. Would not give these to anyone.';

  it('are not offered a refund as if nothing had happened', () => {
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
    for (const reply of everyWording(store, text))
      expect(withoutRefundCheck(reply)).not.toMatch(FRESH_REFUND);
  });

  it('still get the refund where the goods have not gone back (near miss)', () => {
    const kept =
      'Flimsy hinges and a crackling speaker. A complete waste of money. Would not give these to anyone.';
    expect(offered(stepFor(store, kept))).toBe('refund');
  });
});

describe('a buyer who tried to send the goods back', () => {
  it('is offered their money, not another of the same', () => {
    const text =
      'The adapter was defective out of the box and the seller gave me a terrible time when I tried to return the defective unit.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('may still be sent a replacement where no return was tried (near miss)', () => {
    const text =
      'The adapter was defective out of the box and would not power on. I would like a working one.';
    expect(offered(stepFor(store, text))).toBe('replacement');
  });
});

describe('goods the buyer opened up and got working again', () => {
  const mended = [
    'After nine months it kept showing a disc error. I took the cover off and nudged the laser sled back into line, and at least I can use it again for now.',
    'The tray jammed after half a year. My son removed the four screws, cleaned the belt, and it plays again.',
  ];

  it('are read as mended and working', () => {
    for (const text of mended) expect(reopenedAndWorking(text), text).toBe(true);
  });

  it('are answered with thanks and a word, not a replacement or the money back', () => {
    for (const text of mended) {
      expect(offered(stepFor(store, text, 2)), text).toBe('call:fixed_by_them');
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(reply, text).not.toMatch(/\b(?:replacement|new one|refund|money back)\b/i);
    }
  });

  it('are not read so where the mend did not hold, or nothing was opened (near miss)', () => {
    expect(
      reopenedAndWorking(
        'I took the cover off and cleaned the lens, and it plays again. Then a week later it stopped reading discs altogether.',
      ),
    ).toBe(false);
    expect(
      reopenedAndWorking('The tray jammed. After a restart it plays again, but I no longer trust it.'),
    ).toBe(false);
  });
});
