import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { expect } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
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

/** Drafts each review in turn for one business, each seeing the replies before it, as a page of holding replies is. */
export function holdingPage(kind: string, texts: readonly string[]): string[] {
  const profile = judgedProfile(kind);
  const recent: string[] = [];
  return texts.map((text) => {
    const review = { author: null, rating: 1, text };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    expect(triage.escalation.escalate).toBe(true);
    const reply = composeDraft(review, triage, profile, { recent: [...recent] }).text;
    recent.push(reply);
    return reply;
  });
}
