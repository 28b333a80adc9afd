import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const replyTo = (text: string): string => {
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(demoBusinessProfile.sector) });
  return composeDraft(review, triage, demoBusinessProfile, { recent: [] }).text;
};

describe('a shop with a workshop: work on the reviewer\u2019s own goods that did not hold', () => {
  it.each([
    'Had the gears indexed last week and they still slip under load. Will give them one more chance.',
    'Got my brakes adjusted on Saturday and they still squeal on every hill.',
  ])('offers the repair done again, not money back: %s', (text) => {
    const reply = replyTo(text);
    expect(reply).toMatch(/re-do of the repair/);
    expect(reply).not.toMatch(/refund/);
  });

  it('offers no repair re-do for goods bought off the shelf (near miss)', () => {
    expect(replyTo('The bike lights I bought here stopped working after two rides.')).not.toMatch(/re-do/);
  });
});
