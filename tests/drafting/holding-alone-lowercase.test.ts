import { describe, expect, it } from 'vitest';
import { holdingReplies as restaurantHolding } from './holding-helpers.ts';

const holdingReplies = (text: string): string[] => restaurantHolding('restaurant', text);
const ASKS_AFTER_ALL = /\bhope everyone\b|\beveryone (?:is|involved)\b/i;

describe('a diner who fell ill alone is asked after, not "everyone"', () => {
  it.each([
    'Simply put i was very sick after dining there recently. This was the only meal I did not share with my family. The guy that both took my order and cooked my food was on his phone.',
    'i got food poisoning after the fish tacos and spent the night being sick.',
    'The cook both took my order and made my burrito without gloves, and I was sick all night after.',
  ])('%s', (text) => {
    for (const reply of holdingReplies(text)) expect(reply).not.toMatch(ASKS_AFTER_ALL);
  });

  it('still asks after both, or everyone, when two fell ill', () => {
    for (const text of [
      'My husband and I were both sick all night after the fish tacos.',
      'Both of us got food poisoning after the fish tacos.',
    ])
      expect(
        holdingReplies(text).some((reply) =>
          /\bhope everyone\b|\beveryone (?:is|involved)\b|\byou (?:are )?both\b|\bboth of you\b/i.test(reply),
        ),
      ).toBe(true);
  });
});
