import type { Situation } from '@rebound/shared';
import type { Remedy } from './business-profile.ts';

/** Default turnaround when the business gave none, so every promise still gets a due date. */
export const DEFAULT_REMEDY_HOURS = 72;
/** How soon the named contact calls back when the reply offers a call and the profile sets no time. */
export const DEFAULT_CALL_HOURS = 24;

export type NextStep =
  | { kind: 'call'; hours: number; reason: 'fix' | 'hear' }
  | { kind: 'remedy'; remedy: Remedy; hours: number };

type RemedyKind = Remedy['kind'];
const ALL_OFFERS: readonly RemedyKind[] = ['redo', 'refund', 'discount', 'replacement', 'other'];

// What already happened rules out offering it again: a second replacement after one failed reads as not listening.
function blockedKinds(situation: Situation, reviewText: string): Set<RemedyKind> {
  const blocked = new Set<RemedyKind>();
  const did = new Set(situation.priorActions);
  if (did.has('refunded') || did.has('cancelled') || did.has('compensated') || did.has('returned')) {
    for (const k of ALL_OFFERS) blocked.add(k);
  }
  if (did.has('replaced') || did.has('replacement_failed')) blocked.add('replacement');
  if (did.has('repaired') || did.has('repair_failed')) blocked.add('redo');
  if (did.has('sent_back')) blocked.add('redo');
  // Someone sending the item back for good wants their money, not another one of the same.
  if (RETURNING_FOR_GOOD.test(reviewText)) blocked.add('replacement');
  // Another of the same will not fit their equipment any better.
  if (INCOMPATIBLE.test(reviewText)) blocked.add('replacement');
  // A replacement they were already offered and turned down is not an answer now.
  if (REPLACEMENT_DECLINED.test(reviewText)) blocked.add('replacement');
  // An item owned for years, or one the maker already replaced, is a warranty matter: a refund from us would not fit.
  if (OWNED_FOR_YEARS.test(reviewText) || (did.has('replaced') && MAKER_REPLACED.test(reviewText))) {
    blocked.add('refund');
    blocked.add('replacement');
  }
  // Someone who says they will never come back is not won over by an offer for their next visit.
  if (NEVER_AGAIN.test(reviewText)) {
    blocked.add('discount');
    blocked.add('other');
  }
  return blocked;
}

const RETURNING_FOR_GOOD =
  /\b(?:(?:am|i'm|i am|will be|going to be|we're|we are) (?:sending|taking|returning) (?:it|them|this|these|the \w+) back|(?:am|i'm|i am|will be|we're|we are) returning (?:it|them|this|these|the \w+)|(?:returning|return) (?:it|them|this) for (?:a|my) (?:refund|money back)|(?:going|gonna|plan) to return (?:it|them|this)|(?:it|this|they) (?:is|are|goes|go) back (?:to the store|tomorrow|today|in the box))\b/i;
const INCOMPATIBLE =
  /\b(?:(?:not|isn't|wasn't|is not|was not|aren't|are not|in)compatible|compatibility|(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not) (?:\w+ )?work with (?:my|our|the|a|an|any)\b)/i;
const REPLACEMENT_DECLINED =
  /\boffered (?:me |us )?(?:to (?:replace|exchange)|a (?:replacement|new one|swap)|an exchange)\b/i;
const PROCESS_CLAUSE =
  /\b(?:wait|waited|waiting|treated|dealt with|rushed|calls and messages|informed|communication|booking|took longer|how long|told|called|asked|ignored|turned away|charged|overcharged|quoted|refused|denied)\b/i;
const OWNED_FOR_YEARS =
  /\b(?:(?:bought|purchased|had|owned|used) (?:it|them|this|these|mine|the \w+|\w+ \w+) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) years|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) years (?:ago|old)|for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) years)\b/i;
const MAKER_REPLACED = /\b(?:manufacturer|maker|warranty|rma|[A-Z][a-z]+ (?:replaced|sent))\b/;
// The reviewer asks for their money back in so many words.
const WANTS_MONEY_BACK =
  /\b(?:(?:get|getting|want|wanted|need|give me|expect) (?:my|our|the) money back|how (?:do|can) (?:i|we) get (?:a |my |our )?(?:refund|money back)|(?:want|need|expect|deserve|asked for|asking for|demand) (?:a |my )?(?:full )?refund|wish (?:i|we) could (?:\w+ ){0,6}(?:get|have) (?:a |my |our )?(?:refund|money back))\b/i;

const GOT_MONEY_BACK =
  /\b(?:refunded (?:me|us|my|our|in full)|(?:was|were|got) refunded|(?:got|received) (?:my|our|a|the|full) (?:money back|refund))\b/i;

// A disagreement about money or a promise, anywhere in the review: settled in a conversation, not with an offer.
const DISPUTE_WORDS =
  /\b(?:quoted?|quotes|estimate[ds]?|overcharg\w*|invoice[ds]?|warrant(?:y|ies)|return label|charged (?:me|us) (?:for|twice|again|extra)|double[- ]charged|hidden fees?|bait and switch|upsell\w*)\b/i;

