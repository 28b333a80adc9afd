import { describe, expect, it } from 'vitest';
import { isReturningCustomer } from '../../server/src/triage/situation/praise.ts';

describe('the second time the goods were used', () => {
  it('is not read as a regular customer', () => {
    expect(isReturningCustomer('The switch broke off the second time I used it.')).toBe(false);
  });

  it('a third visit or a third job by the same firm still is (near miss)', () => {
    expect(isReturningCustomer('This is the third time I have used them and they never disappoint.')).toBe(
      true,
    );
    expect(isReturningCustomer("Third time we've visited this year.")).toBe(true);
  });
});
