import { replacementWorks } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A buyer whose faulty unit was already swapped for one that works has nothing left to be offered: a refund or a
// return label for goods that now work would show the review was not read.

const PUT_RIGHT =
  'Cons: Defect: the backlight does not work. Pros: Price. PS: Vendor customer support contacted me and provided a replacement unit with a working backlight, free of additional charge :)';

describe('a replacement that works', () => {
  it('is read from "provided a replacement unit with a working backlight" and "the new one works perfectly"', () => {
    expect(replacementWorks(PUT_RIGHT)).toBe(true);
    expect(
      replacementWorks(
        'The screen was cracked. They shipped a replacement, and the new one works perfectly.',
      ),
    ).toBe(true);
  });

  it('is not read from one that failed in turn, lasted a while or is still awaited (near misses)', () => {
    expect(
      replacementWorks('It died. They sent a replacement and it worked for two weeks, then died as well.'),
    ).toBe(false);
    expect(replacementWorks('The replacement does not work either.')).toBe(false);
    expect(replacementWorks('I hope the replacement works better than the first one.')).toBe(false);
    expect(
      replacementWorks(
        'The replacement worked great. Then after a month it stopped charging, just like the first.',
      ),
    ).toBe(false);
  });

  it('is answered with gladness and no offer of money or another unit, the fault told as over', () => {
    for (const draft of everyWording(judged('electronics-store'), PUT_RIGHT, { rating: 2, count: 6 })) {
      expect(draft).not.toMatch(/\b(?:refund|return label|replacement unit|send you (?:a|another))\b/i);
      expect(draft).toMatch(/\bglad\b|\bgood to hear\b/);
      expect(draft).toMatch(/\bdid not work\b/);
      expect(draft).not.toMatch(/\bdoes not work\b/);
    }
  });

  it('leaves an offer for a replacement that failed as the first did (near miss)', () => {
    const drafts = everyWording(
      judged('electronics-store'),
      'The backlight does not work. They sent a replacement and it worked for two weeks, then the backlight died too.',
      { rating: 1, count: 6 },
    );
    for (const draft of drafts)
      expect(draft).not.toMatch(/\bglad the replacement\b|\breplacement is working\b/);
  });
});
