import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// Goods that would not connect or work for the buyer are told as what the goods would not do, never as the buyer's
// failing; a warning that buyers will lose their data is no loss already suffered, while photos lost are named.

const store: BusinessProfile = judgedProfile('electronics-store');

function draft(text: string, recent: string[] = []): string {
  const review = { author: null, rating: 1, text };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent,
  }).text;
}

describe('what the goods would not do', () => {
  it('is never told as something the buyer could not manage', () => {
    const recent: string[] = [];
    for (const text of [
      "I can't get the print server to work properly with my network.",
      'It would not connect to my laptop no matter what I did.',
      'The adapter will not pair with my phone.',
      "I couldn't get it to work with my router.",
    ]) {
      const reply = draft(text, recent);
      recent.push(reply);
      expect(reply).not.toMatch(/\byou (?:could not|couldn't|never) get\b|\byou never got it\b/);
    }
  });
});

describe('data lost', () => {
  it('is not claimed where the reviewer only warns it will be lost', () => {
    expect(
      draft('The drive keeps throwing write errors. In the end you WILL lose all the data on it.'),
    ).not.toMatch(/\btook your data\b/);
  });

  it('is named where the photos were lost', () => {
    expect(draft('The card died and I lost all my photos from the trip.')).toMatch(/\btook your photos\b/);
  });
});
