import { type NormalisedText, normaliseText, originalSpan } from './normalise-text.ts';
import type { CheckContext, Finding } from './types.ts';

// Something of value: money back, money off, or a thing or visit given for nothing.
const REWARD =
  /\b(?:refund(?:ed|s)?|reimburse\w*|money back|discount(?:ed|s)?|\d+ ?(?:%|percent|per cent) off|off (?:your|the) next|vouchers?|gift ?cards?|gift certificates?|coupons?|promo(?:tion)? codes?|(?:a|your) (?:little )?(?:gift|present|treat)|complimentary \w+|free (?:of charge|\w+)|on the house|(?:is|are|will be) on us|our treat|credit)\b/g;
// Wording that gives or promises it, as opposed to recalling it ("the free parking you mentioned").
const OFFER =
  /\b(?:(?:we|i) (?:will|would|can|could|shall|are happy to|am happy to|would love to|want to|like to|have (?:added|applied|sent|refunded|credited))|(?:we|i) (?:offer|are offering|am offering|have included)|please (?:accept|enjoy|use|show|bring|ask for|mention)|enjoy (?:a|an|your|the)|use (?:the )?code|here is|as a (?:thank you|thank-you|token|small thanks)|next (?:visit|time|stay|meal|order|coffee|drink|round|appointment|service)|on the house|on us|our treat|(?:let|allow) (?:us|me) (?:to )?(?:offer|treat|give|send))\b/;

function sentenceOf(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at)) + 1;
  const ends = ['.', '!', '?'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
}

/**
 * A reward offered in public under a 4–5 star review (a discount, a gift, a free visit, a refund) reads as
 * payment for the good review, whatever was meant.
 */
export function findCompensationOffer(
  text: string,
  ctx: CheckContext,
  n: NormalisedText = normaliseText(text),
): Finding[] {
  if (ctx.rating == null || ctx.rating < 4 || text.length === 0) return [];
  REWARD.lastIndex = 0;
  for (const m of n.text.matchAll(REWARD)) {
    const start = m.index ?? 0;
    if (!OFFER.test(sentenceOf(n.text, start))) continue;
    return [
      {
        rule: 'compensation',
        severity: 'advice',
        span: originalSpan(n, start, start + m[0].length),
        message: 'Offering a reward in reply to a 4 or 5 star review can look like paying for good reviews.',
        suggestion:
          'Thank them for what they praised and invite them back; leave out discounts, gifts and refunds.',
      },
    ];
  }
  return [];
}
