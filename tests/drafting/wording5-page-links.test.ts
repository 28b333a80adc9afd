import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { draftPage } from './page-helpers.ts';
import { body, judged, localNegativesOfKind } from './remedy-helpers.ts';

// Links a page's reader hears as one form however the sentence around them runs: "I will get to the bottom of it",
// "find out how it came about". Pages of thirty stored unhappy reviews for four businesses,
// each drafted in order, carry them on few replies, and every reply still tells the reviewer how to reach the contact.

const ofKind = (kind: string): string[] => localNegativesOfKind(kind, 0, 30);
const devices = loadMultiDomain('electronics_negative.review')
  .slice(0, 30)
  .map((r) => r.text);

const pages = [
  draftPage(judged('restaurant'), ofKind('restaurant'), 'wording5-links-restaurant'),
  draftPage(judged('hotel'), ofKind('hotel'), 'wording5-links-hotel'),
  draftPage(judged('auto'), ofKind('auto'), 'wording5-links-garage'),
  draftPage(judged('electronics-store'), devices, 'wording5-links-shop'),
];
const carrying = (pattern: RegExp): number =>
  pages.flat().filter((reply) => pattern.test(body(reply))).length;

describe('four pages of thirty replies to unhappy customers', () => {
  it('promise to "get to the bottom of it" on few replies', () => {
    expect(carrying(/\bget to the bottom\b/)).toBeLessThanOrEqual(11);
  });

  it('still tell every reviewer how to reach the contact', () => {
    for (const reply of pages.flat()) expect(reply).toMatch(/@|\(555\)/);
  });
});
