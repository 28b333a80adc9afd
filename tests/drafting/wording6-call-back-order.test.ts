import { describe, expect, it } from 'vitest';
import { draftPage } from './page-helpers.ts';
import { judged, localNegativesOfKind } from './remedy-helpers.ts';

// An invitation to ring that promises a call back puts the ringing first: "If I cannot pick up straight away, I will
// call you back within a day, so please ring me on …" asks for the call after answering a call not yet made. Pages of
// stored unhappy reviews for a garage and a restaurant, each drafted in order.

const ofKind = localNegativesOfKind;

const pages = [
  draftPage(judged('auto'), ofKind('auto', 0, 40), 'wording6-call-garage'),
  draftPage(judged('restaurant'), ofKind('restaurant', 0, 40), 'wording6-call-restaurant'),
  draftPage(judged('restaurant'), ofKind('restaurant', 40, 80), 'wording6-call-restaurant-2'),
];

describe('a call back promised on a page of replies', () => {
  it('never asks for the call after saying what happens when it goes unanswered', () => {
    for (const reply of pages.flat())
      expect(reply).not.toMatch(/\bIf I cannot pick up\b[^.]*\bso (?:please|do) ring me\b/);
  });

  it('never claims a habit of returning every missed call ("I return any call I miss")', () => {
    for (const reply of pages.flat()) expect(reply).not.toMatch(/\bI return any call\b/);
  });

  it('is still promised with its time beside the number on some replies', () => {
    const promising = pages
      .flat()
      .filter((reply) =>
        /\b(?:call(?:s)? (?:you back|I miss|I cannot take))\b[^.]*\b(?:day|hours)\b/.test(reply),
      );
    expect(promising.length).toBeGreaterThan(0);
    for (const reply of promising) expect(reply).toMatch(/\(555\)/);
  });
});
