import { readPlainWords, readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';
import { loadSet } from '../drafting/sample-drafts.ts';

const glowing = { positive: 4, negative: 0, positiveSentences: 2, negativeSentences: 0 };
const mild = { positive: 1, negative: 0, positiveSentences: 1, negativeSentences: 0 };

describe('4–5 star reviews whose words do not praise', () => {
  it('reads a short review that finds fault and asks about it as unhappy', () => {
    const text =
      'Polishing kit. The first pad left swirls across every disc I tried. I hoped the second pad would take them out, but they are still there. Is that how it should be? The discs now look more scratched than before.';
    expect(readPlainWords(text)).toBe('unhappy');
    expect(readStance(4, mild, 'neutral', text)).toBe('unhappy');
  });

  it('reads a short review of two faults and no praise as unhappy', () => {
    const text =
      'Wrong model. The adapter that came was not the one I ordered. It does not fit my camera, so I returned it.';
    expect(readStance(5, mild, 'neutral', text)).toBe('unhappy');
  });

  it('reads a review that only calls it fine before listing what is hard to notice as mixed', () => {
    const text =
      'Does its job. I wish it had a separate light for mains power. When the power is missing, the one light only changes once the alarm goes off. The alarm sounds like every other beep in the house, so it is not always easy to tell.';
    expect(readPlainWords(text)).toBe('mixed');
    expect(readStance(4, glowing, 'neutral', text)).toBe('mixed');
  });

  it('reads name-calling aimed at another reviewer as neutral, not a kind review', () => {
    expect(
      readStance(5, mild, 'neutral', 'You moron, this card fits cameras and laptops too, not only consoles.'),
    ).toBe('neutral');
    expect(readStance(5, mild, 'neutral', 'To the clowns who gave it one star: read the manual.')).toBe(
      'neutral',
    );
  });
});

describe('happy reviews keep their reading', () => {
  it.each([
    'You would be a fool not to buy one of these, it is brilliant.',
    'Never had a problem with these discs. Every one burned cleanly.',
    'Good but not perfect. The sound is fine, but the microphone picks up a lot of background noise.',
    'Great little speakers. The bass is a bit weak, but for the price they are hard to beat.',
    'Arrived on time and works as described.',
  ])('%s', (text) => {
    expect(readPlainWords(text)).toBeNull();
    expect(readStance(5, glowing, 'neutral', text)).toBe('happy');
  });

  it('reads a glowing review that names its only wish as happy with a quibble, not as a complaint', () => {
    const text =
      'Love this kettle, it boils fast and looks great. I only wish the cord were a little longer.';
    expect(readPlainWords(text)).toBeNull();
    expect(readStance(5, glowing, 'neutral', text)).toBe('happy_with_quibble');
  });

  it('reads a long review by its balance, however many of its sentences find fault', () => {
    const text = Array.from(
      { length: 9 },
      (_, i) => `Step ${i + 1} was a problem until I read the manual.`,
    ).join(' ');
    expect(readPlainWords(text)).toBeNull();
  });

  it('leaves three-star and one-star reviews, and reviews read without their words, to the rating and balance', () => {
    const complaint = 'It does not fit. It broke on the first day.';
    expect(readStance(3, glowing, 'neutral', complaint)).toBe('happy');
    expect(readStance(1, glowing, 'neutral', 'Great, lovely, perfect.')).toBe('unhappy');
    expect(readStance(5, glowing, 'neutral')).toBe('happy');
  });

  it('reads one or two stars on words that take the complaint back, or hold only concrete praise, as happy', () => {
    const retracted =
      "It's a 4-star product. OK. I take my words back. I found a solution to the connection problem and it works now.";
    expect(readStance(1, mild, 'neutral', retracted)).toBe('happy_with_quibble');
    const praised = 'On time and on the money! No tricks, just treats and delivered on time as promised.';
    expect(readStance(1, glowing, 'positive', praised)).toBe('happy_with_quibble');
    // A contrast, a hedge or a plain fault keeps the stars' reading.
    for (const text of [
      'On time and on the money! Delivered as promised, but the box was crushed.',
      'Friendly staff and a lovely room. Would have been perfect with hot water.',
      'Great, lovely, perfect. Really professional.',
      "Everyone says it's a 5-star product, but mine stopped charging after a week and nobody helped.",
    ])
      expect(readStance(1, glowing, 'positive', text)).toBe('unhappy');
  });

  it('reads at most 1 % of the 1,000 happy benchmark reviews as unhappy or neutral from their words', () => {
    const local = loadSet('positive', { keepUnknownKind: true });
    const electronics = loadSet('electronics-positive')
      .filter((r) => r.rating >= 4)
      .slice(0, 500);
    const moved = [...local, ...electronics].filter((r) => {
      const read = readPlainWords(r.title ? `${r.title}. ${r.text}` : r.text);
      return read === 'unhappy' || read === 'neutral';
    });
    expect(moved.length).toBeLessThanOrEqual(10);
  });
});
