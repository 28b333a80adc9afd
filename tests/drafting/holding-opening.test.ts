import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
const hotel = judged('hotel');
const CASES: ReadonlyArray<readonly [string, ReturnType<typeof judged>, string]> = [
  [
    'an aggressive manager',
    restaurant,
    'The manager got in my face, waved her hands at me and got very aggressive, so we left.',
  ],
  [
    'an injury in the car park',
    hotel,
    'I stepped out of my car onto a cactus in the dark car park and severely injured my foot.',
  ],
  [
    'food poisoning',
    restaurant,
    'My husband and I were both sick all night with food poisoning after eating the chicken here.',
  ],
];

describe('a holding reply to a serious matter', () => {
  it.each(CASES)('to %s never opens on a bare "I appreciate you letting us know"', (_, profile, text) => {
    const replies = everyWording(profile, text, { rating: 1 });
    for (const reply of replies) expect(reply).not.toMatch(/I appreciate you letting us know/);
    // Near miss: the reply still thanks the reviewer somewhere, and still names the matter.
    expect(replies.some((reply) => /\bthank/i.test(reply))).toBe(true);
  });
});
