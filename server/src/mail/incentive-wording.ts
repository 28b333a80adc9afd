// Google's review policy forbids any incentive for a review and the FTC rule bans incentives tied to what the
// review says, so a template that mentions reviews may not also dangle a reward. This is a wording check
// on the template the business writes (never on client data), tuned to catch the usual offers.

const reviewWords = /\b(reviews?|reviewing|rat(e|ing|ings)|stars?|feedback|testimonials?|recommend)\b/i;

const offerPatterns: readonly RegExp[] = [
  /\bgift[\s-]?(cards?|certificates?|vouchers?)\b/i,
  /\b(vouchers?|coupons?|discounts?|rebates?|cash\s?back|promo(tion)? codes?)\b/i,
  /\b\d{1,3}\s?%\s?off\b/i,
  /[$€£¥]\s?\d/,
  /\b\d+\s?(dollars|euros?|pounds)\b/i,
  /\b(rewards?|prizes?|giveaways?|raffles?|sweepstakes?|lottery|bonus|loyalty points)\b/i,
  /\b(chance|enter|entered|entry)\s+(to\s+)?win\b/i,
  /\b(in\s+(exchange|return)\s+for)\b/i,
  // "free" as an offer ("a free coffee"), not the idiom "feel free" or "free of charge" wording.
  /(?<!feel\s)(?<!-)\bfree\b(?!\s+(of|to|moment|minute|minutes|second|time)\b)(?!-)/i,
];

/** Returns the offending phrases; empty when the template offers nothing for a review. */
export function findIncentiveWording(template: string): string[] {
  if (!reviewWords.test(template)) return [];
  const found: string[] = [];
  for (const pattern of offerPatterns) {
    const match = pattern.exec(template);
    if (match) found.push(match[0].trim());
  }
  return found;
}
