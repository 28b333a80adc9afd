import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/triage-review.ts';

// The stars say happy; the review's own words, read with its title, say otherwise, and triage goes by the words.
describe('triage reads a 4–5 star review by its words when they do not praise', () => {
  it('a short review that finds fault and asks about it is unhappy', () => {
    const t = triageReview({
      rating: 4,
      title: 'Polishing kit',
      text: 'The first pad left swirls across every disc I tried. I hoped the second pad would take them out, but they are still there. Is that how it should be? The discs now look more scratched than before.',
    });
    expect(t.situation.stance).toBe('unhappy');
  });

  it('name-calling aimed at another reviewer is neutral, not a kind review', () => {
    const t = triageReview({
      rating: 5,
      text: 'You moron, this card fits cameras and laptops too, not only consoles.',
    });
    expect(t.situation.stance).toBe('neutral');
  });

  it('a glowing review with one wish stays happy', () => {
    const t = triageReview({
      rating: 5,
      text: 'Love this kettle, it boils fast and looks great. I only wish the cord were a little longer.',
    });
    expect(t.situation.stance).not.toBe('unhappy');
    expect(t.situation.stance).not.toBe('neutral');
  });
});
