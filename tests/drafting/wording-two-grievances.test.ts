import { describe, expect, it } from 'vitest';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

// Two grievances told in one apology name both, in words a person would use: "I am sorry on both counts" reads as a
// form, and miscounts a review that raised more than two.

// Cold wings and a long wait (reviews_local/negative.jsonl, line 293).
const WINGS = localNegative(293);

describe('an apology for two grievances', () => {
  const drafts = everyWording(judged('restaurant'), WINGS, { rating: 1, count: 24 });

  it('never says "on both counts"', () => {
    for (const draft of drafts) expect(draft).not.toMatch(/both counts/i);
  });

  it('near miss: names both grievances in one sentence in some wordings', () => {
    expect(drafts.some((draft) => /cold[^.]*, and [^.]*wait/i.test(draft))).toBe(true);
  });
});
