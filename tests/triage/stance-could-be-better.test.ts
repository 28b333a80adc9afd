import { readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

// A 4-star review that says what could be better, or why a star was held back, has a quibble to answer, though its
// words score as no fault at all.
const glowing = { positive: 4, negative: 0, positiveSentences: 3, negativeSentences: 0 };

describe('a wish or a star held back in a 4-star review', () => {
  it.each([
    'I was here for 5 days due to work. The hotel needs some updating and it could be cleaner. The staff is excellent and the restaurant has good food.',
    'Picture quality is very good. Durability is the last thing to prove, which is why I have given the player a 4 rather than a 5.',
    'The only reason I gave it 4 stars instead of 5 was the cradle. Other than that I am very pleased.',
    'Lovely cupcakes and friendly people. I had to take away 1 star for the card charge.',
  ])('is a quibble: %s', (text) => {
    expect(readStance(4, glowing, 'positive', text)).toBe('happy_with_quibble');
  });

  it.each([
    'The room could not be cleaner and the staff were lovely.',
    "It couldn't be better: fast, quiet and cheap.",
    'I would give it 6 stars if I could. Lovely cupcakes and friendly people.',
  ])('is not read into plain praise: %s', (text) => {
    expect(readStance(4, glowing, 'positive', text)).toBe('happy');
  });
});
