import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/triage-review.ts';

const stanceOf = (text: string) => triageReview({ rating: 4, title: null, text }).situation.stance;

describe('a 4-star review that only tells how the goods keep failing is unhappy', () => {
  it('reads a unit that stops working and will not restart, left to cool off, as unhappy', () => {
    expect(
      stanceOf(
        'Left switched on, the receiver runs for about a week, then stops working and drops the connection. It will not restart. The only cure is to unplug it and let it cool off for a day. Then it runs for another week.',
      ),
    ).toBe('unhappy');
  });

  it('still reads a 4-star review that praises the goods beside the same fault as content (near miss)', () => {
    expect(
      stanceOf(
        'Great little receiver with a clear, strong signal. It stops working now and then and will not restart until I let it cool off, but I love it.',
      ),
    ).not.toBe('unhappy');
  });
});
