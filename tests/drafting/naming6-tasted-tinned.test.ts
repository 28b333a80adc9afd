import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('food said to taste as if it came from a box or a can', () => {
  it('names food that did not taste freshly made, where no dish fault is told plainly', () => {
    const text =
      'People rave about these little cakes, but to me they are only so-so. They taste as though they came out of a box, and every one has the same sugary topping.';
    expect(namedAt(text)[0]).toBe('what you had did not taste freshly made');
  });

  it('names the dish fault instead where the reviewer tells one plainly', () => {
    const text =
      'I ordered the pasta with mushroom sauce. The mushrooms came straight out of a can! And the sauce was bland.';
    expect(namedAt(text)[0]).toBe('the sauce was bland');
  });

  it('does not read a box of takeaway as a taste', () => {
    const text =
      'They put my order in a box from a stack by the till and the wait was fine. The staff were rude to us.';
    expect(namedAt(text)).not.toContain('what you had did not taste freshly made');
  });
});
