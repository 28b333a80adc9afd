import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const draftFor = (profile: BusinessProfile, text: string) => {
  const review = { author: 'Sam P.', rating: 1, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile, { recent: [] });
};

describe('a holding reply names the creature the reviewer saw', () => {
  it('names gnats as gnats, not as insects', () => {
    const draft = draftFor(loadProfile('restaurant'), 'The soup was cold and there were gnats in my drink.');
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/the gnats you/);
    expect(draft.text).not.toMatch(/insects/);
  });

  it('names scorpions in a hotel room as scorpions', () => {
    const draft = draftFor(loadProfile('hotel'), 'We found two scorpions in the bathroom of our room.');
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/the scorpions you/);
  });

  it('still names beetles, which no word of its own covers, as insects (near miss)', () => {
    const draft = draftFor(loadProfile('hotel'), 'There were dead beetles on the floor of our room.');
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/the insects you/);
  });
});
