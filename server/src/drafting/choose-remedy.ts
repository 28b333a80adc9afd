import type { Situation } from '@rebound/shared';
import { withoutTriedOther } from '../triage/situation/describe-complaint.ts';
import {
  type BillingError,
  binnedGoods,
  boughtNothing,
  depositAmount,
  findPriorActions,
  partedWithItem,
  readBillingError,
  readPolicyFee,
  readUnderWay,
  returnRefused,
} from '../triage/situation/prior-actions.ts';
import type { Remedy } from './business-profile.ts';
import { U3_SOFTWARE } from './device-grievance-frames.ts';
import { wantsNoMoreContact } from './name-complaint.ts';
import {
  awaitingSwap,
  cutTooShort,
  extraLabel,
  gaveAnotherChance,
  givenAnotherElsewhere,
  honouredLabel,
  notHonoured,
  paidExtraNotGiven,
  paidMoreForReplacement,
  QUOTED_PRICE,
  returnedEarlierUnit,
  returnedForRefund,
  secondUnitFailedToo,
  sentForRepairOnly,
  warnsOthersOff,
  withoutEarlierUnitFault,
} from './remedy-promised.ts';
import {
  askedForAmends,
  bookingNotKept,
  boughtAtOtherStore,
  carrierService,
  cheapGoods,
  contentOnTheWhole,
  counterPurchase,
  dealtWithMaker,
  deliveredOrder,
  failsAcrossDevices,
  goingBack,
  goingBackOrExchanged,
  goingBackToMaker,
  isConsumable,
  isSetUpStruggle,
  isStayOffer,
  isUnsupported,
  isVisitOffer,
  isWornPart,
  lacksFormat,
  leftButHeldToBooking,
  lostSmallPart,
  makerRefused,
  mendedThemselves,
  neverBought,
  nobodyStoodBehind,
  noSaleOfOurs,
  nothingToSendBack,
  notReceived,
  otherGoodsWorked,
  partsLeftOut,
  putRightElsewhere,
  redoFitsWork,
  redoForOtherWork,
  redoForWork,
  reopenedAndWorking,
  replacementWorks,
  rushedWork,
  servedAWhile,
  servedMonths,
  severalUnitsOneUnderWarranty,
  shortOfClaim,
  spokeOfStay,
  stayFellShort,
  withoutFormatTalk,
  withoutPartsLeftOut,
  worksButPrefers,
} from './remedy-readings.ts';
import type { Writer } from './writer.ts';

/** Default turnaround when the business gave none, so every promise still gets a due date. */
export const DEFAULT_REMEDY_HOURS = 72;
/** How soon the named contact calls back when the reply offers a call and the profile sets no time. */
export const DEFAULT_CALL_HOURS = 24;

/**
 * Why a call is offered: `fix` when something is still to put right, `hear` when we do not yet know what that is,
 * `settled` when the reviewer already has their money back or the item returned, so nothing is left to resolve and
 * the call is only to hear what went wrong, `retry_failed` when a fix was already tried and did not work, so the call
 * is to agree with them what would put it right rather than to promise the same correction again. The `_pending`
 * reasons are for something already under way: a refund for goods sent back, or a replacement or repair in hand,
 * which the call chases to its end rather than offering it afresh. `charges` is for fees the business's own terms set
 * (to cancel, to join, a notice period): the call goes through them with the reviewer, as nothing was taken in error.
 * `fixed_by_them` is for goods the reviewer put right themselves and has used since: thanked and heard, not paid.
 * `put_right` is for goods already replaced with one that works: nothing more is offered, only help should anything
 * else go wrong.
 * `setup` is for goods that were hard to set up: help setting them up, not money. `check` is for goods worn out by
 * long use or a part that gave out: checked over and put right, where neither the price back nor another would fit.
 * `stop_contact` is for a customer followed up far more than they wanted: the calls and mailings stop, and nothing
 * is offered that would bring more of them.
 */
export type CallReason =
  | 'fix'
  | 'hear'
  | 'settled'
  | 'charges'
  | 'fixed_by_them'
  | 'put_right'
  | 'setup'
  | 'check'
  | 'retry_failed'
  | 'refund_pending'
  | 'returned'
  | 'replacement_pending'
  | 'repair_pending'
  | 'stop_contact';
export type NextStep =
  | { kind: 'call'; hours: number; reason: CallReason }
  | { kind: 'remedy'; remedy: Remedy; hours: number };

type RemedyKind = Remedy['kind'];
const ALL_OFFERS: readonly RemedyKind[] = ['redo', 'refund', 'discount', 'replacement', 'other'];

/** Goods sent back: in a shop "sent it back" is a return, in a restaurant it is a plate sent back to the kitchen. */
function returnedForGood(situation: Situation): boolean {
  const did = situation.priorActions;
  if (situation.sectorGroup === 'food_hospitality')
    return did.includes('returned') && !did.includes('sent_back');
  return did.includes('returned') || (situation.sectorGroup === 'retail' && did.includes('sent_back'));
}

