import { describe, expect, it } from 'vitest';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

// Two wordings of one grievance joined in one apology ("that it all took so much longer than it needed to, and that
// the wait went on far too long as well") say one thing twice: the grievance is told once.

const WAIT = /took so much longer|wait so much longer|wait went on/g;

describe('a framing order still not done three weeks on, at a craft store', () => {
  // A long review whose point is a three-week wait for a simple mat, beside staff who could not help.
  const replies = everyWording(judged('shop'), localNegative(162), { rating: 1, count: 30 });

  it('tells the wait once in every reply', () => {
    for (const reply of replies) expect(reply.match(WAIT)?.length ?? 0, reply).toBeLessThanOrEqual(1);
  });

  it('still tells the wait in most replies (near miss)', () => {
    expect(replies.filter((reply) => (reply.match(WAIT)?.length ?? 0) > 0).length).toBeGreaterThan(
      replies.length / 2,
    );
  });
});
