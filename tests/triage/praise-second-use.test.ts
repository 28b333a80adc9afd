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

describe('goods in use for months', () => {
  it('are no sign of a regular customer', () => {
    expect(
      isReturningCustomer('I have been using this lock for a few months without changing the combination.'),
    ).toBe(false);
  });

  it('a firm used for years still is (near miss)', () => {
    expect(isReturningCustomer('We have been using this garage for years.')).toBe(true);
    expect(isReturningCustomer('I have been using them for years and they never let me down.')).toBe(true);
  });
});
