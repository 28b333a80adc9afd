/**
 * Readings of a review that settle what the reply offers before the business's list of remedies is weighed: a set-up
 * struggle with goods that work, goods their maker no longer supports on the buyer's system, a part worn out by long
 * use, a maker who would not stand behind the goods, amends the reviewer says would have helped, and a stay paid for
 * in advance but left because the room was not fit to use.
 */

// "very hard to set up", "the installation was a nightmare".
const SET_UP_STRUGGLE =
  /\b(?:(?:hard|difficult|tricky|confusing|a pain|a nightmare|a headache|painful|complicated|a chore) to (?:set ?up|install|configure|get (?:it |them )?(?:set up|installed|configured))|(?:set-?up|installation|configuration|installing it|setting it up) (?:was|is|proved) (?:\w+ )?(?:hard|difficult|tricky|confusing|a pain|a nightmare|a headache|painful|complicated|a chore))\b/i;

/** Whether the buyer struggled to set the goods up, as against goods that failed. */
export const isSetUpStruggle = (text: string): boolean => SET_UP_STRUGGLE.test(text);

// Drivers or support the maker no longer gives, or goods that will not work with the buyer's system: "no driver for
// 10.3", "netgear is not supporting this one any longer", "won't work with Windows XP".
const UNSUPPORTED =
  /\b(?:no (?:\w+ )?drivers? (?:for|that)|drivers? (?:\w+ ){0,3}(?:is|are|was|were) (?:not|no longer) (?:available|supported|updated)|(?:not|no longer|stopped) supporting|no longer supported|unsupported|(?:not|in)compatible with|(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not) work with (?:(?:my|our|the|a|an) )?(?:\w+ ){0,2}?(?:\d[\d.]*|mac|macs|os ?x|windows|xp|vista|linux|computer|laptop|pc|system))\b/i;

/** Whether the goods are unsupported by their maker, or will not work with the buyer's system: another of the same would not either. */
export const isUnsupported = (text: string): boolean => UNSUPPORTED.test(text);

// A part that wears with use and gave out: "the lamp blew", "the bulb burned out", "the battery no longer holds".
const WORN_PART =
  /\b(?:lamp|bulb|battery|belt|fan|motor|stylus|needle)s? (?:\w+ )?(?:blew|blown|burn(?:ed|t) out|went out|gave out|wore out|worn out|no longer holds?)\b/i;

/** Whether a part that wears with use gave out: checked over and put right, not refunded or sent again. */
export const isWornPart = (text: string): boolean => WORN_PART.test(text);

// Goods that served a while and then developed a fault: "mine worked pretty well for about the first 50 labels".
const SERVED_THEN =
  /\b(?:worked|was working|performed|ran)\b(?: (?:pretty |really |very |just )?(?:well|fine|great|ok|okay|perfectly))? for (?:about |around |roughly |maybe |only )?(?:the first (?!(?:\w+ )?(?:minutes?|seconds?|hours?|days?)\b)(?:\w+ )?\w+|(?:a few|a couple of|several|a|an|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?))\b/i;

/** Whether the goods worked for a while before the fault came: worth checking over and repairing. */
export const servedAWhile = (text: string): boolean => SERVED_THEN.test(text);

// Nobody would stand behind the goods: "they did not stand behind their product", "unable to replace it or get my
// money back". A maker that only refused a warranty swap leaves the claim to chase with them.
const MAKER_WOULD_NOT =
  /\b(?:(?:did not|didn't|do not|don't|would not|wouldn't|will not|won't|refused to|fail(?:ed)? to) stand (?:behind|by)|(?:unable|refused|not willing) to (?:replace|exchange) (?:it|them) or (?:to )?(?:refund|(?:get|give) (?:me |us )?(?:my |our |the )?(?:money|refund)))\b/i;

/** Whether the reviewer says nobody stood behind the goods: a concrete offer answers that, a call to talk does not. */
export const nobodyStoodBehind = (text: string): boolean => MAKER_WOULD_NOT.test(text);

// Amends the reviewer names as what would have helped: "a discount on my next stay may have helped".
const AMENDS =
  '(?:free (?:night|stay|meal|room|upgrade|drink|dessert)|discount|refund|partial refund|voucher|credit|compensation|money off)';
const WOULD_HAVE_HELPED = new RegExp(
  `\\b${AMENDS}\\b[^.!?]{0,60}?\\b(?:may|might|would|could) have (?:helped|been (?:nice|appreciated|fair|the least)|gone a long way|made (?:up|it better|a difference))`,
  'i',
);
const ASKED_FOR = new RegExp(
  `\\b(?:asked|asking|requested|request) (?:them |him |her |(?:the |a )?(?:[\\w-]+ ){1,2})?for (?:a |an |some )?${AMENDS}\\b`,
  'i',
);

/**
 * Whether the reviewer asked for amends (a discount, a free night, a refund) or says they would have helped: the
 * reply answers that ask. Amends wished for were not given, whatever a bare "free night" seemed to say.
 */
export const askedForAmends = (text: string, given: boolean): { asked: boolean; wished: boolean } => {
  const wished = WOULD_HAVE_HELPED.test(text);
  return { asked: wished || (ASKED_FOR.test(text) && !given), wished };
};

// Guests who saw the room and went elsewhere: "we looked at the room and left", "rented another hotel".
const LEFT_THE_STAY =
  /\b(?:looked at the room and (?:left|walked out)|(?:left|walked out) (?:and|to) (?:\w+ ){0,2}(?:another|a different) (?:hotel|motel|inn|place)|(?:rented|booked|found|checked into|went to|moved to) (?:a room (?:at|in) )?(?:another|a different) (?:hotel|motel|inn|place)|checked out (?:early|immediately|right away|the same (?:day|night)))\b/i;
// ...and were still held to paying for it.
const HELD_TO_PAY =
  /\b(?:locked into|prepaid|pre-paid|pre-?book(?:ed|ing)|non-?refundable|(?:still|were|was) (?:charged|billed)|had already (?:paid|signed in|checked in)|charged (?:us|me) (?:anyway|in full|for the (?:whole|full|night|stay|room)))\b/i;

/** Whether guests left a room not fit to use and were still held to a booking paid for: the booking is refunded. */
export const leftButHeldToBooking = (text: string): boolean =>
  LEFT_THE_STAY.test(text) && HELD_TO_PAY.test(text);
