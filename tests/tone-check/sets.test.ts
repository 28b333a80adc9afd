import { describe, expect, it } from 'vitest';
import { flaggedRate, loadBlindSet, loadSet, type SetLine } from './eval-sets.ts';

const both = (s: { tuning: SetLine[]; heldOut: SetLine[] }) => [...s.tuning, ...s.heldOut];

describe('tone check on the defensive and good reply sets', () => {
  const defensive = loadSet('defensive');
  const good = loadSet('good');

  it('has sets larger than the rules’ own examples, across sectors', () => {
    for (const set of [defensive, good]) {
      const lines = both(set);
      expect(lines.length).toBeGreaterThanOrEqual(200);
      expect(new Set(lines.map((l) => l.sector)).size).toBeGreaterThanOrEqual(7);
    }
  });

  it('finds at least 95% of defensive, blaming, sarcastic or condescending replies', () => {
    expect(flaggedRate(both(defensive))).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves at least 95% of good replies without a tone finding', () => {
    expect(flaggedRate(both(good))).toBeLessThanOrEqual(0.05);
  });

  it('holds on the held-out quarter the rules were not tuned on', () => {
    // Looser than the whole-set target: a quarter of the sets is small and was never used for tuning.
    expect(flaggedRate(defensive.heldOut)).toBeGreaterThanOrEqual(0.9);
    expect(flaggedRate(good.heldOut)).toBeLessThanOrEqual(0.08);
  });

  it('keeps a floor on replies written after the rules and never tuned on', () => {
    // Fresh wording is where pattern rules fall short; this floor records what the check reaches there today.
    expect(flaggedRate(loadBlindSet('defensive'))).toBeGreaterThanOrEqual(0.55);
    expect(flaggedRate(loadBlindSet('good'))).toBeLessThanOrEqual(0.08);
  });
});
