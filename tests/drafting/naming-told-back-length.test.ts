import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';

describe('the reviewer’s account is told back only when it is short enough not to read as pasted', () => {
  it('tells back nothing when the best account runs past ten words', () => {
    expect(
      reportedClause(
        'Bad buy. There was always a thin grey flicker running down the left side of the picture.',
        {
          products: true,
        },
      ),
    ).toBeNull();
    expect(
      reportedClause(
        'We were told we would have to wait until the kitchen had cleared every other table first.',
      ),
    ).toBeNull();
  });

  it('still tells back a short account beside a long one', () => {
    const told = reportedClause(
      'Terrible. There was always a thin grey flicker running down the left side of the picture. I had to buy a new aerial.',
      { products: true },
    );
    expect(told).toBe('you had to buy a new aerial');
  });

  it('still tells back a short account', () => {
    expect(reportedClause('Awful. There was no hot water in the shower.')).toBe(
      'there was no hot water in the shower',
    );
    expect(reportedClause('Awful set. I had to buy a new aerial.', { products: true })).toBe(
      'you had to buy a new aerial',
    );
  });
});

describe('what the business is said to have claimed is not told back as ours', () => {
  it('does not tell back "we claimed"', () => {
    expect(reportedClause('They claimed not to have a spare key for the van.') ?? '').not.toMatch(
      /\bwe claimed\b/,
    );
  });

  it('still tells back what we refused', () => {
    expect(reportedClause('They refused to look for the spare key.')).toBe(
      'we refused to look for the spare key',
    );
  });
});
