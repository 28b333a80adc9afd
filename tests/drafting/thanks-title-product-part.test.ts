import { productNoun } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';

// "Hub Printable!!" is the title of a review of printable discs: "hub" names the part the print reaches, not the
// product, and "It was a pleasure to supply the hub" reads as not having looked at what was bought.

describe('a product word in a title that names part of the next word', () => {
  it('is not taken for the product', () => {
    expect(productNoun('Terrific for printing disc art.', 'Hub Printable!!')).toBe(null);
    expect(productNoun('Works on every desk.', 'Nice mouse pad')).toBe(null);
  });

  it('gives way to the product the next word names', () => {
    expect(productNoun('Fits well.', 'Great Camera Case')).toBe('the case');
  });

  it('is still the product when the title names it alone (near miss)', () => {
    expect(productNoun('Easy to set up.', 'Great router')).toBe('the router');
    expect(productNoun('Easy to set up.', 'Router works, cable bad')).toBe('the router');
  });
});
