import { isReturningCustomer } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('details the reviewer never gave are not told back', () => {
  it('reads a unit the reviewer used before as no sign that ours was not new', () => {
    const text =
      "The transmitter was dangerous to operate while driving and the transmission cut out on hills. I've previously used a basic Kensington model, which worked well but was awkward.";
    for (const reply of everyWording(store, text, { count: 4 }))
      expect(reply).not.toMatch(/look new|opened before/);
    const opened = everyWording(
      store,
      'The box was previously opened and the seal was broken. Not acceptable.',
      {
        count: 4,
      },
    );
    expect(opened.some((reply) => /look new|opened before/.test(reply))).toBe(true);
  });

  it('reads the reviewer\'s own care "as usual" as no sign of a regular, and still reads a meal "as usual" as one', () => {
    const text =
      'The software keeps dropping connections. AS usual, I was very careful: I always read manuals and install the software properly. After a couple of days the keyboard stopped working.';
    expect(isReturningCustomer(text)).toBe(false);
    for (const reply of everyWording(store, text, { count: 4 })) expect(reply).not.toMatch(/\bregular\b/i);
    expect(isReturningCustomer('The food was great as usual, but the wait was long.')).toBe(true);
    expect(isReturningCustomer('As usual we ordered the ribs.')).toBe(true);
  });
});
