import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// Three buyers on one shop's page who say the goods were not as described are not each told "it was not what the
// description led you to expect": the same clause three times reads as a form.

const LISTINGS = [
  'Not as described. The listing said it had a skip button, and it has none.',
  'The description says it works with any phone. It does not work with mine.',
  'This item is not described correctly. It does not fit my model at all.',
];

const LISTING_CLAUSES = [
  /not what the description led you to expect/,
  /did not match the way it was described/,
  /description did not match what you received/,
];

describe('a page of replies to goods not as described', () => {
  it('names the grievance each time, in more than one wording', () => {
    const profile = judged('electronics-store');
    const recent: string[] = [];
    const used = new Set<number>();
    for (const text of LISTINGS) {
      const review = { author: null, rating: 1, text, title: null };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      const reply = composeDraft(review, triage, profile, { recent }).text;
      recent.push(reply);
      const i = LISTING_CLAUSES.findIndex((clause) => clause.test(reply));
      expect(i, reply).toBeGreaterThanOrEqual(0);
      used.add(i);
    }
    expect(used.size).toBeGreaterThan(1);
  });
});
