import { recommended } from '@rebound/server/drafting/thanks-wording';
import { checkReply } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A reviewer who recommends a clinic or a dental practice is thanked in words that fit any trade: "how a small
// business grows" reads as a sales line from a medical practice.

describe('thanks for a recommendation', () => {
  it('has no line that speaks of the business as a small business growing', () => {
    for (const line of recommended) expect(line).not.toMatch(/small business|grow/);
  });

  it('has no line the tone check reads as talking down ("how most people find…")', () => {
    for (const line of recommended)
      expect(checkReply(`Thank you for the kind review. ${line}`, { rating: 5 }).map((f) => f.rule)).toEqual(
        [],
      );
  });

  it("reads in a clinic's note to a patient who recommends it, whichever wording is chosen", () => {
    for (const profile of [judged('medical'), judged('dental')])
      for (const d of everyWording(
        profile,
        'Everyone at the front desk is friendly and the new nurses are great. I recommend this office to all my friends and family.',
        { rating: 5, count: 8 },
      ))
        expect(d).not.toMatch(/small business|\bshop\b|customers?\b/);
  });
});
