import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';

// A headset's "40mm drivers" are its speakers, not the maker's software: poor sound from them is the goods letting
// the buyer down, which the shop answers itself rather than offering to chase the maker. Drivers on a disc that would
// not install are the maker's work. Goods dead from the start are said to be so once, not twice in other words.

const MAKER = /\bmaker\b/;
const headset = 'Logitech Precision PC Gaming Headset';
const driversWouldNotInstall =
  'The drivers on the CD are poor and would not install on my PC, so the headset never worked.';

describe('drivers in a review of goods', () => {
  it('are the speakers of a headset whose sound is poor, which the shop answers itself', () => {
    const draft = storedReplyWhere(/\b40mm drivers\b/);
    expect(draft).toMatch(/\bsound\b/);
    expect(draft).not.toMatch(MAKER);
  });

  it('are the maker’s software where they would not install', () => {
    expect(replyToGoods(driversWouldNotInstall, headset, 2)).toMatch(MAKER);
  });
});

describe('goods dead from the start', () => {
  it('are said to have never worked once, not again in other words', () => {
    const draft = replyToGoods(driversWouldNotInstall, headset, 2);
    const told = [/\bnever worked\b/, /\bfrom the moment it arrived\b/, /\bfrom the start\b/].filter((p) =>
      p.test(draft),
    );
    expect(told).toHaveLength(1);
  });
});
