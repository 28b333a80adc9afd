import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// "Bought 100 DVD blanks - so far every one a coaster": the whole pack failed, and "too many of the discs failed"
// understates it. Nor is "and that recording kept failing" a second grievance beside it: the discs that would not
// burn are the recording that failed.
const store = judgedProfile('electronics-store');
const negatives = loadMultiDomain('electronics_negative.review');
const draftOf = (pattern: RegExp) => {
  const r = negatives.find((x) => pattern.test(x.text));
  if (!r) throw new Error(`no review matches ${pattern}`);
  const review = { author: null, rating: r.rating, text: r.text, title: r.title, itemName: r.productName };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
  return composeDraft(review, triage, store, { recent: [] }).text;
};
const firstClause = (text: string) => nameComplaints(text, 'retail')[0]?.wordings ?? [];

describe('blank discs that all failed', () => {
  it('are told as every one of the discs, once', () => {
    const reply = draftOf(/so far every one a coaster/);
    expect(reply).toMatch(/\b(?:every one|not one) of the discs\b/);
    expect(reply).not.toMatch(/recording kept failing|would not record/);
    expect(firstClause('Bought a spindle of DVD-Rs and all of the discs failed to burn.')).toContain(
      'every one of the discs failed',
    );
  });

  it('are told as many, not all, where some burned (near miss)', () => {
    const reply = draftOf(/out of 5 discs, I got one that burned good/);
    expect(reply).toMatch(/\bso many of the discs\b/);
    expect(reply).not.toMatch(/\b(?:every one|not one) of the discs\b/);
    expect(reply).not.toMatch(/recording kept failing/);
  });

  it('keeps the recording grievance for a recorder that would not record (near miss)', () => {
    const said = firstClause(
      'The recorder will not record anything from the cable box. Every one of my attempts failed.',
    );
    expect(said.some((c) => /\brecord\b/.test(c))).toBe(true);
    expect(said).not.toContain('every one of the discs failed');
  });
});
