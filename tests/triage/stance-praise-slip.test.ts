import { readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

// One or two stars over words that only praise, then tell plainly what the goods do, were a slip of the stars: the
// reviewer is not unhappy. Any fault, hedge or word about the stars keeps the stars' reading.
const mild = { positive: 1, negative: 0, positiveSentences: 1, negativeSentences: 0 };

describe('one or two stars on praise followed by plain detail', () => {
  it.each([
    'Really handy. It writes discs at single speed as well as double speed for older players.',
    'Lovely little charger. Takes the AA and the AAA cells in the same tray, side by side.',
    'Superb sound for the size. The speaker sits on my desk next to the monitor and the lamp.',
    'This label printer meets all my expectations and more. Easy to load, easy to use, sharp results every time.',
  ])('is read as happy: %s', (text) => {
    expect(readStance(1, mild, 'neutral', text)).toBe('happy_with_quibble');
    expect(readStance(2, mild, 'neutral', text)).toBe('happy_with_quibble');
  });

  it.each([
    'Great, it broke in a day. I bought it on the Monday and it sat on my desk.',
    'Loved it until it died. It sat on my desk next to the monitor for two weeks.',
    'One star for now. Handy little gadget that takes both sizes of battery in one tray.',
    'Really handy, great little burner. Rated two stars as it writes discs at single speed as well as double.',
    'Really handy. It writes discs at single speed, and the second tray cracked on day one.',
    'Really handy looking. The tray was cracked in the box when it arrived at my door.',
  ])('keeps the stars’ reading: %s', (text) => {
    expect(readStance(1, mild, 'neutral', text)).toBe('unhappy');
  });
});

describe('a title that only names the goods', () => {
  it('does not hide praise-only words under low stars', async () => {
    const { triageReview } = await import('@rebound/server/triage/index');
    const stanceOf = (title: string, text: string) =>
      triageReview({ rating: 2, title, text }, { sectorGroup: 'retail' }).situation.stance;
    expect(
      stanceOf(
        'Brother QL-700',
        'This label printer meets all my expectations and more\nEasy to load, easy to use, sharp results',
      ),
    ).toBe('happy_with_quibble');
    expect(
      stanceOf(
        'Brother QL-700',
        'This label printer met my expectations for a week\nThen the cutter jammed for good',
      ),
    ).toBe('unhappy');
  });
});
