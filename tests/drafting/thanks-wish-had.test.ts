import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer's wish for something the place does not have ("I only wish they had a dairy-free option for my
// toddler") is answered in one gracious sentence that names the thing wished for, up to who it was wanted for.

const cafe = judged('restaurant');
const notes = (text: string) => everyWording(cafe, text, { rating: 4, count: 6 });

describe('a wish for something the place does not have', () => {
  it('names the thing wished for when the wish goes on to say who it was for', () => {
    for (const d of notes(
      'Great little cafe, lovely coffee and friendly staff. I only wish they had a dairy-free option for my toddler.',
    ))
      expect(d).toMatch(/dairy-free option/);
  });

  it('does not cut a wish short at "to" (near miss)', () => {
    for (const d of notes('Lovely place, great coffee. I wish they had a way to pay by card.'))
      expect(d).not.toMatch(/\ba way (?:would|is|was)\b/);
  });
});
