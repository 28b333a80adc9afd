import { endsLike } from '@rebound/server/drafting/compose-thanks';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "Having you back again and again means a great deal to us. Being recommended by you means a great deal to us.": two
// sentences of one note that end alike read as a form, however differently they open.

const shop = judged('shop');
const regularWhoRecommends =
  'We have been coming here for years and the staff always know their stuff. They set us up with exactly what we ' +
  'needed and never tried to sell us more. I recommend this store to anyone.';

describe('a line that ends like a sentence of the note', () => {
  it('is heard as the note saying one thing twice', () => {
    expect(
      endsLike(
        'Many thanks for the good word. Having you back again and again means a great deal to us.',
        'Being recommended by you means a great deal to us.',
      ),
    ).toBe(true);
  });

  it('is not one that only shares its last word or two (near miss)', () => {
    expect(endsLike('It is lovely to hear from you.', 'We hope to see you again.')).toBe(false);
    expect(endsLike('Thank you.', 'Thank you.')).toBe(false);
  });
});

describe('a note to a regular who recommends us', () => {
  it('never ends two of its sentences the same way', () => {
    const notes = everyWording(shop, regularWhoRecommends, { rating: 5, count: 12 });
    for (const note of notes) {
      const sentences = splitSentences(note).map((s) => s.text);
      for (const [i, sentence] of sentences.entries())
        expect(endsLike(sentences.slice(0, i).join(' '), sentence), note).toBe(false);
    }
  });

  it('still thanks them both as a regular and for the recommendation (near miss)', () => {
    const notes = everyWording(shop, regularWhoRecommends, { rating: 5, count: 12 });
    const regular =
      /keep (?:returning|choosing us|coming back)|familiar face|again and again|Regulars like you/;
    const recommendation = /vouch for us|Word of mouth|recommended by you|send people our way/;
    expect(notes.filter((n) => regular.test(n) && recommendation.test(n)).length).toBeGreaterThan(0);
  });
});
