import { describe, expect, it } from 'vitest';
import { holdingReplies } from './holding-helpers.ts';

// A damages claim over goods said to have wrecked the buyer's other devices names those devices as the buyer would
// write them ("your iPods", not "your ipods"), counts devices told after "and" ("our car battery and 2 iPods"), and
// never takes a car battery the goods ran flat for the thing that fed them.

describe('a holding reply to goods said to have wrecked other devices', () => {
  it('names the iPods told after the car battery, and not the battery as the feeder', () => {
    const replies = holdingReplies(
      'electronics-store',
      'This transmitter ruined our car battery and 2 ipods. We had to buy a new car battery and I would not recommend it.',
    );
    for (const reply of replies) {
      expect(reply).toMatch(/\bwhat happened to your iPods\b/);
      expect(reply).not.toMatch(/\bwith the battery\b|\bipods\b/);
    }
  });

  it('writes the device as its maker does where the charger is named', () => {
    const replies = holdingReplies(
      'electronics-store',
      'This charger fried my ipod within a day. I want it paid for or I will take it further.',
    );
    for (const reply of replies) expect(reply).toMatch(/\bwhat happened with the charger and your iPod\b/);
  });
});

describe('a device named in lower case elsewhere in the reply (near miss)', () => {
  it('keeps an ordinary device word as it is', () => {
    const replies = holdingReplies(
      'electronics-store',
      'This adapter fried my laptop the first time I plugged it in. I expect you to pay for the repair.',
    );
    for (const reply of replies) expect(reply).toMatch(/\bwhat happened with the adapter and your laptop\b/);
  });
});
