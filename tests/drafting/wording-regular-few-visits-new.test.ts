import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A reviewer who has been in a few times is a regular, but the reply does not say for how long or how often.

describe('a regular let down', () => {
  it('is never told they have been with us a long time or for many visits', () => {
    const drafts = everyWording(
      judged('spa'),
      'I have been here a few times on gift vouchers. This time the pedicure was rushed and the polish smudged before I left.',
      { rating: 2, count: 12 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/long time|so many visits|stuck with us/i);
  });

  it('is still told that it happened to a regular (near miss)', () => {
    const drafts = everyWording(
      judged('restaurant'),
      'We come here every week. Tonight the pasta was overcooked and the sauce was cold.',
      { rating: 2, count: 12 },
    );
    expect(drafts.some((draft) => /regular|come back to us before|earlier visits/.test(draft))).toBe(true);
  });
});
