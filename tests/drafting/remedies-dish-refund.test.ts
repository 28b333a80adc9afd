import { describe, expect, it } from 'vitest';
import { stepAs } from './remedies-helpers.ts';
import { body, draftFor, judged, offered } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

describe('a dish not made the way the diner asked is offered its price back', () => {
  it('offers the refund for a steak not cooked as asked', () => {
    const text = 'I asked for my steak medium rare and it was not cooked the way I asked, it came out grey.';
    expect(offered(stepAs(restaurant, text, 2))).toBe('refund');
  });

  it('reads the order said to be wrong now as a dish that went wrong', () => {
    const text = 'Slow service. And then the order is wrong and nobody owns up to it.';
    expect(offered(stepAs(restaurant, text))).toBe('refund');
  });

  it('keeps the call for a waiter who ignored what the diner asked', () => {
    const text = 'The waiter ignored us every time we asked for the bill. The food was fine.';
    expect(stepAs(restaurant, text, 2).kind).toBe('call');
  });
});

describe('a refund for dishes says what it is for', () => {
  it('names no "those dishes" after an apology for the order as a whole', () => {
    const text = 'They got my order wrong and it came out cold. Not happy at all.';
    const reply = body(draftFor(restaurant, text));
    expect(reply).toMatch(/refund/i);
    expect(reply).not.toMatch(/\b(?:those|that) (?:dishes|dish)\b/i);
  });

  it('still points back to dishes the apology named', () => {
    const text = 'The soup was cold and the bread was stale.';
    expect(body(draftFor(restaurant, text))).not.toMatch(
      /with your (?:meal|order)\b[^.]*\brefund|refund[^.]*whatever was not right/i,
    );
  });
});
