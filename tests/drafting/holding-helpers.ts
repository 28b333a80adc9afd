import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { expect } from 'vitest';
import { judged } from './remedy-helpers.ts';

/** Every wording of the holding reply a business of the judged profile gives a one-star review. */
export const holdingReplies = (profile: string, text: string): string[] => {
  const p = judged(profile);
  const review = { author: 'Sam P.', rating: 1, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(p.sector) });
  return Array.from({ length: 8 }, (_, variant) => {
    const draft = composeDraft(review, triage, p, { variant });
    expect(draft.kind).toBe('holding');
    return draft.text;
  });
};
