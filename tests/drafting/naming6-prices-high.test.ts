import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('prices found higher than the reviewer hoped', () => {
  it('names the prices of a shop whose low prices drew the reviewer in', () => {
    const text =
      'A flyer about cheap fruit brought us in. The fruit is a fair price, but most other things seemed to be on the high side. In short, do not believe the low price claims.';
    expect(namedAt(text)[0]).toBe('the prices were higher than you expected');
  });

  it('leaves prices said to be fair alone', () => {
    const text = 'Prices were fair and the fruit was fresh, but the checkout queue took twenty minutes.';
    expect(namedAt(text)).not.toContain('the prices were higher than you expected');
  });
});
