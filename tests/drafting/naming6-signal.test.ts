import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'retail').map((n) => n.clause);

describe('a signal the set could not hold', () => {
  it('names the reception where the signal kept coming and going', () => {
    const text =
      'I like the idea and the arm fits my car well. The bad part: I could not hold a signal anywhere in town. There was always some interference, either fuzz or the signal going in and out.';
    expect(namedAt(text)).toContain('the reception was so poor');
  });

  it('does not read a signal the reviewer says was held as poor reception', () => {
    const text =
      'It held a steady signal all the way to work, but the plug came loose in the lighter socket.';
    expect(namedAt(text)).not.toContain('the reception was so poor');
  });
});
