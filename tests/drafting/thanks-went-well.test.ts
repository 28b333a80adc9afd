import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftFor, loadSet } from './sample-drafts.ts';

// A flooring customer's five-star review: "Well the installation went flawlessly… To me the quality of the installation
// and competitive pricing is of most importance and Cloud delivered!" The installation that went flawlessly is the
// praise; Cloud is the firm that kept its word, and a note that promises to pass the review on to "Cloud, who will be
// delighted" has read a company as a person.
const hows = (text: string) => readPraise(text).map((p) => p.how);

describe('a job that went well, and a firm that delivered', () => {
  it('reads the job that went flawlessly or smoothly as praised, told as it went', () => {
    expect(hows('Well the installation went flawlessly, they had a can do attitude.')).toContain(
      'flawlessly the installation went',
    );
    expect(hows('Our move went like clockwork from start to finish.')).toContain('smoothly the move went');
  });

  it('reads nothing as praised where the job went badly (near miss)', () => {
    expect(readPraise('The installation went badly and the move went on for hours.')).toEqual([]);
  });

  it('does not take a firm that "delivered!" for a person, but keeps a person who delivered something', () => {
    expect(findPeople('Quality and pricing matter most to me and Cloud delivered!')).toEqual([]);
    expect(findPeople('We ordered a sofa, and Martin delivered it the next morning.')).toEqual(['Martin']);
  });

  it('thanks the real reviewer for the installation and hands the praise to no "Cloud"', () => {
    const review = loadSet('positive').find((r) => /and Cloud delivered!/.test(r.text));
    expect(review).toBeDefined();
    if (!review) return;
    const note = draftFor(judgedProfile('service'), review.text, review.rating).text;
    expect(note).toMatch(/\binstallation\b/);
    expect(note).not.toMatch(/\bCloud\b/);
  });
});
