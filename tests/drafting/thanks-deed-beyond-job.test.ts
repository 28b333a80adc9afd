import { deedOf } from '@rebound/server/drafting/thanks-deed';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// What a happy customer was glad of beyond the job itself is told back as what we were glad to do: a bill that came
// in under the quote, a sale with no pressure, a crew there at the hour it said, a return taken without a receipt.
// Denied or doubted, it is not.

describe('a deed beyond the job', () => {
  it.each([
    [
      'Best of all, they came in under the original quoted cost (not sure if that always happens).',
      'come in under the quote',
    ],
    ['The final bill was below the estimate, which never happens.', 'come in under the quote'],
    ['It was a wonderfully unexpected, no pressure, experience.', 'let you take your time, with no pressure'],
    ['Movers showed up right at 8 AM as expected and were careful.', 'be there right on time'],
    ['The crew arrived on time and left the place spotless.', 'be there right on time'],
    [
      'I did not expect them to accept a return and refund my money on 2 items because I lost the receipt.',
      'take your return without a receipt',
    ],
  ])('%s', (text, deed) => {
    expect(deedOf(text, null)).toBe(deed);
  });

  it.each([
    'They never came in under the quote, but the work was good.',
    'They said they would arrive on time. The work was lovely in the end.',
    'The quote was fair and the work was good.',
    'They would not take it back without a receipt, but the staff were polite.',
  ])('not: %s', (text) => {
    expect(deedOf(text, null)).toBeNull();
  });

  it('is what a mover’s thanks names where nothing is praised by a describing word', () => {
    const reply = replyTo(
      'service',
      'Movers showed up right at 8 AM as expected, and were quick but careful in moving our stuff. Best of all, they came in under the original quoted cost!',
      5,
    );
    expect(reply).toMatch(/\bunder the quote\b/);
    expect(reply).not.toMatch(/\bthe work did what you needed\b/);
  });

  it('thanks a buyer for a sale with no pressure', () => {
    const reply = replyTo(
      'auto',
      'I have never had much luck with car salesmen. Jimmy said great and not once approached me again. It was a wonderfully unexpected, no pressure, experience.',
      5,
    );
    expect(reply).toMatch(/\bno pressure\b/);
  });
});