const NEVER_AGAIN =
  /\b(?:never (?:go(?:ing)? back|return(?:ing)?|be back|come back|coming back|again|set foot)|won'?t (?:be back|return|go back|be returning|come back)|will not (?:be back|return|go back|come back)|not (?:be )?(?:going|coming) back|last time|avoid)\b/i;

// Complaints about how things were handled (a price dispute, a wait for a warranty, calls never returned) are put
// right by a person, not by a voucher.
const PROCESS_THEMES = new Set(['price', 'communication', 'booking', 'staff', 'wait']);
const PROCESS_WORDS =
  /\b(?:quot\w*|invoice\w*|bill(?:ed|ing)?|overcharg\w*|charg\w*|fee|fees|price\w*|warrant\w*|label|rude\w*|dismissive|ignored|never (?:called|answered|replied|heard)|no one (?:called|answered)|nobody (?:called|answered)|hung up|policy|manager|booking|reservation|appointment)\b/i;

// Which offers make sense in each trade: a replacement fits a product, a re-do fits a job, a discount fits a meal.
const KINDS_BY_GROUP: Record<Situation['sectorGroup'], readonly RemedyKind[]> = {
  retail: ['replacement', 'refund', 'other'],
  food_hospitality: ['discount', 'redo', 'refund', 'other'],
  trades_repairs: ['redo', 'refund', 'other'],
  health: [],
  professional: ['redo', 'refund', 'other'],
  software: ['refund', 'other'],
};

export function callHoursOf(remedies: readonly Remedy[]): number {
  return remedies.find((r) => r.kind === 'callback')?.withinHours ?? DEFAULT_CALL_HOURS;
}

/**
 * What the reply offers, chosen from what happened rather than from the theme: never something already given or
 * already failed, a personal call for disputes and process failures, and otherwise the first remedy in the
 * business's own list that suits this trade and this complaint. A call is the fallback every business can make.
 */
export function chooseNextStep(
  remedies: readonly Remedy[],
  situation: Situation,
  themes: readonly string[],
  opts: { regulated: boolean; reviewText: string; knowsProblem: boolean; named?: string | null },
): NextStep {
  const call = (reason: 'fix' | 'hear'): NextStep => ({ kind: 'call', hours: callHoursOf(remedies), reason });
  const did = new Set(situation.priorActions);
  const wantsMoney = WANTS_MONEY_BACK.test(opts.reviewText) && !GOT_MONEY_BACK.test(opts.reviewText);
  if (opts.regulated || situation.sectorGroup === 'health') return call('hear');
  if (did.has('refunded') || did.has('cancelled') || did.has('compensated')) return call('fix');
  const blocked = blockedKinds(situation, opts.reviewText);
  // Asked for their money back: the refund comes first, whatever the theme or the kind of complaint.
  const refund = remedies.find((r) => r.kind === 'refund');
  if (refund && !blocked.has('refund') && (situation.asks.includes('refund') || wantsMoney))
    return { kind: 'remedy', remedy: refund, hours: refund.withinHours ?? DEFAULT_REMEDY_HOURS };
  // A second unit that failed as the first did: their money back is the answer, not a third of the same.
  if (refund && !blocked.has('refund') && did.has('replacement_failed') && situation.sectorGroup === 'retail')
    return { kind: 'remedy', remedy: refund, hours: refund.withinHours ?? DEFAULT_REMEDY_HOURS };
  // Without a clear reading of what went wrong, any specific offer is a guess; a call to hear more never is.
  if (!opts.knowsProblem) return call('hear');
  const problemText = [situation.problem, ...situation.otherProblems, opts.named ?? ''].join(' ');
  // A wait, a slight or a failure to call back is put right by a person; money or goods would not answer it.
  if (opts.named && PROCESS_CLAUSE.test(opts.named)) return call('fix');
  const isProcess =
    did.has('contacted_support') ||
    situation.asks.includes('callback') ||
    situation.asks.includes('explanation') ||
    PROCESS_WORDS.test(problemText) ||
    DISPUTE_WORDS.test(opts.reviewText) ||
    (themes.length > 0 && themes.every((t) => PROCESS_THEMES.has(t)));
  if (isProcess) return call('fix');
  const fitting = KINDS_BY_GROUP[situation.sectorGroup];
  const usable = remedies.filter(
    (r) =>
      fitting.includes(r.kind) &&
      !blocked.has(r.kind) &&
      (!r.themes || r.themes.length === 0 || r.themes.some((t) => themes.includes(t))),
  );
  const asked = situation.asks.includes('refund')
    ? usable.find((r) => r.kind === 'refund')
    : situation.asks.includes('replacement')
      ? usable.find((r) => r.kind === 'replacement')
      : undefined;
  const chosen = asked ?? usable[0];
  if (!chosen) return call(blocked.size > 0 ? 'fix' : 'hear');
  return { kind: 'remedy', remedy: chosen, hours: chosen.withinHours ?? DEFAULT_REMEDY_HOURS };
}

/** The remedy as a noun phrase for a sentence, including its percentage when it has one. */
export function describeRemedy(remedy: Remedy): string {
  const hasPercentInLabel = /\d+\s*%/.test(remedy.label);
  if (
    remedy.percent !== undefined &&
    !hasPercentInLabel &&
    (remedy.kind === 'refund' || remedy.kind === 'discount')
  ) {
    if (remedy.percent >= 100 && remedy.kind === 'refund') return 'a full refund';
    // "a discount on your next visit" → "a 20% discount on your next visit".
    const article = /^(?:an?)\s+(.*)$/i.exec(remedy.label);
    if (article?.[1]) return `a ${remedy.percent}% ${article[1]}`;
    return `${remedy.label} (${remedy.percent}%)`;
  }
  return remedy.label;
}

/** "within a day", "within three days": the time we give ourselves, never a deadline for the customer. */
export function withinWords(hours: number): string {
  if (hours <= 4) return 'within a few hours';
  if (hours <= 24) return 'within a day';
  const days = Math.round(hours / 24);
  const names = ['', 'a day', 'two days', 'three days', 'four days', 'five days', 'six days', 'a week'];
  return `within ${names[days] ?? `${days} days`}`;
}
