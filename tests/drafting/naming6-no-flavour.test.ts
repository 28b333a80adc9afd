import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('food said to have no flavour at all', () => {
  it('names the lack of flavour rather than the food in general', () => {
    const text =
      'The staff were pleasant, I will give them that. The food, though, was disgusting. Nothing has any flavour, no flavour at all. Even the cheese sauce had zero flavour.';
    expect(namedAt(text)[0]).toBe('the food had so little flavour');
  });

  it('keeps a general verdict where flavour is not what the reviewer faults', () => {
    const text = 'The food was disgusting. The portions were fine and nothing was late.';
    expect(namedAt(text)).not.toContain('the food had so little flavour');
  });
});
