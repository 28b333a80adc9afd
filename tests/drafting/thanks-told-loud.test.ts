import { describe, expect, it } from 'vitest';
import { quibbleTopic } from '../../server/src/drafting/read-quibble.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// Speakers or headphones that "go really loud" are praised for their volume: the reply never takes it up as a
// point about noise. A loud street outside a hotel room is still a noise gripe.

const NOISE_LINE = /\bnoise\b/i;

describe('volume praised in a happy review of speakers', () => {
  const text =
    'Brilliant little speakers for the kitchen. They go really loud and the bass is warm. Easy to set up.';
  it('is no noise quibble', () => {
    expect(quibbleTopic(text, true)).toBeNull();
    for (const draft of everyWording(judged('electronics-store'), text, { rating: 5, count: 6 }))
      expect(draft).not.toMatch(NOISE_LINE);
  });
  it('still reads a loud street as noise (near miss)', () => {
    expect(
      quibbleTopic('Great staff and comfy beds. The street outside was really loud at night though.', true),
    ).toBe('the noise');
  });
});
