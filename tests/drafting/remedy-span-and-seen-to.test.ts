import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// Two readings behind a shop's remedy: years of use told as "in a span of two+ years" are long use (a check or a
// repair fits, not the full price back), and goods taken back to the counter to be seen to were not returned for good
// (no refund is chased for them).

const store: BusinessProfile = judgedProfile('electronics-store');

function draft(rating: number, text: string): string {
  const review = { author: null, rating, text };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
}

describe('years of use told as a span', () => {
  it('gets no full refund after two+ years of use', () => {
    const reply = draft(
      2,
      'When it works it works well. But in a span of two+ years it has needed its drum replaced three times. Parts are slow to come.',
    );
    expect(reply).not.toMatch(/\brefund\b/);
  });

  it('leaves a unit that failed within weeks with its refund', () => {
    const reply = draft(
      2,
      'When it works it works well. But in a span of two weeks it has needed its drum replaced three times. Parts are slow to come.',
    );
    expect(reply).toMatch(/\brefund\b/);
  });
});

describe('goods taken back to be seen to', () => {
  it('are not told a refund for their return will be checked', () => {
    const reply = draft(
      1,
      'My router does not stay connected. I took it back and the vendor upgraded the firmware. After that it lost its settings twice and now it will not work at all.',
    );
    expect(reply).not.toMatch(/\brefund for (?:your return|it)\b|\bgoods you returned\b|\byour refund\b/);
  });

  it('still count as returned when the reviewer sent them back for good', () => {
    const reply = draft(
      1,
      'My router does not stay connected and it lost its settings twice. I took it back and have not heard a word since.',
    );
    expect(reply).toMatch(
      /\brefund\b|\bmoney for (?:your|the) return\b|\bpaid in full for the goods you returned\b/,
    );
  });
});
