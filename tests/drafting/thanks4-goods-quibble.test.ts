import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy product review whose one fault is told in plain words after a turn ("…but the remote does not have a power
// button", "the remote doesn't work well, but…") is answered on it in a short line, as the reviewer put it; a fault
// the reviewer denies ("the case did not crack") is praise, and no line takes it up.

const shop = judged('electronics-store');
const draftsOf = (text: string, rating: number) => everyWording(shop, text, { rating, count: 8 });

describe('a fault of the goods told after a turn', () => {
  it('is named in every wording', () => {
    for (const draft of draftsOf('Simple to set up and use, but the remote does not have a power button.', 4))
      expect(draft).toMatch(/the remote does not have a power button/);
  });

  it('is named where the reviewer goes on to make light of it', () => {
    const text =
      "Kept the kids quiet on a long drive to the coast. We still use it around town. Also, the remote doesn't work well, but we rarely need it.";
    for (const draft of draftsOf(text, 4)) expect(draft).toMatch(/\bremote\b/);
  });

  it('is never a fault the reviewer denies (near miss)', () => {
    const text = 'Sturdy little player. I dropped it on the kitchen tiles, but the case did not crack.';
    for (const draft of draftsOf(text, 5))
      expect(draft).not.toMatch(/crack|fair point|honest|note (?:that|about)/i);
  });

  it('is never a hitch that came right in the end (near miss)', () => {
    const text =
      'Very easy to get going on my laptop. Focusing was awkward at first, though, and the ring was stuck. With a little patience it finally loosened up and the picture is sharp.';
    for (const draft of draftsOf(text, 5)) expect(draft).not.toMatch(/ring was stuck/);
  });

  it('is never read so in a restaurant’s review, where the same shape tells a story (near miss)', () => {
    const text =
      'A lovely evening out for my sister’s birthday. The pasta was superb, but the place does not have a car park.';
    const drafts = everyWording(judged('restaurant'), text, { rating: 5, count: 8 });
    for (const draft of drafts) expect(draft).not.toMatch(/does not have a car park/);
  });
});
