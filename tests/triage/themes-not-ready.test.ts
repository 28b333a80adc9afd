import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const themesOf = (group: 'retail' | 'trades_repairs', rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: group, taxonomy: themeTaxonomyFor(group) }).themes;

describe('a job not ready on the day promised', () => {
  const late = 'Promised for Friday, still not ready on Tuesday. Very poor service.';

  it('is a wait at a shop and a matter of time at a repairer', () => {
    expect(themesOf('retail', 1, late)).toContain('wait');
    expect(themesOf('trades_repairs', 1, late)).toContain('timeliness');
  });

  it('is no wait where the reviewer is not ready to give up on them (near miss)', () => {
    const text = 'The staff were rude and the bill was wrong. I am not ready to give up on them yet.';
    expect(themesOf('retail', 2, text)).not.toContain('wait');
    expect(themesOf('trades_repairs', 2, text)).not.toContain('timeliness');
  });
});

describe('a fault still there after the work', () => {
  const slip = 'Had the gears indexed and they still slip under load. Expected better for the price.';

  it('is a fault of the goods at a shop and of the workmanship at a repairer, ahead of the price', () => {
    expect(themesOf('retail', 2, slip)[0]).toBe('defect');
    expect(themesOf('trades_repairs', 2, slip)[0]).toBe('workmanship');
  });

  it('is no fault where the reviewer still slips in on the way home (near miss)', () => {
    expect(
      themesOf('retail', 2, 'I still slip in for a coffee now and then, but the prices went up.'),
    ).not.toContain('defect');
  });
});