// What already happened rules out offering it again: a second replacement after one failed reads as not listening.
function blockedKinds(situation: Situation, reviewText: string): Set<RemedyKind> {
  const blocked = new Set<RemedyKind>();
  const did = new Set(situation.priorActions);
  const returned = returnedForGood(situation);
  if (did.has('refunded') || did.has('cancelled') || did.has('compensated') || returned) {
    for (const k of ALL_OFFERS) blocked.add(k);
  }
  if (did.has('replaced') || did.has('replacement_failed')) blocked.add('replacement');
  // A garage's or a tradesman's job is itself a repair: only a second visit that failed rules the redo out there.
  const jobIsRepair = situation.sectorGroup === 'trades_repairs';
  if ((did.has('repaired') && !jobIsRepair) || did.has('repair_failed')) blocked.add('redo');
  if (did.has('sent_back')) blocked.add('redo');
  // Nothing was bought or paid for (they browsed and left, were never served): there is no money to give back.
  if (boughtNothing(reviewText)) {
    blocked.add('refund');
    blocked.add('replacement');
    blocked.add('redo');
  }
  // Someone sending the item back for good wants their money, not another one of the same; so does someone who
  // tried to send it back and was put off.
  if (returningForGood(reviewText) || TRIED_TO_RETURN.test(reviewText)) blocked.add('replacement');
  // Another of the same will not fit their equipment any better.
  if (INCOMPATIBLE.test(reviewText) || (PLATFORM.test(reviewText) && PLATFORM_FAILS.test(reviewText)))
    blocked.add('replacement');
  // Goods their maker no longer supports, or that will not work with the buyer's system: another would not either.
  if (isUnsupported(reviewText)) blocked.add('replacement');
  // A flash drive whose U3 software is the grievance: another of the same comes loaded with it too.
  if (U3_SOFTWARE.test(reviewText)) blocked.add('replacement');
  // Goods that fail in every device the buyer tried them in: another of the same would fail in them too.
  if (failsAcrossDevices(reviewText)) blocked.add('replacement');
  // Another brand works where ours did not: another of ours would fail the same way.
  if (OTHER_BRAND_WORKS.test(reviewText) || otherGoodsWorked(reviewText)) blocked.add('replacement');
  // Goods that fall short of what the box claims, with no unit given out: another would fall short the same way.
  if (shortOfClaim(reviewText)) blocked.add('replacement');
  // A replacement they were already offered and turned down is not an answer now.
  if (REPLACEMENT_DECLINED.test(reviewText)) blocked.add('replacement');
  // An item owned for years, or one the maker already replaced, is a warranty matter: a refund from us would not fit.
  // "a smaller TV I have had for 6 years still works": years told of another item that lasted are a comparison, and
  // so are years told of the buyer's old set ("my trusty old ones are two years old").
  const ownYears = reviewText
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !STILL_WORKS.test(sentence) && !OLD_ITEM.test(sentence))
    .join(' ');
  if (OWNED_FOR_YEARS.test(ownYears) || (did.has('replaced') && MAKER_REPLACED.test(reviewText))) {
    blocked.add('refund');
    blocked.add('replacement');
  }
  // A unit that served a long while before it failed is owed a repair or a new one, not the price back.
  if (LONG_USE.test(ownYears)) blocked.add('refund');
  // Goods that served for months, or that the buyer mended themselves, are checked, repaired or replaced under
  // warranty: the price back and the return postage only where they ask for their money, or where a replacement
  // already failed as the first did. Goods used up in use (batteries that stopped holding a charge) are not repaired,
  // so their price back stays open.
  const servedOrMended =
    situation.sectorGroup === 'retail' &&
    (servedMonths(reviewText) || mendedThemselves(reviewText)) &&
    !isConsumable(reviewText) &&
    !cheapGoods(reviewText);
  if (servedOrMended && !asksMoney(situation, reviewText) && !did.has('replacement_failed'))
    blocked.add('refund');
  // Goods that work, found worse only than a rival or by design, or that the buyer is content with on the whole:
  // nothing of theirs failed to take back or replace.
  const goods = situation.sectorGroup === 'retail' || situation.sectorGroup === 'software';
  if (goods && worksAsMade(reviewText)) {
    blocked.add('refund');
    blocked.add('replacement');
  }
  // A replacement is already on its way, or the goods were just sent off to be swapped: a second one would cross it
  // in the post. One already given by someone else (a provider's technician) leaves none of ours to send either.
  if (REPLACEMENT_PENDING.test(reviewText) || awaitingSwap(reviewText)) blocked.add('replacement');
  if (givenAnotherElsewhere(reviewText)) blocked.add('replacement');
  // Done with the brand or the model: they want their money back or nothing, not another of the same.
  if (DONE_WITH_IT.test(reviewText)) blocked.add('replacement');
  // A fault every unit shares, or one that outlived a fix or a new part, would come back in a new unit.
  if (MODEL_WIDE.test(reviewText) || SURVIVED_FIX.test(reviewText)) blocked.add('replacement');
  // A fault of the design itself (it tips over, the software is poor, it is too small) is in every unit made.
  if (DESIGN_FAULT.test(reviewText)) blocked.add('replacement');
  // A replacement answers a unit that failed (broke, arrived dead, stopped charging); a product that works as made
  // but sounds thin, reads badly or does not suit them would be no better the second time.
  // A feature that does not work as described is the same on every unit; only a failure of the unit itself counts.
  if (!isUnitFault(reviewText)) blocked.add('replacement');
  // Someone warning others off the product does not want another of it, whether or not the reading tagged the ask.
  if (situation.asks.includes('warning_others') || warnsOthersOff(reviewText)) blocked.add('replacement');
  // Sold, given away, thrown out or swapped for another brand: there is no unit left to replace or take back.
  if (situation.sectorGroup === 'retail' && partedWithItem(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // A shopper who left vowing not to spend their money here, with no purchase told, has no goods to take back or
  // replace.
  if (situation.sectorGroup === 'retail' && vowedNotToBuy(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // Goods already thrown out: another of the same is not what a buyer who binned the first one wants.
  if (binnedGoods(reviewText)) blocked.add('replacement');
  // The goods themselves are fine and the maker's software is the trouble: another unit or the money back misses it.
  if (MAKERS_SOFTWARE.test(reviewText) && GOODS_FINE.test(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // The maker has already agreed to refund them: a second refund or a unit from us would cross it.
  if (MAKER_REFUNDING.test(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // A refund they were already offered and called not enough is no answer now.
  if (REFUND_ALREADY_OFFERED.test(reviewText)) blocked.add('refund');
  // Equipment their employer bought for them: the unit and the money are the employer's, not theirs to take back.
  if (SUPPLIED_BY_EMPLOYER.test(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // A carrier's service paid by the month (a phone line, an internet plan): not goods of ours to take back or send.
  if (situation.sectorGroup === 'retail' && carrierService(reviewText)) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // Bought from another seller, or never bought at all (a visit to the shop that ended without a purchase): we have
  // no unit or payment of theirs to replace or refund.
  // A diner who "walked in" or "stopped by" and ate has paid for a meal, named or not: only a purchase made
  // elsewhere, or one never made, leaves a restaurant nothing to give back.
  // A guest who tells of a stay is read as before: what they "walked in" to may not have been ours.
  const visitedToEat = situation.sectorGroup === 'food_hospitality' && !spokeOfStay(reviewText);
  const notOurs = visitedToEat
    ? boughtAtOtherStore(reviewText) || neverBought(reviewText)
    : noSaleOfOurs(reviewText);
  if (notOurs) {
    blocked.add('replacement');
    blocked.add('refund');
  }
  // Someone who says they will never come back is not won over by an offer for their next visit, and someone who
  // found the food itself poor is not won over by more of it.
  if (
    NEVER_AGAIN.test(reviewText) ||
    (situation.sectorGroup === 'food_hospitality' &&
      (FOOD_POOR.test(reviewText) || FOOD_DISGUST.test(reviewText)))
  ) {
    blocked.add('discount');
    blocked.add('other');
  }
  // Someone who already came back to give the place another chance, and was let down again, has had the next visit
  // an offer would give them; so has one whose treatment or job already got its second go.
  if (gaveAnotherChance(reviewText)) {
    blocked.add('discount');
    blocked.add('other');
    if (situation.sectorGroup === 'professional' || situation.sectorGroup === 'trades_repairs')
      blocked.add('redo');
  }
  return blocked;
}

/**
 * Goods that work as they were made: found worse only than a rival, content on the whole ("so far so good"), or
 * lacking a format they were never made to play ("does not support DivX"); no unit of them failed.
 */
const worksAsMade = (text: string): boolean =>
  (worksButPrefers(text) || contentOnTheWhole(text) || lacksFormat(text)) &&
  !isUnitFault(withoutFormatTalk(text));

// "I will not spend my money here": a shopper's vow on leaving; with no purchase told, the visit ended before any sale.
const SPEND_VOW =
  /\b(?:will not|won'?t|would not|wouldn't) (?:be )?spend(?:ing)? (?:my|our|a (?:penny|dime|cent)) (?:money |of my money )?(?:here|there|at this store|in this store)\b/i;
const PURCHASE_TOLD = /\b(?:bought|purchased|ordered|paid|receipt|returned|refund\w*)\b/i;

/** True when the review vows not to spend money here and tells of no purchase. */
const vowedNotToBuy = (text: string): boolean => SPEND_VOW.test(text) && !PURCHASE_TOLD.test(text);

/** The reviewer asks for their money back, in so many words or as the situation reads it. */
const asksMoney = (situation: Situation, reviewText: string): boolean =>
  situation.asks.includes('refund') ||
  returningForGood(reviewText) ||
  HOPES_TO_RETURN.test(reviewText) ||
  TRIED_TO_RETURN.test(reviewText) ||
  (WANTS_MONEY_BACK.test(reviewText) && !GOT_MONEY_BACK.test(reviewText));
// "I hope we can return this piece of junk", "I wish I could send it back".
const HOPES_TO_RETURN =
  /\b(?:hope|wish|hoping) (?:that )?(?:i|we) (?:can|could|will be able to) (?:return|send back|take back) (?:it|them|this|these)\b|\b(?:hope|wish|hoping) (?:that )?(?:i|we) (?:can|could|will be able to) (?:send|take) (?:it|them|this|these) back\b/i;

// "they gave me a terrible time when I tried to return the defective product", "just try to return it": the buyer
// wanted the goods gone and their money back, whether or not the return went through.
const TRIED_TO_RETURN =
  /\b(?:tried|attempted|attempting|trying|try) to (?:return|send back|take back) (?:it|them|this|these|mine|the|my|an?)\b/i;

// Goods already sent back, in the past tense: "Costco let me return it" as well, but not "please let me return it".
const SENT_BACK_ALREADY =
  /\b(?:returned|sent (?:it|them|the \w+) back|took (?:it|them|the \w+) back|shipped (?:it|them) back|went back|accepted (?:the|my|our) return)\b|(?<!(?:\b(?:please|just|to|you|can|could|will|would|not)|n't) )\blet (?:me|us) return\b/i;
// "I'll return it tomorrow", "we will be returning these", "I'm sending them back": the goods are going back.
const RETURNING_FOR_GOOD =
  /\b(?:(?:i|we)(?:'ll|’ll| will) (?:be )?return(?:ing)? (?:it|them|this|these|the (?!favou?r\b|calls?\b)\w+)\b|(?:am|i'm|i am|will be|going to be|we're|we are) (?:sending|taking|returning) (?:it|them|this|these|the \w+) back|(?:am|i'm|i am|will be|we're|we are) returning (?:it|them|this|these|the \w+)|(?:returning|return) (?:it|them|this) for (?:a|my) (?:refund|money back)|(?:going|gonna|plan|want|wanted|need|have) to return (?:it|them|this)|(?:let|allow) (?:me|us) (?:to )?return (?:it|them|this)|(?:it|this|they) (?:is|are|goes|go) back (?:to the store|tomorrow|today|in the box))\b/i;
// "Will return soon", with nothing named: the goods going back where the review tells of a failed unit, not a
// customer coming back to the shop.
const RETURN_SOON =
  /\b(?:(?:i|we)(?:'ll|’ll| will)|will) (?:be )?return(?:ing)? (?:soon|tomorrow|today|this week|asap|right away|immediately)\b/i;

/** Whether the buyer is sending the goods back for good (said in so many words, or "will return soon" of a dud). */
const returningForGood = (text: string): boolean =>
  RETURNING_FOR_GOOD.test(text) || goingBack(text) || (RETURN_SOON.test(text) && isUnitFault(text));
const REPLACEMENT_PENDING =
  /\b(?:(?:waiting (?:on|for)|awaiting|expecting) (?:a|the|my|our|another) (?:replacement|new one|exchange)|(?:replacement|new one|exchange) (?:is|was) (?:on (?:its|the) way|being (?:sent|shipped)|in the (?:mail|post))|(?:are|is|will be) sending (?:me |us )?(?:a |another )?(?:replacement|new one))\b/i;
const DONE_WITH_IT =
  /\b(?:(?:probably|likely|definitely|certainly|surely) (?:my |our |the )?last|(?:go|went|going) (?:with|for) (?:another|a different|a better|a more \w+) (?:model|brand|make|one|product|media)|(?:buy|get|find) something (?:else|better|sturdier|more \w+)|(?:my|our) last (?:[\w-]+ )?(?:product|purchase|one)|(?:never|not|won'?t|will not|wont) (?:ever )?(?:buy|purchase|order)(?:ing)?(?: [\w&'.-]+){0,3} again|never (?:ever )?(?:buy|purchase|order) (?:another|one of their|any(?:thing)? (?:else )?(?:from|by|of|made by))\b|never again will (?:i|we) (?:buy|purchase|order)|never again (?:i'll|i will|will i|we'll|we will|will we) (?:ever )?(?:buy|purchase|order)|(?:exchange|swap|trade) (?:it|them|this) (?:for|to|in for) (?:a |an )?(?:better|different|another|other) (?:brand|make|model)|(?:buy|get|try|use) (?:another |a |an )?(?:a )?(?:different|better|other) (?:brand|make)|(?:look|looking|shop|shopping) (?:around )?(?:at|for) (?:another|a different|other) brands?|(?:going|go) back to (?:a |my )?(?:wired|old|previous)|(?:go|stick|stay) with (?:a |my |the )?(?:old|other|previous|cass?ette|wired)|(?:switch(?:ed|ing)?|moved?|moving) to (?:a |an |another |the )?(?:different|other|[A-Z]\w+)|ended up (?:buying|getting|going with|with) (?:a |an |another |the )?(?:different|other|[A-Z]\w+)|(?:other|another|different) brands? (?:you |would you |do you )?(?:suggest|recommend)|(?:suggest|recommend) (?:\w+ ){0,2}(?:other|another|different) brands?|instead (?:buy|purchase|get|go with)|(?:buy|purchase|get) (?:the |a |an )?[A-Z][\w-]+(?: [\w-]+){0,3} instead|throw in the towel|give up on (?:it|this|them)|(?:given|gave) up on|giving up|(?:i am|i'm|we are|we're) (?:so |totally |completely )?(?:done|through|finished) with)\b/i;
// A unit that failed: broke, died, stopped (or "stoped") working, burnt discs that came out coasters, a card whose
// data went corrupt, discs or a drive the machine does not recognise. Told loosely too: a part that will "break by
// itself", goods that "worked for 2 days." and no more, a card that "wanted me to reformat" it each time.
const UNIT_FAULT =
  /\b(?:defect(?:ive|s)?|faulty|fault|broke|broken|breaks|break (?:by (?:itself|themselves)|on (?:its|their) own|apart|off)|worked (?:only |just )?for (?:only |just |about |around )?(?:\d+|a|an|one|two|three|four|five|six|a few|a couple(?: of)?) (?:days?|hours?|minutes?)(?= *(?:[.!;]|$|,? (?:then|and then|until|after that)\b))|(?:wants?|wanted|asks?|asked|keeps? asking|kept asking) (?:me )?to re-?format|stop(?:p)?ed (?:working|charging|holding|responding|turning|running)|quit(?:s)? (?:working|running)|(?:just )?quite running|(?:started|began|kept|keep|are|is|were|was) dying|bad sectors|(?:lasted|worked) (?:only |just )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|a couple(?: of)?) (?:days?|weeks?|months?)(?= *(?:[.!;]|$|,? (?:then|and then|before|until)\b))|(?:did not|didn'?t|does not|doesn'?t|never) run (?:right|properly)|(?:not|never|n'?t) stay(?:s|ed)? charged|died|dies|dead|doa|won'?t (?:turn|power|switch|charge|hold|work|play|read|connect)|will not (?:turn|power|switch|charge|hold|work|play|read|connect)|wouldn'?t (?:turn|power|switch|charge|work|play|read|connect)|(?:does|did)(?: not|n'?t) (?:turn|power|switch) on|(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|can'?t|can ?not|no longer|not|never)(?: \w+)? (?:hold|keep)(?:s|ing)? (?:a |the |any |their |its |my )?charge\b(?! (?:as|so) long as| (?:as well|longer) than)|(?:don'?t|do not) work\b(?! (?:well |properly |correctly )?(?:with|on|in|for|as)\b)|cracked|crack(?:s|ing)|damaged|missing|fell apart|falls apart|came apart|came loose|snapped|leak(?:s|ed|ing)?|no longer (?:works|worked|charges|turns|holds|plays)|failed|fails|failure|malfunction\w*|shorted|blew (?:out )?(?:the |a |my |both )?(?:fuses?|circuit|breaker)|burn(?:ed|t) out|blank|froze|freez\w+|crash(?:es|ed|ing)|reboot\w*|buzz\w*|(?:not|never|isn't|wasn't) working|doesn'?t work|does not work|didn'?t work|did not work|coasters?|corrupt(?:ed|s|ion)?|(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t) (?:\w+ )?recogni[sz](?:ed|able))\b/i;
// "this feature does not work", "the buttons are not programmable": the design, not the unit.
const FEATURE_FAILS =
  /\b(?:the |this |that |its |a )?(?:feature|function|functionality|option|setting|mode|selling point)s? (?:\w+ )?(?:does not|doesn't|did not|didn't|won't|will not|never) (?:\w+ )?work\w*/gi;
const MODEL_WIDE =
  /\b(?:(?:all|both|each|every one) of (?:them|these|the \w+)|(?:all|both) (?:three|four|five|\d) (?:of )?(?:them|units|phones|handsets)?|(?:every|each) (?:one|unit|handset|single one)|known (?:issue|problem|defect|fault|flaw)|design (?:flaw|defect|problem|fault|issue)|(?:other|many|several) (?:reviewers|reviews|buyers|owners|people) (?:have )?(?:noted|mentioned|reported|said|complained|had)|same (?:problem|issue) (?:as )?(?:everyone|other reviewers|others)|(?:gone|went) through (?:two|three|four|five|six|several|\d+) (?:pairs?|sets?|units?|of (?:these|them))|(?:either|neither|both) (?:of (?:them|these|the \w+) |[\w-]+ )?(?:work|works|worked|working)\b(?! fine| great| well| perfectly)|(?:a lot of|lots of|many|other|several|plenty of) (?:people|users|owners|customers|buyers) (?:have|had|report|reported|are having|seem to have)|(?:poor|bad|terrible|flawed|faulty) design|(?:badly|poorly) designed|(?:agrees? with|as (?:noted|said|mentioned|reported) by) (?:one of )?(?:the |other |many )?(?:reviewers|reviews)|(?:reviews|reviewers|they) (?:here )?(?:are|were) (?:all )?(?:entirely |completely |100% )?(?:accurate|right|correct)|all are (?:entirely |completely )?(?:accurate|right|correct|true))\b/i;
const DESIGN_FAULT =
  /\b(?:(?:the |its |their |this )?design (?:is|was|seems) (?:\w+ )?(?:flawed|poor|bad|awful|terrible|stupid|faulty|wrong)|(?:flawed|poor|bad|awful|terrible|stupid|faulty) design|(?:badly|poorly) (?:designed|thought out)|by design|(?:tips?|tipped|tipping|falls?|fell|topples?|toppled|keels?) over|(?:the |its |their )?(?:software|firmware|interface|menus?|app) (?:is|was|are|were) (?:\w+ )?(?:bad|poor|terrible|awful|horrible|buggy|clunky|useless|garbage|junk|crap|a mess)|(?:bad|poor|terrible|awful|horrible|buggy|clunky) (?:software|firmware|interface|menus?)|(?:is|are|was|were|far|much|way|simply|just) too (?:small|big|large|short|narrow|tight|shallow|heavy|bulky|tiny)|(?:simply|just) breaks|breaks (?:so |too |very |really )?(?:quickly|easily|fast)|(?:one|a|its|the) (?:major|big|serious|fatal|huge) (?:design )?flaw|(?:is|are) (?:really|very|so|too) flimsy|(?<!\b(?:it|that|this|which) )(?:was|is|seems|seemed) (?:like )?(?:a )?(?:really |very )?(?:bad|poor|terrible|dumb|silly|stupid) idea(?! to (?:buy|order|purchase|get|go))|(?:so |very |totally |completely )?impractical)\b/i;
// Fixed by the reviewer and working since: "I re-soldered the joint myself", "my son repaired it", then "it has worked
// fine for a year".
const FIXED_THEMSELVES =
  /\b(?:(?:i|we|my (?:husband|wife|son|daughter|dad|father|brother|partner|friend)|he|she) (?:finally |eventually |then )?(?:re-?soldered|soldered|fixed|repaired|mended|glued|rewired|patched)(?: (?!(?:but|and)\b)[\w-]+){0,4}? (?:myself|ourselves|himself|herself|it|them|the \w+)|(?:fixed|repaired|mended|re-?soldered) (?:it|them|the \w+) (?:myself|ourselves|himself|herself))\b/i;
const WORKED_SINCE =
  /\b(?:(?:has|have|it's|it has|they've|they have|and it|and they)? ?(?:worked|been working|run|been running|performed)(?: \w+){0,3}? (?:fine|great|well|perfectly|flawlessly|as advertised|as it should|ever since|since then|since)|no (?:problems|issues|trouble) since)\b/i;
// "I fixed it myself", "we repaired them ourselves": the buyer's own mend, said outright.
const FIXED_IT_MYSELF =
  /\b(?:fixed|repaired|mended|re-?soldered|soldered) (?:it|them|the [\w-]+|this) (?:back )?(?:myself|ourselves)\b/i;
// The goods work since the mend: "it works now", "works fine now".
const WORKS_NOW =
  /\b(?:it|they) (?:now )?works? (?:\w+ )?now\b|\b(?:it|they) (?:now )?(?:works?|work) again\b/i;
// ...or failed again since: "it broke again", "still dies", "a week later it stopped again".
const FAILED_AGAIN =
  /\b(?:broke|died|failed|stopped|quit|came loose|fell apart|went)(?: \w+){0,3} again\b|\bagain (?:broke|died|failed|stopped|quit)\b|\b(?:still|now) (?:doesn'?t|does not|won'?t|will not) work\b|\bonly (?:lasted|held|worked) (?:for )?(?:a|another|one|two|\d+)\b/i;
// Goods back from a repair that still fail: "when I received it back it STILL failed", "it malfunctioned again", "the
// same problem".
const STILL_FAULTY =
  /\b(?:still|again) (?:failed|fails|broke|died|malfunction\w*|(?:did|does)(?:n't| not) work)\b|\b(?:failed|malfunctioned|broke|died|stopped working)\b[^.!?]{0,30}?\bagain\b|\bthe (?:very )?same (?:problem|fault|issue)\b/i;
// A fault that outlived a fix or a new part: "even after the repair", "new batteries didn't help", "I got the product
// back, only to have it repeat exactly the same problems".
const SURVIVED_FIX =
  /\b(?:(?:already )?replaced (?:the |its |their |a |my )?(?:batter(?:y|ies)|part|fuse|cable|cord|adapter|charger|power supply|it once|them once)|(?:new|replacement|fresh) batter(?:y|ies) (?:didn't|did not|doesn't|does not|made no|won't)|(?:even )?after (?:the|a|its|their) (?:repair|firmware update|update|reset|fix)|tried (?:troubleshooting|everything|resetting|updating)|(?:firmware|driver) (?:update|upgrade)s? (?:didn't|did not|doesn't|does not|made no)|(?:was|were|got|had (?:it|them)) (?:repaired|fixed) (?:once|twice|before)|(?:with|had|has|suffering|showed|shows) the (?:very )?same (?:problem|fault|issue|error)s? (?:(?:that )?(?:i|we) (?:had )?sent (?:it|them) (?:in|back|off) for|as before)|(?:got|had|received) (?:it|them|the [\w-]+) back\b[^.!?]{0,40}?\b(?:repeat(?:ed|s|ing)?|do(?:es|ing)?|did|show(?:ed|s|ing)?|ha(?:ve|d|s)|having) (?:exactly |just )?the (?:very |exact )?same (?:problems?|faults?|issues?|errors?|thing))\b/i;
const INCOMPATIBLE =
  /\b(?:(?:not|isn't|wasn't|is not|was not|aren't|are not|in)compatible|compatibility|(?:says|said|states|stated|confirms|confirmed|admits|admitted) (?:that )?(?:it|they|this|these) (?:won't|will not|doesn't|does not|can't|cannot) work|(?:don't|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|can't|cannot|couldn't|could not) (?:\w+ )?work (?:well |properly |correctly )?(?:with|in|on) (?:my|our|the|a|an|any)\b)/i;
// A computer platform named beside a failure to work or be recognised: a compatibility problem, not a bad unit.
const PLATFORM = /\b(?:mac|macs|macintosh|os ?x|windows|win ?(?:xp|2k|2000|98|me)|vista|linux)\b/i;
const PLATFORM_FAILS =
  /\b(?:doesn'?t|does not|won'?t|will not|didn'?t|did not|not|never|isn'?t|is not) (?:\w+ )?(?:work|run|support(?:ed)?|recogni[sz]e[ds]?|compatible|detect(?:ed)?)\b/i;
const REFUND_ALREADY_OFFERED =
  /\b(?:(?:the most|all|the best|the only thing) (?:they|he|she|you|the \w+) (?:could|would|were willing to|was willing to) (?:do|offer)(?: for (?:me|us))? (?:was|is) (?:to )?(?:refund|give (?:me|us) (?:a |my |our )?(?:refund|money back))|(?:only|just) offered (?:me |us )?(?:a |my |our )?(?:refund|money back)|offered (?:me |us )?(?:a |my |our )?(?:refund|money back)(?:,| but| which| and) (?:\w+ ){0,4}(?:not (?:enough|the point|what)|doesn't|does not|didn't|did not|won't|is not|isn't))/i;
const SUPPLIED_BY_EMPLOYER =
  /\b(?:(?:my|our) (?:company|employer|work|office|firm|school|department|job) (?:\w+ )?(?:supplied|provided|bought|buys|purchased|issued|issues|gave (?:me|us)|gives (?:me|us)|pays for|paid for)|(?:company|employer|work)[- ](?:issued|supplied|provided|bought|owned)|(?:issued|supplied|provided) (?:to (?:me|us) )?by (?:my|our) (?:company|employer|work|office))\b/i;
const MAKER_REFUNDING =
  /\b(?:said|say|says|agreed|promised|offered|told me|told us) (?:that |to )?(?:(?:they|he|she)(?:'ll| will| would| are going to| were going to| could) )?(?:refund|reimburse|credit) (?:me|us|whatever|what|the|my|our|it)\b/i;
// A replacement offered and turned down, or one the reviewer says would not make up for it ("a free replacement would
// not be much of a compensation"), or doubts they want ("not sure if I want another one", "hesitant to get another
// one"), or will never order again ("I will never again order this product").
const REPLACEMENT_DECLINED =
  /\b(?:not sure|unsure|doubt) (?:if |whether |that )?(?:i|we) (?:even )?(?:want|would want|need) (?:another|a new one|a replacement)\b|\b(?:hesitant|hesitate|reluctant|wary|afraid|scared) (?:to|of) (?:get|getting|buy|buying|order|ordering|try|trying) (?:another|a new one|a replacement)\b|\b(?:will|would|I'll|I'd) never (?:again )?(?:order|buy|purchase) (?:this|these|another|it|them|one)\b|\boffered (?:me |us )?(?:to (?:replace|exchange)|a (?:replacement|new one|swap)|an exchange)\b|\b(?:a |another )?(?:free )?(?:replacement|new one) (?:would(?:n'?t| not)|will not|won'?t|does not|doesn'?t) (?:be|help|do|fix|make up)\b/i;
// "…but the Fuji and SanDisk cards did", "other brands work fine": the fault is this product's, not this unit's.
const OTHER_BRAND_WORKS =
  /\b(?:other|another|different) (?:brands?|makes?) (?:of \w+ )?(?:\w+ )?(?:work|works|worked|play|plays|played|burn|burns|burned|did|do|does)\b(?! not)|\bbut (?:the |my )?[A-Z][\w-]+(?: (?:and|or) [A-Z][\w-]+)? (?:\w+ )?(?:did|does|do|works?|worked|plays?|played)\b(?! not|n't)/;
// Our clause for a grievance about what the goods cost to buy or to run.
const PRICE_CLAUSE =
  /\b(?:costs? so much|worth what you paid|good value for the price|price felt too high)\b/;
// Our clause for a grievance about how the reviewer was dealt with (a wait, a slight, a call or a booking); "asked" of
// how a dish or the work was wanted ("not cooked the way you asked", "not done as you asked") is what came out wrong.
const PROCESS_CLAUSE =
  /\b(?:wait|waited|waiting|treated|dealt with|rushed|calls and messages|informed|communication|booking|took longer|how long|told|called|(?<!\b(?:way|how|as|what) (?:you|we|i) (?:had )?)asked|ignored|turned away|charged|overcharged|quoted|refused|denied|our staff|our team|welcome|unwelcom\w*|turn(?:ed)? up|arrived when|rang to tell)\b/i;
// Goods owned for years: "bought it 3 years ago", "I have had this phone for about three years".
const OWNED_FOR_YEARS =
  /\b(?:(?:bought|purchased|had|owned|used) (?:it|them|this|these|mine|the \w+|\w+ \w+) (?:\w+ )?(?:about |around |over |nearly |almost |roughly |some |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) years|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) years (?:ago|old)|for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) years)\b/i;
// "died after a year", "after 14 months", "two years of daily use"; not "after a year of saving up".
const LONG_USE =
  /\b(?:after (?:just |only )?(?:over |more than |nearly |almost |about |around |a little over |just over )?(?:a|one|1|two|2|three|3) (?:full )?years?(?! of (?!(?:daily |heavy )?(?:use|service)))|after (?:1[2-9]|[2-9]\d|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-\w+) months|(?:a|one|two|three) years? (?:and (?:a half|\w+ months) )?of (?:use|service|daily use|heavy use))\b/i;
const STILL_WORKS = /\bstill (?:works|working|going|runs|running|goes)\b/i;
// The buyer's earlier goods, set beside these: "my old Rayovacs", "my previous player", "the trusty old ones", "I have
// speakers that are about 5 years old, and wanted to replace them".
const OLD_ITEM =
  /\b(?:[Mm]y|[Oo]ur|[Tt]he) (?:trusty |previous |prior |older |old )+(?:[\w-]+ ){0,3}?(?:ones?|sets?|units?|[A-Z][\w-]*s?)\b|\b(?:wanted|want|needed|need|meant|decided|was looking|were looking) to replace (?:them|it|my|our|the)\b/;
const MAKER_REPLACED = /\b(?:manufacturer|maker|warranty|rma|[A-Z][a-z]+ (?:replaced|sent))\b/;
// The reviewer asks for their money back in so many words.
const WANTS_MONEY_BACK =
  /\b(?:(?:i am|i'm|we are|we're|now) out (?:the|my|our) money|(?:how|want|wanted|need|trying|tried) (?:do i |can i |to )?return (?:it|them|this|the|this \w+|the \w+) (?:\w+ )?for (?:a |my )?(?:refund|money back)|(?:get|getting|want|wanted|need|give me|expect|ask for|asked for|asking for) (?:my|our|the) money back|how (?:do|can) (?:i|we) get (?:a |my |our )?(?:refund|money back)|(?:want|need|expect|deserve|asked for|asking for|demand) (?:a |my )?(?:full )?refund|wish (?:i|we) could (?:\w+ ){0,6}(?:get|have) (?:a |my |our )?(?:refund|money back)|wish (?:that )?(?:i|we) (?:can|could) get (?:my|our) money (?:back|refunded)|get (?:my|our) money refunded|(?:try|trying|going|hope|hoping|plan|planning|intend) to (?:get|ask for|seek|claim) (?:a |my |our )?(?:full )?(?:refund|money back))\b/i;

// The money for goods sent back has not come: "I have yet to get my $120 back", "still no refund", "waiting for my
// refund"; not a charge or a fee, which is a quarrel over the bill.
const OVERDUE_MONEY =
  "(?:yet to|still (?:haven't|have not|not)|never) (?:get|got|gotten|receive|received|seen|see) (?:my|our|the|a|any) (?:\\$?[\\d.,]+ )?(?:back|refund|money|credit)|(?:still|yet to|never) (?:\\w+ ){0,3}(?:refund|money|credit)|(?:haven't|have not|hasn't|has not|never) (?:\\w+ ){0,2}(?:refunded|received|gotten|got|seen|issued|processed) (?:(?:my|the|a|any) )?(?:refund|money|credit)|waiting (?:on|for) (?:my|the|a) (?:refund|credit|money)";
const REFUND_OVERDUE = new RegExp(`\\b(?:${OVERDUE_MONEY})\\b`, 'i');
// Money the reviewer is still owed after sending the item back or cancelling: something is left to put right. The
// overdue money, "no refund", a charge made again or a restocking fee.
const STILL_OWED = new RegExp(
  `\\b(?:${OVERDUE_MONEY}|no refund|(?:didn't|did not) (?:\\w+ ){0,2}(?:refunded|received|gotten|got|seen|issued|processed) (?:(?:my|the|a|any) )?(?:refund|money|credit)|charged (?:me |us )?(?:again|twice|anyway|a restocking)|restocking fee)\\b`,
  'i',
);
// The refund still owed for goods sent back, told as that rather than as the business's offer for a new complaint.
const OVERDUE_REFUND = 'the refund still owed for your return';

// The shop's own charges at the checkout: shipping, fees, what it wanted to charge.
const SHOP_CHARGES = /\b(?:shipping|checkout|fees?|charg(?:e|es|ed|ing))\b/i;

// Goods taken back for others in their place: an exchange, with no money owed back.
const EXCHANGED =
  /\b(?:returned|sent|took|swapped) (?:it|them|the \w+) (?:back )?(?:for|in exchange for) (?:a|an|another|the|some) (?:different|other|new|better|replacement)\b|\bexchang(?:e|ed|ing)\b/i;

const GOT_MONEY_BACK =
  /\b(?:refunded (?:me|us|my|our|in full)|(?:was|were|got) refunded|(?:got|received) (?:my|our|a|the|full) (?:money back|refund))\b/i;

// A maker's warranty told only in passing, with no claim made or refused: "the warranty is only 90 days", "only a
// 90-day warranty", "now I have to check the warranty", "I'll pay for a 1-year warranty next time", "no way to open it
// without voiding the warranty", "better warranty than the Reporter" (another product's, compared). A warranty run out
// is not among them: goods that old are checked, not replaced.
const WARRANTY_NOTE =
  /\b(?:(?:the |its |a |their )?warranty (?:is|was) (?:only|just) (?:for )?(?:\d+|ninety|thirty|sixty|one|a|six|three)(?:[- ](?:day|month|year)s?)?|only (?:a |an )?(?:\d+|ninety|thirty|sixty|one|six|three)[- ](?:day|month|year) warranty|(?:check|read) the warranty(?: carefully)?|(?:pay|paying) for (?:at least )?(?:a|an) (?:\d+|one|two|three|extended)(?:[- ](?:year|month))? warranty|(?:voiding|void|invalidat\w+) (?:the |its |my |your )?warranty|(?:a )?(?:better|longer|shorter|worse|bigger) warranty than|extend (?:that|the|its|your) warranty)\b/gi;

/** The review without its passing notes of the maker's warranty, which alone are no dispute with the shop. */
const withoutWarrantyNote = (text: string): string => text.replace(WARRANTY_NOTE, ' ');

// A disagreement about money or a promise, anywhere in the review: settled in a conversation, not with an offer.
const DISPUTE_WORDS =
  /\b(?:quoted?|quotes|estimate[ds]?|overcharg\w*|invoice[ds]?|warrant(?:y|ies)|return label|charged (?:me|us) (?:for|twice|again|extra)|double[- ]charged|hidden fees?|bait and switch|upsell\w*)\b/i;

// A rebate or cash-back offer turned down or never paid: "they rejected my upcs", "the rebate never came". The call
// chases the rebate, which the price back would not replace.
const REBATE_REFUSED =
  /\b(?:re-? ?bates?|cash[- ]?back|mail-in (?:offer|form))\b[^!?]{0,100}?\b(?:reject\w*|denied|deny|refus\w*|not honou?red|never (?:came|arrived|paid|received|got)|still (?:waiting|not))\b|\b(?:reject\w*|denied|refus\w*|never (?:got|received|paid)|still waiting (?:on|for)) (?:my |the |our )?(?:re-? ?bates?|cash[- ]?back|upcs?|proofs? of purchase)\b/i;

/** A disagreement about money or a promise, a rebate turned down among them. */
const disputed = (text: string): boolean => DISPUTE_WORDS.test(text) || REBATE_REFUSED.test(text);

const NEVER_AGAIN =
  /\b(?:(?:would(?:n'?t| not)|can'?t|cannot) (?:ever )?(?:go|come) back|(?:don'?t|do not) think (?:i|we)(?:'ll| will) (?:be )?(?:coming|going) back|stay away from|never (?:go(?:ing)? back|return(?:ing)?|be back|come back|coming back|again|set foot)|won'?t (?:be back|return|go back|be returning|come back|be (?:going|coming) back)|will not (?:be back|return|go back|come back|be returning|be coming back|be going back)|not (?:be )?(?:going|coming) back|doubt (?:i|we)(?:'ll| will) (?:be back|return|go back)|(?:won'?t|will not|shall not|not going to) (?:be )?(?:spend(?:ing)?|wast(?:e|ing)) (?:any more of |any more |another penny of )?(?:my|our) (?:time|money|hard-earned money)|last time|avoid|(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|not going to|(?:don'?t|do not) think (?:it|this place|they|this spot)(?:'ll| will)) make (?:the|our|my) (?:rotation|list|regular list)|(?:don'?t|do not|won'?t|will not) (?:plan|intend|expect) (?:on |to )?(?:return(?:ing)?|go(?:ing)? back|com(?:e|ing) back|be(?:ing)? back)|doubt (?:i|we)(?:'ll| will) (?:ever )?(?:go|come|be|eat|stay) (?:back|there|here)?\s*again|(?:will|would) never (?:come|go|eat|stay)(?: \w+){0,2} again|(?:would(?:n'?t| not)|will not|won'?t) (?:ever )?(?:stay|eat|dine|go|come)(?: \w+){0,2} again|(?:would(?:n'?t| not)|will not|won'?t) (?:ever )?be (?:coming|going|eating|staying|dining|ordering)(?: \w+){0,2} (?:back|again)|(?:so many|plenty of|lots of) other (?:options|places|restaurants|choices)|(?:i|we)(?:'ll| will| would) (?:go|be going) (?:somewhere|elsewhere|to (?:a|another) \w+ (?:place|restaurant))|(?:take|spend|keep) your (?:\w+ )?(?:money|dollars|business|cash|bucks) (?:somewhere else|elsewhere))\b/i;

// Complaints about how things were handled (a price dispute, a wait for a warranty, calls never returned) are put
// right by a person, not by a voucher.
const PROCESS_THEMES = new Set(['price', 'communication', 'booking', 'staff', 'wait']);
// The maker's software, firmware, drivers or maps: a fault there is taken up with the maker, not refunded unasked.
const MAKERS_SOFTWARE = /\b(?:firmware|drivers?|software|installer|maps|updates?)\b/i;
// Themes about the goods themselves (a fault, how they were made or laid out, not as described), as against the
// price, the delivery or the people.
const GOODS_THEMES = new Set(['quality', 'defect', 'design', 'description']);
const PROCESS_WORDS =
  /\b(?:quot\w*|invoice\w*|bill(?:ed|ing)?|overcharg\w*|charged (?:me|us|for|twice|extra|again|\$)|(?:a|the|extra|hidden|service|delivery|restocking) charges?|fee|fees|price\w*|warrant\w*|label|rude\w*|dismissive|ignored|never (?:called|answered|replied|heard)|no one (?:called|answered)|nobody (?:called|answered)|hung up|policy|manager|booking|reservation|appointment)\b/i;

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
  listed: readonly Remedy[],
  read: Situation,
  themes: readonly string[],
  opts: NextStepOptions,
): NextStep {
  const step = firstNextStep(listed, read, themes, opts);
  return step.kind === 'call' ? afterMakerOrReturn(step, listed, read, opts) : step;
}

type NextStepOptions = {
  regulated: boolean;
  reviewText: string;
  knowsProblem: boolean;
  named?: string | null;
  /** The business's latest replies, where the offer may vary between remedies that fit equally well. */
  page?: Writer['usedInLatest'];
  /** The review's title, which may tell what already happened ("Sent it right back"). */
  title?: string | null;
};

// Words that set a shop's reply chasing the maker, a carrier or a helpline for the buyer.
const MAKER_TALK =
  /\b(?:manufacturer|maker|warranty|rebate|mail-in|support|customer service|help ?line|carrier|courier|firmware|drivers?|software)\b/i;
// The reasons a call is given that a shop's reply may tell as chasing the maker.
const CHASING_REASONS: ReadonlySet<CallReason> = new Set(['fix', 'hear', 'returned', 'retry_failed']);

/**
 * A call for goods the buyer already took through the maker, or already sent or is sending back, is not a call to
 * take it up with the maker for them: goods of ours are answered with our own refund (a free check of our own where
 * long use rules the price back out), a refund for a return we took is seen home, a return turned away is looked at
 * by us, and goods bought elsewhere and gone back there leave only their account to hear.
 */
function afterMakerOrReturn(
  step: Extract<NextStep, { kind: 'call' }>,
  listed: readonly Remedy[],
  read: Situation,
  opts: NextStepOptions,
): NextStep {
  const text = withoutTriedOther(opts.reviewText);
  const goods = read.sectorGroup === 'retail' || read.sectorGroup === 'software';
  if (opts.regulated || !goods || !CHASING_REASONS.has(step.reason)) return step;
  const situation = withoutMakerSwap(withTitleActions(read, opts.title), text);
  const did = new Set(situation.priorActions);
  const refused = returnRefused(text);
  const goneBack =
    !refused &&
    (returnedForGood(situation) ||
      returningForGood(text) ||
      goingBackOrExchanged(text) ||
      goingBackToMaker(text) ||
      SENT_BACK_ALREADY.test(text));
  const maker = dealtWithMaker(text);
  if (!goneBack && !maker && !refused) return step;
  // Money still owed for goods sent back is what the call is about.
  if (STILL_OWED.test(text)) return step;
  const elsewhere = noSaleOfOurs(text) || boughtAtOtherStore(text);
  const paid = did.has('refunded') || did.has('compensated') || GOT_MONEY_BACK.test(text);
  // Goods from another shop on their way back to their maker are heard out (see `firstNextStep`).
  if (elsewhere && goingBackToMaker(text)) return step;
  if (elsewhere || paid) return { ...step, reason: 'settled' };
  const refund = listed.find((r) => r.kind === 'refund');
  // A return turned away has no refund on its way to chase: the refund is ours to look at, and give.
  if (refused) return refund ? remedyOf(refund) : { ...step, reason: 'fix' };
  // A return we took with no word of the money since: the refund is chased, not the maker.
  if (step.reason === 'returned') return MAKER_TALK.test(text) ? { ...step, reason: 'refund_pending' } : step;
  const gone = partedWithItem(text) || binnedGoods(text);
  const longOwned = OWNED_FOR_YEARS.test(text) || LONG_USE.test(text);
  if (refund && !longOwned && !did.has('cancelled'))
    return remedyOf(
      gone || returnedForGood(situation) || SENT_BACK_ALREADY.test(text) ? withoutPostage(refund) : refund,
    );
  if (!MAKER_TALK.test(text)) return step;
  return { ...step, reason: longOwned && !gone && !goneBack ? 'check' : 'settled' };
}

const remedyOf = (remedy: Remedy): NextStep => ({
  kind: 'remedy',
  remedy,
  hours: remedy.withinHours ?? DEFAULT_REMEDY_HOURS,
});

/** A refund told without return postage, for goods no longer in the buyer's hands or already sent back. */
function withoutPostage(refund: Remedy): Remedy {
  const label = refund.label.replace(RETURN_POSTAGE, '').trim();
  return label === '' ? refund : { ...refund, label };
}

function firstNextStep(
  listed: readonly Remedy[],
  read: Situation,
  themes: readonly string[],
  opts: NextStepOptions,
): NextStep {
  // An offer for a stay ("a refund for the nights affected") fits only a guest who stayed, not one who came to eat
  // or to park; money taken in error is still given back, whatever the offer was for.
  const stayed = spokeOfStay(opts.reviewText);
  // Nor does an offer for a next visit ("a table on us") fit food brought to the door (not room service to a guest),
  // or a cake or a cone bought over the counter.
  const food = read.sectorGroup === 'food_hospitality' && !stayed;
  const delivered = food && deliveredOrder(opts.reviewText);
  const noVisit =
    delivered || (food && counterPurchase(opts.reviewText)) || visitGivenLately(listed, opts.page);
  const remedies = listed.filter(
    (r) =>
      r.kind === 'callback' || ((stayed || !isStayOffer(r.label)) && !(noVisit && isVisitOffer(r.label))),
  );
  // Amends the reviewer says would have helped were not given, whatever "a free night" seemed to say.
  const amends = askedForAmends(opts.reviewText, read.priorActions.includes('compensated'));
  const told = withRefundTold(
    withoutMakerSwap(withTitleActions(read, opts.title), withoutTriedOther(opts.reviewText)),
    opts.reviewText,
  );
  const situation = amends.wished
    ? { ...told, priorActions: told.priorActions.filter((action) => action !== 'compensated') }
    : told;
  const did = new Set(situation.priorActions);
  // After a correction that already failed, "let me correct it" would promise the same thing again; after a call
  // back that put nothing right, a call only to hear them out again would be the same call.
  const call = (reason: CallReason): NextStep => ({
    kind: 'call',
    hours: callHoursOf(remedies),
    reason:
      reason === 'fix' && did.has('repair_failed')
        ? 'retry_failed'
        : reason === 'hear' && did.has('business_followed_up')
          ? 'fix'
          : reason,
  });
  // Another maker's product the reviewer tried instead says nothing of what ours needs.
  const text = withoutTriedOther(opts.reviewText);
  const wantsMoney = WANTS_MONEY_BACK.test(text) && !GOT_MONEY_BACK.test(text);
  if (opts.regulated) return call('hear');
  // Calls and mailings the customer never wanted are stopped; a refund or a visit on us would only bring more.
  if (wantsNoMoreContact(text)) return call('stop_contact');
  // Money taken in error is put right by giving it back: a vague offer to talk or make amends would not answer it.
  const billing = readBillingError(text);
  const refundListed = listed.find((r) => r.kind === 'refund');
  const refundOffered = remedies.find((r) => r.kind === 'refund');
  // A deposit kept is money owed back in full, named as the deposit, whatever partial refund the business offers.
  if (billing === 'deposit_kept') {
    const amount = depositAmount(text);
    const remedy: Remedy = { kind: 'refund', label: `a refund of your ${amount ? `${amount} ` : ''}deposit` };
    return { kind: 'remedy', remedy, hours: refundListed?.withinHours ?? DEFAULT_REMEDY_HOURS };
  }
  // Guests who left a room not fit to use and were still held to their booking are owed what they paid for it.
  if (situation.sectorGroup === 'food_hospitality' && leftButHeldToBooking(text)) {
    const remedy: Remedy = { kind: 'refund', label: 'a full refund of your booking' };
    return { kind: 'remedy', remedy, hours: refundOffered?.withinHours ?? DEFAULT_REMEDY_HOURS };
  }
  // A charge for what was meant to be free is given back even where the business lists no refund among its offers:
  // it is money taken in error, not compensation.
  if (billing && (refundListed || billing === 'charged_for_free') && !boughtAtOtherStore(text)) {
    const remedy: Remedy = { kind: 'refund', label: billingLabel(billing, refundListed?.label ?? '', text) };
    return { kind: 'remedy', remedy, hours: refundListed?.withinHours ?? DEFAULT_REMEDY_HOURS };
  }
  // Fees the business's own terms set are not money taken in error: the call goes through them with the reviewer.
  if (!billing && readPolicyFee(text)) return call('charges');
  // Goods the reviewer never bought (put off by other buyers' reports, or meant to buy and did not): nothing of theirs
  // to refund, replace or repair, so the call is to hear their view; the shop's own charges that put them off at the
  // checkout are still ours to put right.
  const goodsGroup = situation.sectorGroup === 'retail' || situation.sectorGroup === 'software';
  if (goodsGroup && neverBought(text)) return call(SHOP_CHARGES.test(text) ? 'fix' : 'hear');
  // Goods bought from another seller and already thrown out: nothing of ours to give and nothing left to chase with the
  // maker, so the call is only to hear what went wrong.
  if (situation.sectorGroup === 'retail' && binnedGoods(text) && boughtAtOtherStore(text))
    return call('settled');
  // A replacement bought again at a higher price than the goods sent back, or a package or a rate the business did
  // not honour: the difference is given back, where a call alone would leave the promise broken.
  const promised = notHonoured(text);
  const owedDifference =
    goodsGroup && paidMoreForReplacement(text)
      ? 'a refund of the difference in price'
      : promised
        ? honouredLabel(promised)
        : situation.sectorGroup === 'food_hospitality' && paidExtraNotGiven(text)
          ? extraLabel(text)
          : null;
  // A price the business quoted and then raised is money taken above what was agreed: given back even where the
  // business lists no refund, and with its own redo beside it where the work also came out badly.
  const raisedQuote = promised === QUOTED_PRICE;
  if (owedDifference && (refundListed || raisedQuote) && !boughtAtOtherStore(text)) {
    const listedRedo = listed.find((r) => r.kind === 'redo');
    const redo =
      raisedQuote && listedRedo && WORK_WENT_WRONG.test(text)
        ? redoThatFits(listedRedo, text, text)
        : undefined;
    const label = redo ? `${owedDifference}, and ${redo.label}` : owedDifference;
    const remedy: Remedy = { kind: 'refund', label };
    return {
      kind: 'remedy',
      remedy,
      hours: refundListed?.withinHours ?? redo?.withinHours ?? DEFAULT_REMEDY_HOURS,
    };
  }
  // Goods the reviewer fixed and has used since: no money or goods are owed, only thanks and a hearing.
  const mended = FIXED_THEMSELVES.test(text) || mendedThemselves(text);
  // "I fixed it myself", with no word of it failing again, is a mend that held as surely as one used since.
  const fixedOwnHands = FIXED_IT_MYSELF.test(text) && !FAILED_AGAIN.test(text);
  const mendHeld =
    (mended && (WORKED_SINCE.test(text) || WORKS_NOW.test(text))) ||
    fixedOwnHands ||
    reopenedAndWorking(text);
  if (situation.sectorGroup === 'retail' && mendHeld) return call('fixed_by_them');
  // A replacement already given that works has put the fault right: another offer would not have read the review.
  if (goodsGroup && replacementWorks(text) && !did.has('replacement_failed')) return call('put_right');
  // The work done again, when that is what they asked for or what they say nobody offered: the business's own redo,
  // in a spa as in a salon (a practice bound by its regulator has already been answered with a call above).
  const blocked = blockedKinds(situation, text);
  const remedyStep = (r: Remedy): NextStep => ({
    kind: 'remedy',
    remedy: r,
    hours: r.withinHours ?? DEFAULT_REMEDY_HOURS,
  });
  const redo = remedies.find((r) => r.kind === 'redo');
  // A redo asked for is told for the work the review is of: a salon's "correct the colour or cut" is no answer to
  // smudged toenails.
  const redoAsked =
    redo && situation.asks.includes('repair') && !blocked.has('redo')
      ? (redoThatFits(redo, text, text) ?? otherWorkRedo(redo, text))
      : undefined;
  if (redoAsked) return remedyStep(redoAsked);
  if (situation.sectorGroup === 'health') return call('hear');
  // Amends asked for are answered: what they asked for where the business offers it, else its own refund.
  const amendsGiven = amends.asked && amendsAsked(remedies, blocked, text);
  if (amendsGiven) return remedyStep(amendsGiven);
  const goods = situation.sectorGroup === 'retail' || situation.sectorGroup === 'software';
  // Nobody stood behind the goods: the shop's own refund, even where the buyer went back to the counter for it.
  const standBehind = nobodyStoodBehind(text) && !did.has('refunded') && !GOT_MONEY_BACK.test(text);
  if (goods && standBehind && refundOffered && !noSaleOfOurs(text)) return remedyStep(refundOffered);
  // Goods we sold, not bought from another seller: ours to take back or to make up.
  const soldByUs = !noSaleOfOurs(text) && !boughtAtOtherStore(text);
  // A refund for goods already sent back, or a replacement or repair already in hand, is seen through, not offered
  // afresh; a plate sent back or a second dish awaited in a restaurant is not that, and nor is a return made to
  // another store, which is not ours to chase.
  const pending =
    situation.sectorGroup === 'food_hospitality' || boughtAtOtherStore(text) ? null : readUnderWay(text);
  const stillOpen = !did.has('replacement_failed') && !did.has('repair_failed') && !did.has('refunded');
  if ((pending === 'replacement' || pending === 'repair') && stillOpen) return call(`${pending}_pending`);
  if (pending === 'refund' && !did.has('refunded') && !GOT_MONEY_BACK.test(text)) {
    // A return the buyer has still to make ("I will be returning this one also") is ours to take back: the refund,
    // with the postage on us, rather than a check on money that is not yet due.
    const stillToSend =
      returningForGood(text) && !SENT_BACK_ALREADY.test(text) && !MAKER_REFUNDING.test(text);
    const takeBack = stillToSend && soldByUs && situation.sectorGroup === 'retail' && !blocked.has('refund');
    return refundOffered && takeBack ? remedyStep(refundOffered) : call('refund_pending');
  }
  if (goods && valueVerdictOnly(themes, text) && !wantsMoney && !situation.asks.includes('refund'))
    return call('hear');
  // Goods already going back to their maker leave no claim to chase with it: goods of ours are answered with our own
  // refund, goods bought elsewhere with a call to hear them out.
  if (goods && goingBackToMaker(text) && !did.has('refunded') && !GOT_MONEY_BACK.test(text)) {
    // "Going back" reads as goods returned, which would block every offer: the refund is still ours to give.
    const ours = !noSaleOfOurs(text) && refundOffered && !did.has('cancelled') && !partedWithItem(text);
    return ours ? remedyStep(refundOffered) : call('hear');
  }
  // Money back or the item gone back: nothing is left to offer, and unless money is still owed or disputed, nothing
  // is left to resolve either; the call is to hear what went wrong.
  // Goods sent back for good; a plate sent back to the kitchen or a car taken back to the garage is not that, and
  // the garage's customer is still owed the fix.
  const returned =
    returnedForGood(situation) &&
    (situation.sectorGroup === 'retail' || situation.sectorGroup === 'software');
  if (did.has('refunded') || did.has('cancelled') || did.has('compensated') || returned) {
    const owed = STILL_OWED.test(text) || disputed(withoutWarrantyNote(text)) || did.has('cancelled');
    const settled = did.has('refunded') || did.has('compensated') || returned;
    // "I'm returning it for a refund": the return is under way, not settled, so the call is only to hear them out.
    const underWay = !did.has('refunded') && returningForGood(text) && !SENT_BACK_ALREADY.test(text);
    // A return still to be made is the shop's to take: the refund, with the postage on us, is what they are after.
    const takeBack = refundOffered && underWay && situation.sectorGroup === 'retail' && !noSaleOfOurs(text);
    if (takeBack && !MAKER_REFUNDING.test(text)) return remedyStep(refundOffered);
    // Goods sent back to us with no word of the money since: the call sees their refund home, rather than asking
    // for an account the review already gives.
    const refundUnseen =
      returned &&
      !did.has('refunded') &&
      !did.has('compensated') &&
      !GOT_MONEY_BACK.test(text) &&
      !underWay &&
      !noSaleOfOurs(text) &&
      !EXCHANGED.test(text);
    if (refundUnseen && !owed) return call('returned');
    // Goods sent back to us, and the money for them overdue: the refund owed is traced and paid by a date, where a
    // call would only promise to see what can be done.
    if (refundUnseen && refundListed && REFUND_OVERDUE.test(text) && !disputed(text))
      return remedyStep({ ...refundListed, label: OVERDUE_REFUND });
    return call(settled && !owed ? (underWay ? 'hear' : 'settled') : 'fix');
  }
  // Asked for their money back: the refund comes first, whatever the theme or the kind of complaint.
  if (refundOffered && !blocked.has('refund') && (situation.asks.includes('refund') || wantsMoney))
    return remedyStep(refundOffered);
  // Several units, one already seen to under its warranty: the refund is for the units still not working, told as
  // such, rather than one refund of "it" or a call that offers nothing.
  if (situation.sectorGroup === 'retail' && severalUnitsOneUnderWarranty(text))
    return refundOffered && !blocked.has('refund') && !PAST_WARRANTY.test(text)
      ? remedyStep({ ...refundOffered, label: unitsStillDown(refundOffered) })
      : call('fix');
  // A small part that came off goods that still work (an ear tip, a cap, a knob), the one grievance of a buyer who
  // does not write them off: a call to get that part to them, not the price of the whole.
  const partOnly =
    lostSmallPart(text) && !WRITES_OFF.test(text) && !DESIGN_FAULT.test(text) && !GOODS_LET_DOWN.test(text);
  if (situation.sectorGroup === 'retail' && partOnly) return call('fix');
  // Goods that work but were hard to set up: help setting them up, not money.
  if (goods && isSetUpStruggle(text) && !isUnitFault(text)) return call('setup');
  // The maker or its service refused the warranty or a repair: that refusal is the grievance, and the call is to
  // take it up with the maker for them, not to pay them off.
  if (goods && makerRefused(text)) return call('fix');
  // Goods that work, found wanting only beside a rival or in their design: a call to hear them out and advise.
  if (goods && worksAsMade(text)) return call('hear');
  // Goods their maker no longer supports, or that will not work with the buyer's system: their money back, or one
  // that does work with it; never another of the same.
  if (goods && refundOffered && !blocked.has('refund') && isUnsupported(text))
    return remedyStep({ ...refundOffered, label: exchangeLabel(refundOffered) });
  // Goods that never reached the buyer: the call chases them, as there is nothing of theirs to send back or replace.
  // A buyer who faults how the goods are made has had them: what they have not received is something else.
  const neverGotThem =
    notReceived(text) && !isUnitFault(text) && !WRITES_OFF.test(text) && !GOODS_LET_DOWN.test(text);
  if (goods && neverGotThem && !asksMoney(situation, text)) return call('fix');
  // A replacement already on its way, or goods sent off to be swapped: the call is to make sure it arrives and works.
  if (REPLACEMENT_PENDING.test(text) || awaitingSwap(text)) return call('replacement_pending');
  // A second unit that failed as the first did: their money back is the answer, not a third of the same.
  if (
    refundOffered &&
    !blocked.has('refund') &&
    did.has('replacement_failed') &&
    situation.sectorGroup === 'retail'
  )
    return remedyStep(refundOffered);
  // A fault every unit shares, or one that outlived a fix, on goods that failed: their money back fits better than a
  // call to troubleshoot again, unless the quarrel is over a warranty, a quote or a bill.
  if (
    refundOffered &&
    !blocked.has('refund') &&
    situation.sectorGroup === 'retail' &&
    (MODEL_WIDE.test(text) || SURVIVED_FIX.test(text)) &&
    UNIT_FAULT.test(straightQuotes(text)) &&
    !disputed(text)
  )
    return remedyStep(refundOffered);
  // A part left out of the box that reached them, on goods that otherwise work, is ours to send: the part itself, with
  // a time, where the price back would be out of proportion and a call would only promise to say later what can be
  // done. Goods bought from another seller are not ours to make up.
  const leftOut = situation.sectorGroup === 'retail' ? partsLeftOut(text) : null;
  if (leftOut && soldByUs && !isUnitFault(withoutPartsLeftOut(text))) {
    const hours = listed.find((r) => r.kind === 'replacement')?.withinHours ?? DEFAULT_REMEDY_HOURS;
    return {
      kind: 'remedy',
      remedy: { kind: 'replacement', label: `${leftOut} shipped at our cost` },
      hours,
    };
  }
  // Without a clear reading of what went wrong, any specific offer is a guess; a call to hear more never is. The
  // exception is a shop's buyer let down by the goods themselves (how they were made, or a fault): the shop's own
  // refund or replacement for such goods answers that, where a call only asks them to tell it all again.
  const forGoods = goodsRemedy(remedies, situation, themes, text, blocked, opts.page);
  // A part worn out, or goods that failed after long use where another unit does not fit: checked over and put right.
  // Months of use or a mend of their own send goods to a check only where the buyer does not ask for the money back.
  const agedOrMended = (servedMonths(text) || mended) && !asksMoney(situation, text);
  const wornOut = isWornPart(text) || ((LONG_USE.test(text) || agedOrMended) && isUnitFault(text));
  // Goods that worked a while before the fault came, from a buyer who does not write them off: a repair fits them
  // better than the price back.
  const repairable =
    servedAWhile(text) &&
    !WRITES_OFF.test(text) &&
    !returningForGood(text) &&
    !DESIGN_FAULT.test(text) &&
    forGoods?.kind !== 'replacement';
  const checked = (wornOut && forGoods?.kind !== 'replacement') || repairable;
  // A check under warranty is for goods we sold: goods from another seller are not ours to test and repair, and
  // goods used up in use (batteries, tapes, blank discs) are replaced or refunded, never tested for a repair.
  const usedUp = isConsumable(text, opts.title);
  // Nor is a small, cheap item that simply died (a cable, a flash drive): a new one or the money back answers that.
  const cheap = cheapGoods(`${opts.title ?? ''} ${text}`);
  // Nor are goods whose repair or replacement already failed ("they claimed to have fixed it", "the new unit failed
  // with the same problem"): another test would be the step that already came to nothing.
  const triedAndFailed =
    did.has('repair_failed') ||
    did.has('replacement_failed') ||
    SURVIVED_FIX.test(text) ||
    (did.has('repaired') && STILL_FAULTY.test(text));
  if (
    situation.sectorGroup === 'retail' &&
    checked &&
    !boughtAtOtherStore(text) &&
    !usedUp &&
    !cheap &&
    !triedAndFailed
  )
    return call('check');
  // The work, the stay or the meal itself came out wrong: the business's own redo, part of the stay's price or the
  // dishes' price back answers that, where a call would only ask the reviewer to tell it all again.
  const reading: OfferReading = { remedies, situation, themes, text, blocked, named: opts.named ?? null };
  const outcome = outcomeRemedy(reading);
  if (outcome) return remedyStep(outcome);
  // A meal spoiled by the service (a long wait, a server who ignored or slighted them) where the business lists amends
  // for exactly that ("a table on us", for the wait and the staff): that offer, where a call would only promise to see
  // what can be done.
  const forService = serviceAmends(reading);
  if (forService) return remedyStep(forService);
  if (!opts.knowsProblem) return forGoods ? remedyStep(forGoods) : call('hear');
  const problemText = [situation.problem, ...situation.otherProblems, opts.named ?? ''].join(' ');
  // A wait, a slight or a failure to call back is put right by a person; money or goods would not answer it.
  if (opts.named && PROCESS_CLAUSE.test(opts.named)) return call('fix');
  // Goods that let the buyer down are the shop's to take back, even where the maker's helpline was no help or the
  // tags read the complaint as one about price or a wait: a call would only ask them to tell it all again.
  if (forGoods) return remedyStep(forGoods);
  // What the goods cost to buy or run is the maker's price, not a fault we can fix: the call is to hear them out.
  if (opts.named && PRICE_CLAUSE.test(opts.named) && situation.sectorGroup === 'retail') return call('hear');
  const isProcess =
    did.has('contacted_support') ||
    situation.asks.includes('callback') ||
    situation.asks.includes('explanation') ||
    PROCESS_WORDS.test(problemText) ||
    disputed(withoutWarrantyNote(text)) ||
    (themes.length > 0 && themes.every((t) => PROCESS_THEMES.has(t)));
  // A shop's customer unhappy with a product that works as made, with only the price read as the theme, has nothing
  // of ours to fix: the call is to hear them out.
  const designOnly =
    situation.sectorGroup === 'retail' &&
    !isUnitFault(text) &&
    themes.every((t) => t === 'price') &&
    !did.has('contacted_support') &&
    !PROCESS_WORDS.test(problemText) &&
    !disputed(withoutWarrantyNote(text));
  if (isProcess) return call(designOnly ? 'hear' : 'fix');
  // A visit the reviewer calls passable ("OK for cheap", "it was okay") with praise beside the faults: money or a
  // free meal would be out of proportion, and a word with them answers it better.
  if (situation.sectorGroup === 'food_hospitality' && isMildVerdict(text, situation)) return call('hear');
  const fitting = KINDS_BY_GROUP[situation.sectorGroup];
  // A dish left out of an order brought to the door is a matter of the food, however the review was tagged.
  const dishLeftOut = delivered && LEFT_OUT.test(text);
  // Drinks alone (a watered-down cocktail, a poor choice of beer) are not the food a meal-themed offer answers.
  const drinksOnly = drankOnly(text);
  const themesRead = dishLeftOut
    ? [...themes, 'food']
    : drinksOnly
      ? themes.filter((theme) => theme !== 'food')
      : themes;
  const usable = remedies.filter(
    (r) =>
      fitting.includes(r.kind) &&
      !blocked.has(r.kind) &&
      suitsThemes(r, themesRead) &&
      fitsWhatWentWrong(r, situation, text, opts.named ?? null),
  );
  const asked = situation.asks.includes('refund')
    ? usable.find((r) => r.kind === 'refund')
    : situation.asks.includes('replacement')
      ? usable.find((r) => r.kind === 'replacement')
      : undefined;
  const chosen = asked ?? leastOffered(usable, opts.page);
  if (!chosen) return call(blocked.size > 0 ? 'fix' : 'hear');
  return { kind: 'remedy', remedy: chosen, hours: chosen.withinHours ?? DEFAULT_REMEDY_HOURS };
}

// Work a shop did on the reviewer's own goods in its workshop ("had the gears indexed", "got my bike serviced"): a job
// to be done again, like a tradesman's, where the shop offers that.
const SHOP_WORK =
  /\b(?:had|got|have|get) (?:the |my |our )?\w+(?: \w+)? (?:indexed|serviced|repaired|fixed|tuned|trued|fitted|adjusted|bled|installed)\b|\b(?:booked|brought|took) (?:it |the \w+ |my \w+ )?in for (?:a |the )?(?:service|repair|tune-?up)\b/i;

/** What an offer for the visit itself is weighed on: the business's remedies, the review, and the reply's apology. */
type OfferReading = {
  remedies: readonly Remedy[];
  situation: Situation;
  themes: readonly string[];
  text: string;
  blocked: ReadonlySet<RemedyKind>;
  /** The grievance the reply's apology names, where it names one. */
  named: string | null;
};

// Themes that tell of the work itself: a treatment, a repair or a job that came out wrong.
const WORK_THEMES = new Set(['treatment', 'workmanship', 'outcome', 'quality', 'defect']);
// Work that came out wrong or did not hold, in the reviewer's words: "did not turn out", "botched", "brassy", "the
// light is still on", "two days later the pedal feels spongy", a manicure "already chipped" or with "bubbles".
const WORK_WENT_WRONG =
  /\b(?:(?:did not|didn't|never) turn(?:ed)? out|botched|chipp(?:ed|ing)|smudged|peel(?:ed|ing)|bubbles|ragged edges?|(?:did not|didn't|does not|doesn't) look (?:\w+ )?(?:finished|clean|neat|even|right)|(?:blow-? ?(?:dry|out)|manicure|pedicure|nails|polish|haircut|cut|colou?r) (?:was|were|is|are|looked) (?:so |really |very |just )?(?:bad|awful|terrible|horrible|a mess|uneven)|butcher\w*|ruined|brassy|patchy|uneven|lopsided|crooked|(?:poor|bad|shoddy|sloppy|terrible|horrible|awful) (?:job|work|workmanship|haircut|cut|colou?r|repair)|(?:is|was|were|are) still (?:on|leaking|broken|there|not working|making)|still (?:leaks?|drips?|squeals?|grinds?|rattles?|slips?|slipping|skips?|skipping|(?:does not|doesn't|won't|will not) (?:work|start|run|drain|close))|(?:problem|noise|leak|squeal|fault|issue) (?:came|come|is|was) back|(?:wasn't|was not|weren't|were not|never) (?:fixed|repaired|done properly)|(?:didn't|did not) (?:fix|repair|solve)|(?:a|one|two|three|a few|\d+) (?:days?|weeks?) later|(?:warning|engine|check engine|service|dash(?:board)?|abs|oil|tire pressure|tyre pressure) lights? (?:\w+ ){0,4}?(?:came on|(?:was|were|is|are|had been|stayed) (?:now |still )?on)|(?:did not|didn't|never|forgot to) (?:put|screw|tighten|reattach|re-attach|refit) (?:\w+ ){0,4}?back (?:on|in)|covered in (?:oil|grease|coolant)|oil (?:all over|everywhere))\b/i;
// Harm to the body or to an animal, however the review was read: no freebie answers that, only a person. Food that
// tasted "freezer burned" harmed nobody.
const HARM =
  /\b(?:(?<!\bfreezer[- ])burn(?:ed|t|s)?|blisters?|rash(?:es)?|infect\w*|bleed\w*|bled|bloody|nick(?:ed)?|allerg\w*|reaction|swollen|swelling|scar(?:red|s)?|injur\w*|hurt (?:me|my|her|him)|sick|ill|vomit\w*|poison\w*|hospital|doctor|vet)\b/i;

/** Harm to a person, or a quarrel over money (a disputed bill, a wrong charge, money held): no amends are offered. */
const harmOrMoneyQuarrel = (situation: Situation, text: string): boolean =>
  situation.incidents.length > 0 ||
  HARM.test(text) ||
  disputed(text) ||
  readBillingError(text) !== null ||
  MONEY_HELD.test(text);

/**
 * The business's own offer for work, a stay or a meal that itself came out wrong, where the situation allows one:
 * the redo for a treatment or a job done badly (one that names what it corrects only for that work), part of the
 * stay's price for a room not in a fit state, the price of the dishes for food the reviewer found bad. None after
 * harm to a person, a quarrel over money, work already put right elsewhere, or a free visit to someone who will not
 * come back.
 */
function outcomeRemedy({
  remedies,
  situation,
  themes,
  text,
  blocked,
  named,
}: OfferReading): Remedy | undefined {
  if (situation.stance !== 'unhappy' || harmOrMoneyQuarrel(situation, text)) return undefined;
  const open = (kind: RemedyKind) => (blocked.has(kind) ? undefined : remedies.find((r) => r.kind === kind));
  const group = situation.sectorGroup;
  if (
    group === 'professional' ||
    group === 'trades_repairs' ||
    (group === 'retail' && SHOP_WORK.test(text))
  ) {
    const redo = open('redo');
    // Work hurried through ("never let the polish dry between coats") came out the worse for it, whatever the tags.
    const aboutWork =
      themes.some((theme) => WORK_THEMES.has(theme)) ||
      WORK_WENT_WRONG.test(text) ||
      rushedWork(text) ||
      (named !== null && WORK_WENT_WRONG.test(named));
    // The work the reply's apology names, where it names one ("your blow-dry"), else the review's.
    const work = named ?? text;
    if (!redo || !aboutWork) return undefined;
    if (NEVER_AGAIN.test(text) || putRightElsewhere(text) || WORK_GONE.test(text)) return undefined;
    return redoThatFits(redo, work, text);
  }
  if (group !== 'food_hospitality') return undefined;
  const refund = open('refund');
  if (!refund) return undefined;
  // A stay let down by the room, by what the guest was given to use, or by a booking we did not keep. A diner who
  // names the air conditioning or a bed of rice has told of no stay, where the business offers nothing for one.
  if (spokeOfStay(text) && isStayOffer(refund.label))
    return (stayFellShort(text) || bookingNotKept(text)) && !isMildVerdict(text, situation)
      ? refund
      : undefined;
  const forFood = FOOD_REMEDY.test(refund.label) || NOT_RIGHT_REMEDY.test(refund.label);
  // A dish that came out wrong (cold, raw, the wrong order, not made as asked) is what "the dishes that were wrong"
  // are, whatever else the review says of the service.
  const dishWrong = FOOD_WENT_WRONG.test(text) && !CAME_AS_ORDERED.test(text);
  const foodBad =
    foodFoundBad(text) !== null || ALL_FOOD_BAD.test(text) || FOOD_DISGUST.test(text) || dishWrong;
  const onlyDrinks = drankOnly(text);
  if (!forFood || !foodBad || onlyDrinks || TASTE_ONLY.test(text) || FOOD_PRAISED.test(text))
    return undefined;
  return isMildVerdict(text, situation) ? undefined : refund;
}

// What a guest says of the service itself: the wait, and the people who served them.
const SERVICE_THEMES: ReadonlySet<string> = new Set(['wait', 'staff']);
// The reply's apology told of the service: a wait, a slow or rude server, being ignored or hurried.
const SERVICE_TOLD =
  /\b(?:wait\w*|kept waiting|took (?:so|too|far too) long|slow\w*|treated|ignored|attention|courtesy|rude\w*|dismissive|talked down|hurried|rushed|served (?:first|before)|(?:nobody|no one|never) (?:came|checked|greeted|topped|refilled)|topped up|refill\w*|(?:said|say) hello|greet\w*|acknowledg\w*|looked after|look after|left in peace|hound\w*|pester\w*|forgot|forgotten|staff|server|waiter|waitress|bartender|host|hostess|supervisor|manager)\b/i;
// The reply's apology told of a wait, as against how the guest was served.
const WAIT_TOLD = /\b(?:wait\w*|kept waiting|took (?:so|too|far too) long|slow\w*)\b/i;

// A guest served at a table: "our waiter", "we were seated", "the hostess".
const SERVED_AT_TABLE = /\b(?:server|waiter|waitress|hostess|seated|our table|a table)\b/i;

/**
 * The business's own amends for a visit let down by its service, where it lists one for the wait or the staff ("a
 * table on us next time you visit") and the reply's apology names the service (or, naming nothing, the review is
 * about the service alone): none for a guest who stayed the night,
 * who will not come back, warns others off or found the visit passable, nor for harm, a quarrel over money, a charge,
 * or a dish that came out wrong, whose own price back is weighed later.
 */
function serviceAmends({
  remedies,
  situation,
  themes,
  text,
  blocked,
  named,
}: OfferReading): Remedy | undefined {
  if (situation.sectorGroup !== 'food_hospitality' || spokeOfStay(text)) return undefined;
  // Where the apology names nothing, the review must be about the service alone.
  const toldService = named
    ? SERVICE_TOLD.test(named) && !PRICE_CLAUSE.test(named)
    : themes.length > 0 && themes.every((theme) => SERVICE_THEMES.has(theme));
  if (!toldService || !(EATEN.test(text) || DRINK.test(text) || SERVED_AT_TABLE.test(text))) return undefined;
  // A dish forgotten at the table is a slip of the service; one left out of an order brought to the door is paid for
  // and never had, and its price back is weighed later.
  if (FOOD_WENT_WRONG.test(text) || (LEFT_OUT.test(text) && deliveredOrder(text))) return undefined;
  if (situation.stance !== 'unhappy' && situation.stance !== 'mixed') return undefined;
  if (harmOrMoneyQuarrel(situation, text) || readPolicyFee(text)) return undefined;
  // The apology names the service where the tags missed it ("you were not left in peace by our staff"): the wait or
  // the people it tells of.
  const tagged = themes.filter((theme) => SERVICE_THEMES.has(theme));
  const aboutService =
    tagged.length > 0 ? tagged : named && toldService ? [WAIT_TOLD.test(named) ? 'wait' : 'staff'] : [];
  if (aboutService.length === 0) return undefined;
  if (situation.asks.includes('warning_others') || isMildVerdict(text, situation)) return undefined;
  return remedies.find(
    (r) =>
      (r.kind === 'other' || r.kind === 'discount') &&
      !blocked.has(r.kind) &&
      (r.themes ?? []).some((theme) => aboutService.includes(theme)),
  );
}

// Money held or taken from a card: a matter to go through with the reviewer, not one a partial refund settles.
// A deposit paid as booked is no money held: only one kept, withheld or not yet given back.
const MONEY_HELD =
  /\b(?:held (?:\$?[\d.,]+ )?on (?:my|our|the) (?:\w+ )?(?:card|account)|(?:hold|charge[ds]?) (?:on|to) (?:my|our) (?:\w+ )?(?:card|account)|on (?:my|our) (?:charge|credit|debit) card|deposits? (?:(?:was|were|is|are|has been|had been) )?(?:kept|held|withheld|taken|forfeit\w*|not (?:returned|refunded|given back)|never (?:returned|refunded|given back))|(?:kept|keep|keeps|held|withheld|took|take|takes|refused to (?:return|refund)|won'?t (?:return|refund)|never (?:returned|refunded)) (?:my|our|the|a|their) (?:\$?[\d.,]+ )?deposits?|(?:my|our|the) deposits? back)\b/i;

// Work that cannot be seen to again: a pet that died, a business that has closed.
const WORK_GONE =
  /\b(?:passed away|put (?:him|her) down|(?:has|have|had) closed|closed (?:down|for good))\b/i;

// What a title can tell of the goods' fate: gone back, or the money back.
const TITLE_ACTIONS: ReadonlySet<Situation['priorActions'][number]> = new Set(['returned', 'refunded']);

/** The situation with the return or refund the title tells of ("Sent it right back", "Returned them"). */
function withTitleActions(read: Situation, title: string | null | undefined): Situation {
  const said = title?.trim();
  // In a restaurant "Sent it back" is a plate sent back to the kitchen, not goods returned for good.
  const goods = read.sectorGroup === 'retail' || read.sectorGroup === 'software';
  if (!said || !goods) return read;
  const found = findPriorActions([{ text: said, start: 0, end: said.length }])
    .map((found) => found.action)
    .filter((action) => TITLE_ACTIONS.has(action) && !read.priorActions.includes(action));
  return found.length > 0 ? { ...read, priorActions: [...read.priorActions, ...found] } : read;
}

// A broken unit sent back in exchange for a replacement, most often to its maker: "they sent out a replacement by
// FedEx along with materials for me to send back the broken one", "I sent it to them on a warranty claim", "sent it
// back to Logitech on my nickel, got another replacement".
const MAKER_SWAP =
  /\b(?:sent (?:me |us )?(?:out )?(?:a |another )?(?:replacement|new one)s?\b[^.!?]{0,80}?\bsend (?:back )?the (?:broken|old|faulty|defective|bad|dead) one|(?:sent|shipped|mailed) (?:it|them) (?:in |off |back )?to (?:them|the (?:manufacturer|maker)|[A-Z][\w&-]+) (?:on|under|for) (?:a |the |its |my )?warrant\w* (?:claim|replacement|exchange|repair)|(?:sent|shipped|mailed) (?:it|them) (?:in |off |back )?to (?:the (?:manufacturer|maker)|[A-Z][\w&-]+)\b[^.!?]{0,60}?\b(?:got|received|getting|receiving) (?:another|a new|a second|a third) (?:replacement|one|unit)s?\b)/i;

/**
 * The situation without a return where the goods went back in a swap for a replacement: no refund of ours is on its
 * way, so the reply does not see one home, and the shop's own offer stays open.
 */
function withoutMakerSwap(read: Situation, text: string): Situation {
  if (!read.priorActions.includes('returned')) return read;
  // Goods sent back only to be repaired, or a first unit sent back while a later one is still in the buyer's hands:
  // nothing of theirs went back for good either.
  const goods = read.sectorGroup === 'retail' || read.sectorGroup === 'software';
  if (goods && (sentForRepairOnly(text) || returnedEarlierUnit(text)))
    return {
      ...read,
      priorActions: read.priorActions.filter((action) => action !== 'returned' && action !== 'sent_back'),
    };
  if (!MAKER_SWAP.test(text)) return read;
  // "Sent it back to Logitech" is no return to a shop either.
  return {
    ...read,
    priorActions: read.priorActions.filter(
      (action) => action !== 'returned' && !(goods && action === 'sent_back'),
    ),
  };
}

/**
 * The situation with the refund the review tells of in so many words ("I had to return this item for a refund", "she
 * handed me a refund"): goods already gone back for the money leave no refund to offer again. A second unit bought
 * that failed like the first is told as a failed replacement.
 */
function withRefundTold(read: Situation, text: string): Situation {
  const goods = read.sectorGroup === 'retail' || read.sectorGroup === 'software';
  if (!goods) return read;
  // A second unit the buyer bought, which failed as the first did, is a replacement that failed.
  const told =
    secondUnitFailedToo(text) && !read.priorActions.includes('replacement_failed')
      ? { ...read, priorActions: [...read.priorActions, 'replacement_failed' as const] }
      : read;
  if (told.priorActions.includes('refunded') || !returnedForRefund(text)) return told;
  return { ...told, priorActions: [...told.priorActions, 'refunded'] };
}

/**
 * The business's redo as it fits the work the review tells of: one that names what it corrects ("the colour or cut")
 * only for that work, told for it alone ("…to correct the cut"); none for a cut too short to correct, which can only
 * grow back, unless the colour is also in question and the redo can put that right.
 */
function otherWorkRedo(redo: Remedy, text: string): Remedy | undefined {
  const label = redoForOtherWork(redo.label, text);
  return label ? { ...redo, label } : undefined;
}

function redoThatFits(redo: Remedy, work: string, text: string): Remedy | undefined {
  if (!redoFitsWork(redo.label, work, text)) return undefined;
  const label = redoForWork(redo.label, work);
  if (!cutTooShort(text) || !/\bcut\b/i.test(label)) return { ...redo, label };
  const pair = /\bthe (colou?r) or cut\b/i.exec(label);
  return pair ? { ...redo, label: label.replace(pair[0], `the ${pair[1]}`) } : undefined;
}

// The reviewer's own verdict that it was passable: "OK for cheap", "it was okay", "decent enough"; not "which was OK
// with me", which agrees to something (a surcharge, a swap) rather than judging the visit.
const PASSABLE =
  /\b(?:ok|okay|alright|all right|decent|fine|not bad|acceptable)(?: enough)? for (?:the price|cheap|what (?:you|we|i) pay|the money|a night|one night)\b|\b(?:it|which|that) (?:was|is)(?: just| only)? (?:ok|okay|alright|all right|decent|fine|edible)\b(?! (?:with|by) (?:me|us)\b)|\b(?:it|the \w+) was okay\b/i;

/** A passable visit, said so in the reviewer's words, where the review also praises something. */
function isMildVerdict(text: string, situation: Situation): boolean {
  return (
    PASSABLE.test(text) &&
    !WANTS_MONEY_BACK.test(text) &&
    (situation.praised.length > 0 || /\bokay\b/i.test(text))
  );
}

/** The amends a reviewer asked for: a discount or later-visit offer where they named one, else the refund. */
function amendsAsked(
  remedies: readonly Remedy[],
  blocked: ReadonlySet<RemedyKind>,
  text: string,
): Remedy | undefined {
  const open = (kind: RemedyKind) => remedies.find((r) => r.kind === kind && !blocked.has(kind));
  const wantsMoney = /\b(?:refund|money back)\b/i.test(text);
  const later = open('discount') ?? open('other');
  return wantsMoney ? (open('refund') ?? later) : (later ?? open('refund'));
}

// Units that failed only after their warranty ran out: "13 months after purchase", "past the 12 month warranty".
const PAST_WARRANTY =
  /\b(?:(?:1[3-9]|[2-9]\d) months|(?:past|outside|out of) (?:the |its |their |her |his |my )?(?:\d+[- ]month )?warrant\w*)\b/i;

/** The shop's refund told for the several units still not working: "a full refund for the units still not working". */
const unitsStillDown = (refund: Remedy): string =>
  refund.label.replace(/^(a (?:full |complete )?refund)\b/i, '$1 for the units still not working');

/** A full refund offered beside an exchange for a model that works with the buyer's system. */
const exchangeLabel = (refund: Remedy): string =>
  (refund.percent ?? 0) >= 100 || /\bfull\b/i.test(refund.label)
    ? 'a full refund, or an exchange for a model that works with your system'
    : refund.label;

/**
 * The shop's own refund or replacement for a buyer let down by the goods themselves (a fault, or how they were made
 * or perform), read from the words as well as the themes; none for a quarrel over a warranty, a quote or a bill, or
 * for the maker's software, firmware or maps on goods that are being kept.
 */
function goodsRemedy(
  remedies: readonly Remedy[],
  situation: Situation,
  themes: readonly string[],
  text: string,
  blocked: ReadonlySet<RemedyKind>,
  page?: Writer['usedInLatest'],
): Remedy | undefined {
  if (situation.sectorGroup !== 'retail') return undefined;
  const unitFault = isUnitFault(text);
  const returning = returningForGood(text);
  if (!themes.some((t) => GOODS_THEMES.has(t)) && !unitFault && !GOODS_LET_DOWN.test(text) && !returning)
    return undefined;
  if (valueVerdictOnly(themes, text)) return undefined;
  // A quarrel, or a repair or call that was promised and never came: a person puts that right, not goods.
  // A maker's warranty told in passing ("the warranty is only 90 days") is no quarrel with us: the goods still
  // failed, and we stand behind what we sold.
  if (disputed(withoutWarrantyNote(text)) || BROKEN_PROMISE.test(text)) return undefined;
  if (MAKERS_SOFTWARE.test(text) && !returningForGood(text)) return undefined;
  // What the words say counts as the theme it is, so a complaint tagged only "price" still suits a refund for quality.
  const read = [...themes, 'quality', ...(unitFault ? ['defect'] : [])];
  const usable = (kind: RemedyKind) =>
    remedies.find((r) => r.kind === kind && !blocked.has(kind) && suitsThemes(r, read));
  // Another of the same suits a buyer who wanted this product and got a bad one; one who writes it off as cheap,
  // useless or not worth the money wants their money back.
  const replacement = usable('replacement');
  const refund = usable('refund');
  const wantsOne = situation.asks.includes('replacement') || WANTS_WORKING_ONE.test(text);
  if (wantsOne || LIKED_IT.test(text)) return replacement ?? refund;
  if (!unitFault || WRITES_OFF.test(text)) return refund ?? replacement;
  // A unit that failed, from a buyer who leans neither way, is as well answered by either: the one the business's
  // latest replies offered less, so its page does not answer every fault with the same thing.
  return leastOffered(
    [replacement, refund].filter((r) => r !== undefined),
    page,
  );
}

// How many of the business's latest replies a remedy's kind is counted over when choosing between fitting remedies.
const PAGE_SPAN = 4;
// How many of the business's latest replies are weighed for a free visit already given, and how many may give one. A
// page that hands a table on us to every other complaint reads to the public as buying the reviews back, and the
// owner as giving the place away: after one among the latest eight, the next complaint is answered with the price of
// the dishes back or a call.
const VISIT_SPAN = 8;
const VISITS_PER_SPAN = 1;

/** Whether the business's latest replies already gave a free visit (any of its wordings) as often as a page bears. */
function visitGivenLately(listed: readonly Remedy[], page?: Writer['usedInLatest']): boolean {
  if (!page) return false;
  const wordings = listed.filter((r) => isVisitOffer(r.label)).flatMap((r) => remedyWordings(r.label));
  if (wordings.length === 0) return false;
  const given = page(VISIT_SPAN, (reply) =>
    wordings.some((wording) => saysHead(reply, wording) || saysWords(reply, wording)),
  );
  return given >= VISITS_PER_SPAN;
}

// A reply that offered a remedy of this kind, in any of its wordings.
const OFFERS_KIND: Partial<Record<RemedyKind, RegExp>> = {
  refund: /\brefund|\bmoney back\b|\bwhat you paid\b/i,
  replacement: /\breplacement\b|\bnew one\b/i,
};

/**
 * Of remedies that fit equally well (in the business's order), the one its latest replies offered least, the first
 * on a tie: without a page, always the first.
 */
function leastOffered(fitting: readonly Remedy[], page?: Writer['usedInLatest']): Remedy | undefined {
  if (!page || fitting.length < 2) return fitting[0];
  const offeredIn = (remedy: Remedy) => {
    const said = OFFERS_KIND[remedy.kind];
    const words = remedyWordings(remedy.label).map((l) => l.toLowerCase());
    return page(PAGE_SPAN, (reply) =>
      said ? said.test(reply) : words.some((l) => reply.toLowerCase().includes(l)),
    );
  };
  const counts = fitting.map(offeredIn);
  const fewest = Math.min(...counts);
  return fitting[counts.indexOf(fewest)];
}

// The buyer asks for another of the same that works: "I just want one that works", "please send a replacement".
const WANTS_WORKING_ONE =
  /\b(?:want|wanted|need|needed|would like|please send|send me|asking for|asked for|expect)\b(?: \w+){0,3}? (?:a replacement|a new one|one that works|a working one|an exchange|another one that works)\b/i;
// The buyer writes the product off, not just the unit they got.
const WRITES_OFF =
  /\b(?:cheap(?:ly)?|junk|crap|garbage|useless|worthless|unusable|buggy|flimsy|piece of (?:junk|crap|garbage|plastic)|bit of plastic|waste (?:of )?(?:your |my )?money|not worth|too much for|don'?t (?:buy|waste|be taken)|do not (?:buy|waste|be taken)|stay away|avoid (?:it|this|them)|save your money)\b/i;
// The buyer liked the product, or it served them well before it failed.
const LIKED_IT =
  /\b(?:(?:love|loved|liked|enjoyed) (?:it|this|them|the \w+)|(?:worked|works|working) (?:great|fine|well|perfectly|beautifully)|(?:great|good|nice|excellent) (?:product|unit|little \w+|\w+ otherwise)|otherwise (?:great|good|fine|excellent|perfect)|(?:was|were) (?:happy|pleased|impressed) with (?:it|this|them|the \w+))\b/i;

const GOODS_FINE =
  /\b(?:(?:player|unit|hardware|device|product|camera|phone|it|the \w+) itself (?:is|was|works|worked|seems) (?:\w+ )?(?:fine|great|good|ok|okay|solid|well)|(?:hardware|build) (?:is|was) (?:\w+ )?(?:fine|great|good|solid|well-made|well made))\b/i;
const BROKEN_PROMISE =
  /\bpromised (?:\w+ ){0,6}(?:that |which )?(?:never|didn't|did not|hasn't|has not|wasn't|was not) (?:came|come|happened|arrived|showed|turned up|materiali[sz]ed|called|been)\b/i;

/**
 * A verdict on the price alone ("way overpriced", "don't waste your money", "no better than a cheap one") on goods
 * that work: nothing failed to take back, so the call hears them out rather than paying back the price.
 */
function valueVerdictOnly(themes: readonly string[], text: string): boolean {
  return (
    themes.includes('price') &&
    // Read as about quality too, it is a verdict on value only where the goods are said to do no worse than others,
    // or where the words against them are words of value alone ("not worth the money, get a cheap one").
    themes.every(
      (t) => t === 'price' || (t === 'quality' && (NO_BETTER.test(text) || valueWordsOnly(text))),
    ) &&
    !isUnitFault(text) &&
    !returningForGood(text) &&
    !GOODS_LET_DOWN.test(text.replace(new RegExp(VALUE_WORDS.source, 'gi'), ' '))
  );
}

/** Whether the review's words against the goods are of their value alone, with nothing said of how they are made. */
const valueWordsOnly = (text: string): boolean => VALUE_WORDS.test(text) && !/\bquality\b/i.test(text);

// Goods said to do no worse than cheaper ones: "no better than the $15 one", "makes absolutely no difference".
const NO_BETTER =
  /\b(?:no better than|(?:makes?|made) (?:absolutely |no |not any |any )?(?:no )?difference|(?:not|isn't|wasn't) (?:noticeabl[ey]|any) (?:better|different)|difference (?:\w+ ){0,6}(?:is|was) not noticeable)\b/i;
// A verdict on value alone: "not worth the money", "a waste of money", "save your money", "overpriced".
const VALUE_WORDS =
  /\b(?:not worth (?:it|the money|the price)|waste (?:of )?(?:your |my )?money|save your money|over-?priced|too expensive|rip-?off)\b/i;

// Goods that perform badly or are badly made, in the words buyers use: poor sound or picture, flimsy, useless, barely
// working, too slow or too short, hard to set up, not as described.
const GOODS_LET_DOWN =
  /\b(?:(?:poor|bad|terrible|horrible|awful|lousy|low|shoddy|inferior|cheap|weak|crappy) (?:quality|sound|audio|picture|image|video|build|construction|reception|range|workmanship|signal|battery life)|(?:sound|sounds|sounded|audio|picture|image|reception|contrast|signal|range|battery life|build quality) (?:\w+ ){0,2}(?:is|was|are|were|seems?|felt) (?:\w+ )?(?:poor|bad|terrible|horrible|awful|lousy|low|weak|thin|tinny|muddy|muffled|unclear|blurry|distorted|short|boomy)|sounds? (?:\w+ )?(?:horrible|terrible|awful|bad|poor|tinny|thin|muffled|distorted|boomy|cheap)|cheap(?:ly)? (?:made|built|construction|plastic)|no (?:bass|treble|sound|volume|picture|signal|reception)(?! (?:guitars?|strings?|players?|drums?|boats?|fishing|boost|button|knob|control|dial|settings?))|sub-?standard|flimsy|plast(?:ic)?k?y|feels? (?:\w+ )?cheap|junk|crap|garbage|useless|useles|worthless|piece of (?:junk|crap|garbage|sh\w+)|waste (?:of )?(?:your |my )?money|not worth (?:it|the money|the price)|(?:hardly|barely) (?:\w+ )?(?:works?|worked|working|got it to work)|(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wouldn'?t|would not) (?:\w+ )?(?:charge|fit|stay|hold|connect|work|play|record|sync|pair)|too (?:slow|short|small|quiet|weak|heavy|bulky|loud|flimsy)|(?:hard|difficult|impossible|a pain) to (?:set up|setup|use|install|read|hear|connect)|lag(?:s|ged|ging)?|drops? (?:the )?(?:connection|signal|calls?)|static|hiss(?:es|ing)?|hum(?:s|ming)?|whin(?:e|es|ing)|rattl(?:e|es|ing)|crackl\w*|interference|distort\w*|not as (?:good|described|advertised|pictured|stated)|misleading|(?:disappoint\w*|unhappy) (?:with|in) (?:the|this|these|it|its) (?:product|unit|item|purchase|quality|sound|picture|performance))\b/i;

/** A remedy the business offers for some themes only suits a complaint about one of them; one without themes suits all. */
const suitsThemes = (remedy: Remedy, themes: readonly string[]): boolean =>
  !remedy.themes || remedy.themes.length === 0 || remedy.themes.some((t) => themes.includes(t));

// What was meant to be free, in the reviewer's words: "the complimentary redo" gives "redo".
const FREE_THING =
  /\b(?:complimentary|free|included|courtesy) ((?!(?:that|which|and|but|even|they|we|i|it|of|for|to|on|at|as|so)\b)[a-z-]+(?: (?!(?:that|which|and|but|even|they|we|i|it|of|for|to|on|at|as|so)\b)[a-z-]+)?)/i;

// "charged me for a consultation that was meant to be free" gives "consultation".
const MEANT_FREE =
  /\bfor (?:a|an|the|my|our) ([a-z-]+(?: [a-z-]+)?) (?:that|which) (?:was|were|is|are|had been) (?:meant|supposed|promised|said|advertised|offered|going) to be (?:free|complimentary|included)/i;
const CHARGED = /\b(?:charged|billed|charging|pay)\b/i;

/** The refund that puts a billing error right, in words for that error; a label already about charges is kept. */
function billingLabel(kind: BillingError, label: string, text: string): string {
  if (/\b(?:charge[ds]?|billing|bill|overcharg\w*)\b/i.test(label)) return label;
  switch (kind) {
    case 'deposit_kept':
      return 'a refund of your deposit';
    case 'double_charge':
      return 'a refund of the duplicate charge';
    case 'refund_short':
      return 'a refund of the amount still owed to you';
    case 'above_quote':
      return `a refund of anything charged above the ${/\bestimate/i.test(text) && !/\bquot/i.test(text) ? 'estimate' : 'quote'}`;
    case 'charged_for_free': {
      const told =
        text
          .split(/(?<=[.!?])\s+/)
          .find((s) => CHARGED.test(s) && (FREE_THING.test(s) || MEANT_FREE.test(s))) ?? '';
      const what = FREE_THING.exec(told)?.[1] ?? MEANT_FREE.exec(told)?.[1];
      return what
        ? `a refund of the charge for the ${what}`
        : 'a refund of the charge for what should have been free';
    }
    case 'extra_charge':
      return 'a refund of the extra charge';
    case 'overcharged':
      return 'a refund of the amount you were overcharged';
  }
}

// A remedy worded for the food ("a refund for the dishes that were wrong", "a fresh plate") only answers a dish
// that was wrong: not a slow bar, a happy hour that was not honoured or watered-down drinks.
const FOOD_REMEDY = /\b(?:dish(?:es)?|meals?|food|plates?|order|courses?|entr[ée]es?|mains?)\b/i;
const FOOD_NOUN =
  '(?:food|dish|dishes|meal|meals|plate|entr[ée]es?|appetizers?|starters?|mains?|steak|burger|pizza|pasta|chicken|fish|salmon|shrimp|salad|soup|fries|sandwich|wings|tacos?|burrito|rice|noodles|sushi|ramen|dessert|cake|bread|eggs|bacon|pancakes|omelet(?:te)?|breakfast|lunch|dinner|brunch|sauce|meat|pork|beef|lamb|ribs|curry|seafood|oysters|lobster|crab|potato(?:e?s)?|sashimi|nigiri|portion|croissant|pastry|pastries|muffin|cookie|scone|bagel|donut|doughnut|cupcake|brownie|cheesecake|baguette|loaf|loaves)';
// Faults in how a dish came out (cold, raw, burnt, wrong, missing, spoiled, something in it); a verdict of taste
// (salty, dry, greasy, mediocre) is a matter of liking, and "a refund for the dishes that were wrong" would
// claim a mistake the reviewer never reported. Meat cooked tough or rubbery, a cake not done in the middle, a dish
// reheated for the table are the kitchen's mistakes.
const FOOD_FAULT =
  '(?:tough|chewy|rubbery|dried out|reheated|re-heated|microwaved|not (?:quite )?done|half[- ]done|cold|icy|half-frozen|partly frozen|lukewarm|luke warm|raw|undercooked|under-cooked|under cooked|overcooked|over-cooked|over cooked|scorched|burnt|burned|inedible|uneatable|stale|soggy|limp|wilted|slimy|mou?ldy|spoiled|spoilt|rotten|frozen|wrong|missing|pink|bloody|not (?:cooked|hot|fresh|edible|right|what (?:i|we) ordered)|(?:hair|a hair|a bug|a fly|plastic|glass|a bone|bones) in)';
const FOOD_WENT_WRONG = new RegExp(
  `\\b${FOOD_NOUN}s?\\b[^.!?;]{0,40}?(?<!\\bnot |n't |never )\\b${FOOD_FAULT}\\b|\\b${FOOD_FAULT} ${FOOD_NOUN}s?\\b|\\bsent (?:it|them|(?:the|my|our) \\w+) back\\b|\\bwrong (?:order|dish|item|food)\\b|\\b(?:screwed|messed|mixed) up (?:\\w+ ){0,2}orders?\\b|\\b(?:got|had) (?:\\w+ ){0,2}orders? wrong\\b|\\b(?:our|my|the) orders? (?:was|were|is|are|came(?: out)?) (?:still |all |completely )?wrong\\b|\\b(?:they|she|he|the \\w+) got (?:it|them) wrong\\b|\\b(?:inedible|uneatable|undercooked|under-cooked|overcooked|over-cooked|raw in the middle|(?:tasted|tastes|smelled|smells) (?:off|funny|strange|rancid|sour|burnt))\\b|\\b(?:it|they|both|each|all of (?:it|them)) (?:came out|arrived|came|(?:was|were) served) (?:\\w+ )?(?:cold|icy|lukewarm|luke warm|raw|undercooked|burnt|burned|half-frozen|frozen)\\b`,
  'i',
);

// The food itself found poor (bland, mediocre, so-so, out of a box), as against a dish that came wrong, late or cold.
const FOOD_QUALITY =
  "(?:tasteless|flavou?rless|bland|stale|soggy|dry|greasy|rubbery|tough|chewy|mushy|inedible|uneatable|gross|disgusting|nasty|awful|terrible|horrible|mediocre|sub-?par|so-so|lack ?lust(?:er|re)|underwhelming|bad|poor|average|meh|ehh+|over ?fried|overcooked|burnt|burned|spoiled|rotten|mou?ldy|not (?:good|great|very good|impressive|authentic|real|proper|fresh|tasty|worth it)|(?:isn't|wasn't|is not|was not) (?:good|great|very good|tasty|authentic)|nothing (?:special|spectacular|great|to write home about)|(?:just|only) (?:ok|okay|alright|average|so-so|fine)|no (?:flavou?r|taste|seasoning))";
// The words between a dish and the verdict on it, which stop at a turn ("but") or at another subject the verdict may be
// of: "the food took an hour and the service was terrible" says nothing bad of the food.
const NO_TURN =
  '(?:(?!\\b(?:but|however|though|although|while|except|whereas|service|server|servers|waiter|waitress|waitstaff|staff|manager|host|hostess|bartender|wait|minutes|hours?|atmosphere|ambiance|ambience|music|decor|place)\\b)(?:[^.!?]|\\.{2,}|…)){0,40}?';
const FARE = `(?:${FOOD_NOUN}|menu|rolls?|falafels?|gyros?|kabobs?|cupcakes?|pastr(?:y|ies)|drinks?|cocktails?|margaritas?)`;
const FOOD_POOR = new RegExp(
  `\\b${FARE}s?\\b${NO_TURN}(?<!\\bnot |n't |never )\\b${FOOD_QUALITY}(?![\\w-])|\\b${FOOD_QUALITY} (?:[\\w-]+ )?${FARE}s?\\b|\\b(?:disappointed|underwhelmed|unimpressed) (?:in|with|by) (?:the |our |my )?${FARE}|\\btast(?:e|ed|es) (?:\\w+ )?like (?:\\w+ ){0,4}(?:(?:a |the )?(?:box|can|jar|cardboard|microwave)|nothing)\\b`,
  'i',
);

// Food found bad rather than only ordinary: bland, stale, dry, burnt, barely edible. "Mediocre", "average" or
// "nothing special" are verdicts a refund would be out of proportion to, and "too salty" or "greasy" a matter of
// taste.
const FOOD_STRONG =
  "(?:tasteless|flavou?rless|bland|stale|soggy|dry|rubbery|mushy|inedible|uneatable|barely edible|gross|disgusting|nasty|awful|terrible|horrible|bad|overcooked|over ?done|burnt|burned|spoiled|rotten|mou?ldy|cold|raw|undercooked|not fresh|no (?:flavou?r|taste|seasoning)|(?:didn't|did not|doesn't|does not) have (?:much |any )?(?:flavou?r|taste)|lacked (?:any )?(?:flavou?r|taste)|without any flavou?r)";
const FOOD_BAD = new RegExp(
  `\\b${FARE}s?\\b${NO_TURN}(?<!\\bnot |n't |never |(?:a )?(?:little|bit|tad|slightly|somewhat) )\\b${FOOD_STRONG}(?![\\w-])|\\b(?<!\\bnot )${FOOD_STRONG} (?:[\\w-]+ )?${FARE}s?\\b`,
  'i',
);
// "That's not to say the food was bad": a verdict taken back in the same sentence.
const TAKEN_BACK = /\b(?:not to say|(?:doesn't|does not|didn't|did not) mean|not that)\b/i;
// A food word that only qualifies the dish after it is no dish of its own: "the corned beef hash was undercooked" is
// no refund "on the beef", nor "the chicken strips were rubbery" one on the chicken.
const NOT_A_MODIFIER = `(?! (?:${FOOD_NOUN}|hash|benedict|wraps?|kabobs?|kebabs?|skewers?|stew|pies?|rolls?|bowls?|platters?|subs?|melts?|patt(?:y|ies)|tenders|strips|nuggets|fingers|dumplings?|fried|parm(?:esan|igiana)?|marsala|teriyaki|tikka|masala)\\b)`;
const BAD_DISH = new RegExp(
  `\\b(${FOOD_NOUN}s?)\\b${NOT_A_MODIFIER}${NO_TURN}(?<!\\bnot |n't |never )\\b${FOOD_STRONG}(?![\\w-])`,
  'i',
);

/**
 * What the reviewer found bad to eat, in a sentence that does not take the verdict back: the dish named ("cakes",
 * "sushi"), or "" where the verdict names none; null where no food was found bad.
 */
function foodFoundBad(text: string): string | null {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (TAKEN_BACK.test(sentence) || !FOOD_BAD.test(sentence)) continue;
    return BAD_DISH.exec(sentence)?.[1]?.toLowerCase() ?? '';
  }
  return null;
}

// Every dish found bad at once, with no dish named: "All bland and nothing special", "everything was awful".
const ALL_FOOD_BAD =
  /\b(?:all|everything|both|each|every dish|every plate)(?: of (?:it|them))? (?:(?:was|were|tasted) )?(?:so |very |really |pretty |just )?(?:bland|tasteless|flavou?rless|terrible|awful|horrible|inedible|disgusting|cold|stale)\b/i;
// The reviewer owns that the rest is their taste, or says the kitchen made it as ordered.
const TASTE_ONLY =
  /\b(?:(?:that's|that is|it's|it is) just me|(?:personal|my own) (?:taste|preference)|(?:cooked|came(?: out)?|done|served) (?:\w+ ){0,3}as (?:i |we )?(?:ordered|requested|asked))\b/i;
// The reviewer could not bring themselves to eat it: "it was disgusting", "we didn't even want to eat the food".
const FOOD_DISGUST =
  /\b(?:(?:it|this|that|everything|the whole (?:meal|thing)) (?:was|tasted) (?:\w+ )?(?:disgusting|revolting|inedible|vile|gross)|(?:did(?:n'?t| not)|do(?:n'?t| not)|could(?:n'?t| not)) (?:even )?(?:want to )?(?:eat|finish) (?:it|the food|the meal|them|more than)|(?:threw|thrown) (?:it|them|the (?:rest|food)) (?:away|out)|(?:inedible|uneatable))\b/i;
// The food itself praised: "the food was delicious", "the food was great"; the rest of the review is not about it.
const FOOD_PRAISED =
  /\b(?:food|meal|dishes|everything we ate) (?:was|were|is|are) (?:\w+ )?(?:delicious|great|amazing|excellent|fantastic|tasty|good|wonderful|fresh and)\b/i;

// What a bar's guest drinks, and where: "the beer selection sucked", "drinks taste watered down", "at the bar".
const DRINK =
  /\b(?:beers?|ales?|lagers?|pints?|drinks?|cocktails?|wines?|shots?|vodka|whiske?y|rum|tequila|gin|margaritas?|martinis?|mojitos?|sangria|bartenders?|bar|pub|brewery|taps?|happy hour)\b/i;
const EATEN = new RegExp(
  `\\b(?:${FOOD_NOUN}s?|menu|ate|eat|eating|kitchen|chef|ordered food|appetizers?|snacks?|nachos|popcorn)\\b`,
  'i',
);

/** Whether the review tells only of drinks, with no food eaten or named. */
function drankOnly(text: string): boolean {
  return DRINK.test(text) && !EATEN.test(text);
}

// A remedy for whatever came out wrong, named by its fault alone: "a refund for anything that was not right".
const NOT_RIGHT_REMEDY =
  /\b(?:anything|whatever|everything)(?: that)? (?:was|were|is) (?:not right|wrong)\b/i;

/**
 * Whether a refund or a redo worded for the food answers what went wrong: a dish the review, or the reply's apology
 * (`named`: "your steak was not cooked the way you asked"), says came out wrong or tasteless, a dish sent back, or one
 * left out of a delivery; not food the reviewer only disliked, nor one the kitchen made as ordered.
 */
function fitsWhatWentWrong(
  remedy: Remedy,
  situation: Situation,
  text: string,
  named: string | null,
): boolean {
  if (situation.sectorGroup !== 'food_hospitality') return true;
  if (remedy.kind !== 'refund' && remedy.kind !== 'redo') return true;
  // "a refund for anything that was not right" is a refund for the food as surely as one for "the dishes".
  if (!FOOD_REMEDY.test(remedy.label) && !NOT_RIGHT_REMEDY.test(remedy.label)) return true;
  if (situation.priorActions.includes('sent_back')) return true;
  // A dish left out of an order brought to the door is paid for and never had: its price back fits.
  if (deliveredOrder(text) && !spokeOfStay(text) && LEFT_OUT.test(text)) return true;
  const wentWrong = (words: string): boolean => FOOD_WENT_WRONG.test(words) || FOOD_TASTELESS.test(words);
  return (wentWrong(text) || (named !== null && wentWrong(named))) && !CAME_AS_ORDERED.test(text);
}

// Food with no taste at all, a failure of the kitchen rather than a matter of liking: "the tacos were tasteless", "bland,
// flavourless food", "the rice had no seasoning". Salty, greasy or mediocre dishes are a verdict of taste and stay out.
const NO_TASTE =
  '(?:tasteless|flavou?rless|bland|no (?:flavou?r|taste|seasoning)|lacked (?:any )?(?:flavou?r|taste|seasoning))';
const FOOD_TASTELESS = new RegExp(
  `\\b${FARE}s?\\b${NO_TURN}(?<!\\bnot |n't |never )\\b${NO_TASTE}(?![\\w-])|\\b${NO_TASTE},? (?:[\\w-]+ )?${FARE}s?\\b`,
  'i',
);

// Part of the order never came: "the wings they forgot to deliver", "the salad was left out", "arrived without the
// sauces", "missing from the bag".
const LEFT_OUT =
  /\b(?:forgot(?:ten)?|(?:came|arrived|showed up|turned up) without (?:the|our|my|any)|nowhere (?:in|to be (?:found|seen))|(?:failed|neglected) to (?:deliver|include|send|pack)|left out|missing|never (?:came|arrived|showed up|got delivered|delivered)|(?:not|wasn't|weren't) (?:delivered|included|in the (?:bag|order|box)))\b/i;

// "it came out medium rare as ordered", "cooked exactly how I asked", "that's just me": the kitchen got it right and
// the rest is taste. "Not cooked the way I asked" is the opposite.
const CAME_AS_ORDERED =
  /\b(?<!\b(?:not|never) |n't )(?:(?:cooked|came(?: out)?|done|served|arrived|was) (?:(?!(?:not|never)\b)\w+ ){0,3}(?:as (?:i |we )?(?:ordered|requested|asked)|(?:exactly )?(?:how|the way) (?:i|we) (?:ordered|asked|wanted)|perfectly|to order)|(?:that's|that is|it's|it is) just me|(?:personal|my own) (?:taste|preference))\b/i;

// The same offer worded a few ways, so a page of replies does not repeat the business's label word for word. Each
// row swaps one part of a label for words that promise exactly the same; the label as written is one of the options,
// except a trailing ", … on us", which would leave a sentence that continues after it hanging. The return postage is
// ours either way, so only some of a page's offers need say so: a shop whose every reply spells it out reads as a form.
const REWORDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^a replacement unit\b/i, ['a replacement unit', 'a replacement']],
  [/^a replacement\b(?! unit)/i, ['a replacement', 'a new one']],
  [
    /\bshipped at our cost\b/i,
    [
      'shipped at our cost',
      'sent to you at no cost',
      'with shipping paid by us',
      'posted to you at our expense',
      'sent out to you free of charge',
    ],
  ],
  [/\bat no cost\b/i, ['at no cost', 'free of charge', 'at no charge to you']],
  [
    /^a full refund\b/i,
    [
      'a full refund',
      'a refund in full',
      'a complete refund',
      'a refund of the full price',
      'a refund of everything you paid',
    ],
  ],
  [
    /, return shipping on us$/i,
    [
      ' with return shipping on us',
      ' with the return postage paid by us',
      ' and free return shipping',
      ' with a prepaid label for the return',
      '',
    ],
  ],
  [/^a refund for\b/i, ['a refund for', 'a refund on']],
  [
    /\bthe dishes that were wrong\b/i,
    ['the dishes that were wrong', 'the dishes that were not right', 'the dishes that let you down'],
  ],
  [
    /\bwhatever was not right with your (meal|order)$/i,
    ['whatever was not right with your $1', 'anything in your $1 that was not right'],
  ],
  [
    /\bwhatever (dish|part of it) was not right$/i,
    ['whatever $1 was not right', 'any $1 that was not right'],
  ],
  [/\bfor the nights affected\b/i, ['for the nights affected', 'for the affected nights', 'on your stay']],
  [
    /, or an exchange for a model that works with your system$/i,
    [
      ', or an exchange for a model that works with your system',
      ', or a swap for one that suits your set-up',
      ' or, if you would rather, a model that does work with your set-up',
    ],
  ],
  [
    /^a table on us\b/i,
    ['a table on us', 'a meal on the house', 'a meal on us', 'a meal with us at our expense'],
  ],
  [/\bnext time you visit\b/i, ['next time you visit', 'on your next visit', 'when you next come in']],
  [/\bnext time you come in\b/i, ['next time you come in', 'on your next visit', 'when you next visit']],
  [
    /^a free re-(inspection|check)((?: of (?:the|your) [\w-]+)?)/i,
    ['a free re-$1$2', 'a re-$1$2 at no charge'],
  ],
];

// A stay of one night, and no more: "we stayed one night", "overnight", "a single night".
const ONE_NIGHT = /\b(?:one|1|a single|just a|only a) night\b|\bovernight\b|\bfor the night\b/i;
const NIGHTS =
  /\b(?:two|three|four|five|six|seven|several|few|couple of|\d+) nights\b|\b(?:a|one|two) weeks?\b/i;
const oneNight = (text: string): boolean => ONE_NIGHT.test(text) && !NIGHTS.test(text);

/**
 * Every wording of the business's remedy label that promises exactly the same, the label as written first: each
 * combination of the rewordings above, so the reply's writer can choose among them as a whole against the wording of
 * the business's recent replies.
 */
export function remedyWordings(label: string): readonly string[] {
  let out: readonly string[] = [label];
  for (const [pattern, options] of REWORDINGS) {
    out = out.flatMap((l) => (pattern.test(l) ? options.map((o) => l.replace(pattern, o)) : [l]));
  }
  // Two rows can each add "to you": "sent to you at no charge to you".
  return [...new Set(out.map((l) => l.replace(/\b(to you\b.*) to you\b/, '$1')))];
}

// The commonest offers told as what we will do rather than as a thing offered ("I will refund you in full and
// cover the return postage"), so a page of replies does not wrap every offer in the same noun phrase. Each promises
// exactly what its label does, and none points at the item with "it", which may be a pack of discs or a pair.
// A full refund told without the postage, which a page names on some offers only.
const REFUND_IN_FULL = [
  'refund you in full',
  'give you your money back in full',
  'return the full price to you',
  'pay back the full price',
  'refund what you paid',
  'repay the whole amount',
];
// The label of parts left out of the buyer's box: "the missing remote shipped at our cost".
const PARTS_LABEL = /^the missing (.+) shipped at our cost$/i;
const ACTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /^a (?:full refund|refund in full),? (?:with |and )?(?:free )?return (?:shipping|postage)(?: on us| paid by us)?$/i,
    [
      'refund you in full and cover the return postage',
      'send you a prepaid return label and refund the full price',
      'pay for the return postage and refund everything you paid',
      ...REFUND_IN_FULL,
    ],
  ],
  [/^a (?:full refund|refund in full)$/i, REFUND_IN_FULL],
  // Parts left out of the buyer's box, told as sending them.
  [PARTS_LABEL, ['send you the missing $1 at our cost', 'post the missing $1 out to you free of charge']],
  [
    /^a replacement(?: unit)? shipped at our cost$/i,
    [
      'send you a replacement at our cost',
      'ship a replacement out to you free of charge',
      'get a new one out to you at our expense',
    ],
  ],
  // Part of a stay's price back, told as giving it: a page of offers is not all "a partial refund for the nights".
  [
    /^a partial refund (?:for the nights affected|for the affected nights|on your stay)$/i,
    [
      'issue a partial refund for your nights with us',
      'refund part of what you paid for your stay',
      'give you back part of what your stay cost',
    ],
  ],
  // The price of whatever the diner found wrong, given back once the meal was paid for: nothing is taken off a bill
  // already settled, so every wording is a refund.
  [
    /^a refund (?:for|on) whatever was not right with your (meal|order)$/i,
    [
      'refund whatever was not right with your $1',
      'refund the cost of anything that was not right with your $1',
      'refund what you paid for anything in your $1 that was not right',
      'give you a refund for any part of your $1 that was not up to standard',
    ],
  ],
  [
    /^a refund (?:for|on) whatever (dish|part of it) was not right$/i,
    [
      'refund whatever $1 was not right',
      'refund the cost of any $1 that was not right',
      'refund what you paid for any $1 that was not right',
    ],
  ],
  // A refund for something named ("a refund for the soup"), told as giving back what it cost.
  [/^a refund (?:for|on) (?!whatever\b)(.+)$/i, ['refund what you paid for $1', 'refund the cost of $1']],
];

// Goods sold by the pack or the pair, of which no one "unit" failed: discs, batteries, cartridges, cables, earbuds.
const NOT_A_UNIT =
  /\b(?:discs?|disks?|dvd[+-]?rs?|cd-?rs?|cds|dvds|blanks|spindles?|packs?|batteries|cartridges|cables|earbuds|ear buds|headphones|pairs?)\b/i;

/**
 * The label as it fits the goods: "a replacement unit" is "a replacement" for a pack of discs or a pair of earbuds,
 * and a refund names no return postage where there is nothing to post back (a service plan, goods never received).
 */
export function fitLabelToGoods(label: string, reviewText: string): string {
  const fitted = NOT_A_UNIT.test(reviewText)
    ? label.replace(/\ba replacement unit\b/i, 'a replacement')
    : label;
  // Goods thrown out or given away have nothing left to post back either.
  const noneToSend = nothingToSendBack(reviewText) || binnedGoods(reviewText) || partedWithItem(reviewText);
  return noneToSend ? fitted.replace(RETURN_POSTAGE, '') : fitted;
}
// The return postage a refund's label names: ", return shipping on us", " with free return postage".
const RETURN_POSTAGE =
  /,? (?:with |and )?(?:free |prepaid )?return (?:shipping|postage)(?: (?:on us|paid by us|at our cost|included))?\b/i;

/**
 * Whether the review tells of a unit that failed (broke, died, would not turn on), not a design or a feature. An
 * earlier unit that broke, told as why this one was bought ("after the first one broke"), is not this one failing.
 */
export const isUnitFault = (text: string): boolean =>
  UNIT_FAULT.test(withoutEarlierUnitFault(straightQuotes(text)).replace(FEATURE_FAILS, ' '));
// A curly apostrophe reads as a straight one: "don’t hold a charge" as "don't hold a charge".
const straightQuotes = (text: string): string => text.replace(/’/g, "'");

/** The business's remedy told as what we will do, in each wording that promises the same; none when unknown. */
export function remedyActions(label: string): readonly string[] {
  const trimmed = label.trim();
  const row = ACTIONS.find(([pattern]) => pattern.test(trimmed));
  return row ? row[1].map((action) => trimmed.replace(row[0], action)) : [];
}

// A label that tells the grievance again: "a refund for the dishes that were wrong".
const LABEL_RETELLS = /\bthe (\w+) that (?:(?:were|was) (?:wrong|not right|not as ordered)|let you down)\b/i;
const NAMES_FOOD = new RegExp(`\\b${FOOD_NOUN}s?\\b`, 'i');
// A dish the review names as it tells what came out wrong: "the soup was cold", "a raw burger".
const DISH_WENT_WRONG = new RegExp(
  `\\b(${FOOD_NOUN}s?)\\b${NOT_A_MODIFIER}(?:(?!,| and )[^.!?;]){0,40}?(?<!\\bnot |n't |never )\\b${FOOD_FAULT}\\b|\\b${FOOD_FAULT} (${FOOD_NOUN}s?)\\b`,
  'i',
);
// A dish the review says never came: "the wings they forgot to deliver", "my fries were missing".
const DISH_LEFT_OUT = new RegExp(
  `\\b(${FOOD_NOUN}s?)\\b(?:(?!,| and )[^.!?;]){0,30}?\\b(?:forgot(?:ten)?|left out|missing|nowhere (?:in|to be (?:found|seen))|never (?:came|arrived|showed up|got delivered)|(?:wasn't|weren't|was not|were not) (?:delivered|included))\\b`,
  'i',
);
// A dish the apology names as having no taste: "the spring rolls were very bland" gives "rolls".
const TASTELESS_DISH = new RegExp(
  `\\b(${FARE})\\b (?:was|were|is|are|tasted|had)\\b[^.!?;,]{0,20}?\\b${NO_TASTE}(?![\\w-])`,
  'i',
);
const ONE_DISH = new RegExp(`\\b(${FOOD_NOUN})\\b (?:was|were|is|are|came|arrived|had|never)\\b`, 'i');
// Words for the whole of what was eaten, which name no one dish.
const WHOLE_MEAL =
  /^(?:food|meal|meals|dish|dishes|plate|plates|order|portion|breakfast|lunch|dinner|brunch)$/i;

// The whole meal said to have gone wrong: "everything was cold", "the entire meal was a letdown", "none of it".
const WHOLE_MEAL_BAD =
  /\b(?:everything|every (?:dish|plate|course)|all (?:of )?(?:the|our) (?:food|dishes|plates|courses)|the (?:whole|entire) (?:meal|dinner|lunch|order|thing)|none of (?:it|the (?:food|dishes))|nothing (?:was|tasted) (?:good|right|edible|hot))\b/i;

const FAULT_WORD = new RegExp(`\\b(?:${FOOD_FAULT}|${FOOD_QUALITY})(?![\\w-])`, 'i');

/** Whether the review finds fault with the meal throughout: the whole of it, or two dishes or more by name. */
function badThroughout(reviewText: string): boolean {
  const sentences = reviewText.split(/(?<=[.!?])\s+|\n+/);
  if (sentences.some((sentence) => WHOLE_MEAL_BAD.test(sentence) && FAULT_WORD.test(sentence))) return true;
  // Each clause tells of one dish: "the steak was tough and the fries were cold" faults two.
  const dishes = new Set<string>();
  for (const clause of reviewText.split(/[.!?;,]+|\b(?:and|but|while|plus)\b/i)) {
    if (!DISH_WENT_WRONG.test(clause) && !FOOD_POOR.test(clause)) continue;
    const dish = (NAMES_FOOD.exec(clause)?.[0] ?? '').toLowerCase();
    if (dish && !WHOLE_MEAL.test(dish)) dishes.add(dish.replace(/s$/, ''));
  }
  return dishes.size >= 2;
}

/**
 * What a remedy told for "the dishes that were wrong" is for, in words that have something to refer to: those the
 * reply's apology named ("those dishes", "that dish"), else the dish the review says came out wrong ("the soup"),
 * else a form that needs nothing named before it.
 */
function attachLabel(label: string, told: string | null, reviewText: string): string {
  const retold = LABEL_RETELLS.exec(label);
  const noun = retold?.[1];
  if (!retold || !noun) return label;
  // A meal that went wrong throughout is not put right by a refund for one dish, nor told as "the dishes that were
  // wrong" where much of it was poor rather than wrong: the refund is for the meal.
  if (badThroughout(reviewText))
    return /^(?:dish|plate)/i.test(noun) ? label.replace(retold[0], 'your meal') : label;
  // "part of your order was left out" names no dish: the one the review says never came ("the wings").
  const leftOut = DISH_LEFT_OUT.exec(reviewText)?.[1]?.toLowerCase() ?? '';
  if (leftOut && !WHOLE_MEAL.test(leftOut) && !(told && NAMES_FOOD.test(told)))
    return label.replace(retold[0], `the ${leftOut}`);
  // Nothing that came was wrong, something never came: "the missing items", not "those dishes".
  const missing = LEFT_OUT.test(reviewText) && !FOOD_WENT_WRONG.test(reviewText);
  if (missing && !(told && NAMES_FOOD.test(told))) return label.replace(retold[0], 'the missing items');
  if (told && (NAMES_FOOD.test(told) || /\border\b/i.test(told) || TASTELESS_DISH.test(told))) {
    // "the soup was cold" named one dish: "that dish", not "those dishes"; so did "the spring rolls were bland".
    const dish = ONE_DISH.exec(told)?.[1] ?? TASTELESS_DISH.exec(told)?.[1] ?? '';
    const several = /\b(?:and|both|all|every)\b/i.test(told);
    const one = dish !== '' && !WHOLE_MEAL.test(dish) && !several;
    // "the food was a letdown" names no dish: the one dish the review says came out wrong or bad ("the cake").
    // A review that finds the food bad as a whole ("the food here is disgusting"), or names more than one dish, keeps
    // "those dishes".
    const inReview = wholeFoodBad(reviewText) || dishesNamed(reviewText) > 1 ? '' : dishInReview(reviewText);
    if (!one && !several && inReview) return label.replace(retold[0], `the ${inReview}`);
    const singular = noun.replace(/(?<=(?:sh|ch|x|ss))es$|s$/i, '');
    if (one) return label.replace(retold[0], `that ${singular}`);
    // "Those dishes" points back to dishes the apology named ("the dishes lacked flavour", "the rice and the fish"); an
    // apology for "the food" or "your order" named none, so the refund says what it is for in words of its own.
    if (dishesNamed(told) > 0 || /\b(?:dishes|plates)\b/i.test(told))
      return label.replace(retold[0], `those ${noun}`);
    return label.replace(
      retold[0],
      `whatever was not right with your ${/\border/i.test(told) ? 'order' : 'meal'}`,
    );
  }
  const named = dishInReview(reviewText);
  if (named) return label.replace(retold[0], `the ${named}`);
  return label.replace(retold[0], `whatever ${/^dish/i.test(noun) ? 'dish' : 'part of it'} was not right`);
}

/**
 * The one dish the review says came out wrong ("the soup was cold"), else the one it found bad to eat ("the cakes
 * were very dry"); '' where it names none but the meal as a whole.
 */
function dishInReview(reviewText: string): string {
  const dish = DISH_WENT_WRONG.exec(reviewText);
  const named = (dish?.[1] ?? dish?.[2] ?? '').toLowerCase();
  if (named && !WHOLE_MEAL.test(named) && !PART_OF_A_DISH.test(named)) return named;
  const bad = foodFoundBad(reviewText) ?? '';
  return bad && !WHOLE_MEAL.test(bad) && !PART_OF_A_DISH.test(bad) ? bad : '';
}

// What a dish is made with, not a dish one orders: "the meat didn't have much flavor" in chicken tacos is no dish to
// refund ("a refund on the meat"), so the refund is for whatever dish was not right.
const PART_OF_A_DISH =
  /^(?:meat|sauce|gravy|cheese|bread|bun|crust|dressing|lettuce|filling|toppings?|seasoning|broth|batter|breading|dough|garnish|guacamole|pico|salsa)$/i;

/** How many dishes the review names, the meal as a whole left out: "the cake", "the rice and the chicken". */
const dishesNamed = (reviewText: string): number =>
  new Set(
    (reviewText.match(new RegExp(`\\b${FOOD_NOUN}\\b`, 'gi')) ?? [])
      .map((dish) => dish.toLowerCase().replace(/s$/, ''))
      .filter((dish) => !WHOLE_MEAL.test(dish)),
  ).size;

/** Whether the review finds the food bad as a whole: "the food was awful", "everything was bland". */
const wholeFoodBad = (reviewText: string): boolean =>
  ALL_FOOD_BAD.test(reviewText) ||
  reviewText.split(/(?<=[.!?])\s+|\n+/).some((sentence) => {
    const dish = BAD_DISH.exec(sentence)?.[1] ?? '';
    return !TAKEN_BACK.test(sentence) && dish !== '' && WHOLE_MEAL.test(dish);
  });

// Spans of time a remedy is promised in, for each turnaround: all counted from the reviewer's message, none "the
// next", which before "of hearing from you" reads badly.
const REMEDY_SPANS: Record<string, readonly string[]> = {
  'within a day': ['within a day', 'inside a day', 'within twenty-four hours', 'inside twenty-four hours'],
  'within two days': ['within two days', 'inside two days', 'within forty-eight hours'],
  'within three days': [
    'within three days',
    'inside three days',
    'within seventy-two hours',
    'inside seventy-two hours',
  ],
};

/**
 * The unit a span is told in ("three days", "seventy-two hours"): "inside seventy-two hours" after "within seventy-two
 * hours" is the same wording to a page's reader.
 */
const spanUnit = (span: string): string => span.replace(/^(?:within|inside)\s+/i, '').toLowerCase();

// How many of the latest replies a span told in hours keeps out of the next offer.
const HOURS_SPAN = 4;
const IN_HOURS = /\b(?:seventy-two|forty-eight|twenty-four) hours\b/i;

/** The remedy as the reply words it: a thing offered or what we will do, and the span it is promised in. */
export type RemedyWording = {
  /** The offer as a noun phrase ("a full refund with return shipping on us"). */
  phrase: string;
  /** The same told as what we will do ("refund you in full"), when the reply tells it that way. */
  action: string | null;
  /** When it will be done, counted from the reviewer's message: "within three days". */
  within: string;
};

// How many of the latest replies a named return postage keeps out of the next offer: a replacement between two
// refunds does not make the postage news again.
const POSTAGE_SPAN = 2;

// The words of a postage or a label, which make an offer that names them a different clause from one that does not.
const POSTAGE = /\b(?:postage|shipping|label)\b/i;

/**
 * Whether a reply carries this wording of the offer as a clause of its own: "refund you in full" is not said by a
 * reply that said "refund you in full and cover the return postage".
 */
function saysWording(reply: string, wording: string): boolean {
  const lower = reply.toLowerCase();
  const at = lower.indexOf(wording.toLowerCase());
  if (at < 0) return false;
  if (POSTAGE.test(wording)) return true;
  const rest = lower.slice(at + wording.length).split(/[.!?;]/)[0] ?? '';
  return !POSTAGE.test(rest);
}

// The head of an offer, which a page's reader knows again however the rest of it is worded: "a table on us" next time
// or on the next visit, a refund "in full" to the buyer or of the price, their "money back". Each head is one way of
// saying the offer; two replies close together that open their offers on the same head read as a form. Part of a
// stay's price back is left to the rule on its own wording, which keeps "the nights affected" from running down a page.
const OFFER_HEADS: readonly RegExp[] = [
  /\ba table on us\b/i,
  /\ba meal on us\b/i,
  /\bon the house\b/i,
  /\bat our expense\b/i,
  /\bfull refund\b/i,
  /\brefund (?:\w+ ){0,2}in full\b/i,
  /\bcomplete refund\b/i,
  /\bmoney back\b/i,
  /\bfull price\b/i,
  /\brefund (?:what|everything) you paid\b/i,
  /\bnew one\b/i,
  /\breplacement\b/i,
];

/** Whether a reply opens an offer on the same head as the wording ("a table on us", "refund … in full"). */
function saysHead(reply: string, wording: string): boolean {
  const head = OFFER_HEADS.find((pattern) => pattern.test(wording));
  return head?.test(reply) ?? false;
}

// The words of an offer a page's reader would know again in any order: "the affected nights" is "the nights affected".
const contentWords = (text: string): string[] => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/** Whether a sentence of a reply carries every word of the wording, in whatever order (three words at least). */
function saysWords(reply: string, wording: string): boolean {
  const words = contentWords(wording);
  if (words.length < 3) return false;
  return reply.split(/(?<=[.!?])\s+/).some((sentence) => {
    const said = new Set(contentWords(sentence));
    return words.every((word) => said.has(word));
  });
}

/** Whether a reply carries the part of a wording after its first comma ("…, or an exchange for a model…"). */
function saysTail(reply: string, wording: string): boolean {
  const tail = wording.split(',').slice(1).join(',').trim().toLowerCase();
  return tail.split(/\s+/).length >= 4 && reply.toLowerCase().includes(tail);
}

/**
 * The one picker for how an offer is told on a page: among every wording of the remedy (as a thing offered or as
 * what we will do, with the postage named or not) and every span of its time, the ones the business's latest replies
 * have not used, else the ones used longest ago; so neither the offer's clause nor its time repeats down a page. A
 * remedy for "the dishes that were wrong" is tied to what the reply named (`told`), or to the dish the review names.
 */
export function wordRemedy(
  w: Writer,
  remedy: Remedy,
  hours: number,
  opts: { reviewText: string; told: string | null },
): RemedyWording {
  const label = attachLabel(fitLabelToGoods(remedy.label, opts.reviewText), opts.told, opts.reviewText);
  const actions = remedyActions(label).map((a) => ({ text: a, action: true }));
  // Parts left out of a box are told as sending them: "I will see to the missing cassette sent to you" would not read.
  const wordings = PARTS_LABEL.test(label)
    ? actions
    : [
        ...remedyWordings(label).map((l) => ({ text: publicRemedy({ ...remedy, label: l }), action: false })),
        ...actions,
      ];
  // The postage is named on some of a page's offers, not on one after another.
  const postageLately =
    w.usedInLatest(POSTAGE_SPAN, (reply) => /\breturn (?:postage|shipping)|\bprepaid return\b/i.test(reply)) >
    0;
  // A guest who came only to drink is offered a table, not "a meal".
  const forDrinker = drankOnly(opts.reviewText)
    ? wordings.filter((option) => !/\bmeal\b/i.test(option.text))
    : wordings;
  // A guest who stayed one night is not offered money back "for the nights affected".
  const forOneNight = oneNight(opts.reviewText)
    ? forDrinker.filter((option) => !/\bnights\b/i.test(option.text))
    : forDrinker;
  const offers = forOneNight.length > 0 ? forOneNight : forDrinker.length > 0 ? forDrinker : wordings;
  const plain = offers.filter((option) => !POSTAGE.test(option.text));
  const fitting = postageLately && plain.length > 0 ? plain : offers;
  const wording = w.pickBy(
    fitting,
    'remedy-wording',
    (option, reply) =>
      saysWording(reply, option.text) ||
      saysTail(reply, option.text) ||
      saysWords(reply, option.text) ||
      saysHead(reply, option.text),
  );
  const spans = REMEDY_SPANS[withinWords(hours)] ?? [withinWords(hours)];
  // The unit ("three days", "seventy-two hours") the page used least lately, then its wording used least lately.
  // A span in hours reads as a stock promise: it is told only where none of the latest replies told one.
  const hoursLately = w.usedInLatest(HOURS_SPAN, (reply) => IN_HOURS.test(reply)) > 0;
  const allUnits = [...new Set(spans.map(spanUnit))];
  const inDays = allUnits.filter((u) => !IN_HOURS.test(u));
  const units = hoursLately && inDays.length > 0 ? inDays : allUnits;
  const unit = w.pickBy(units, 'remedy-unit', (u, reply) => reply.toLowerCase().includes(u));
  const inUnit = spans.filter((span) => spanUnit(span) === unit);
  const within = w.pickBy(inUnit, 'remedy-within', (span, reply) => reply.toLowerCase().includes(span));
  return wording.action
    ? { phrase: publicRemedy({ ...remedy, label }), action: wording.text, within }
    : { phrase: wording.text, action: null, within };
}

/**
 * The remedy as a public reply words it: a full refund as "a full refund", but a part of the price back or money off
 * without its figure ("a partial refund for the nights affected"), as a percentage told on a public page reads as a
 * price list for complaints and sets what every later guest expects; the figure is agreed with the reviewer in private.
 */
export function publicRemedy(remedy: Remedy): string {
  const full = remedy.kind === 'refund' && (remedy.percent ?? 0) >= 100;
  if (full) return describeRemedy(remedy);
  return remedy.label
    .replace(/\ban? \d+(?:\.\d+)?\s*(?:%|per ?cent)\s+(refund|discount)\b/i, (_, kind: string) =>
      /^refund$/i.test(kind) ? 'a partial refund' : 'a discount',
    )
    .replace(/\b\d+(?:\.\d+)?\s*(?:%|per ?cent) off\b/i, 'money off')
    .replace(/^(?:an? )?refund\b/i, (found) =>
      remedy.kind === 'refund' && remedy.percent !== undefined ? 'a partial refund' : found,
    );
}

/** The remedy as a noun phrase for a sentence, including its percentage when it has one. */
export function describeRemedy(remedy: Remedy): string {
  const hasPercentInLabel = /\d+\s*%/.test(remedy.label);
  if (
    remedy.percent !== undefined &&
    !hasPercentInLabel &&
    (remedy.kind === 'refund' || remedy.kind === 'discount')
  ) {
    // A full refund keeps the rest of the label ("a full refund, return shipping on us").
    if (remedy.percent >= 100 && remedy.kind === 'refund')
      return /\bfull\b|money back/i.test(remedy.label)
        ? remedy.label
        : remedy.label.replace(/^(?:a )?refund\b/i, 'a full refund');
    // "a partial refund for the nights affected" at 50 → "a 50% refund for the nights affected".
    if (/\bpartial\b/i.test(remedy.label)) return remedy.label.replace(/\bpartial\b/i, `${remedy.percent}%`);
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
