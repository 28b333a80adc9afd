import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';

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
