import { describe, expect, it } from 'vitest';
import { body, draftFor, everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// Where something concrete fits what happened, the reply offers it with a time instead of a call that only promises
// to say later what can be done: the parts left out of a box are sent, goods that failed are replaced or refunded
// though the review mentions the maker's warranty in passing, and a stay in a room in bad shape gets part of its price
// back. Each rule has a near miss where the offer would not fit and the call stays.

const store = judged('electronics-store');
const hotel = judged('hotel');

const SENDS_PARTS =
  /\b(?:send you|post) the missing (?:cassette|batteries and charging base|remote|parts)\b/i;
const DEFERS = /\bwhat I can do\b(?! is)|\bwhat can be done\b|\bwhat I propose\b|\ba way forward\b/i;

describe('parts left out of the box that reached the buyer', () => {
  it('are sent, named, with a time, where the box came without them', () => {
    const text =
      'The picture shows the cassette adapter with the car kit. The cassette did not come with the kit. Very disappointed.';
    const step = stepFor(store, text);
    expect(step.kind === 'remedy' && step.remedy.label).toBe('the missing cassette shipped at our cost');
    for (const reply of everyWording(store, text, { count: 4 })) {
      expect(reply).toMatch(SENDS_PARTS);
      expect(reply).not.toMatch(DEFERS);
    }
  });

  it('are sent for both parts a package left out, rather than the price back', () => {
    const text =
      'Last month I bought the same set and got two radios, two batteries and a charging base. This time I paid the same, but neither the batteries nor the charging base came in the package.';
    expect(offered(stepFor(store, text))).toBe('replacement');
    expect(body(draftFor(store, text))).toMatch(/\bthe missing (?:batteries and charging base|parts)\b/i);
  });

  it('are sent even where the part left out leaves features unusable, which is no fault of the unit', () => {
    const text = 'The remote was not included in the box, so I cannot use half the features.';
    expect(body(draftFor(store, text))).toMatch(/\bthe missing remote\b/i);
  });

  it('keep the call for goods sold without a part, told in the present (near miss)', () => {
    const text = "It doesn't come with an AC adapter, and the manual says nothing about needing one.";
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
    expect(body(draftFor(store, text))).not.toMatch(/\bthe missing\b/i);
  });

  it('keep the call for a kit bought from another seller (near miss)', () => {
    const text = 'I bought this kit at Best Buy. The cassette did not come with the kit. Very disappointed.';
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });

  it('are not sent in place of the money back for goods that also failed (near miss)', () => {
    const text =
      'The remote was not included in the box, and the player itself stopped working after two days. Junk.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });
});

describe('goods that failed, with the maker’s warranty mentioned in passing', () => {
  it('are replaced or refunded where the buyer only says they must check the warranty', () => {
    const text =
      'The card lasted about 3 months then just died. I am disappointed considering the cost. Now I have to check the warranty.';
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, text)));
  });

  it('are replaced or refunded where the buyer calls the warranty short', () => {
    const text =
      "The clock radio worked great when it was new, but it won't play songs from the iPod anymore. There is a reason the warranty is only 90 days.";
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, text)));
  });

  it('keep the call where the maker turned the warranty claim down (near miss)', () => {
    const text =
      'The card lasted about 3 months then just died. I sent it in and the maker denied my warranty claim.';
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });

  it('keep the call where the warranty has run out on goods used a long while (near miss)', () => {
    const text =
      'The recorder worked for a long time. A few weeks ago it stopped working. It is out of warranty now.';
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });
});

const PART_OF_STAY = /\bpart of what|\bpartial refund|\bgive you back part\b/i;

describe('a stay in a room in bad shape', () => {
  it('is offered part of the nights back for a room "in bad shape"', () => {
    const text = 'We stayed two nights. The staff was great but the room was generally in bad shape.';
    expect(offered(stepFor(hotel, text, 2))).toBe('refund');
  });

  it('is offered part of the nights back for a shower that ran lukewarm', () => {
    const text = 'We stayed three nights. The shower was luke warm and there was no way to make it warmer.';
    expect(body(draftFor(hotel, text))).toMatch(PART_OF_STAY);
  });

  it('is offered part of the nights back for a pool that was not very clean', () => {
    const text = 'We stayed two nights. The pool was not very clean and the towels ran out.';
    expect(offered(stepFor(hotel, text, 2))).toBe('refund');
  });

  it('keeps the call for a room in good shape, lukewarm coffee or a pool not very busy (near miss)', () => {
    for (const text of [
      'We stayed two nights. The room was in good shape but the lobby music was far too loud.',
      'We stayed two nights. The coffee at breakfast was lukewarm and the staff were slow.',
      'We stayed two nights. The pool was not very busy, but the staff at the desk were rude to us.',
    ])
      expect(offered(stepFor(hotel, text, 2))).toMatch(/^call:/);
  });
});
