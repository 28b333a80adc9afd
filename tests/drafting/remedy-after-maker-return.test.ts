import { dealtWithMaker, goingBack } from '@rebound/server/drafting/remedy-readings';
import { returnRefused } from '@rebound/server/triage/situation/prior-actions';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// What the buyer already did with the maker or the return decides the offer: nobody is offered to have the maker
// chased after going through it themselves, a refund is not chased for a return that was turned away, and goods
// thrown out get their money back with no return postage and no second unit.

const store = judged('electronics-store');
const CHASES_MAKER =
  /\b(?:take (?:it|this) up with the maker|chase the maker|warranty claim with the maker)\b/i;

describe('a buyer who already went through the maker', () => {
  const worn = [
    'The charger stopped working after two weeks. The manufacturer replaced it three times and every one died the same way. I am done.',
    'The earbuds crackle in the left ear. I spent hours on the phone with Zentro support and got nowhere.',
    'The dock keeps dropping the signal. Worked with customer support for about an hour getting nowhere.',
  ];

  it('is read from repeated swaps and hours at the helpline', () => {
    for (const text of worn) expect(dealtWithMaker(text), text).toBe(true);
    expect(dealtWithMaker('The manufacturer replaced it once and the new one works.')).toBe(false);
    expect(dealtWithMaker('I will call their support tomorrow.')).toBe(false);
  });

  it('gets the shop’s own refund, not an offer to chase the maker', () => {
    for (const text of worn) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
      expect(body(draftFor(store, text)), text).not.toMatch(CHASES_MAKER);
    }
  });
});

describe('goods on their way back', () => {
  it('are read from the short ways of saying so', () => {
    expect(goingBack('It stopped pairing after a week. Back it goes.')).toBe(true);
    expect(goingBack("It's going back tomorrow.")).toBe(true);
    expect(goingBack('I am going to take it back to the store.')).toBe(true);
    expect(goingBack('Going back to the drawing board on my setup.')).toBe(false);
    expect(goingBack('I went back to the store to look at other models.')).toBe(false);
  });

  it('get the refund for goods of ours, and only a hearing for goods from another shop', () => {
    expect(offered(stepFor(store, 'The speaker stopped pairing after a week. Back it goes.'))).toBe('refund');
    const elsewhere =
      'Bought these speakers at Walmart. One channel went dead after a week, and they kept crackling. Back it goes.';
    expect(offered(stepFor(store, elsewhere))).toBe('call:settled');
    expect(body(draftFor(store, elsewhere))).not.toMatch(CHASES_MAKER);
  });

  it('still chase the money owed for goods sent back without it (near miss)', () => {
    const text = 'I returned the speaker three weeks ago and I have still not received my refund.';
    expect(offered(stepFor(store, text))).toBe('call:fix');
  });
});

describe('a return turned away', () => {
  it('is read from a refusal of the return, not from a return taken', () => {
    expect(returnRefused('Sent it back and they refused the return.')).toBe(true);
    expect(returnRefused('The store would not take it back.')).toBe(true);
    expect(returnRefused('They have a no-returns policy on opened items.')).toBe(true);
    expect(returnRefused('They took the return without any fuss.')).toBe(false);
  });

  it('gets the refund looked at and given, not a refund chased that never started', () => {
    const text = 'Sent it back and they refused the return. Now I am stuck with a broken blender.';
    expect(offered(stepFor(store, text))).toBe('refund');
    expect(body(draftFor(store, text))).not.toMatch(
      /refund for (?:your|the) (?:return|goods you sent back)/i,
    );
  });

  it('keeps seeing a taken return’s refund home (near miss)', () => {
    expect(offered(stepFor(store, 'The blender was broken out of the box. Sent it back last week.'))).toMatch(
      /^call:(?:returned|settled)$/,
    );
  });
});

describe('goods thrown out', () => {
  it('get their money back with no return postage and no second unit', () => {
    const text = 'The toaster burned out in a week. I threw it in the trash.';
    expect(offered(stepFor(store, text))).toBe('refund');
    expect(body(draftFor(store, text))).not.toMatch(
      /\b(?:return (?:postage|shipping|label)|new one|replacement)\b/i,
    );
  });

  it('are still offered another where the buyer kept them (near miss)', () => {
    expect(offered(stepFor(store, 'The toaster burned out in a week.'))).toMatch(/^(?:replacement|refund)$/);
  });
});
