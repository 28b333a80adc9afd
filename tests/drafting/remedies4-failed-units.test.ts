import { isUnitFault } from '@rebound/server/drafting/choose-remedy';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// Goods that failed are the shop's to replace or refund, however loosely the failure is told ("it worked for two
// days.", a connector that will "break by itself", a card the camera wants reformatted), and whatever else the review
// says: that the buyer threw the packaging away, or that a rival does the job better. Each rule has a near miss where
// the offer would not fit and the call stays.

const store = judged('electronics-store');

const DEFERS =
  /\bwhat I can do\b(?! is)|\bwhat can be done\b|\bwhat I propose\b|\ba way forward\b|\btalk it over\b/i;
const GOODS_OFFER = /\b(?:replacement|new one|refund|money back|full price|what you paid)\b/i;

describe('a card that failed after a couple of days, its packaging thrown away', () => {
  const card =
    'Bought this card a few weeks ago for my camera. It worked for two days. After that the camera wanted me to reformat it every time I turned it on. Stupidly I threw away the shipping and retail packages once I had tried it, so I can no longer return it.';

  it('is replaced or refunded, not answered with a call', () => {
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, card)));
    const reply = body(draftFor(store, card));
    expect(reply).toMatch(GOODS_OFFER);
    expect(reply).not.toMatch(DEFERS);
  });

  it('reads goods that only worked a few days, or a card the camera wants reformatted, as a unit that failed', () => {
    expect(isUnitFault('The speaker worked for two days. Now it is no use to me at all.')).toBe(true);
    expect(isUnitFault('It only worked for an hour, then nothing.')).toBe(true);
    expect(isUnitFault('Each time I switch on, the camera wants me to reformat the card.')).toBe(true);
  });

  it('does not read a day of use told as a span, or a format done once by choice, as a failure (near miss)', () => {
    expect(isUnitFault('The battery worked for two days on one charge, which is fine.')).toBe(false);
    expect(isUnitFault('I chose to reformat the card before first use.')).toBe(false);
  });

  it('keeps the call where the card came from another store (near miss)', () => {
    const text =
      'Bought this card at Best Buy for my camera. It worked for two days. After that the camera wanted me to reformat it every time. I threw away the packages, so I can no longer return it.';
    expect(stepFor(store, text).kind).toBe('call');
  });

  it('keeps the call where nothing is wrong with the goods but the packaging is gone (near miss)', () => {
    const text =
      'The card works fine, I just wanted a bigger one. I threw away the packages so I can no longer return it.';
    expect(stepFor(store, text).kind).toBe('call');
  });

  it('still reads goods thrown in the bin as gone, whatever became of the box (near miss)', () => {
    const text = 'It died after a week. I threw the packages away and then threw it in the trash.';
    expect(offered(stepFor(store, text))).not.toBe('replacement');
  });
});

describe('headphones whose connector broke, with a rival praised', () => {
  const broken =
    'It was great at first until the connector to the player break by itself. The bluetooth signal was not the best, it loses signal all the time. I had to pair it again several times over a month. The pricier Acme model promises more, with a button to take calls, and likely will not break as easily.';

  it('are replaced or refunded, the rival notwithstanding', () => {
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, broken)));
    expect(body(draftFor(store, broken))).not.toMatch(DEFERS);
  });

  it('keep the call where they work and are only found worse than the rival (near miss)', () => {
    const text = 'They work, but honestly the Acme is far better for the money and has a longer range.';
    expect(stepFor(store, text).kind).toBe('call');
  });
});

describe('goods that died at once, from a buyer unsure they want another', () => {
  it('are refunded rather than replaced', () => {
    const text = 'It died after five minutes! Not sure if I want another one.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('are answered either way where the buyer does not doubt another (near miss)', () => {
    const text = 'It died after five minutes! Please sort this out.';
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, text)));
  });
});
