/**
 * What a happy reviewer says was done for them ("they trued my wheel while I waited", "they squeezed me in", "they
 * even adjusted the helmets"), told back as what we were glad to do: "true your wheel while you waited". A deed is
 * what the review is about when nothing is praised with a describing word, and thanking for "your visit" misses it.
 */

// The jobs a workshop, a garage or a trade does, as told ("fixed") and as the reply says them ("fix").
const DONE: Record<string, string> = {
  fixed: 'fix',
  repaired: 'repair',
  trued: 'true',
  mended: 'mend',
  patched: 'patch',
  serviced: 'service',
  tuned: 'tune',
  adjusted: 'adjust',
  replaced: 'replace',
  tightened: 'tighten',
  straightened: 'straighten',
  swapped: 'swap',
  sorted: 'sort',
  installed: 'install',
  unblocked: 'unblock',
  unlocked: 'unlock',
  restored: 'restore',
  rescued: 'rescue',
};
const VERBS = Object.keys(DONE).join('|');
// "They fixed my puncture", "Sam even adjusted the helmets", "the mechanic quickly trued our wheels".
const DID = new RegExp(
  `(?<![\\p{L}'])(?:they|he|she|the (?:team|mechanic|mechanics|staff|guys|lads|technician|tech|engineer|fitter|plumber|locksmith))(?: (?:even|quickly|kindly|also|then|promptly|soon|just))? (${VERBS}) (my|our|the) ((?:[a-z-]+ ){0,2}[a-z-]+?)(?=(?: (?:while|in|on|at|before|within|for|and|so|straight)\\b)|\\s*[,.;:!?)]|$)`,
  'iu',
);
// A title that names the job: "Wheel trued while I waited", "Puncture fixed in ten minutes".
const DONE_TITLE = new RegExp(
  `^\\s*(?:my |our |the |a )?([a-z-]+(?: [a-z-]+)?) (${VERBS})(?= while (?:i|we) waited| in (?:\\w+ )?(?:minutes|an hour|half an hour)| same day| on the spot)`,
  'iu',
);
// "They squeezed me in at opening time", "fitted us in the same day".
const FITTED_IN =
  /(?<![\p{L}'])(?:they|he|she)(?: (?:even|kindly|also|still))? (?:squeezed|fitted|fit|slotted) (?:me|us) in\b/iu;
// "They talked me out of an expensive upgrade I did not need."
const TALKED_OUT =
  /(?<![\p{L}'])(?:they|he|she)(?: (?:even|kindly|also|honestly))? talked (?:me|us) out of (?:an?|the) (?:expensive |costly |pricey |unnecessary )?([a-z-]+)(?: (?:i|we) (?:did not|didn't|did n't) need)?/iu;
// "They even catered to my vegetarianism", "the kitchen accommodated our vegan diets": a diet looked after is what a
// diner who usually gets steamed vegetables is glad of. Only diets, never an allergy: that is a health matter.
const CATERED =
  /(?<![\p{L}'])(?:they|he|she|the (?:kitchen|chef|chefs|staff|team|server|waiter|waitress))(?: (?:even|kindly|also|happily|easily|gladly|were able to|was able to|went out of their way to))? (?:catered|cater|accommodated|accommodate) (?:to |for )?(?:my|our|his|her|their) (vegetarianism|veganism|vegetarian|vegan|pescatarian|gluten[- ]free|dairy[- ]free)(?![\p{L}-])/iu;
// The diet as the reply names it: "your vegetarian diet".
const DIETS: Record<string, string> = { vegetarianism: 'vegetarian', veganism: 'vegan' };
// "I did not expect them to accept a return and refund my money… because I lost the receipt".
const NO_RECEIPT =
  /\b(?:accept(?:ed)? (?:a|my|the) return|refund(?:ed)? (?:me|my money|the money|our money)|t(?:ake|ook) (?:it|them) back|exchang(?:e|ed))\b[^.!?]{0,80}\b(?:lost (?:the|my|our) receipt|without (?:a|the|my|any) receipt|no receipt)\b/i;
// "They came in under the original quoted cost", "the bill was below the estimate".
const UNDER_QUOTE =
  /\b(?:came|come|coming|was|were|ended up|finished|billed) (?:in )?(?:well |a bit |slightly |\$?\d+ )?(?:under|below|less than) (?:the |their |our |my )?(?:original |initial )?(?:quoted (?:cost|price|amount)|quote|estimate|estimated (?:cost|price))\b/i;
// "It was a wonderfully unexpected, no pressure, experience", "never had pressure put on me by a salesman".
const NO_PRESSURE =
  /\bno[- ]pressure\b|\bwithout (?:any )?pressure\b|\bnever (?:once )?(?:had|felt) (?:any )?pressure\b|\bnever (?:once )?pressured (?:me|us)\b/i;
// "Movers showed up right at 8 AM as expected", "the crew arrived on time".
const ON_TIME =
  /\b(?:showed up|arrived|turned up|got here|were here|was here)(?: (?:right|exactly|promptly|precisely))? (?:on time|at \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)? ?(?:on the dot|sharp|as (?:expected|promised|scheduled|agreed|planned)))/i;
// "…never fixed my brakes", "said they fixed it": the deed denied or doubted is no deed.
const DENIED =
  /(?:\bnot|n't|\bnever|\bfailed to|\bsupposedly|\bclaimed|\bsaid|\bcouldn't|\bcould not)\s+(?:\S+\s+){0,2}$/i;
// Things a job is done on that the reply must not name as ours to have done: people, and words that name nothing.
const NOT_A_THING =
  /^(?:me|us|him|her|them|it|day|time|problem|issue|mistake|way|order|bill|price|fee|old|new|broken|leaky|flat|bent|loose|worn|damaged|faulty|little|big|whole)$/i;
const WAITED = /\bwhile (?:i|we) waited\b/i;

/** The deed told back ("true your wheel while you waited"), or null when the review tells of none plainly. */
export function deedOf(text: string, title: string | null | undefined): string | null {
  const said = text.replace(/’/g, "'");
  const waited = WAITED.test(said) || WAITED.test(title ?? '') ? ' while you waited' : '';
  const titled = title ? DONE_TITLE.exec(title) : null;
  if (titled?.[1] && titled[2] && !NOT_A_THING.test(titled[1])) {
    const thing = titled[1].toLowerCase();
    return `${DONE[titled[2].toLowerCase()]} your ${thing}${waited}`;
  }
  const did = DID.exec(said);
  if (did?.[1] && did[2] && did[3] && !DENIED.test(said.slice(0, did.index))) {
    const thing = did[3].toLowerCase();
    const head = thing.split(' ').pop() ?? '';
    if (!NOT_A_THING.test(head) && !/\d/.test(thing)) {
      const whose = /^(?:my|our)$/i.test(did[2]) ? 'your' : 'the';
      return `${DONE[did[1].toLowerCase()]} ${whose} ${thing}${waited}`;
    }
  }
  const fitted = FITTED_IN.exec(said);
  if (fitted && !DENIED.test(said.slice(0, fitted.index))) return `fit you in${waited ? '' : ' so quickly'}`;
  const catered = CATERED.exec(said);
  if (catered?.[1] && !DENIED.test(said.slice(0, catered.index))) {
    const diet = catered[1].toLowerCase().replace(' ', '-');
    return `cater for your ${DIETS[diet] ?? diet} diet`;
  }
  const talked = TALKED_OUT.exec(said);
  if (talked?.[1] && !DENIED.test(said.slice(0, talked.index)))
    return `save you ${/^[aeiou]/i.test(talked[1]) ? 'an' : 'a'} ${talked[1].toLowerCase()} you did not need`;
  const noReceipt = NO_RECEIPT.exec(said);
  if (noReceipt && !DENIED.test(said.slice(0, noReceipt.index))) return 'take your return without a receipt';
  // What the reviewer was glad of beyond the job: the bill under the quote, no pushing, a crew there when it said.
  const under = UNDER_QUOTE.exec(said);
  if (under && !DENIED.test(said.slice(0, under.index))) return 'come in under the quote';
  if (NO_PRESSURE.test(said)) return 'let you take your time, with no pressure';
  const prompt = ON_TIME.exec(said);
  if (prompt && !DENIED.test(said.slice(0, prompt.index))) return 'be there right on time';
  return null;
}

/** Lines for a deed ({d}): glad to have done it, never a claim about anything the review did not say. */
export const deedLines = ['I am glad we could {d}.', 'It was a pleasure to {d}.', 'We were happy to {d}.'];
