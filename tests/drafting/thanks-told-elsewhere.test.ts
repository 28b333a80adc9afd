import { boughtElsewhere } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';

describe('a product review that credits another retailer is not thanked as our sale', () => {
  it('reads an online retailer named by its initials, even with its ampersand escaped', () => {
    expect(boughtElsewhere('Great card, and J&amp;R Electronics shipped it so quickly.', null)).toBe(true);
    expect(boughtElsewhere('Ordered from B&H and it came in two days.', null)).toBe(true);
    expect(boughtElsewhere('Got it on sale at CompUSA.', null)).toBe(true);
  });

  it('still reads a review that names no other seller as ours (near miss)', () => {
    expect(
      boughtElsewhere('Great card, and it shipped so quickly. R and B music sounds fine on it.', null),
    ).toBe(false);
  });
});
