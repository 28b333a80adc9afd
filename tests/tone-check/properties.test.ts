import { checkReply, type Finding } from '@rebound/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const wellFormed = (text: string, findings: Finding[]): boolean =>
  findings.every(
    (f) =>
      Number.isInteger(f.span.start) &&
      Number.isInteger(f.span.end) &&
      f.span.start >= 0 &&
      f.span.start <= f.span.end &&
      f.span.end <= text.length &&
      (f.severity === 'blocking' || f.severity === 'advice') &&
      f.message.length > 0 &&
      f.suggestion.length > 0,
  );

// Mixes arbitrary characters with words that trigger rules, so spans land on awkward unicode boundaries.
const triggerWords = fc.constantFrom(
  'you should have',
  'NEVER',
  '!!!',
  'order #A1234',
  'bob@x.example',
  '07700 900123',
  'your visit',
  'we are liable',
  'if you remove your review',
  'İstanbul',
  'ǅ',
  '👩‍👩‍👧',
  'short-staffed',
  'sorry',
  '\u0085',
  '\uD800',
);
const mixed = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), triggerWords), {
    maxLength: 12,
  })
  .map((parts) => parts.join(' '));

describe('checkReply on arbitrary input', () => {
  for (const [name, arbitrary] of [
    ['full unicode', fc.string({ unit: 'binary', maxLength: 300 })],
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['unicode code units', fc.string({ unit: 'binary-ascii', maxLength: 300 })],
    ['text mixed with rule triggers', mixed],
  ] as const) {
    it(`never throws and keeps spans inside the text (${name})`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), fc.string({ maxLength: 60 }), (text, regulated, reviewText) => {
          const findings = checkReply(text, { regulated, reviewText });
          expect(wellFormed(text, findings)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('stays fast on a long hostile-looking input', () => {
    const text = `${'a'.repeat(20_000)}@${'b.'.repeat(5_000)} ${'9 '.repeat(5_000)}`;
    const started = performance.now();
    checkReply(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
