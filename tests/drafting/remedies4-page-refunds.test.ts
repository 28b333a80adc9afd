import { describe, expect, it } from 'vitest';
import { draftPage } from './page-helpers.ts';
import { body, judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

// Meals the kitchen got wrong, with no one dish named as the fault: each is answered with the price back of whatever
// was not right.
const meals = [
  'They got my order wrong and it came out cold. Not happy.',
  'Our order was wrong twice and when it finally came it was cold.',
  'The food was awful tonight, undercooked and tasteless.',
  'My order came out wrong and cold, and nobody seemed to care.',
  'Food arrived cold and the order was not what I asked for.',
  'The order was wrong again and the food was cold when it came.',
  'They forgot what I asked for and the plate came out cold.',
  'My order was not right and it arrived lukewarm.',
  'They messed up our order and the food was cold by the time it reached the table.',
  'Dinner was poor, the food was greasy and cold.',
  'Our food came out wrong and lukewarm. Will think twice next time.',
];

// What each wording promises: the price of what was wrong with the meal or the order, given back.
const SAME_REFUND =
  /\brefund\b[^.]*\b(?:whatever|anything|any (?:dish|part))\b[^.]*\b(?:not right|not up to standard)\b/i;
// The frames a refund of what was not right is told in; a page's reader knows each again however it ends.
const FRAMES: readonly RegExp[] = [
  /\ba refund (?:for|on) whatever\b/i,
  /\brefund whatever\b/i,
  /(?<!\bgive you )\ba refund (?:for|on) any(?:thing)?\b/i,
  /\brefund the cost of any/i,
  /\brefund what you paid for any/i,
  /\bgive you a refund for any/i,
];

describe('a restaurant page of refunds for meals that were not right', () => {
  const page = draftPage(restaurant, meals, 'remedies4-refunds');

  it('offers the refund on each meal, every wording promising the same money back', () => {
    for (const reply of page) expect(body(reply)).toMatch(SAME_REFUND);
  });

  it('does not tell one refund wording down the page', () => {
    for (const frame of FRAMES) {
      const told = page.filter((reply) => frame.test(body(reply))).length;
      expect(told, String(frame)).toBeLessThanOrEqual(3);
    }
  });

  it('never takes the refund off a bill the diner has already paid', () => {
    for (const reply of page) expect(body(reply)).not.toMatch(/\boff (?:your|the) bill\b/i);
  });
});

const hotel = judged('hotel');

// Stays in rooms in bad shape, each answered with part of the stay's price back.
const rooms = [
  'The room was dirty and the sheets were stained. We stayed three nights and it never improved.',
  'Our room smelled of smoke and the carpet was filthy for the whole stay.',
  'The bathroom was mouldy and the towels were grey. Two nights of that was enough.',
  'The air conditioning in our room did not work for the four nights we were there.',
  'Dirty room, hair in the shower and dust everywhere. Disappointing stay.',
  'The bed was broken and the room was noisy every night of our stay.',
  'Housekeeping never cleaned our room during our three night stay.',
  'The room was run down, the curtains were torn and the shower was cold.',
  'Stains on the bedding and a dirty bathroom. Not what we paid for.',
  'The heating did not work in our room and it was freezing for two nights.',
  'Mould in the bathroom and a musty smell in the room all stay.',
  'The room was filthy when we checked in and nobody fixed it.',
];
// The ways part of a stay's price back is told; "for the nights affected" and "for the affected nights" are one.
const STAY_FRAMES: readonly RegExp[] = [
  /\ba partial refund (?:for the nights affected|for the affected nights)\b/i,
  /\ba partial refund on your stay\b/i,
  /\brefund part of what you paid for your stay\b/i,
  /\bgive you back part of what your stay cost\b/i,
  /\bissue a partial refund for your nights with us\b/i,
];

describe('a hotel page of part refunds for stays in rooms in bad shape', () => {
  const page = draftPage(hotel, rooms, 'remedies4-stays');

  it('offers part of the stay back on each reply, in five ways or more down a page of twelve', () => {
    const told = page.map((reply) => STAY_FRAMES.findIndex((frame) => frame.test(body(reply))));
    expect(told).not.toContain(-1);
    expect(new Set(told).size).toBeGreaterThanOrEqual(5);
  });
});

describe('the refund of a named dish or a one-night stay keeps to what it is for (near miss)', () => {
  it('tells a refund for a dish the review names in its own words', () => {
    const reply = body(
      draftPage(restaurant, ['The soup was stone cold and the waiter shrugged.'], 'r4-soup')[0] ?? '',
    );
    expect(reply).toMatch(/\bsoup\b/i);
    expect(reply).not.toMatch(/\b(?:whatever|anything|any part)\b/i);
  });

  it('tells no nights to a guest who stayed one night', () => {
    const reply = body(
      draftPage(hotel, ['The room was filthy and we only stayed one night.'], 'r4-one-night')[0] ?? '',
    );
    expect(reply).toMatch(/\b(?:partial refund|part of)\b/i);
    expect(reply).not.toMatch(/\bnights\b/i);
  });
});
