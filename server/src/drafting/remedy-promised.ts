/**
 * Readings of what already happened that change which offer fits: goods already sent back for their money (or the
 * money handed back at the counter), another unit already given by someone else or on its way from the maker, a
 * second unit bought that failed like the first, an earlier unit's failure told only as why this one was bought, a
 * reviewer warning others off the goods, a replacement bought again at a higher price, a package or a price the
 * business did not honour, a haircut cut too short to be corrected, and another chance already given and wasted.
 */

// The goods already went back for the money, told as done and over: "I had to return this item for a refund", "I took
// it back for a refund" (at a counter, where the money comes back there and then). Goods "sent back for a refund" are
// in the post and the money may still be owed; "I have to return it for a refund" is still to come.
const RETURNED_FOR_REFUND =
  /\b(?:i|we) (?:(?:had|ended up having|was forced|were forced) to (?:return|take back)|ended up returning)(?: (?:it|this|them|these|mine|both|the [\w-]+|this [\w-]+|these [\w-]+|my [\w-]+))?(?: back)? for (?:a |my |our )?(?:full )?(?:refund|money back)\b|\b(?:i|we) (?:(?:finally |just |then |eventually )?(?:took|brought)|had to (?:take|bring)) (?:it|this|them|these|mine|the [\w-]+|this [\w-]+) back (?:to the store )?for (?:a |my |our )?(?:full )?(?:refund|money back)\b/i;
// ...with no word of the money still to come.
const MONEY_AWAITED =
  /\b(?:still waiting|waiting (?:on|for)|(?:not|never|yet to) (?:\w+ )?(?:received|got|gotten|seen|come)|in process|no refund)\b/i;

