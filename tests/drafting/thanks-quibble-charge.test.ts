import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { electronicsThanks } from './happy-drafts.ts';

// A charge called outrageous or exorbitant in a happy review is the reviewer's reservation, named as the business
// would name it ("the shipping charge"), never in the reviewer's heat.

describe('a charge faulted in a happy review', () => {
  it('is read as the quibble and named plainly', () => {
    expect(readQuibble('Great pizza but prices are exorbitant.', null)).toMatchObject({
      found: true,
      noun: 'the prices',
    });
    expect(readQuibble('Works fine. Shipping was outrageous for something so small.', null)).toMatchObject({
      found: true,
      noun: 'the shipping charge',
    });
  });

  it('is answered in the thank-you for a memory card whose postage cost nearly as much as the card', () => {
    const [draft] = electronicsThanks([33]);
    expect(draft).toMatch(/the shipping charge/);
    expect(draft).not.toMatch(/outrageous/);
  });

  it('near miss: "outrageous" said of something that is not a charge is no quibble', () => {
    expect(readQuibble('The view was outrageous, loved it.', null).found).toBe(false);
  });
});
