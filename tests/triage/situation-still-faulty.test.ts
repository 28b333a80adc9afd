import { readSituation } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const situationOf = (text: string) => readSituation({ rating: 2, text }, { sectorGroup: 'retail' });

describe('a fault still there after the work on it', () => {
  it('is read as the complaint, with the thing that has it', () => {
    const s = situationOf(
      'Had the gears indexed and they still slip under load. Expected better for the price.',
    );
    expect(s.item).toBe('the gears');
    expect(s.problem).toBe('still slip under load');
    expect(s.confidence).toBe('high');
  });

  it('is not read from someone who still slips in for a coffee (near miss)', () => {
    expect(
      situationOf('I still slip in for a coffee on Fridays, but the prices went up.').problem ?? '',
    ).not.toMatch(/slip/);
  });
});
