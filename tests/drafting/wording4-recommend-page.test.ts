import { describe, expect, it } from 'vitest';
import { draftPage } from './page-helpers.ts';
import { judged } from './remedy-helpers.ts';

// Buyers recommend what they liked often: a page of a shop's thank-you notes that thanks each for the recommendation
// reads as a form, however the line is worded. A note thanks a reviewer for recommending only where none of the
// three notes before it did; a note alone still does.

const RECOMMENDATION =
  /\b(?:would recommend|vote for|backing for|speak up for|vote of confidence|passing the word|point others to|recommendation carries|suggest (?:it|them) to others|recommendation as the compliment|worth recommending)\b/i;

const reviews = [
  'Great little speaker, loud and clear. I would recommend it to anyone.',
  'These headphones are comfortable and sound great. Highly recommend them.',
  'The charger works perfectly and charges fast. I recommend it.',
  'Solid keyboard, the keys feel great. Would recommend to a friend.',
  'This mouse is smooth and accurate. I recommend it highly.',
  'Good case, fits well and protects the player. I would recommend it.',
  'The cable works as it should and the picture is sharp. Recommended.',
  'Excellent remote, easy to set up. I recommend it to everyone.',
];

describe('a page of thank-you notes to buyers who recommend what they bought', () => {
  const page = draftPage(judged('electronics-store'), reviews, 'wording4-recommend', 5);

  it('thanks for a recommendation in no two of any four neighbouring notes', () => {
    const thanked = page.map((reply) => RECOMMENDATION.test(reply));
    for (let i = 3; i < thanked.length; i++)
      expect(
        thanked.slice(i - 3, i + 1).filter(Boolean).length,
        page.slice(i - 3, i + 1).join('\n'),
      ).toBeLessThan(2);
  });

  it('still thanks the first reviewer for recommending (near miss)', () => {
    expect(page[0]).toMatch(RECOMMENDATION);
  });
});
