import type { ReviewLabel } from '@rebound/shared';
import { analyzeText, type TextAnalysis } from './analyze-text.ts';
import { scoreWithWink } from './wink-sentiment.ts';

// Share of wink-nlp's general-purpose lexicon in the final score; it covers vocabulary ours does not.
// Chosen on the yelp dev sentences only (see tests/bench/classifier.ts).
const WINK_WEIGHT = 0.4;

/** Below this magnitude a text carries no clear polarity. */
const NEUTRAL_BAND = 0.05;

/** Both sides must carry real weight, and the weaker at least this share of the stronger, to call text mixed. */
const MIXED_MIN_MASS = 1.5;
const MIXED_RATIO = 0.5;

export function labelFromAnalysis(analysis: TextAnalysis): ReviewLabel {
  const { positive, negative, score } = analysis;
  const weaker = Math.min(positive, negative);
  const stronger = Math.max(positive, negative);
  if (weaker >= MIXED_MIN_MASS && weaker >= stronger * MIXED_RATIO) return 'mixed';
  if (score <= -NEUTRAL_BAND) return 'negative';
  if (score >= NEUTRAL_BAND) return 'positive';
  return 'neutral';
}

/** Text-only sentiment: a label and a score in [-1, 1]. */
export function classifyText(text: string): { label: ReviewLabel; score: number } {
  const analysis = analyzeText(text);
  const score = (1 - WINK_WEIGHT) * analysis.score + WINK_WEIGHT * scoreWithWink(text);
  return { label: labelFromAnalysis({ ...analysis, score }), score: Math.round(score * 1000) / 1000 };
}
