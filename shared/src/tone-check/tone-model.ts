import { type NormalisedText, originalSpan } from './normalise-text.ts';
import { sentenceFeatures, sentencesOf } from './sentence-features.ts';
import { toneWeights } from './tone-weights.ts';
import type { Finding } from './types.ts';

/**
 * A sentence-level reading of tone that generalises beyond the phrase patterns: word and word-pair weights learnt
 * from the defensive and good reply sets (tests/tone-check/train-tone-weights.ts). A sentence whose weights add up
 * past the threshold reads like the defensive replies. The threshold was set on the held-out quarter of the sets
 * (which the weights never saw) to keep good replies under 2 %; warm sentences (thanks, apologies, praise) are
 * not scored (nor those owning the problem), since the model is for arguments, corrections and blame and those are the phrase rules' to judge.
 */
const THRESHOLD = 7;
// A Map, so that a word such as "constructor" is never read off an object's prototype.
const weights = new Map(toneWeights);

export function sentenceScore(sentence: string): number {
  let score = 0;
  for (const f of sentenceFeatures(sentence)) score += weights.get(f) ?? 0;
  return score;
}

// Warmth or ownership in a sentence: thanks, apology, praise, "that is not good enough", "we take it seriously".
const WARM =
  /\b(?:sorry|apologi[sz]e|apologies|thank|thanks|glad|lovely|delighted|pleased|appreciate|means a (?:lot|great deal)|love|wonderful|great|hope|not good enough|seriously|on us|our (?:mistake|fault)|understand|regret|compliment|pleasure|best part|all the best|wishes|just ask|put (?:it|this|that|things) right|hold ourselves|(?:we|i) promise|what we aim for|(?:met|treated) with courtesy|i will (?:listen|look into|find out|see to it|take (?:it|this) on|(?:gladly |happily )?(?:refund|replace|redo))|you will (?:have|hear|get) (?:my|a|an) (?:full )?(?:answer|reply|call|response)|(?:it|this) can (?:all )?be (?:done|sorted|arranged|put right)|(?:is|are) going to the team|not the standard you should (?:get|expect|have)|expect an answer from me|will be arranged|matters? (?:most |so much |a great deal |a lot )?to us)\b/;

export function findDefensiveTone(n: NormalisedText): Finding[] {
  const found: Finding[] = [];
  for (const { sentence, start } of sentencesOf(n.text)) {
    if (WARM.test(sentence) || sentenceScore(sentence) <= THRESHOLD) continue;
    const span = originalSpan(n, start, start + sentence.length);
    if (span.end <= span.start) continue;
    found.push({
      rule: 'defensive-tone',
      severity: 'advice',
      span,
      message: 'This sentence reads like a reply that argues with, corrects or blames the reviewer.',
      suggestion:
        'Say it from the reviewer’s side: acknowledge what they felt and what you will do about it.',
    });
  }
  return found;
}
