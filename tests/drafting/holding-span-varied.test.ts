import { describe, expect, it } from 'vitest';
import { holdingPage } from './holding-helpers.ts';

// The day a holding reply promises an answer in is worded as the business's latest replies worded it least lately: a
// page of holding replies each closing "answer within a day" reads as one form letter.

// Every wording of the one-day promise a reply may carry, the longest first so "within one working day" is read whole.
const SPAN =
  /\b(?:within|inside) (?:one working day|a working day|a single day|twenty-four hours|one day|a day)\b/g;
const spansOf = (reply: string): string[] => reply.match(SPAN) ?? [];

describe('the day a holding reply promises an answer in, down a page', () => {
  const replies = holdingPage('medical', [
    'The nurse gave my son the wrong vaccine and nobody told us until the next visit.',
    'I was given the wrong prescription at the front desk and got very sick from it.',
    'The doctor misdiagnosed my daughter and she ended up in the emergency room.',
    'They used a dirty needle on my mother and the nurse just laughed about it.',
  ]);

  it('is promised in every reply', () => {
    for (const reply of replies) expect(spansOf(reply).length).toBeGreaterThan(0);
  });

  it('is worded differently in each of four neighbouring replies', () => {
    const spans = replies.map((reply) => spansOf(reply).join(' | '));
    expect(new Set(spans).size).toBe(replies.length);
  });
});
