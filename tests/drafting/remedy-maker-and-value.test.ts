import { goingBackToMaker } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('goods already going back to their maker', () => {
  it('reads goods on their way back to the maker, not a return to a shop or a past warranty swap', () => {
    expect(goingBackToMaker('This thing is going back to Netgear tomorrow.')).toBe(true);
    expect(goingBackToMaker('I am sending it back to the manufacturer for the third time.')).toBe(true);
    expect(goingBackToMaker('It is going back to Best Buy tomorrow.')).toBe(false);
    expect(goingBackToMaker('I sent it back to Netgear last year and they swapped it.')).toBe(false);
  });

  it('offers the shop’s own refund for goods of ours, never to chase the maker', () => {
    const text =
      'The router dropped the connection every hour and now it will not power on. It is going back to Netgear tomorrow.';
    expect(offered(stepFor(store, text))).toBe('refund');
    expect(body(draftFor(store, text))).not.toMatch(/\bmaker\b/i);
  });

  it('hears out a buyer whose goods came from another shop and are going back to the maker', () => {
    const text =
      'Bought this router from Amazon. It drops the connection every hour and now it will not power on. It is going back to Netgear tomorrow.';
    expect(offered(stepFor(store, text))).toBe('call:hear');
  });
});

describe('a verdict on the price alone', () => {
  it('is heard out, not answered with the full price back', () => {
    const text =
      'Works, but this cable is no better than the cheap one I already had. Way overpriced. Save your money.';
    expect(offered(stepFor(store, text))).toBe('call:hear');
  });

  it('still offers the money back for goods that failed and are called a waste of money', () => {
    const text = 'The cable stopped working after two days. Total waste of money.';
    expect(offered(stepFor(store, text))).not.toMatch(/^call/);
  });
});
