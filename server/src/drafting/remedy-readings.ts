/**
 * Readings of a review that settle what the reply offers before the business's list of remedies is weighed: a set-up
 * struggle with goods that work, goods their maker no longer supports on the buyer's system, a part worn out by long
 * use, a maker who would not stand behind the goods, amends the reviewer says would have helped, and a stay paid for
 * in advance but left because the room was not fit to use.
 */
import { returnRefused } from '../triage/situation/prior-actions.ts';
import { splitSentences } from '../triage/situation/sentences.ts';

// "very hard to set up", "the installation was a nightmare".
const SET_UP_STRUGGLE =
  /\b(?:(?:hard|difficult|tricky|confusing|a pain|a nightmare|a headache|painful|complicated|a chore) to (?:set ?up|install|configure|get (?:it |them )?(?:set up|installed|configured))|(?:set-?up|installation|configuration|installing it|setting it up) (?:was|is|proved) (?:\w+ )?(?:hard|difficult|tricky|confusing|a pain|a nightmare|a headache|painful|complicated|a chore))\b/i;

// Hours spent getting goods to work with the buyer's things: "it took me 4 hours to get this device to sync".
const TOOK_HOURS =
  /\btook (?:me|us) (?:\w+ )?(?:\d+|two|three|four|five|six|several|many|hours|days|an|a whole|all) (?:\w+ )?(?:hours?|days?|evenings?|afternoon|weekend) to get (?:it|them|this|the|this \w+|the \w+) (?:\w+ )?to (?:sync|work|connect|install|pair|recogni[sz]e|talk to|show up)\b/i;

/** Whether the buyer struggled to set the goods up, as against goods that failed. */
export const isSetUpStruggle = (text: string): boolean => SET_UP_STRUGGLE.test(text) || TOOK_HOURS.test(text);

// Drivers or support the maker no longer gives, or goods that will not work with the buyer's system: "no driver for
// 10.3", "netgear is not supporting this one any longer", "won't work with Windows XP".
const UNSUPPORTED =
  /\b(?:no (?:\w+ )?drivers? (?:for|that)|drivers? (?:\w+ ){0,3}(?:is|are|was|were) (?:not|no longer) (?:available|supported|updated)|(?:not|no longer|stopped) supporting|no longer supported|unsupported|(?:not|in)compatible with|(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not) work with (?:(?:my|our|the|a|an) )?(?:\w+ ){0,2}?(?:\d[\d.]*|mac|macs|os ?x|windows|xp|vista|linux|computer|laptop|pc|system))\b/i;

// Goods too weak for the buyer's equipment: "won't power this laptop", "not powerful enough to run my printer",
// "too weak for my speakers". Every unit of the model falls short the same way. "Won't power on" is a dead unit.
const TOO_WEAK_FOR =
  /\b(?:(?:won't|will not|can't|cannot|doesn't|does not|didn't|did not|couldn't|could not|wouldn't|would not) (?:even |fully |properly )?(?:power|run|drive|charge) (?:this|my|our|the|a) (?:[\w-]+ ){0,2}?(?:laptop|notebook|computer|pc|macbook|printer|tv|monitor|speakers?|amp|amplifier|subwoofer|drill|tablet|ipad)|not (?:\w+ )?(?:powerful|strong) enough (?:to (?:power|run|drive|charge)|for)|(?:too weak|underpowered) (?:to (?:power|run|drive|charge)|for)|not enough (?:power|watts|wattage|amps) (?:to|for))\b/i;

/**
 * Whether the goods are unsupported by their maker, will not work with the buyer's system, or are too weak to run it:
 * another of the same would not either.
 */
export const isUnsupported = (text: string): boolean =>
  UNSUPPORTED.test(text) || TOO_WEAK_FOR.test(text.replace(/’/g, "'"));

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

// Guests who saw the room and went elsewhere: "we looked at the room and left", "rented another hotel", "I
// immediately went to check out", "I was only in possession of the room for 5 minutes".
const LEFT_THE_STAY =
  /\b(?:(?:immediately|straight away|right away|at once) (?:went (?:down )?to |tried to |asked to )?check(?:ed)? out|(?:in|had) (?:possession of )?the room (?:for )?(?:only |just )?(?:\d+|five|ten|fifteen|twenty|a few) minutes|looked at the room and (?:left|walked out)|(?:left|walked out) (?:and|to) (?:\w+ ){0,2}(?:another|a different) (?:hotel|motel|inn|place)|(?:rented|booked|found|checked into|went to|moved to) (?:a room (?:at|in) )?(?:another|a different) (?:hotel|motel|inn|place)|checked out (?:early|immediately|right away|the same (?:day|night)))\b/i;
