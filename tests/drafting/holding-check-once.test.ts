import { describe, expect, it } from 'vitest';
import { holdingPage } from './holding-helpers.ts';

// A check of the business's own premises (the cleaning gone over, the rooms inspected) is told once in a run of a
// business's replies, not in every holding reply down its page. A safety precaution for the reviewer is always told.

const CLEANING = /\bcleaning routine\b|\bhow every tool and basin is cleaned\b/;
const ROOMS = /\bour rooms inspected today\b|\b[Oo]ur rooms are being checked today\b/;
const UNPLUGGED = /\bunplugged\b|\bout of use\b|\bnot to use it\b/;

describe('a check of our premises down a page of holding replies', () => {
  it('is told in the first of two salon hygiene replies, not again in the next', () => {
    const [first, second] = holdingPage('salon', [
      'The technician ran to the next customer with the same tools she used on me. The tools did not get washed.',
      'They never sanitize the tools or the pedicure bowl. I saw them rinse the brushes in my foot water.',
    ]);
    expect(first).toMatch(CLEANING);
    expect(second).not.toMatch(CLEANING);
  });

  it('is told again once several other replies have come between', () => {
    const between = Array.from(
      { length: 6 },
      (_, i) => `Someone cursed at me at the desk on visit ${i + 2}.`,
    );
    const replies = holdingPage('hotel', [
      'We found bed bugs in the bed on the second night.',
      ...between.map((t) => t.replace('the desk', 'the front desk')),
      'Woke up covered in bed bug bites. Never again.',
    ]);
    expect(replies[0]).toMatch(ROOMS);
    expect(replies.at(-1)).toMatch(ROOMS);
  });

  it('leaves a safety precaution for the reviewer in every reply', () => {
    const replies = holdingPage('electronics-store', [
      'The charger started smoking and melted on my desk after a day.',
      'This heater caught fire in my living room the second time I used it.',
    ]);
    for (const reply of replies) expect(reply).toMatch(UNPLUGGED);
  });
});
