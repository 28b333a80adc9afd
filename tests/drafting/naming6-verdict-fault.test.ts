import { faultClause } from '@rebound/server/drafting/fault-clause';
import { describe, expect, it } from 'vitest';

describe('a verdict on the whole is no fault to tell back', () => {
  it('does not tell back "it did not meet your expectations" as the fault', () => {
    expect(faultClause('This product did not meet my expectations at all.')).toBeNull();
    expect(faultClause("It didn't live up to the hype.")).toBeNull();
  });

  it('still tells back a fault said with the same kind of verb', () => {
    expect(faultClause('The handset does not hold a charge overnight.')).toBe(
      'the handset does not hold a charge overnight',
    );
  });
});
