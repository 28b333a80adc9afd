import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const stanceOf = (rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: 'retail', taxonomy: themeTaxonomyFor('retail') }).situation
    .stance;

describe('a small fault told in plain words in a good review', () => {
  it('reads a price above what was expected, a unit that runs hot and an only wish as a quibble', () => {
    for (const text of [
      'The fitting made a real difference to my knees. A bit more expensive than I expected, but the fitter was patient.',
      'I recommend these speakers, the sound is great. The power brick gets pretty hot though, so keep it off the carpet.',
      'Lovely shop and the coffee is great. My only wish is that they opened earlier on Saturdays.',
    ])
      expect(stanceOf(5, text)).toBe('happy_with_quibble');
  });

  it('leaves praise of the same things as happy (near miss)', () => {
    for (const text of [
      'The fitting was brilliant and no more expensive than I expected. The fitter was patient.',
      'Great speakers. They never get hot and the sound is wonderful.',
      'The soup came out piping hot and the staff were lovely.',
    ])
      expect(stanceOf(5, text)).toBe('happy');
  });
});