// A return taken at the counter without a fuss: "I returned it and they didn't give me too much trouble", "took it
// back, no questions asked". The money came back there and then.
const RETURN_TAKEN =
  /\b(?:returned|took back|brought back|took (?:it|them|the [\w-]+) back|brought (?:it|them|the [\w-]+) back)\b[^.!?]{0,40}?\b(?:(?:didn'?t|did not|never) (?:give|gave) (?:me|us) (?:too much |much |any |a hard |a bad )?(?:trouble|hassle|grief|problem|problems|time)|(?:with )?no (?:questions asked|trouble|hassle|problem|problems|fuss)|without (?:any |a )?(?:trouble|hassle|problem|fuss|question))\b/i;

// The money handed back over the counter, told as done: "she smiled and handed me a refund", "they gave us our money
// back". Not "never gave me a refund", nor "would not give me my money back", which leave it owed.
const MONEY_HANDED_BACK =
  /(?<!\b(?:never|not|nobody|no one|n't|refused to|to) )\b(?:handed|gave) (?:me|us) (?:back )?(?:a |my |our |the )?(?:full )?(?:refund|money back|cash back)\b/i;

/** Whether the reviewer says the goods already went back for their money: no refund is left to offer. */
export const returnedForRefund = (text: string): boolean => {
  const plain = text.replace(/’/g, "'");
  return (
    (RETURNED_FOR_REFUND.test(plain) || RETURN_TAKEN.test(plain) || MONEY_HANDED_BACK.test(plain)) &&
    !MONEY_AWAITED.test(plain)
  );
};

// Another unit already put in the buyer's hands by someone else, a provider's technician or the maker: "after he gave
// me another modem, my network is up again", "Comcast brought us a new box", "I have gotten new DVR boxes mailed to me".
// A second of ours would be one too many.
const GIVEN_ANOTHER =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]echnician|[Tt]ech|[Ii]nstaller|[Ee]ngineer|[Rr]epairman|[A-Z][\w&-]+) (?:then |just |finally |eventually |simply )?(?:gave|brought|handed|installed|swapped in|sent|shipped|mailed) (?:me|us) (?:another|a (?:new|replacement|working|brand new|different)|a replacement)\b(?! (?:brand|make|model|kind|type|company|store|shop)\b)|\b(?:I|[Ww]e) (?:have |had |'ve )?(?:gotten|got|received|been sent) (?:a |two |three |several |multiple )?(?:new|replacement) [\w-]+(?: [\w-]+)? (?:mailed|sent|shipped|delivered) to (?:me|us)\b/;

/** Whether someone other than the shop already gave the buyer another unit: no replacement of ours is left to offer. */
export const givenAnotherElsewhere = (text: string): boolean => GIVEN_ANOTHER.test(text.replace(/’/g, "'"));

// Goods just sent off to be swapped, to the maker or under its RMA: "I just send my mouse back to Newport for a
// replacement", "RMA'd it for a new one". With no word of the new one since ("the replacement arrived", "the new one
// did the same"), the swap is still under way: neither our own replacement nor the price back should cross it.
const SENT_FOR_SWAP =
  /\b(?:sent|send|shipped|mailed|rma'?d|rma-?ed)\b (?:it|them|this|mine|my [\w-]+|the [\w-]+)(?: back| off| in)?(?: (?:in )?to [^.!?]{1,40}?)? for (?:a |an )?(?:replacement|exchange|new one|swap)\b/i;
const SWAP_CAME =
  /\b(?:replacement|new one|second one|new unit)\b[^.!?]{0,40}?\b(?:arrived|came|showed up|got here|also|too|again|same|no better|worse|died|broke|failed)\b|\b(?:got|received) (?:the |a |my |another )?(?:replacement|new one)\b/i;

/** Whether goods were just sent off to be swapped and the new one has not come: the call sees that swap through. */
export const awaitingSwap = (text: string): boolean => {
  const plain = text.replace(/’/g, "'");
  return SENT_FOR_SWAP.test(plain) && !SWAP_CAME.test(plain);
};

// A second unit the buyer paid for themselves, which then failed as the first did: "I bought another thinking I had a
// faulty one, but now I'm having the same issue with this one". Another of ours would be the third. One the maker
// sent ("I got a new one from AT&T") is the maker's swap, read elsewhere.
const BOUGHT_ANOTHER_SAME =
  /\b(?:i|we) (?:then |later |even |went and |went out and )?(?:bought|purchased|ordered) (?:another|a second|a 2nd|a new one)\b(?! (?:brand|make|model|kind|type)\b)[\s\S]{0,160}?\b(?:same (?:issue|problem|thing|fault|defect)|(?:did|does|doing) the same|(?:also|too) (?:broke|died|failed|stopped))\b/i;

/** Whether a second unit the buyer bought failed as the first did: a replacement after a replacement failed. */
export const secondUnitFailedToo = (text: string): boolean =>
  BOUGHT_ANOTHER_SAME.test(text.replace(/’/g, "'"));

// The reviewer sent back an earlier unit and kept a later one, which is the one now at fault: "This is the 2nd one I
// bought (I returned the first)", "I returned the first one and got another". The return was of the first.
const EARLIER_UNIT_RETURNED =
  /\b(?:returned|sent back|took back) (?:the )?(?:first|1st|original|old|other|previous)\b(?: (?:one|unit|pair|set)\b)?|\b(?:the )?(?:first|1st|original) (?:one|unit) (?:was |got |went )?(?:returned|sent back|back)\b/i;
// ...and still has the later one: "this is the 2nd one", "on my second", "the replacement".
const LATER_UNIT_KEPT =
  /\b(?:2nd|second|third|3rd|replacement|new) (?:one|unit|pair|set)\b|\bon (?:my|our) (?:2nd|second|third|3rd)\b/i;

// The failure of an earlier unit, told only as why this one was bought: "I went and got this keyboard after the first
// one broke", "bought it when my old one died". The unit reviewed is not the one that failed.
const EARLIER_UNIT_FAILED =
  /\b(?:after|when|since|because|as) (?:my|the|our) (?:first|old|older|previous|last|original|other|former) (?:one|[\w-]+)(?: [\w-]+)? (?:had )?(?:broke|died|failed|stopped working|quit|gave out|wore out|finally (?:broke|died|gave out))\b/gi;

/** The review without the telling of an earlier unit's failure, so what went wrong with this one can be read. */
export const withoutEarlierUnitFault = (text: string): string => text.replace(EARLIER_UNIT_FAILED, ' ');

/** Whether the return the review tells of was of an earlier unit, while a later one is still in the buyer's hands. */
export const returnedEarlierUnit = (text: string): boolean =>
  EARLIER_UNIT_RETURNED.test(text) && LATER_UNIT_KEPT.test(text);

// Goods sent back to be repaired, not for good: "I sent the unit back for repair", "sent it in to be fixed".
const SENT_FOR_REPAIR =
  /\b(?:sent|shipped|mailed|took|returned) (?:it|them|the [\w-]+|my [\w-]+)(?: back| in| off)?(?: again)?(?: to [\w ]{1,30}?)? (?:for (?:a |the )?(?:warranty )?(?:repairs?|fixing|servicing|service)|to (?:be|get (?:it|them)) (?:repaired|fixed|serviced))\b/i;

/** Whether goods went back only to be repaired, with no word of a refund: no refund of ours is on its way. */
export const sentForRepairOnly = (text: string): boolean =>
  SENT_FOR_REPAIR.test(text) && !/\b(?:refund\w*|money back)\b/i.test(text);

// A reviewer telling others to keep away from the goods: "RUN THE OTHER DIRECTION", "steer clear", "avoid this
// player like the plague", "do not buy this". A warning against a shop's service ("stay away from this store") is
// read the same way: they want none of it again.
const WARNS_OFF =
  /\b(?:run (?:the other (?:way|direction)|away (?:from|fast|now|quickly|as fast)|(?:do not|don't) walk)|steer (?:well )?clear|avoid (?:it|this|these|them|this [\w-]+|these [\w-]+)(?: [\w-]+)? (?:at all costs|like the plague)|(?:do not|don't|never) (?:ever )?(?:buy|purchase|order) (?:this|these|one|it)\b)/i;

/** Whether the reviewer warns others off the goods: another of the same is not what they want. */
export const warnsOthersOff = (text: string): boolean => WARNS_OFF.test(text);

// A replacement or a second order paid for at a higher price than the first: "I was forced to pay the increased
// price", "had to pay the difference", "they charged me the new, higher price".
const PAID_MORE =
  /\b(?:(?:forced|made|had|obliged) to pay|(?:made|making) (?:me|us) pay|ended up paying|(?:i|we) paid|charged (?:me|us)) (?:for )?(?:the |a )?(?:(?:price )?difference|(?:new,? |now )?(?:increased|higher|raised|new) price)\b/i;
// ...for the goods again, after the first went back or broke.
const BOUGHT_AGAIN = /\b(?:replacement|re-?order\w*|another one|new one|second one|exchange)\b/i;

/** Whether the reviewer paid more for a replacement than for the goods they sent back: the difference is owed. */
export const paidMoreForReplacement = (text: string): boolean =>
  PAID_MORE.test(text) && BOUGHT_AGAIN.test(text);

// A package, a rate or a promised price the business did not keep: "the next morning they said we didn't have the
// package", "they would not honour the rate we booked", "the coupon was not honored".
const THING_PROMISED =
  '(package|deal|rate|discount|coupon|voucher|offer|promotion|special|quoted price|price)';
const NOT_HONOURED = [
  new RegExp(
    `\\b(?:said|told (?:us|me)|claimed) (?:that )?(?:we|i) (?:didn'?t|did not|don'?t|do not) have (?:the|a|our|my|that|any) (?:[\\w-]+ ){0,3}?${THING_PROMISED}\\b`,
    'i',
  ),
  new RegExp(`\\b${THING_PROMISED}s? (?:was|were|is|are) (?:not|never) honou?red\\b`, 'i'),
  new RegExp(
    `\\b(?:refused|would(?:n'?t| not)|did(?:n'?t| not)|wo(?:n'?t|uld not)) (?:to )?honou?r (?:the|our|my|their|a|that|its) (?:[\\w-]+ ){0,3}?${THING_PROMISED}\\b`,
    'i',
  ),
];

// A price told before the work and a higher one charged at the end: "told me a hem would be $15 but rang me up for
// $25", "quoted us $80 and then billed us $120".
const PRICE_TOLD_THEN_RAISED =
  /\b(?:told|quoted|said|promised)\b[^.!?]{0,60}?\$(\d+(?:\.\d\d)?)\b[^.!?]{0,60}?\b(?:charged|billed|rang|rung|ringing|ring|charging|billing) (?:me|us) (?:up )?(?:for |with )?\$(\d+(?:\.\d\d)?)\b/i;

/** The business's own price for the work, told to the reviewer and then raised at the till: the rise is owed back. */
export const QUOTED_PRICE = 'quoted price';

/**
 * What the business promised and did not honour ("package", "rate", "coupon", the price it quoted), or null: the
 * reply owes its value back, not only a call.
 */
export function notHonoured(text: string): string | null {
  const raised = PRICE_TOLD_THEN_RAISED.exec(text);
  if (raised && Number(raised[2]) > Number(raised[1])) return QUOTED_PRICE;
  for (const pattern of NOT_HONOURED) {
    const found = pattern.exec(text)?.[1];
    if (found) return found.toLowerCase();
  }
  return null;
}

// A stay's extra the guest paid for and did not get: "I had made sure to spend the extra to reserve it... Well it
// didn't happen", "we paid extra for an ocean view and were given a room facing the car park".
export const PAID_EXTRA =
  /\b(?:paid|pay|paying|spent|spend|spending)(?: (?:an|a little|a bit|the|\$\d+))? extra\b(?! (?:for (?:parking|breakfast|the breakfast|wi-?fi|internet|a late check-?out|early check-?in|pets?|a dog)))/i;
export const EXTRA_NOT_GIVEN =
  /\b(?:it|that|this) (?:didn't|did not|never) happen\b|\b(?:didn't|did not|never) (?:get|got|receive|have) (?:it|one|the (?:[\w-]+ ){0,2}(?:view|room|suite|upgrade|balcony))\b|\b(?:were|was) (?:given|put in|assigned|moved to) (?:a |an )?(?:different|standard|regular|smaller|basic|cheaper|lower) (?:room|one|floor)\b|\bnot (?:able|possible) to (?:resolve|fix|change|sort) (?:it|this|that)\b|\b(?:no|without (?:a|the|any)) (?:[\w-]+ )?view\b/i;

/** Whether a guest paid extra for part of a stay (a view, a suite) and did not get it: the extra is owed back. */
export const paidExtraNotGiven = (text: string): boolean =>
  PAID_EXTRA.test(text) && EXTRA_NOT_GIVEN.test(text);

// The view the extra was for, where the review names one: "a full lake view".
const VIEW_PAID_FOR =
  /\b(lake|sea|ocean|river|city|mountain|garden|pool|harbou?r|bay|beach|canal|park)(?:[- ]?front| side)?[- ]view\b/i;

/** The refund of an extra paid for and not had, told for the view it bought where the review names one. */
export const extraLabel = (text: string): string => {
  const view = VIEW_PAID_FOR.exec(text)?.[1]?.toLowerCase();
  return view ? `a refund of the extra you paid for the ${view} view` : 'a refund of the extra you paid';
};

/** The refund for a promise not honoured, told for what was promised. */
export const honouredLabel = (thing: string): string =>
  thing === QUOTED_PRICE
    ? 'a refund of the difference from the price you were quoted'
    : /price|rate/.test(thing)
      ? `a refund of the difference from the ${thing} you were promised`
      : `a refund of what the ${thing} should have saved you`;

// A haircut cut too short to be corrected: it can only grow back. "a number 3 buzz cut", "shaved his head", "cut
// far too short", "took off way too much".
const CUT_TOO_SHORT =
  /\b(?:buzz ?cut|buzzed|(?:number|no\.?|#) ?(?:\d|one|two|three|four) (?:guard|all over|cut|buzz)|shaved (?:off|his|her|my|it|the)|(?:cut|hair|it|bangs|fringe|layers|sides) (?:was |were |is |are )?(?:cut )?(?:way |far |much |so |really |very )?too short|took (?:off )?(?:way |far )?too much|chopped (?:it )?(?:all )?off|scalped)\b/i;

/** Whether the hair was cut too short to correct: a free appointment "to correct the cut" cannot deliver that. */
export const cutTooShort = (text: string): boolean => CUT_TOO_SHORT.test(text);

// A reviewer who already came back to give the place another go, and was let down again: "I decided to give it one
// more try", "I always give people more than one chance so I went back", "we gave them a second chance", "I have
// tried it twice". A free visit or a treatment done again asks for the very chance they already gave.
const ANOTHER_CHANCE =
  /\b(?:(?:gave|give|giving|given|decided to give) (?:[\w'&-]+ ){0,3}?(?:one more|another|a second|a 2nd|one last|a third|more than one) (?:try|chance|shot|go|visit)|(?:gave|give|giving|given) (?:[\w'&-]+ ){0,3}?(?:a )?second chance|(?:went|came|go|going|headed) back (?:a second time|for a second (?:time|visit|try|go)|to give (?:it|them) (?:another|a second))|(?:have|had|'ve) (?:now )?tried (?:[\w'&-]+ ){1,3}?(?:twice|two times|a second time)|two strikes)\b/i;

/** Whether the reviewer already gave the business another chance and was let down again: no second visit to offer. */
export const gaveAnotherChance = (text: string): boolean => ANOTHER_CHANCE.test(text.replace(/’/g, "'"));
