import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A short note says each thing once: "how it went… glad it went well" and "just ask… get in touch whenever we can
// help" read as two stock lines stitched together.

const PLAIN = [
  'Five stars, no complaints at all.',
  'Very happy, would come again.',
  'All good, thank you.',
  'Everything was as it should be.',
  'Ten out of ten from me.',
  'Cannot fault it.',
  'Really pleased overall.',
  'Just what I needed.',
  'Spot on as usual.',
  'Faultless from start to finish.',
  'Top marks.',
  'A good experience all round.',
];

const OFFERS_HELP = /\bask\b|\bhelp\b|\bget in touch\b|\breach out\b/i;

describe('a short note says each thing once', () => {
  it.each(['restaurant', 'medical', 'shop'])('never says "went" twice in a note to a %s', (kind) => {
    for (const reply of draftPage(loadProfile(kind), PLAIN))
      expect((bodyOf(reply).match(/\bwent\b/gi) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('never offers a practice patient help twice in one note', () => {
    for (const reply of draftPage(loadProfile('medical'), PLAIN))
      expect(sentencesOf(reply).filter((s) => OFFERS_HELP.test(s)).length).toBeLessThanOrEqual(1);
  });
});
