import type { CheckContext, Finding } from './types.ts';

// Thanks, an apology, or concern shown for what happened (a holding reply names the incident with concern, not sorrow).
const ACKNOWLEDGEMENT =
  /(?<!\p{L})(?:thank|thanks|sorry|apologi[sz]e|apology|apologies|regret|appreciate|understand|hear(?:ing)? (?:that|this|about)|grateful|glad|concerned (?:to|by|about)|(?:concerned|troubled|worried) me|(?:take|takes|taking) (?:[\p{L}'’ -]{1,60} )?(?:very |really |most )?seriously|(?:do not|don['’]t) take (?:[\p{L}'’ -]{1,60} )?lightly)/iu;
const APOLOGY =
  /(?<!\p{L})(?:sorry|apologi[sz]e|apology|apologies|regret|fell short|missed the mark|let you down)/iu;
const NEXT_STEP =
  /(?<!\p{L})(?:call|phone|ring (?:me|us|\()|give (?:me|us) a ring|email|e-mail|contact|reach|get in touch|write to|message|within|we will|we['’]ll|i will|i['’]ll|let us|let me|come back|visit us|next time|refund|replace|redo|follow up|speak with|talk with|talk to|speak to)/iu;
const NEGATIVE_REVIEW_CUE =
  /(?<!\p{L})(?:bad|terrible|awful|worst|poor|rude|broke|broken|disappoint\p{L}*|never|refund|waste|horrible|not|didn['’]t|doesn['’]t|wasn['’]t|problem|issue|complain\p{L}*)(?!\p{L})/iu;

/** Flags replies that skip the acknowledgement, or answer a complaint without a next step. */
export function findMissingParts(text: string, ctx: CheckContext): Finding[] {
  if (text.trim().length === 0) return [];
  const found: Finding[] = [];
  if (!ACKNOWLEDGEMENT.test(text)) {
    found.push({
      rule: 'missing-acknowledgement',
      severity: 'advice',
      span: { start: 0, end: 0 },
      message: 'The reply neither thanks the reviewer nor acknowledges how they feel.',
      suggestion: 'Open by thanking them and naming the problem they described.',
    });
  }
  // A 4–5 star review is thanked, its quibble answered in a line: no remedy or next step is owed under it.
  const happy = ctx.rating != null && ctx.rating >= 4;
  const answersComplaint = !happy && (APOLOGY.test(text) || NEGATIVE_REVIEW_CUE.test(ctx.reviewText ?? ''));
  if (answersComplaint && !NEXT_STEP.test(text)) {
    found.push({
      rule: 'missing-next-step',
      severity: 'advice',
      span: { start: text.length, end: text.length },
      message: 'The reply does not say what happens next.',
      suggestion: 'Offer a concrete step with a time, and a named person to contact privately.',
    });
  }
  return found;
}
