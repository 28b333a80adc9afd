import { describe, expect, it } from 'vitest';
import { draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');
const hotel = judged('hotel');
const gym = judged('gym');

describe('remedies that fit the fault', () => {
  it('offers no new unit for a fault built into the design, only the money back', () => {
    for (const text of [
      'The stand tips over every time you touch the screen. Whoever made this should be ashamed.',
      'The base is so light the lamp falls over at the slightest bump, and then the shade came loose.',
      'The software is buggy and the unit crashes every hour. Awful.',
      'Muffled sound by design: the speaker points at the wall, and the volume knob broke off too.',
      'This bag is far too small for a laptop and the zipper broke on day one.',
      'The design is flawed: the lid cracked where the hinge presses on it.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
    }
  });

  it('still offers a new unit for a plain fault in one unit', () => {
    for (const text of [
      'The zipper broke on day one and the strap snapped. Defective.',
      'It stopped charging after a week. The small size was exactly what I wanted, but now it is dead.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('replacement');
    }
  });

  it('offers no money to someone who mended it himself and has used it since, and thanks them', () => {
    for (const text of [
      'The card stopped working after a week. I re-soldered the loose pin myself and it has worked fine for a year since.',
      'The power jack came loose within a month. My son repaired it and it has run perfectly ever since.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:fixed_by_them');
      const draft = draftFor(store, text);
      expect(draft, text).not.toMatch(/refund|replacement|new one|money back/i);
      expect(draft, text).toMatch(/thank|grateful/i);
    }
  });

  it('still offers a remedy when the home fix did not hold', () => {
    for (const text of [
      'The card stopped working after a week. I tried to re-solder it myself but it is still dead.',
      'I fixed the loose jack myself, but it broke again two days later and now it will not turn on.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toMatch(/^call:fixed_by_them$/);
    }
  });
});

describe('money owed and fees set by the terms', () => {
  it('gives back a deposit that was never returned, named as the deposit', () => {
    for (const text of [
      'They took a $100 deposit at check-in and said it would be back in five days. Three weeks later I still have not received my deposit back.',
      'The room was fine but they kept our $50 security deposit for no reason and stopped answering the phone.',
      'I was promised the deposit back at checkout. The deposit was never returned, and nobody answers my emails.',
    ]) {
      const step = stepFor(hotel, text);
      expect(offered(step), text).toBe('refund');
      expect(step.kind === 'remedy' && step.remedy.label, text).toMatch(/deposit/);
      const draft = draftFor(hotel, text);
      expect(draft, text).toMatch(/refund of your (?:\$\d+ )?deposit/);
      expect(draft, text).not.toMatch(/50%|nights affected/);
    }
    expect(draftFor(hotel, 'They took a $100 deposit and still have not refunded my deposit.')).toMatch(
      /\$100 deposit/,
    );
  });

  it('reads a deposit that came back, or one paid with no complaint, as nothing owed', () => {
    for (const text of [
      'The room was dirty and the staff were rude. At least I got my deposit back the next day.',
      'You pay a $100 deposit at check-in. The room smelled of smoke and the sheets were stained.',
    ]) {
      const step = stepFor(hotel, text);
      expect(step.kind === 'remedy' && /deposit/.test(step.remedy.label), text).toBe(false);
    }
  });

  it('offers to go through fees set by the terms in a call, not a refund of a charge made in error', () => {
    for (const text of [
      'So many hidden fees when you join and when you cancel. They want 30 days notice and bill you for the month. They will not work with you.',
      'They charged me a cancellation fee even though I only used the club twice. Ridiculous policy.',
      'The early termination fee is outrageous and nobody told me about it when I signed up.',
    ]) {
      expect(offered(stepFor(gym, text)), text).toBe('call:charges');
      const draft = draftFor(gym, text);
      expect(draft, text).not.toMatch(/in error|refund/i);
      expect(draft, text).toMatch(/charges|fees/i);
    }
  });

  it('reads days of notice given to the business for an order as no fee of its terms, and still reads a notice period', () => {
    const bakery = judged('bakery');
    for (const text of [
      'I placed the order on August 10, to be picked up on Aug 30. In other words, they had 20 days notice. The day before, they called to say they were out of the carrot cakes, so I had to cancel.',
      'With two weeks notice they still could not have the cake ready for the party.',
    ]) {
      expect(offered(stepFor(bakery, text)), text).not.toBe('call:charges');
      expect(draftFor(bakery, text), text).not.toMatch(/charges|fees/i);
    }
    for (const text of [
      'They require 30 days notice to cancel, so I paid for a month I never used.',
      "You have to give a month's notice before you can leave the contract.",
    ]) {
      expect(offered(stepFor(gym, text)), text).toBe('call:charges');
    }
  });

  it('still refunds a charge that was taken in error', () => {
    for (const text of [
      'They billed me twice for March and the front desk just shrugged.',
      'I was double charged after I cancelled, on top of the cancellation fee.',
    ]) {
      expect(offered(stepFor(gym, text)), text).toBe('refund');
    }
  });
});

describe('a unit that failed after long use', () => {
  it('is offered a new one, not the price back', () => {
    for (const text of [
      'The drive died after a year and a half of daily use. Cheaply made, not what I expect from this brand.',
      'The screen went blank after just over a year and it will not turn on.',
      'After 14 months the battery stopped charging altogether. Flimsy junk.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('replacement');
      expect(draftFor(store, text), text).not.toMatch(/refund|money back/i);
    }
  });

  it('still refunds a unit that failed early', () => {
    expect(offered(stepFor(store, 'It died after a week. That will be my last Creative product.'))).toBe(
      'refund',
    );
  });
});
