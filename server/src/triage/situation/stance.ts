import type { ReviewLabel, Stance } from '@rebound/shared';

/** How much the text leans each way: summed sentence scores, and how many sentences are clearly either. */
export type Balance = {
  positive: number;
  negative: number;
  positiveSentences: number;
  negativeSentences: number;
};

/**
 * The reviewer's overall stance from the rating and the balance of the text. The rating is what they chose to tell
 * the world, so it sets the frame; the text only moves the stance within it: a glowing 4-star review that mentions a
 * slow starter is happy with a quibble, and a 3-star review that is mostly criticism is unhappy.
 */
export function readStance(rating: number | null, balance: Balance, textLabel: ReviewLabel): Stance {
  const { positive, negative, negativeSentences } = balance;
  const total = positive + negative;
  const negativeShare = total > 0 ? negative / total : 0;
  if (rating === null) {
    if (textLabel === 'positive') return negativeSentences > 0 ? 'happy_with_quibble' : 'happy';
    if (textLabel === 'negative') return 'unhappy';
    return textLabel === 'mixed' ? 'mixed' : 'neutral';
  }
  // Someone who chose one or two stars is unhappy even when their words are polite or mostly kind.
  if (rating <= 2) return 'unhappy';
  if (rating >= 4) {
    // Only a review that is overwhelmingly criticism despite the stars is treated as mixed.
    if (negativeShare >= 0.8 && negative >= 4 && negativeSentences >= 3) return 'mixed';
    return negativeSentences > 0 || negative >= 1 ? 'happy_with_quibble' : 'happy';
  }
  if (total < 0.5) return 'neutral';
  if (negativeShare >= 0.6) return 'unhappy';
  if (negativeShare <= 0.25) return negative > 0 ? 'happy_with_quibble' : 'happy';
  return 'mixed';
}

/** The review label that goes with a stance. */
export function labelOfStance(stance: Stance): ReviewLabel {
  if (stance === 'happy' || stance === 'happy_with_quibble') return 'positive';
  if (stance === 'unhappy') return 'negative';
  return stance === 'mixed' ? 'mixed' : 'neutral';
}
