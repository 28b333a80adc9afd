import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const salon = judgedProfile('salon');
const draftFor = (text: string) => {
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(salon.sector) });
  return composeDraft(review, triage, salon, { recent: [] }).text;
};

describe('a salon offers to put right a cut that went wrong, however the apology names it', () => {
  it('offers the free appointment for a son’s cut the apology names without the word hair', () => {
    expect(
      draftFor(
        'Took my son in for a trim and asked to keep it long on top. The barber took it almost down to the scalp. His cut did not turn out at all.',
      ),
    ).toMatch(/free appointment to correct the cut/);
  });

  it('offers nothing of the kind for a cut the reviewer does not fault (near miss)', () => {
    expect(
      draftFor(
        'The cut was fine but the floor was dirty and the music was far too loud for a Tuesday morning.',
      ),
    ).not.toMatch(/free appointment/);
  });
});
