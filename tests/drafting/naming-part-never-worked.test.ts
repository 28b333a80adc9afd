import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const draftOf = (text: string): string => {
  const profile = judgedProfile('electronics-store');
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile, { recent: [] }).text;
};
const DEAD_FROM_THE_START = /never worked from the start|did not work from the moment it arrived/;

// One feature that "has never worked for me" is not goods dead from the start; goods that never worked are.
describe('a part or feature that has never worked', () => {
  it.each([
    'I have used it daily for several months now. The redial button simply has never worked. Battery life is poor too.',
    "I have had it for months and use it every day. I'm left-handed and graffiti has never worked for me.",
  ])('is not told as goods dead from the start: %s', (text) => {
    expect(draftOf(text)).not.toMatch(DEAD_FROM_THE_START);
  });

  it('leaves goods that never worked told as dead from the start', () => {
    expect(draftOf('I plugged it in and it never worked. Not once.')).toMatch(DEAD_FROM_THE_START);
  });
});
