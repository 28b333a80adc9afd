import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'retail').map((n) => n.clause);

describe('goods that work only part of the time', () => {
  it('says how often it worked rather than only that it did not', () => {
    const text =
      'Lovely to look at, but it works maybe 40% of the time. Expect to reinstall the drivers every week.';
    expect(namedAt(text)[0]).toBe('it worked only part of the time');
  });

  it('leaves a set that works all of the time alone', () => {
    const text = 'It works all of the time, but the remote does not work at all.';
    expect(namedAt(text)).not.toContain('it worked only part of the time');
  });
});
