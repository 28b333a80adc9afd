import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('one part of several that broke', () => {
  it('is told as one of them, never as all of them breaking', () => {
    const text =
      "It toasts, it bakes, it looks nice and it has the knobs my husband likes. Overall it's a great oven; but less than a month later, one of the knobs broke off the unit. They are completely plastic.";
    const replies = everyWording(store, text, { rating: 4, count: 6 });
    for (const reply of replies) expect(reply).not.toMatch(/(?<!one of )the knobs (?:breaking|coming off)/);
    expect(replies.some((reply) => /one of the knobs/.test(reply))).toBe(true);
  });

  it('still tells a part that broke as it is (near miss)', () => {
    const text =
      "It toasts, it bakes, it looks nice. Overall it's a great oven; but less than a month later, the door handle broke off the unit.";
    const replies = everyWording(store, text, { rating: 4, count: 6 });
    expect(replies.some((reply) => /the door handle (?:breaking|coming off)/.test(reply))).toBe(true);
  });
});