// ...and were still held to paying for it, the hotel refusing the money back among them ("the hotel would not give
// me my money back").
const HELD_TO_PAY =
  /\b(?:(?:would(?:n't| not)|refused to|did(?:n't| not)|wo(?:n't|uld not)|will not) (?:give (?:me|us) (?:back )?(?:my|our|the|a|any) (?:money|refund)|refund (?:me|us|my|our|the|any))|locked into|prepaid|pre-paid|pre-?book(?:ed|ing)|non-?refundable|(?:still|were|was) (?:charged|billed)|had already (?:paid|signed in|checked in)|charged (?:us|me) (?:anyway|in full|for the (?:whole|full|night|stay|room)))\b/i;

/** Whether guests left a room not fit to use and were still held to a booking paid for: the booking is refunded. */
export const leftButHeldToBooking = (text: string): boolean =>
  LEFT_THE_STAY.test(text) && HELD_TO_PAY.test(text);

// What a guest says of a stay: the room and what is in it, the nights, checking in or out, the bed, the maid, the
// corridors. A dining room, a waiting room or "no room for dessert" is no stay; nor is "one night" of a dinner out.
const STAY =
  /\b(?:stay(?:ed|ing)?(?! away\b)|(?:check(?:ed|ing)?|check) (?:in|out)\b(?! (?:the|this|that|their|a|an|our|your) )|check-?(?:in|out)|(?<!\b(?:dining|ball|breakfast|waiting|conference|meeting|banquet|living|game|fitness|exercise|weight|laundry|locker|show|tasting|private|party|function|event|board|elbow|leg|head|standing|wiggle|rest|tea|coat|back|steam|sauna|dressing|changing|bath|ladies|ladies'|men's|women's|men|women|no|any|enough|more|some|little|make|made|leave|left) )rooms?\b|suites?|beds?|bedding|mattress(?:es)?|pillows?|sheets|housekeeping|maid(?: service)?|minibar|shower|towels|curtains|carpets?|hallways?|corridors?|elevators?|ice machine|key ?cards?|wake-?up call|tv|television|a\/c|air ?con\w*|heater|heating|overnight|(?:\d+|two|three|four|five|six|seven|several|few|couple of|both|all|those|consecutive) nights|per night|a night'?s (?:stay|sleep|rest)|nights? (?:stay|stayed|there|here)|spent (?:the|a|one|two|\d+) nights?)\b/i;
// An offer tied to a stay: a refund for the nights affected, a room upgrade.
const FOR_A_STAY = /\b(?:nights?|stays?|rooms?)\b/i;

/** Whether the review speaks of a stay (a room, nights, checking in or out, a bed), not only of a meal or parking. */
export const spokeOfStay = (text: string): boolean => STAY.test(text);

/** Whether an offer is for a stay ("a partial refund for the nights affected"): it fits only a guest who stayed. */
export const isStayOffer = (label: string): boolean => FOR_A_STAY.test(label);

// An order brought to the door: a delivery, a delivery app, food "they forgot to deliver".
const DELIVERED =
  /\b(?:deliver(?:y|ies)|(?:forgot|failed|neglected) to deliver|(?:never|wasn't|was not|weren't|were not) (?:even )?delivered|delivered (?:to (?:my|our|the) (?:house|home|door|doorstep|office|apartment|flat|dorm|work))|door ?dash|uber ?eats|grub ?hub|postmates|deliveroo|just eat|seamless)\b/i;
// A guest who came in and sat down: a server, a table, a booth, being seated.
const DINED_IN =
  /\b(?:(?:our|the|my) (?:server|waiter|waitress|table|booth|hostess|bartender)|(?:we|i) (?:sat|were seated|was seated|dined|ate (?:there|in))|dine-?in|dining room)\b/i;
// An offer tied to coming in: a table, a meal on a next visit.
const FOR_A_VISIT = /\b(?:table|visit|come in|dine|dinner with us)\b/i;

/** Whether the food was brought to the reviewer's door, not eaten in: an offer for a next visit misses it. */
export const deliveredOrder = (text: string): boolean => DELIVERED.test(text) && !DINED_IN.test(text);

// Goods bought over a counter to take away, the whole of the visit: "bought a bundt cake", "picked up a dozen donuts",
// "a store that specializes in cheese curds", a drive-through. A table or a meal next time answers none of them.
const COUNTER_PURCHASE =
  /\b(?:(?:buy|bought|buying|purchas(?:e|ed|ing)|pick(?:ed|ing)? up|grab(?:bed)?) (?:a|an|some|the|my|our|two|three|four|six|\d+|a dozen|a box of|a couple of)(?: \w+)? (?:cakes?|cupcakes?|pies?|cookies?|bread|loaf|loaves|donuts?|doughnuts?|bagels?|pastr(?:y|ies)|croissants?|muffins?|curds|cheese|ice creams?|cones?)|drive[- ]?(?:thru|through)|(?:store|shop) that (?:specializes|specialises|sells))\b/i;

/** Whether the visit was a counter purchase taken away, not a meal sat down to: an offer for a next visit misses it. */
export const counterPurchase = (text: string): boolean => COUNTER_PURCHASE.test(text) && !DINED_IN.test(text);

/** Whether an offer is for a next visit ("a table on us next time you visit"): it fits only a guest who came in. */
export const isVisitOffer = (label: string): boolean => FOR_A_VISIT.test(label);

// Chains and marketplaces a buyer names as where the goods came from: "bought it at Big Lots", "ordered this router
// from Amazon", "took it to Best Buy, where I bought it", "paid $24 on eBay", "I bought them from the hated "Best Buy"",
// "returned it to the Apple Store where purchased".
const OTHER_STORE =
  "(?:best ?buy|big lot'?s?|wall?-?mart|target|costco|sam'?s club|bj'?s|amazon(?:\\.com)?|ebay|newegg|tiger ?direct|buy\\.com|circuit ?city|comp ?usa|fry'?s|micro ?center|staples|office ?depot|office ?max|radio ?shack|k-?mart|sears|walgreens|cvs|rite aid|home depot|lowe'?s|kohl'?s|macy'?s|meijer|fred meyer|dollar general|dollar tree|tj ?maxx|marshalls|ikea|(?:the )?apple store|gamestop|game stop)";
// The goods reviewed, as the buyer points at them: "it", "this router", "these discs", "mine"; not "another one" or
// "a new one", which is a second unit bought after ours.
const THESE_GOODS =
  '(?:it|this|these|them|mine|one|this (?:[\\w\'"-]+ ){0,3}?[\\w\'"-]+|these (?:[\\w-]+ ){0,2}?[\\w-]+|my (?:[\\w-]+ ){0,2}?[\\w-]+)';
// Words between the goods and the store that leave the purchase for another errand: "bought it from you after seeing
// it at Best Buy".
const NO_TURN =
  '(?:(?!\\b(?:after|before|because|when|while|than|instead|here|you|but|then)\\b)[^.!?]){0,40}?';
// A word of how readily the store took the goods back: "Amazon thankfully took it back".
const READILY =
  '(?:(?:thankfully|kindly|happily|gladly|promptly|quickly|immediately|finally|luckily|eventually|then|did) )?';
const BOUGHT_AT_OTHER = new RegExp(
  `\\b(?<!\\b(?:would|could|should|might|may|will|can|to|not|never) (?:have )?)(?<!\\b(?:the|an?|my|our|his|her) [\\w-]+ (?:(?:that|which) )?(?:i|we|he|she) )(?:bought|purchased|got|ordered|picked up)(?: ${THESE_GOODS}(?: ${NO_TURN})?)? (?<!\\bnot )(?:at|from|in|on|off|through|via) (?:a |an |the |my local )?${OTHER_STORE}\\b|\\b(?:paid|spent) \\$?[\\d.,]+(?: dollars| bucks)?(?: (?:for|on) ${THESE_GOODS})? (?:at|on|from|through|via) (?:a |an |the )?${OTHER_STORE}\\b|\\b${OTHER_STORE},? (?:where|which is where|from whom) (?:i|we) (?:had )?(?:bought|purchased|got|ordered) (?:it|them|this|these|mine)\\b|\\b(?:return(?:ed|ing)?|send(?:ing)?|sent|tak(?:e|ing)|took|bring(?:ing)?|brought) (?:${THESE_GOODS} )?(?:back )?to (?:a |an |the |my local )?${OTHER_STORE}\\b|\\b${OTHER_STORE} ${READILY}(?:took (?:${THESE_GOODS} back|back ${THESE_GOODS})|accepted (?:the|my|our) return|refunded (?:me|us|my|our|the)|let (?:me|us) return)\\b|\\b(?:money|refund|credit) (?:back )?from ${OTHER_STORE}\\b|\\b(?:i|we) (?:bought|purchased|got|ordered) (?:it|them|this|these|mine) (?:at|from) (?:a |the |my local )?(?:[\\w-]+ )?["“]?${OTHER_STORE}\\b`,
  'i',
);

// Another seller left unnamed, or a purchase made abroad: "bought mine elsewhere", "ordered it overseas".
const BOUGHT_SOMEWHERE_ELSE =
  /\b(?:bought|purchased|got|ordered) (?:(?:it|this|them|these|mine) |my (?:[\w-]+ ){1,5}?)(?:elsewhere|somewhere else|from another (?:store|seller|shop|site|retailer))\b|\b(?:bought|purchased|ordered) (?:[\w$-]+ ){0,3}(?:overseas|abroad|in another country)\b/i;

/**
 * Whether the buyer says the goods came from another shop or a marketplace, are going back to one ("I will be
 * returning this to Amazon"), or already went back to one ("Amazon took this unit back", "got my money back from
 * Best Buy"): no unit or payment of theirs is ours.
 */
export function boughtAtOtherStore(text: string): boolean {
  // One reply asks this of the same review from its remedy, its ownership line and its contact line: read it once.
  if (text !== otherStoreRead.text) {
    otherStoreRead.text = text;
    otherStoreRead.found =
      BOUGHT_AT_OTHER.test(text) ||
      NAMED_SELLER.test(text) ||
      DEAL_ELSEWHERE.test(text) ||
      BOUGHT_SOMEWHERE_ELSE.test(text);
  }
  return otherStoreRead.found;
}
const otherStoreRead: { text: string | undefined; found: boolean } = { text: undefined, found: false };

// Goods taken back to where they were bought, and the return done: "Staples have a good return policy and I just
// returned it without hassle", "good thing i could return it". Not a return turned away ("only to find there was a
// 15 day return policy and I missed it"), nor one swapped for another unit that failed in turn.
const RETURNED_THERE =
  /\b(?:returned (?:it|them|this|mine|the \w+)?\s?(?:to|without|with no|for|and got|no problem|easily)|returned (?:it|them)\b|took (?:it|them) back|(?:could|was able to|were able to|managed to) return (?:it|them))\b/i;
const RETURN_WENT_WRONG =
  /\b(?:only to|but|however|missed|too late|refus\w*|would(?:n't| not)|could(?:n't| not)|tried|exchang\w*|replac\w*|store credit|restocking)\b/i;

/** Whether the goods were taken back where they were bought and the return went through. */
export function returnedWhereBought(text: string): boolean {
  if (returnRefused(text)) return false;
  const told = splitSentences(text).filter(({ text: sentence }) => RETURNED_THERE.test(sentence));
  return told.length > 0 && !told.some(({ text: sentence }) => RETURN_WENT_WRONG.test(sentence));
}

// Capitalised words after "bought it at/from" that name a time or a person, not a seller: "bought it at Christmas".
const NOT_A_SELLER =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Xmas|X-mas|Easter|Thanksgiving|Black Friday|Cyber Monday|Halloween|Mom|Mum|Dad|Santa|Grandma|Grandpa|I|My|Our|Your|You|Here|Home|First|Last)';
// A seller the buyer names in their own words, whatever its name: "I got this from JnR", "I recently purchased this
// item from Sharper Image", "we bought this unit from Sam's Club", "I bought mine at cpenusa.com", "bought this card
// from an other website". The buyer must be telling of their own purchase of these goods, so "you can buy it from
// Dell for less" (a price told) is not this.
const NAMED_SELLER = new RegExp(
  `\\b(?:[Ii]|[Ww]e) (?:just |recently |originally |actually |first )?(?:bought|purchased|got|ordered|picked up) (?:it|this|these|them|mine|one|this (?:[\\w-]+ ){0,2}?[\\w-]+|these (?:[\\w-]+ )?[\\w-]+|my (?:[\\w-]+ )?[\\w-]+)(?: (?:new|online|used|refurbished|locally))? (?:at|from|through|via|off) (?:the )?(?:(?!${NOT_A_SELLER}\\b)[A-Z][\\w&'-]*(?:\\.com)?\\b|[a-z][\\w-]*\\.(?:com|net|ca|co\\.uk)\\b|(?:an? other|another|a different) (?:online )?(?:website|web site|site|store|shop|seller|retailer|vendor|dealer)\\b)`,
);
// A bargain had at another store: "I got a great buy on it at OfficeDepot (half price)".
const DEAL_ELSEWHERE = new RegExp(
  `\\b(?:got|found|had) a (?:great |good |nice |real )?(?:buy|deal|price|bargain) on (?:it|them|this|these|mine) (?:at|from) (?:the )?(?!${NOT_A_SELLER}\\b)[A-Z][\\w&'-]*`,
);

// Months or years of use before the fault: "after 4 months", "five months in", "worked for about eight months",
// "continued to work for over 1 1/2 years", "in a span of two+ years". A few days or weeks is a unit that failed new.
const SPAN_OF_MONTHS =
  '(?:(?:[3-9]|[1-4]\\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty(?:-\\w+)?|thirty|several|a few|many) months|(?:\\d+(?:[.,]\\d+)?(?: \\d/\\d)?\\+?|a|one|two\\+?|three\\+?|four|five|a couple of|several|a few|many) (?:full )?years?)';
const QUALIFIER =
  '(?:just |only |about |around |roughly |nearly |almost |over |more than |a little over |barely )?';
const SERVED_MONTHS = new RegExp(
  `\\b(?:after (?:a |an )?${QUALIFIER}${SPAN_OF_MONTHS}(?! (?:of|in) (?!(?:\\w+ )?(?:use|service|usage|bliss)\\b)\\w)|${SPAN_OF_MONTHS} in\\b(?! (?:a row|advance|the (?:making|future)))|(?:in|over|within) (?:a|the) (?:span|period|course) of ${QUALIFIER}${SPAN_OF_MONTHS}|(?:worked|work|working|ran|run|running|performed|lasted|last|used (?:it|them)|had (?:it|them)) (?:\\w+ ){0,3}?for ${QUALIFIER}${SPAN_OF_MONTHS})`,
  'i',
);

// A sentence about another unit the buyer had before: "Previous Zen Nano, same thing after six months".
// Nor is one whose months of use are told as praise of a part that still works: "running for six months without a
// problem".
const ANOTHER_UNIT =
  /\b(?:previous|prior|earlier|older|my old|the old|my last|the last one|my first|the first one|the other one|before this|without (?:a |any )?(?:problems?|issues?|restarts?|hitch(?:es)?)|flawless\w*|no (?:problems|issues)|still (?:works|working))\b/i;
// This unit failed new: within days or weeks, out of the box, dead on arrival.
const FAILED_NEW =
  /\b(?:after (?:just |only |about )?(?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?)(?! of (?:waiting|calls))|(?:right |straight )?out of the box|arrived (?:dead|broken|damaged|cracked|defective)|dead on arrival|doa)\b/i;

/**
 * Whether these goods served months or years before the fault came, as against a unit that failed new or another
 * the buyer had before: a check, a repair or one under warranty fits.
 */
export const servedMonths = (text: string): boolean =>
  !FAILED_NEW.test(text) &&
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .some((sentence) => SERVED_MONTHS.test(sentence) && !ANOTHER_UNIT.test(sentence));

// The buyer mended the goods: glued, taped or soldered them, or forced a loose part back into place with a tool.
const MENDED =
  /\b(?:(?:i|we|my (?:husband|wife|son|daughter|dad|father|brother|partner|friend)|he|she) (?:\w+ ){0,3}?(?:glued|taped|soldered|re-?soldered|epoxied|super-?glued|clamped|re-?attached|re-?seated)\b(?! (?:the )?(?:box|package|packaging|bag|label|receipt|shut))|(?:had to|have to|decided to|tried to|managed to) (?:\w+ ){0,2}?(?:glue|tape|solder|re-?solder|epoxy|super-?glue|clamp|re-?attach|re-?seat)\b(?! (?:the )?(?:box|package|packaging|bag|label|receipt|shut))|(?:i|we|had to|have to)\b[^.!?]{0,60}?\b(?:slide|slid|push|pushed|press|pressed|force|forced|snap|snapped|seat|seated|bend|bent|hammer|hammered|squeeze|squeezed)\b[^.!?]{0,40}\b(?:(?:back )?in(?:to)? place|back (?:on|together))|(?:use|used|using|with) (?:a |some |my )?(?:vice|vise|vice-grips?|vise-grips?|pliers?|soldering iron|super ?glue|epoxy|duct tape|electrical tape|hot glue|crazy glue)\b(?=[^.!?]{0,80}\b(?:fix|repair|mend|hold|keep|re-?attach|attach|secure|slide|push|press|force|seat|put)\w*))/i;

/** Whether the buyer mended the goods themselves: no refund and return postage for goods they have put right. */
export const mendedThemselves = (text: string): boolean => MENDED.test(text);

// The buyer opened the goods up or worked on their insides: "I removed the 6 screws holding the cover", "I nudged the
// lens mechanism", "my son cleaned the contacts".
const OPENED_UP =
  /\b(?:(?:i|we|my (?:husband|wife|son|daughter|dad|father|brother|partner|friend)|he|she) (?:\w+ ){0,3}?(?:nudged|cleaned|realigned|re-aligned|tightened|jiggled|wiggled|blew out|vacuumed|opened (?:it|them|the \w+) up|took (?:it|them|the \w+) apart|took (?:the|its) (?:cover|back|case|casing|lid) off|removed (?:the |its )?(?:[\w-]+ )?(?:screws|cover|casing|back panel|lid)))\b/i;
// The goods work again since: "at least I can use it again", "it works again", "it is back in working order".
const WORKS_AGAIN =
  /\b(?:(?:can|could) (?:now )?use (?:it|them) again|(?:it|they|the \w+) (?:now )?(?:works?|is working|are working|started working|plays?|reads?|runs?) (?:fine |perfectly |great |well )?again|back (?:in|to) (?:working order|business))\b/i;
// ...but then failed again, or the fix is told of another unit: not a mend that held.
const FAILED_SINCE =
  /\b(?:but|until|then|now)\b[^.!?]{0,40}\b(?:stopped|died|failed|broke|quit|garbage|flaky|problem)\b/i;

/**
 * Whether the buyer opened the goods up, worked on them and has them working again: nothing is owed for goods they
 * put right, but the fault deserves a hearing, and an offer should it come back.
 */
export const reopenedAndWorking = (text: string): boolean => {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const again = sentences.findIndex((sentence) => WORKS_AGAIN.test(sentence) && !FAILED_SINCE.test(sentence));
  return again >= 0 && OPENED_UP.test(text) && !sentences.slice(again + 1).some((s) => FAILED_SINCE.test(s));
};

// A replacement the buyer was given that works: "provided a replacement unit with a working backlight", "the new one
// works perfectly". Not one that failed in turn, worked only for a while, or is still to come.
const REPLACEMENT_WORKS =
  /\b(?:replacement|new one|second one|replacement unit|exchanged one)\b(?:[^.!?]{0,60}?\b(?:works|is working|has worked|worked)\b(?: (?:fine|great|perfectly|well|flawlessly|like a charm|as it should))?(?![^.!?]{0,30}\b(?:for (?:a|about|only|just|\d+|two|three) \w+|until|then|but)\b)|(?: unit| one)? with (?:a |an )?(?:fully )?working\b)/i;
const REPLACEMENT_FAILED =
  /\b(?:not|never|no longer|n't|stopped|died|failed|broke|quit|same (?:problem|issue|fault|thing)|also|too|again|waiting|will|would|should|hope|if)\b/i;

/**
 * Whether a replacement the buyer was given works: the fault is put right already, so nothing more is offered, only
 * gladness and help should anything else go wrong.
 */
export const replacementWorks = (text: string): boolean => {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const at = sentences.findIndex((s) => REPLACEMENT_WORKS.test(s) && !REPLACEMENT_FAILED.test(s));
  return at >= 0 && !sentences.slice(at + 1).some((s) => FAILED_SINCE.test(s));
};

// The maker or its service would not stand behind the goods: "Apple refused to repair it", "the manufacturer would
// not honour the warranty", "my claim was denied", "they said it was not covered".
const MAKER_REFUSED =
  /\b(?:(?:refus\w*|declin\w*|den(?:y|ied|ies|ying)|reject\w*|(?:would|will|did|does|do|could)(?: not|n't) (?:honou?r|cover|repair|fix|accept)|won'?t (?:honou?r|cover|repair|fix|accept)|wouldn'?t (?:honou?r|cover|repair|fix|accept)) (?:\w+ ){0,3}?(?:(?:the |my |their |its |our )?warrant(?:y|ies)|(?:the |my |a )?(?:warranty )?(?:claim|rma|repair)s?|to (?:repair|fix|replace|honou?r))|warranty (?:claim )?(?:was |got )?(?:denied|refused|rejected)|(?:not|isn't|wasn't|is not|was not) covered (?:by|under) (?:the |their |its )?warranty|(?:return(?:ed)?|sent) (?:it )?(?:back )?without (?:servic\w*|repair\w*|fixing))\b/i;
// Who refused: the maker, its service or the warranty, as against the shop the review is about.
const MAKER_SIDE =
  /\b(?:manufacturer|maker|warranty|rma|service (?:cent(?:er|re)|department)|(?:[A-Z][a-z]+[A-Z]?\w*|[A-Z]{2,}) (?:service|support|repair)|apple|sony|samsung|lg|panasonic|toshiba|hp|dell|lenovo|canon|nikon|kodak|linksys|netgear|belkin|logitech|sandisk|lacie|seagate|western digital|creative|garmin|tomtom|motorola|nokia|vtech|uniden|philips|jvc|pioneer|bose|coby|microsoft|epson|brother|lexmark|d-link)\b/i;

/**
 * Whether the maker or its service refused the warranty or a repair: the grievance is taken up with the maker for
 * the buyer, not answered with a refund.
 */
export const makerRefused = (text: string): boolean =>
  text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => MAKER_REFUSED.test(sentence)) && MAKER_SIDE.test(text);

// Goods said to work, or found worse than a rival only: "the player itself works fine", "Archos is a hundred times
// better", "I prefer my old Sony".
const WORKS_AS_MADE =
  /\b(?<!\bif (?:the |this |my )?)(?:(?:player|unit|hardware|device|product|camera|phone|drive|it|the \w+) itself (?:is|was|works|worked|seems|functions) (?:\w+ )?(?:fine|great|good|ok|okay|solid|well)|(?:hardware|build) (?:is|was) (?:\w+ )?(?:fine|great|good|solid|well-made|well made))\b/i;
// Goods said to work still, after long use: "we have had ours for a year - it still works great, but the display is
// too bright". Not a unit that only worked for a while ("still works great for a few minutes").
const STILL_WORKS_WELL =
  /\b(?:it|they|ours|mine|the (?:unit|device|radio|player|clock|phone|camera|product|thing)) (?:still )?(?:works?|runs?|functions?|is working|are working) (?:just |really |very |perfectly )?(?:great|fine|well|perfectly|flawlessly)\b(?=\s*(?:,|;|-|–|—|\.{2,})?\s*(?:but|except|and|though|although)\b)/i;
// ...but then fails, in the same sentence: "it works fine but the battery dies".
const FAILS_AFTER =
  /\b(?:dies|died|dead|dying|broke|broken|breaks|stops|stopped|fails|failed|quits|quit|crash\w*|freez\w*|froze|blank|won't|doesn't|does not|will not|no longer)\b/i;
const PREFERS_RIVAL =
  /\b(?:[A-Z][\w-]+|[Oo]ther brands?|[Mm]y old (?:one|[A-Z][\w-]+)) (?:is|are|was|were) (?:(?:a |an )?(?:hundred|thousand|ten|\d+) times |much |far |way |a lot |so much )better\b|\b(?:I|[Ww]e) (?:much |still |would |really )?prefer(?:red)? (?:the |my |an? )?(?:old )?(?:[A-Z][\w-]+|one|other brand)\b|\b(?:bad|poor|worse|nothing|weak) (?:in front of|next to|compared (?:to|with)|beside) (?:an? |the |my )?[A-Za-z][\w-]+/;

/**
 * Whether the buyer says the goods work, or only finds them worse than a rival: a preference or a quibble of design,
 * answered with a call or advice, not a refund.
 */
export const worksButPrefers = (text: string): boolean =>
  WORKS_AS_MADE.test(text) ||
  PREFERS_RIVAL.test(text) ||
  text
    .replace(/’/g, "'")
    .split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)
    .some((sentence) => STILL_WORKS_WELL.test(sentence) && !FAILS_AFTER.test(sentence));

// Other goods of the same sort worked where these did not, in the buyer's own device: "bought a few Imation to try
// in the burner and they worked", "tried some other discs and those played", "to make sure the drive wasn't faulty".
const OTHER_GOODS_WORKED =
  /\b(?:tried|bought|used|tested|put in)\s(?:a few|some|a pack of|a spindle of|a box of|a couple of|other|another|different)\s(?!times?\b|days?\b|more\b|minutes?\b|hours?\b|weeks?\b|ways?\b|settings?\b)[^.!?]{0,60}?\b(?:and|which|where|but) (?:they|those|it|that|these|the \w+) (?:all |both )?(?:worked|work|works|burned|burnt|burn|burns|played|play|plays|read|lasted|lasts|fit|fits|fitted|charged|charges|connected|paired)\b(?! not|n't)|\bto (?:ensure|make sure|check|see|test|rule out)(?: that| whether| if)? (?:it|the \w+|my \w+) (?:wasn'?t|was not|isn'?t|is not|wasnt|isnt) (?:faulty|broken|defective|the problem|at fault|bad)\b/i;

/**
 * Whether the buyer found other goods of the same sort working in their own device where these failed: another of
 * these would fail the same way.
 */
export const otherGoodsWorked = (text: string): boolean => OTHER_GOODS_WORKED.test(text.replace(/’/g, "'"));

// What the box, the listing or the maker says the goods do: "the box says you can power or charge it".
const AS_CLAIMED =
  /\b(?:the |its |their )?(?:box|package|packaging|description|listing|ad|advert|advertisement|manual|label|website|product page|instructions) (?:says|said|states|stated|claims|claimed|promises|promised|advertises|advertised|reads|read)\b|\bnot as (?:described|advertised|claimed)\b/i;
// A unit that gave out outright, as against one that does not do what was claimed: "died", "cracked", "dead".
const GAVE_OUT =
  /\b(?:broke|broken|died|dead|doa|stopped (?:working|charging|responding|turning)|quit working|cracked|snapped|fell apart|came apart|(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|didn'?t|did not) (?:turn|power|switch) on|no longer works)\b/i;

/**
 * Whether the goods fall short of what their box or listing claims, with no unit said to have given out: every unit
 * made falls short the same way.
 */
export const shortOfClaim = (text: string): boolean => AS_CLAIMED.test(text) && !GAVE_OUT.test(text);

// A small part that came off or went missing from goods otherwise in use: "one of the ear tips fell off", "the rubber
// cap came off", "lost one of the foam covers", "the knob snapped off".
const SMALL_PART =
  '(?:(?:ear ?|rubber |silicone |foam |gel )?(?:tips?|caps?|covers?|cushions?|sleeves?)|ear ?pads?|earbud (?:tips?|caps?|covers?)|knobs?|feet|foot|straps?|clips?|lids?|battery (?:door|cover)|hooks?|grommets?)';
const PART_CAME_OFF = new RegExp(
  `\\b${SMALL_PART}\\b(?:[^.!?]{0,30}?)\\b(?:fell|falls|came|comes|popped|pops|broke|snapped|slipped|tore) off\\b|\\b(?:lost|misplaced|missing) (?:one of )?(?:the |my |a |an |its |their )?(?:\\w+ )?${SMALL_PART}\\b|\\b(?:one|some|two) of (?:the |those |its |their |my )?(?:\\w+ ){0,3}?(?:earbuds?|buds?) (?:fell|came|popped) off\\b`,
  'i',
);

/**
 * Whether a small part (an ear tip, a cap, a knob) came off or went missing from goods that still work: the part is
 * what is owed, not the price of the whole.
 */
export const lostSmallPart = (text: string): boolean =>
  PART_CAME_OFF.test(text) && !GAVE_OUT.test(text.replace(new RegExp(PART_CAME_OFF.source, 'gi'), ' '));

// A carrier's or provider's service the buyer pays for by the month, which no shop sells as goods: "the phone service
// from Vonage", "I signed up for their internet subscription", "bought Vonage service". The shop's own protection or
// service plan is not this.
// Carriers and providers by name: phone, internet, television, radio and streaming services. A provider named only as
// background ("the phone company charges monthly for voice mail", "my cable co. didn't offer HD") is not the thing
// reviewed: a kind of service counts only as the subject of the complaint or as what the reviewer signed up for.
const SERVICE_KIND =
  'phone|telephone|voip|internet|broadband|cable tv|satellite(?: tv| radio)?|cell(?:ular)?|mobile|wireless|dsl|fib(?:er|re)|data|landline|streaming|dial-?up';
const CARRIER =
  '(?:vonage|magic ?jack|ooma|verizon|at&t|t-mobile|sprint|cricket|comcast|xfinity|dish(?: network)?|directv|sirius(?: ?xm)?|xm radio|netflix|hulu|time warner|charter|spectrum|cox|earthlink|aol|skype)';
const CARRIER_SERVICE = new RegExp(
  `\\b(?:signed up (?:for|with)|subscribed to|switched to|cancel(?:l)?(?:ed|ing)?|to cancel) (?:my |our )?${CARRIER}\\b|\\b${CARRIER}(?:'s)? (?:service|subscription|plan|account)\\b|\\b(?:${SERVICE_KIND}) (?:service|subscription|plan)(?: from (?:[\\w&-]+ ){0,2}?[\\w&-]+)? (?:is|was|are|were|has been|had been|keeps|kept|sucks|stinks|drops|dropped|cuts|cut)\\b|\\b(?:signed up (?:for|with)|subscribed to|switched to|bought|ordered) (?:the |their |a )?(?:[\\w-]+ ){0,2}?(?:service|subscription)(?! plan| contract| agreement| warranty)\\b|\\b(?:cancel(?:l)?(?:ed|ing)?|to cancel) (?:the |my |our |their )?(?:service|subscription)(?! plan| contract| agreement| warranty)\\b`,
  'i',
);

/**
 * Whether the review is of a carrier's or provider's service paid by the month (a phone line, an internet plan), not
 * of goods the shop sold: there is no price of ours to give back.
 */
export const carrierService = (text: string): boolean => CARRIER_SERVICE.test(text);

// Goods used up in use, as the buyer points at them: "I got these batteries", "until I tried these tapes", "the
// rechargeables", "a pack of blank DVDs". A device "the batteries" sit in is not this: the goods must be the ones
// pointed at, bought or tried.
const USED_UP =
  '(?:batteries|rechargeables|tapes|cassettes|cartridges|ink cartridges|toner|discs|disks|cd-?rs?|dvd[-+]?rs?|dvds|cds|blanks|media|refills|film)';
const CONSUMABLE = new RegExp(
  `\\b(?:these|those) (?:[\\w-]+ ){0,3}?${USED_UP}\\b|\\b(?:bought|got|purchased|ordered|tried|used) (?:\\w+ ){0,3}?(?:(?:packs?|boxes|spindles?|sets?) of |(?:\\d+|two|three|four|six|eight|ten|twelve|several|some) )(?:(?:these|the) )?(?:[\\w-]+ ){0,3}?${USED_UP}\\b|\\brechargeables\\b`,
  'i',
);

/**
 * Whether the goods reviewed are used up in use (batteries, tapes, blank discs, ink): they are replaced or their
 * price given back, never sent in to be tested or repaired.
 */
export const isConsumable = (text: string, title?: string | null): boolean =>
  CONSUMABLE.test(text) || (title ? CONSUMABLE.test(title) : false);

// The reviewer never bought the goods: put off by what other buyers reported, or meant to buy one and did not. "has
// discouraged me from buying it", "glad I read the reviews before buying", "I was going to buy one but the zippers
// put me off".
const NEVER_BOUGHT =
  /\b(?:discouraged (?:me|us) from (?:buying|purchasing|ordering)|(?:decided|chose) (?:not to|against) (?:buy|purchas|order)\w*|(?:glad|happy|relieved) (?:that )?(?:i|we) (?:didn't|did not|never) (?:buy|purchase|order)|(?:i|we) (?:never|didn't|did not) (?:end up )?(?:buying|buy|purchasing|purchase|ordering|order) (?:it|this|one|them)|(?:glad|happy|relieved) (?:that )?(?:i|we) (?:read|checked|looked at|saw) (?:the |these |all the |other )?(?:reviews?|ratings?|comments)(?: here)? (?:first|before (?:buying|purchasing|ordering|i bought|we bought))|(?:i|we) (?:was|were) (?:going|about|planning|ready|set) to (?:buy|purchase|order) (?:one|it|this|these|them|a pair|a set)\b,? (?:but|until)\b)/i;
// ...where the review also tells of goods of theirs: "I bought two last year", "my order".
const BOUGHT_THESE =
  /\b(?:i|we) (?:have |had |just |finally )?(?:bought|purchased|ordered|received)\b|\b(?:my|our) (?:order|purchase|receipt)\b/i;

/**
 * Whether the reviewer never bought the goods they write of (put off by other buyers' reports, or meant to buy and did
 * not): there is no unit or payment of theirs to refund, replace or repair, only their view to hear.
 */
export const neverBought = (text: string): boolean =>
  (NEVER_BOUGHT.test(text) || OTHERS_GOODS.test(text)) && !BOUGHT_THESE.test(text);
// Goods a friend bought, or gave the reviewer for nothing: "My friend bought one and I tried to set it up for him", "A
// friend gave me this card for free". No purchase of the reviewer's to refund. Family buying for the reviewer is a
// present, which may still come back to us.
const OTHERS_GOODS =
  /\b(?:(?:my|a) (?:friend|coworker|co-worker|colleague|neighbou?r|roommate|room-mate|boss|buddy)(?:'s)? (?:bought|purchased|ordered|got) (?:one|it|this|these|them|an?\b)|(?:gave|given|handed) (?:me|us) (?:it |this |these |one |the )?(?:[\w-]+ )?(?:for free|free of charge|as a freebie)|(?:got|received) (?:it|this|these|one) (?:for free|free of charge|as a freebie))/i;

// Several of the goods owned at once: "we bought three Creative players", "all three of ours", "I had two of them".
const SEVERAL_OWNED =
  /\b(?:(?:i|we) (?:have )?(?:bought|purchased|ordered|own|owned|had) (?:two|three|four|five|2|3|4|5) (?:of (?:these|them|the \w+)|[\w-]+(?: [\w-]+)?s)|all (?:three|four|five|3|4|5) of (?:ours|them|our \w+)|both of (?:ours|our \w+))\b/i;
// ...one of which was already seen to under its warranty: "my daughter's was within her one year period", "the
// other was repaired under warranty".
const ONE_UNDER_WARRANTY =
  /\b(?:within (?:the |her |his |my |our |its |their )?(?:(?:one|1|two|2|90|ninety)[- ](?:years?|days?|months?) |\w+ )?(?:warranty|guarantee|period)|(?:repaired|fixed|replaced|covered) (?:under|by) (?:the |its |their )?warranty)\b/i;

/**
 * Whether the review tells of several units, one of them already seen to under warranty: one full refund for "it"
 * would answer none of them rightly, so each unit is gone through with the buyer.
 */
export const severalUnitsOneUnderWarranty = (text: string): boolean =>
  SEVERAL_OWNED.test(text) && ONE_UNDER_WARRANTY.test(text);

// A visit to the shop told without a purchase: "wandered around the store", "went in to look" with nothing bought.
// Browsing the web or a site ("lost connection 5-6 times browsing MSN") is no visit.
const STORE_VISIT =
  /\b(?:went (?:in|into|there|to (?:the|this|their) (?:store|shop|location))|walked (?:in|into)|visited|stopped (?:by|in)|wander(?:ed|ing) (?:around|for)|browsing(?! (?:the )?(?:web|internet|net|online|sites?|websites?|pages?|reviews?|forums?|msn|yahoo|google|amazon|ebay|youtube|facebook|[a-z]+\.com)\b)|entering the (?:store|shop)|the new location|(?:this|the) (?:store|shop) (?:is|was|has|had))\b/i;
// Goods the reviewer has owned a while ("I've had this router for 6 months") were bought, whether or not they say so.
const PURCHASED =
  /\b(?:bought|purchased|purchase[ds]? (?:a|an|the|my|this|these|some)|ordered|received|paid (?:for|\$)|returned|exchanged|took (?:it|them) home|got (?:it|this|them|one|mine|a|an|the|these|some) (?:home|here|from)|my (?:order|purchase|receipt)|checked out with|rang (?:me|it|us) up|(?:i've|i have|we've|we have|i had|we had) (?:had|owned|used) (?:this|these|my|our|the) (?:[\w-]+ ){1,3}?for)\b/i;

/** Whether the review tells of a visit to the shop and of nothing bought there: no order or receipt of ours. */
export const visitedOnly = (text: string): boolean => STORE_VISIT.test(text) && !PURCHASED.test(text);

/** Bought from another seller, or never bought at all (a visit to the shop that ended without a purchase). */
export const noSaleOfOurs = (text: string): boolean =>
  boughtAtOtherStore(text) || neverBought(text) || visitedOnly(text);

// What a guest says was wrong with the room itself: worn or dated, dirty or smelling, damp, left without towels or
// linen, a door that stuck, something in it that did not work, a shower that ran lukewarm, or the room "in bad
// shape". Noise from others, the area or the price is not the room's condition.
const ROOM_FAULT =
  /\b(?:worn(?: out)?|wear and tear|run[- ]down|shabby|dated|outdated|falling apart|(?:a|total|complete) dump|filthy|dirty|grimy|stain(?:s|ed)|mou?ldy?|mildew\w*|damp|musty|smel(?:t|led|ly|ls)|stank|stinks?|reek\w*|odou?rs?|no hot water|(?:cold|lukewarm|luke warm|tepid) (?:water|shower)s?|no (?:clean |fresh )?(?:towels|toilet paper|soap|sheets|blankets|pillows)|(?:doors?|windows?) (?:\w+ )?(?:stuck|(?:would(?:n'?t| not)|did(?:n'?t| not)|could(?:n'?t| not)) (?:close|shut|lock|open))|(?:a\/c|ac|air ?con\w*|air conditioning|air conditioner|heat(?:er|ing)?|shower|toilet|tv|television|lights?|fridge|refrigerator|wifi|wi-fi|internet|elevators?|lifts?|(?:room |tele)?phone|remote|key ?cards?|locks?)(?: unit)? (?:\w+ ){0,3}?(?:didn'?t|did not|wasn'?t|was not|doesn'?t|does not|wouldn'?t|would not|never|won'?t|couldn'?t|could not) (?:work|working|cool|heat|flush|drain|get (?:above|hot|warm|cold))|broken|saggy|sagging|lumpy|hard as a rock|(?:never|weren'?t|were not|wasn'?t|was not) (?:cleaned|changed|replaced|vacuumed)|blew out (?:luke ?warm|warm|hot) air|in (?:bad|poor|terrible|awful|horrible|rough|sad) (?:shape|condition|repair)|(?:water|shower)s? (?:was|were|is|are|ran|stayed) (?:only |barely |always |just )?(?:cold|lukewarm|luke ?warm|tepid))\b/i;
// The room itself praised in so many words: "the room was nice", "rooms are very clean".
const ROOM_PRAISED =
  /\b(?:room|rooms|suite)(?: it ?self)? (?:was|were|is|are) (?:very |really |quite |super |pretty |nice and )?(?:nice|clean|great|lovely|spotless|fine|comfortable|good|spacious|beautiful|immaculate)\b(?! but\b)/i;

/**
 * Whether a guest tells of a room not in the state a stay should be (worn, dirty, smelling, damp, or with something in
 * it that did not work), and does not praise the room itself: part of what the stay cost fits that. A guest who
 * calls the room clean or nice and faults the halls has a quibble a refund would be out of proportion to, and so
 * has one who faults only the halls, the lobby or the building outside the room.
 */
export const roomFellShort = (text: string): boolean =>
  text
    .split(/[.!?;]+|\n+|\b(?:but|while|whereas|however|although|though)\b/i)
    .some((clause) => ROOM_FAULT.test(clause) && !(COMMON_AREA.test(clause) && !THE_ROOM.test(clause))) &&
  !ROOM_PRAISED.test(text);

// What a guest was meant to use during the stay: the pool, the hot tub, the gym, the lift.
const FACILITY =
  '(?:pool|swimming pool|hot ?tubs?|jacuzzi|whirlpool|spa tub|sauna|gym|fitness (?:room|cent(?:er|re))|elevators?|lifts?)';
// A facility broken, dirty or unsafe to use: "the hot tub didn't work properly", "the pool was pretty murky", "hot tub
// was disgusting", "the pool was not very clean". One that was closed for the season or crowded is not in a state
// a refund answers.
const FACILITY_FAULT = new RegExp(
  `\\b${FACILITY}\\b(?:(?![.!?;]|\\b(?:but|while|whereas|however|although|though)\\b)[^\\n]){0,30}?\\b(?:(?:didn'?t|did not|wasn'?t|was not|weren'?t|were not|doesn'?t|does not|wouldn'?t|would not|never) (?:very |really |that |particularly )?(?:work(?:ing)?|heat(?:ed)?|clean(?:ed)?)|broken|out of (?:order|service)|murky|cloudy|green|filthy|dirty|disgusting|gross|nasty|slimy|grimy)\\b`,
  'i',
);
// Noise from other guests that the staff were asked to stop and did not: "staff would not do anything about the
// partying", "called the front desk twice and nothing was done". Noise alone (a street, a kennel) is no failure of ours.
const NOISE =
  /\b(?:loud|noisy|noise|rowdy|party(?:ing)?|partie[sd]|screaming|yelling|shouting|music|banging)\b/i;
const NOTHING_DONE =
  /\b(?:(?:staff|front desk|desk|security|management|manager|reception|they|nobody|no one)(?: \w+)? (?:would(?:n'?t| not)|did(?:n'?t| not)|never|refused to|could(?:n'?t| not)) (?:do anything|do a thing|help|intervene|come|respond|stop (?:it|them)|deal with)|nothing (?:was|got) done|(?:did|would) nothing about)\b/i;

/**
 * Whether a guest's stay fell short in what the hotel gave them to use: the room itself (see `roomFellShort`), a
 * pool, hot tub or lift broken or dirty, or other guests' noise the staff left unchecked. Part of what the nights
 * cost answers any of these; noise from outside, a closed restaurant or a dated lobby does not.
 */
export const stayFellShort = (text: string): boolean =>
  roomFellShort(text) ||
  FACILITY_FAULT.test(text) ||
  text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => NOISE.test(sentence) && NOTHING_DONE.test(sentence));

// A booking the hotel did not keep: the room booked was given away, not there, or not on record at check-in.
const BOOKING_NOT_KEPT =
  /\b(?:gave (?:away )?(?:my|our|the) room(?: away)?|give (?:my|our|the) room away|giv(?:e|en|ing) away (?:my|our|the) room|(?:did(?:n'?t| not)|do(?:n'?t| not)|does(?:n'?t| not)) have (?:any|a|the|my|our) (?:[\w']+ ){0,2}?(?:available|reservation|booking)|no record of (?:my|our|the) (?:reservation|booking)|lost (?:my|our|the) (?:reservation|booking)|overbooked|over-booked|(?:room|suite) (?:i|we) (?:had )?(?:booked|reserved|paid for) (?:was|wasn'?t|was not) (?:not )?(?:available|ready|there))\b/i;

/** Whether the hotel did not keep the booking: the room booked was given away or not on record at check-in. */
export const bookingNotKept = (text: string): boolean => BOOKING_NOT_KEPT.test(text.replace(/’/g, "'"));

// The parts of a hotel outside the guest's room: "the halls looked dated", "the lobby is worn". A fault told of them
// alone ("room was clean but halls looked dated and worn") is not the room's condition.
const COMMON_AREA =
  /\b(?:halls?|hallways?|corridors?|lobby|lobbies|common areas?|(?:some |other )?areas? of the (?:hotel|motel|building|property)|exterior|outside of the (?:hotel|motel|building)|building|parking (?:lot|garage|area)|car park|pool|gym|fitness (?:room|cent(?:er|re))|breakfast (?:room|area)|stairs|stairwells?)\b/i;
// The room itself, or what is in it, named in the same clause: "the halls and the room were worn".
const THE_ROOM =
  /\b(?<!\b(?:breakfast|fitness|exercise|weight|laundry|dining) )(?:rooms?|suites?|beds?|bedding|bathrooms?|showers?|toilets?|sheets|towels|mattress(?:es)?|pillows?)\b/i;

// The work named by a business's redo: "a free appointment to correct the colour or cut" is for hair coloured or cut.
const WORK_NAMED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\bcolou?r\b/i,
    /\b(?:colou?r(?:s|ed|ing|ist)?|dye[ds]?|highlights?|lowlights?|balayage|ombr[eé]|blonde?|brassy|toner|tint|roots|bleach\w*|foils?)\b/i,
  ],
  [
    /\bcut\b/i,
    /\b(?:hair ?cuts?|cut|trim(?:med)?|fringe|bangs|layers|bob|buzz(?: ?cut)?|fade|flat ?top|barber)\b/i,
  ],
];

/**
 * Whether a redo fits the work the review tells of: one that names what it corrects ("the colour or cut") fits only
 * a review of that work, not a manicure or a wax; one that names nothing ("to put the treatment right") fits any.
 */
export const redoFitsWork = (label: string, text: string, review: string = text): boolean => {
  const named = WORK_NAMED.filter(([inLabel]) => inLabel.test(label));
  if (named.length === 0) return true;
  // A salon that puts a colour or a cut right puts a blow-dry right too: "…to redo the blow-dry".
  if (STYLING.test(text) && HAIR_REDO.test(label) && HAIR.test(review)) return true;
  // A colour or a cut is the hair's: "the original color" of a shop's floor is not that. Whether it is hair is read
  // in the whole review: the apology may name only "your son's cut".
  return named.some(([, inReview]) => inReview.test(text)) && (!HAIR_WORK.test(label) || HAIR.test(review));
};
const HAIR_WORK = /\b(?:colou?r|cut)\b/i;
// Hair styled rather than coloured or cut: "the blow-dry", "my blowout", "an updo".
const STYLING = /\b(?:blow-? ?dr(?:y|ies|ied)|blow-? ?outs?|updos?)\b/i;
// A redo that corrects a colour or a cut, which the salon words for the blow-dry where that is the work.
const HAIR_REDO = /\b(?:correct|fix|put right) the colou?r or cut\b/i;
const HAIR =
  /\b(?:hair\w*|haircuts?|trims?|trimmed|stylists?|barbers?|salon|highlights|balayage|bangs|fringe)\b/i;

/**
 * The redo told for the work the review tells of: "a free appointment to correct the colour or cut" is "…to correct
 * the cut" for a haircut alone, and "…the colour" for a colour alone; a label naming one thing or none is kept.
 */
export const redoForWork = (label: string, text: string): string => {
  const pair = /\bthe (colou?r) or (cut)\b/i.exec(label);
  const colour = WORK_NAMED[0]?.[1].test(text) ?? false;
  const cut = WORK_NAMED[1]?.[1].test(text) ?? false;
  const styled = STYLING.exec(text)?.[0];
  if (styled && !colour && !cut && HAIR_REDO.test(label))
    return label.replace(
      HAIR_REDO,
      `redo the ${/out/i.test(styled) ? 'blow-out' : /updo/i.test(styled) ? 'updo' : 'blow-dry'}`,
    );
  if (!pair || colour === cut) return label;
  return label.replace(pair[0], `the ${colour ? pair[1] : pair[2]}`);
};

// Treatments of the nails: "my pedicure", "the gel manicure", "smudged toes".
const NAILS = /\b(?:nails?|manicures?|pedicures?|mani|pedi|gels?|acrylics?|polish|toes)\b/i;

/**
 * A redo that names hair work ("…to correct the colour or cut"), told for a review of other work that asks for it to
 * be put right: "…to redo your nails" for a pedicure, "…to redo the treatment" for anything else. Undefined where the
 * label names no hair work or the review is of hair.
 */
export const redoForOtherWork = (label: string, review: string): string | undefined =>
  HAIR_REDO.test(label) && !HAIR.test(review)
    ? label.replace(HAIR_REDO, NAILS.test(review) ? 'redo your nails' : 'redo the treatment')
    : undefined;

// Work already put right by someone else, or by the reviewer: "found a great stylist who salvaged my hair", "went
// home and finished the job", "had another garage fix it".
const PUT_RIGHT_ELSEWHERE =
  /\b(?:(?:went|go|gone|going|took (?:it|her|him|them|my \w+|the (?:car|truck|van|vehicle))|taken (?:it )?|had (?:it|them) (?:fixed|redone|corrected|done)) (?:to )?(?:somewhere else|elsewhere|(?:to )?another (?:salon|stylist|barber|shop|garage|mechanic|place|dealer(?:ship)?|company|contractor|groomer|spa)|to (?:the|my|our|a) dealer(?:ship)?\b(?=[^.!?]{0,80}\b(?:said|found|told|fixed|replaced|repaired|plugged|reconnected|sorted)\b))|salvaged|(?:fixed|corrected|repaired|redid|re-did|redone) (?:it|them|my \w+) (?:myself|ourselves|at home)|finished the job)\b/i;

/** Whether the work was already put right elsewhere or by the reviewer: a free redo from us would come too late. */
export const putRightElsewhere = (text: string): boolean => PUT_RIGHT_ELSEWHERE.test(text);

// Goods on their way back to their maker, in the buyer's words: "this garbage is going back to Dlink today", "I will
// send it back to the manufacturer". Goods sent back before (a warranty swap that failed again) are not this, and a
// shop or a marketplace named as where it goes back is a return.
const BACK_TO_MAKER =
  /\b(?:(?:is|are|it's|they're) (?:going|being sent|being shipped|being returned)|(?:am|i'm|we're|we are) (?:sending|shipping|returning|mailing)|(?:will|'ll|going to|about to) (?:send|ship|return|mail))(?: (?:it|this|them|these|mine|the \w+))? back to ((?:the )?(?:manufacturer|maker)\b|[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)/;
const A_STORE = new RegExp(`^${OTHER_STORE}$`, 'i');

/** Whether the buyer is sending the goods back to their maker now: there is no claim left to chase with it. */
export function goingBackToMaker(text: string): boolean {
  const found = BACK_TO_MAKER.exec(text.replace(/’/g, "'"));
  const to = found?.[1]?.replace(/^the /i, '') ?? '';
  return to !== '' && !A_STORE.test(to) && !/^(?:I|We|My|Our|You|Your|Me|Us)$/.test(to);
}

// Work hurried through: "rushed through my pedicure", "a quick job", "never let it dry between coats", "in and out in
// 20 minutes". Not a reviewer in a rush themselves ("I was in a hurry").
const RUSHED_WORK =
  /\b(?:(?<!\b(?:i|we) (?:was|were) )(?:rushed|hurried)(?: (?:through|job|service|treatment|appointment|experience))?|speedy (?:experience|job|service)|(?:a |such a |very )?quick job|(?:never|didn't|did not|wouldn't|would not) (?:let|allow|give) (?:it|them|the (?:polish|colou?r|coats?|nails|paint)|(?:each|the) coat) (?:time )?(?:to )?dry|(?:in and out|done|finished) in (?:only |just |under )?(?:\d+|ten|fifteen|twenty|thirty) minutes)\b/i;

/** Whether the work was hurried through and came out the worse for it: the work done again fits that. */
export const rushedWork = (text: string): boolean => RUSHED_WORK.test(text);

// A format or feature the goods were never made to handle: "does not support the divx and avi format", "won't play
// WMA files", "no support for RAW". Every unit made is the same: neither another nor the price back answers it.
const FORMAT_WORDS =
  '(?:formats?|codecs?|file types?|files|divx|xvid|avi|wmv|wma|mp3s?|aac|ogg|flac|mkv|mov|mpeg-?\\d?|mp4|m4a|raw|jpe?gs?|pdfs?|ebooks?|audiobooks?|podcasts?|playlists?|subtitles?|bluetooth|wi-?fi|usb|hdmi)';
const NO_FORMAT = new RegExp(
  `\\b(?:(?:does|do|did|will|would|can|could)(?: not|n't)|won't|cannot|no longer) support (?:(?!but\\b|and (?:it|the)\\b)[\\w'-]+ ){0,8}?${FORMAT_WORDS}\\b|\\b(?:no|without) support for (?:(?!but\\b)[\\w'-]+ ){0,4}?${FORMAT_WORDS}\\b|\\b${FORMAT_WORDS} (?:(?:is|are) )?not supported\\b`,
  'gi',
);

/** Whether the goods lack a format or feature they were never made to have: a matter of design, not of a faulty unit. */
export const lacksFormat = (text: string): boolean => {
  NO_FORMAT.lastIndex = 0;
  return NO_FORMAT.test(text);
};

/** The review with its talk of a format the goods never supported taken out ("won't play WMA files"). */
export const withoutFormatTalk = (text: string): string => text.replace(NO_FORMAT, ' ');

// The goods fail in every device the buyer tried, or in most of those they are meant for: "won't play in most cd
// players", "tried it in two car players and a brand new Mazda", "none of my DVD players will read them". A fault of
// the product's make or of its fit with the devices, which another of the same would share.
const DEVICES =
  '(?:players|drives|devices|machines|computers|pcs|laptops|cars|stereos|decks|systems|readers|cameras|phones|tvs|televisions|burners|radios|consoles)';
const FAILS_ACROSS = new RegExp(
  `\\b(?:won'?t|will not|doesn'?t|does not|don'?t|do not|didn'?t|did not|wouldn'?t|would not|can'?t|cannot|couldn'?t|could not) (?:\\w+ )?(?:play|work|read|load|run|fit|be read|recogni[sz]e)\\w* (?:in|on|with) (?:most|many|any|all|several|other|a lot of|half (?:of )?(?:the|my)) (?:[\\w-]+ ){0,2}?${DEVICES}\\b|\\b(?:tried|tested|put) (?:it|them|these|this|the \\w+|one|some) (?:\\w+ )?(?:in|on|with) (?:two|three|four|five|several|\\d+|both|multiple|different|various) (?:[\\w-]+ ){0,3}?${DEVICES}\\b|\\bnone of (?:my|our|the) (?:[\\w-]+ ){0,2}?${DEVICES} (?:will |would |could |can )?(?:play|read|recogni[sz]e)|\\b(?:they|all of them|both of them) (?:all |both )?(?:did not|didn't|failed to|couldn't|could not|wouldn't|would not|won't|will not) (?:read|play|recogni[sz]e)\\b`,
  'i',
);

/** Whether the goods fail the same way in every device tried: the product, not one unit, so another would too. */
export const failsAcrossDevices = (text: string): boolean => FAILS_ACROSS.test(text.replace(/’/g, "'"));

// A buyer content with the goods on the whole: "so far so good", "all in all a good buy", "does the job", "an ok
// product for the price".
const CONTENT_ON_THE_WHOLE =
  /\b(?:so far,? so good|(?:all in all|overall|on the whole|in the end),? (?:it's |it is |this is |a )?(?:a )?(?:good|decent|ok|okay|fine|solid) (?:buy|purchase|product|deal|value)|(?:does|did) (?:the|its) (?:job|trick)|does what it (?:says|should|is supposed to)|(?:an? )?(?:ok|okay|decent) product)\b/i;

/** Whether the buyer says they are content with the goods on the whole: nothing failed to take back or replace. */
export const contentOnTheWhole = (text: string): boolean => CONTENT_ON_THE_WHOLE.test(text);

// Goods that never reached the buyer: "the order never came", "I did not get a copy of the policy".
const NOT_RECEIVED =
  /\b(?:never (?:arrived|came|showed up|got here|received (?:it|them|the \w+|my \w+))|(?:did not|didn't|have not|haven't|has not|hasn't|yet to|still not|still haven't) (?:get|got|gotten|receive|received) (?:it|them|my (?:order|package|parcel|item|copy)|the (?:order|package|parcel|item|policy|certificate|card|paperwork|documents?)|a copy)\b(?! back)|(?:was|were|has|have|had)(?:n't| not| never) (?:yet )?(?:been )?(?:delivered|received)|never (?:got |been )?delivered)\b/i;

/** Whether the goods never reached the buyer: the call chases them; there is nothing to send back or replace. */
export const notReceived = (text: string): boolean => NOT_RECEIVED.test(text);

// Goods with no box to post back: a service or protection plan, an extended warranty, a download code, an e-gift card.
// A subscription told beside a player is not this: the player is still in the buyer's hands.
const NOTHING_TO_SEND =
  /\b(?:(?:service|protection|replacement|care|warranty) plans?|extended warranty|digital download|download (?:code|version|purchase)|e-?gift cards?)\b/i;

/** Whether there are no goods in the reviewer's hands to post back: a refund owes them no return postage. */
export const nothingToSendBack = (text: string): boolean => NOTHING_TO_SEND.test(text) || notReceived(text);

// The buyer has already been through the maker: a unit the maker replaced more than once, or time at its helpline
// that came to nothing ("spent hours on the phone with Sony support", "worked with customer support for about an hour
// getting nowhere", "five calls to the manufacturer and no help").
const MAKER_WORN_THROUGH = [
  /\b(?:manufacturer|maker|warranty|[A-Z][\w-]+) (?:has |have |had )?(?:already )?(?:replaced (?:it|them|the \w+|my \w+)|sent (?:me|us) (?:a )?new (?:ones?|units?)) (?:twice|two times|three times|four times|\d+ times|several times|again|more than once|repeatedly)\b/,
  /\b(?:on my|on our|the) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:warranty )?(?:replacement|unit|one) from (?:the )?(?:manufacturer|maker|warranty|[A-Z][\w-]+)\b/,
  /\b(?:(?:spent|wasted|after|for) (?:\w+ ){0,2}(?:hours?|days?|weeks?|an hour|a day|a week)|(?:\d+|two|three|four|five|several|many|numerous|countless|endless) (?:calls|phone calls|e-?mails|emails|tries)) (?:\w+ ){0,3}?(?:(?:on the phone|on hold|talking|speaking|dealing|going back and forth) )?(?:with|to) (?:the )?(?:(?:maker|manufacturer|[A-Z][\w-]+)(?:'s)? )?(?:customer |tech(?:nical)? )?(?:support|service|help ?line|helpdesk)\b/,
  /\b(?:worked|spoke|talked|dealt|went back and forth|was on (?:the phone|hold)) with (?:the )?(?:(?:maker|manufacturer|[A-Z][\w-]+)(?:'s)? )?(?:customer |tech(?:nical)? )?(?:support|service)(?: (?:staff|people|team|reps?))?\b[^.!?]{0,40}?\b(?:getting nowhere|got nowhere|no help|no use|to no avail|no luck|useless|no resolution|nothing (?:was )?(?:fixed|solved|resolved))/i,
];

/**
 * Whether the buyer already went through the maker and got nowhere (a unit replaced over and over, hours at its
 * helpline): an offer to take it up with the maker for them asks them to do it all again. A refusal alone is not
 * this: the shop may still take a refused claim up with the maker.
 */
export const dealtWithMaker = (text: string): boolean =>
  MAKER_WORN_THROUGH.some((pattern) => pattern.test(text.replace(/’/g, "'")));

// Goods on their way back, told short: "Back it goes", "it's going back", "I'll exchange it", "I'm going to take this
// back". "Going back to the store to look" is a visit, not a return.
const GOING_BACK =
  /\b(?:back (?:it|they|this one) (?:goes|go)|(?:it|they|this|these|it's|they're|this one)(?:'s| is| are)? (?:going|headed|heading) back(?! to (?:the|a) (?:drawing board|way|old)\b)|(?:going to|gonna|have to|need to|plan to|about to) (?:take|bring|send) (?:it|them|this|these|this \w+|the \w+)(?: [\w-]+)? back)\b/i;
const EXCHANGING =
  /\b(?:i'll|i will|we'll|we will|going to|gonna|have to|need to|plan to) (?:exchange|swap) (?:it|them|this|these)\b/i;

/** Whether the buyer says the goods are on their way back, in a short form ("Back it goes", "I'm going to take it back"). */
export const goingBack = (text: string): boolean => GOING_BACK.test(text.replace(/’/g, "'"));

/** Whether the goods are on their way back, for the money or for others in their place ("I'll exchange it"). */
export const goingBackOrExchanged = (text: string): boolean =>
  goingBack(text) || EXCHANGING.test(text.replace(/’/g, "'"));

// Small, cheap goods that are swapped or refunded when they die, never sent off to be tested: a cable, a flash drive,
// a memory card, a charger, a pair of earbuds.
const CHEAP_GOODS =
  /\b(?:(?:hdmi|usb|audio|video|optical|ethernet|network|power|charging|s-video|rca|aux|extension|patch) (?:cables?|cords?|leads?)|cables?|cords?|flash ?drives?|thumb ?drives?|jump ?drives?|usb (?:sticks?|keys?|drives?)|memory (?:cards?|sticks?)|(?:micro ?)?sd(?:hc)? cards?|cf cards?|compact ?flash(?: cards?)?|chargers?|wall (?:plugs?|adapters?)|earbuds?|ear ?buds|splitters?|power strips?|surge protectors?|styl(?:us|i)|screen protectors?)\b/i;
// Costlier goods named beside them, which the review may be about instead: "the TV died; the cable was fine".
const COSTLY_GOODS =
  /\b(?:tvs?|televisions?|laptops?|notebooks?|computers?|pcs?|monitors?|printers?|cameras?|camcorders?|receivers?|amps?|amplifiers?|projectors?|routers?|tablets?|phones?|players?|consoles?|speakers?|headphones?|stereos?|(?:hard|external|portable) (?:drives?|disks?))\b/i;

/** Whether the goods are a small, cheap item (a cable, a flash drive): a new one or the money back, not a free check. */
export const cheapGoods = (text: string): boolean => CHEAP_GOODS.test(text) && !COSTLY_GOODS.test(text);

// A part the buyer's own box should have held and did not, told as what happened to their package: "the cassette did
// not come with the kit", "neither the batteries nor the charging base came in the package", "the remote was not
// included", "it arrived without the power cord". A product sold without a part ("it doesn't come with an adapter")
// is told in the present: that is how it is made, not a part left out of their box.
const PART_NAME = "(?:[a-z][\\w'-]*\\s){0,2}?[a-z][\\w'-]*";
const PART_LEFT_OUT = new RegExp(
  `\\b(?:the|an?|my|our) (${PART_NAME}) (?:did not|didn't|never) (?:come|arrive|came) (?:with|in) (?:it|them|mine|the (?:kit|package|box|set|order|unit|bundle))\\b|\\bneither (?:the )?(${PART_NAME}) nor (?:the )?(${PART_NAME}) (?:came|were|was) (?:in|with|included)\\b|\\b(?:the|an?|my) (${PART_NAME}) (?:was|were) (?:not included|missing from (?:the |my )?(?:box|package|kit|set|order)|not in (?:the|my) (?:box|package|kit))\\b|\\b(?:it |they |the \\w+ )?(?:arrived|came) without (?:the|its|their|a|an|any) (${PART_NAME})(?= *[.,;!]| and\\b|$)`,
  'i',
);
// Words that name no part: "it", a feeling, a verb-form left bare ("the charging").
const NOT_A_PART = /^(?:it|one|anything|everything|nothing|charging|setting|working|instructions? at all)$/i;

/**
 * The part or parts the buyer says were left out of the box that reached them, as a reply names them ("the
 * cassette", "the batteries and charging base"), "the missing parts" where the words do not name them plainly, or
 * null where nothing was left out.
 */
export function partsLeftOut(text: string): string | null {
  const found = PART_LEFT_OUT.exec(text.replace(/’/g, "'"));
  if (!found) return null;
  const named = found
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map((part) => part.toLowerCase().trim());
  const plain = named.length > 0 && named.every((part) => !NOT_A_PART.test(part));
  return plain ? `the missing ${named.join(' and ')}` : 'the missing parts';
}

/** The review without the telling of parts left out of the box, so what else it says of the goods can be read. */
export const withoutPartsLeftOut = (text: string): string =>
  text.replace(/’/g, "'").replace(new RegExp(PART_LEFT_OUT.source, 'gi'), ' ');
