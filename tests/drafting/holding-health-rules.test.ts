import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const draftFor = (profile: BusinessProfile, text: string) => {
  const review = { author: 'Sam P.', rating: 1, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile, { recent: [] });
};

describe('a holding reply names a health-rule breach for what the reviewer says it was', () => {
  it('names unmasked guests as health rules not kept, not as hygiene problems', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My biggest upset was that staff let guests walk around without masks, in breach of the state guidance that demands masks be worn inside.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/health rules you say were not kept/);
    expect(draft.text).not.toMatch(/hygiene/);
  });

  it('names a server coughing over the food as an unwell staff member', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'Our server was coughing and sneezing all over the table while she set down our plates, clearly sick.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/unwell staff member/);
  });

  it('names food handled with bare hands as the food handling', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'The cook handled the raw chicken and then our salad with his bare hands, no gloves at all.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/food handling you describe/);
  });
});
