import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'retail').map((n) => n.clause);

describe('goods found damaged when they came', () => {
  it('names damage found on arrival rather than only that it did not work', () => {
    const text =
      'It ran for two minutes and then the carriage stuck and will not move. When the machine came, three of the keys were knocked loose and I had to push them back on. There is a gap in the base, so it must have been dropped on the way.';
    expect(namedAt(text)[0]).toBe('it arrived damaged');
  });

  it('does not take a part that broke later for damage on arrival', () => {
    const text =
      'When it came everything looked fine. A month later two of the keys were loose and it stopped working.';
    expect(namedAt(text)).not.toContain('it arrived damaged');
  });
});
