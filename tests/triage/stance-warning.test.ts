import { readPlainWords } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from '../drafting/remedy-helpers.ts';

// Four stars over words that warn readers away ("If you are thinking of staying here, DON'T!!") are a complaint: a
// cheerful thank-you under them would embarrass the business.

const WARNING =
  "If you are thinking of staying here, !!DON'T!! Rude employees and owner doesn't care. And if you happened to get stuck here by Priceline name your own price then, well you'll figure it out yourself!";

describe('a short review that warns readers away', () => {
  it('is unhappy whatever the stars', () => {
    expect(readPlainWords(WARNING)).toBe('unhappy');
    expect(readPlainWords('Stay away. The rooms were dirty and nobody cared.')).toBe('unhappy');
  });

  it('is answered as a complaint, never with gladness', () => {
    for (const draft of everyWording(judged('hotel'), WARNING, { rating: 4, count: 6 })) {
      expect(draft).toMatch(/sorry|apologi[sz]e|regret/i);
      expect(draft).not.toMatch(/\b(?:delighted|glad|happy one)\b/i);
    }
  });

  it('near miss: "don\'t" in praise ("don\'t miss the pancakes") is no warning', () => {
    expect(readPlainWords("Lovely brunch. Don't miss the pancakes! Friendly staff too.")).toBeNull();
    expect(readPlainWords("If you are thinking of eating here, don't hesitate. Great food.")).toBeNull();
    expect(
      readPlainWords("If you are thinking of eating here, don't hesitate. The waiter was rude though."),
    ).toBeNull();
  });
});
