import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';

// "Works great with the exception of the flimsy battery door": the exception is the reviewer's reservation, as
// "except for" is, and is named as they named it.

describe('a reservation told as the exception', () => {
  it('is read and named', () => {
    expect(readQuibble('Works great with the exception of the flimsy battery door.', null)).toMatchObject({
      found: true,
      noun: 'the flimsy battery door',
    });
    expect(readQuibble('Everyone was lovely, with the exception of the manager.', null)).toMatchObject({
      found: true,
      noun: 'the manager',
    });
    expect(readQuibble('Great hotel, the exception being the parking.', null)).toMatchObject({
      found: true,
      noun: 'the parking',
    });
  });

  it('near miss: the exception to what the product is made for is no fault', () => {
    expect(readQuibble('Fits every model with the exception of the smallest. Works great.', null).found).toBe(
      false,
    );
  });
});
