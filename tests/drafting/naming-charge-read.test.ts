import { describe, expect, it } from 'vitest';
import { named } from './device-helpers.ts';

describe('a bill or a person reading is not taken for goods that would not charge or play', () => {
  it('does not read a shop that did not bill for a service as goods that would not charge', () => {
    expect(
      named('The trim was botched. In fairness they did not charge for the cut, but I am still upset.'),
    ).not.toContain('it would not charge');
    expect(named('The new place does not charge anything extra for the scan, so I moved.')).not.toContain(
      'it would not charge',
    );
    expect(named('She fixed the colour and didn’t charge me, yet the first result was awful.')).not.toContain(
      'it would not charge',
    );
  });

  it('does not read a person who could not read with one eye as goods that would not play', () => {
    const clauses = named('They ground the lenses wrong and I could not read with that eye at all.');
    expect(clauses).not.toContain('it would not play properly');
  });

  it('still names goods that will not charge or will not read a disc', () => {
    expect(named('Left it on the cradle all night and it does not charge at all.')).toContain(
      'it would not charge',
    );
    expect(named('It didn’t charge my phone even once.')).toContain('it would not charge');
    expect(named('The drive will not read the discs I burned last week.')).toContain(
      'it would not play properly',
    );
    expect(named('It won’t play anything from the card.')).toContain('it would not play properly');
  });
});
