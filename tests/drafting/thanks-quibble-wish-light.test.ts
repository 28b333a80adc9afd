import { composeDraft } from '@rebound/server/drafting/index';
import { clauseIn } from '@rebound/server/drafting/read-quibble';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, judged } from './remedy-helpers.ts';

// A 4-star owner who wishes the product had something it lacks is answered on that wish, never with a fault misread
// from a sentence where the product is only the object of a preposition ("when power to the unit is missing").

const shop = judged('electronics-store');
const drafts = (text: string, title: string | null, rating = 4): string[] => {
  const r = { author: null, rating, text, title, itemName: 'Acme Backup Battery 500' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) });
  return Array.from({ length: 6 }, (_, variant) => body(composeDraft(r, triage, shop, { variant }).text));
};

describe('a wish for a missing feature', () => {
  it('reads "wish the unit had a separate status light" as the light that would be welcome', () => {
    expect(clauseIn('Wish the unit had a separate status light.')).toBe(
      'a separate status light would be welcome',
    );
    expect(clauseIn('I wish the remote had a backlit keypad.')).toBe('a backlit keypad would be welcome');
    expect(clauseIn('Wish the unit had a separate online/offline light.')).toBe(
      'a separate online/offline light would be welcome',
    );
  });

  it('answers the wish, and never says the product itself is missing', () => {
    for (const d of drafts(
      'Wish the unit had a separate status light. When power to the unit is missing, the one red light only goes off once the alarm sounds.',
      'Works fine.',
    )) {
      expect(d).not.toMatch(/\bthe unit is missing\b/i);
      expect(d).toMatch(/\bstatus light\b/);
    }
  });

  it('never reads the product as missing when only the power to it was', () => {
    for (const d of drafts(
      'It works as it should. When power to the unit is missing, the red light goes off only once the alarm sounds, but that is hard to hear.',
      'Works fine.',
    ))
      expect(d).not.toMatch(/\bunit is missing\b/i);
  });

  it('still tells a fault said of the product itself', () => {
    for (const d of drafts(
      'It keeps my router running through outages. The alarm is too loud, though.',
      'Does its job',
    ))
      expect(d).toMatch(/\balarm\b/);
  });
});
