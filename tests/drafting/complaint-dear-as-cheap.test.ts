import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// A buyer who found the dear product no better than the cheap ones has a complaint about value, not a fault: the
// reply says so, never that it broke or fell short in quality. One who found the interface a failure, or who has given
// up on it, is not sent another of the same.

const shop = judged('electronics-store');

const CABLES =
  'Using the component input on your TV can make a huge difference in picture quality, but the differentce between the lower priced monster cables and the most expensive monster cables in not noticeable. Save yourself $50 and buy the cheap ones';
const REMOTE =
  'This device was a dismal disappointment. The ability of the unit to reliably turn on multiple components was poor. Changing which device is being accessed involves two keystrokes. I have given up on it after only a few days. Considering the ridiculous pricetag, steer clear of this sad study in user interface failure.';

describe('the dear one no better than the cheap ones', () => {
  it('is told as no better than a cheap one, never as a failure or poor quality', () => {
    for (const d of everyWording(shop, CABLES, { rating: 2, title: 'Buy the Cheap ones!' })) {
      expect(d).toMatch(/no better than a cheap one|nothing a cheap one would not/);
      expect(d).not.toMatch(/hold up|quality|stopped working|broke/);
    }
  });

  it('is not read from a review that only compares prices, or found it better than the cheap ones (near misses)', () => {
    for (const d of everyWording(
      shop,
      'It is much better than the cheap ones I had before, but it stopped working after two weeks.',
      { rating: 1 },
    ))
      expect(d).not.toMatch(/cheap one/);
  });
});

describe('an interface the reviewer gave up on', () => {
  it('is told as awkward to use, not pasted word for word, and answered without another unit', () => {
    for (const d of everyWording(shop, REMOTE, { rating: 1 })) {
      expect(d).not.toMatch(/the ability of the unit/i);
      expect(d).toMatch(/awkward to use|hard to use|such a struggle/);
    }
    expect(offered(stepFor(shop, REMOTE))).not.toBe('replacement');
  });

  it('still sends a replacement for a unit that died, from a buyer who has not given up (near miss)', () => {
    expect(
      offered(
        stepFor(shop, 'The unit died after two days. It would not turn on at all. I want one that works.'),
      ),
    ).toBe('replacement');
  });

  it('sends no new one to a buyer who has given up on it', () => {
    const died = 'It stopped working after a week and would not turn on.';
    expect(offered(stepFor(shop, `${died} I have given up on it.`))).not.toBe('replacement');
    expect(offered(stepFor(shop, `${died} Which I gave up on after two tries.`))).not.toBe('replacement');
  });

  it('sends no new one to a buyer going back to the cassette adapter, and one to a buyer who is not (near miss)', () => {
    const died = 'It worked great the first day. The next day it stopped working and all I got was static.';
    expect(
      offered(
        stepFor(shop, `${died} Since my car has a casette player I will go with casette adapter for now.`, 2),
      ),
    ).not.toBe('replacement');
    expect(offered(stepFor(shop, died, 2))).toBe('replacement');
  });
});

describe('years told of the goods the buyer set out to replace', () => {
  it('leave the price back open for new goods that sound poor', () => {
    expect(
      offered(
        stepFor(
          shop,
          'These speakers were a major disappointment. I have speakers that are about 5 years old, and wanted to replace them. But these were AWFUL - the sound was tinny and the bass was almost non-existent.',
        ),
      ),
    ).toBe('refund');
  });

  it('still close it for goods of their own owned for years (near miss)', () => {
    expect(
      offered(
        stepFor(
          shop,
          'I have had these speakers for 5 years and now the sound is tinny and the bass is almost non-existent.',
        ),
      ),
    ).not.toBe('refund');
  });
});
