import type { Evidence, PriorAction, ReviewerAsk } from '@rebound/shared';
import { type Sentence, splitSentences } from './sentences.ts';

const words = (source: string): RegExp => new RegExp(`\\b(?:${source.replace(/'/g, "['’]")})\\b`, 'i');

// A hypothetical or a refusal is not something that happened: "I would return it", "they refused to refund".
const NOT_DONE = new RegExp(
  `\\b(?:${"would've|could've|should've|would have|could have|should have|if i had|had i|if|unless|would|will|could|should|might|may|going to|gonna|thinking (?:of|about)|considering|tempted to|want to|wanted to|trying to|tried to|plan to|have to|asked (?:for|to)|asking (?:for|to)|request(?:ed|ing)? (?:a|to)|refus(?:ed|e|es|ing) to|won't|wouldn't|will not|would not|cannot|can't|couldn't|could not|unable to|no way to|not (?:able|allowed) to|never (?:got|received|gave|issued|processed|sent)|still (?:waiting|no|haven't|hasn't|have not|has not)|haven't|hasn't|have not|has not|didn't|did not|don't|do not|if you|if they|if i|before you|gave up on|give up on|instead of|without|not worth|waiting for|wait for|to get|take \\w+ \\w+ to|too \\w+ to|(?:not|never) (?:even )?(?:bother(?:ed)? to|try to)".replace(/'/g, "['’]")})\\s+(?:[\\w'’]+\\s+){0,3}$`,
  'i',
);

/**
 * The money came back by another road than the business: a court, the bank, the card issuer or the payment service
 * reversed the charge. Nothing is left to refund.
 */
const MONEY_BACK_ELSEWHERE = words(
  '(?:sued|took (?:them|him|her|the \\w+) to (?:small claims(?: court)?|court))(?: \\w+){0,6} (?:and )?(?:to )?(?:get|got|won|recover(?:ed)?) (?:my|our|the|all (?:my|our)) (?:money|deposit)(?: back)?|won (?:my|our|the) (?:small claims )?(?:case|claim|dispute|chargeback|lawsuit)|(?:bank|credit card(?: company)?|card (?:company|issuer)|card provider|paypal|amex|american express|visa|mastercard|stripe|venmo)(?: \\w+){0,3} (?:reversed|refunded|returned|credited|gave (?:me|us) back|got (?:me|us) (?:back )?(?:my|our) money|sided with (?:me|us))|(?:reversed|disputed|charged back) (?:the |my |our )?(?:charge|payment|transaction)(?: \\w+){0,6} (?:and|then) (?:got|received|won)|(?:got|received|recovered) (?:my|our|the|all (?:my|our)) money (?:back )?(?:through|via|from|with the help of) (?:my |our |the )?(?:bank|credit card|card|paypal|amex|american express|visa|mastercard|court|small claims|chargeback|dispute)|chargeback (?:went through|was (?:approved|granted|successful))|(?:a|the|my) successful chargeback',
);

// Who at the business follows up; and a word of when ("finally", "later") before what they did.
const FOLLOWER =
  '(?:they|he|she|someone|somebody|the (?:manager|owner|store|shop|company|dealership|office|practice|hotel|restaurant|gm|general manager|service manager|salon|clinic)|a manager|their (?:manager|owner|office))';
const LATER = '(?:finally|later|eventually|then|did|actually|quickly|promptly|immediately|personally)';

type Rule = { action: PriorAction; match: RegExp; guard?: boolean };

const rules: readonly Rule[] = [
  {
    action: 'replacement_failed',
    match: words(
      "(?:the |my |our )?(?:replacement|(?<!brand[- ])new one|second one|2nd one|exchanged one|one they sent|replacement unit|replacement part)s?(?: \\w+){0,4} (?:also |too |again |as well )?(?:broke|died|failed|stopped|quit|had the same|has the same|have the same|does the same|did the same|is doing the same|(?:was|is|arrived) (?:also )?(?:broken|defective|bad|dead|damaged|worse|cracked)|(?:doesn't|didn't|does not|did not|won't) work|lasted|cracked|leaked|kept (?:saying|freezing|crashing|failing|skipping|dropping|rebooting|locking up|shutting (?:down|off)|cutting out))|(?<!brand[- ])new (?:pair|set|unit|card|batch)s?(?: \\w+){0,4} (?:(?:also|too|again|as well) (?:broke|died|failed|stopped|quit|lasted|cracked|leaked|(?:was|is|arrived) (?:broken|defective|bad|dead|damaged|worse|cracked)|(?:doesn't|didn't|does not|did not|won't) work)|(?:had|has|have|does|did|is doing) the same)|same (?:problem|issue|thing) (?:happened )?(?:with|on) the (?:replacement|new one|second one)|returned (?:two|three|four|five|several|multiple|\\d) (?:of (?:these|them|the \\w+)|units|times)|(?:had to |have had to )?return(?:ed)? (?:two|three|four|five|several|multiple|\\d) (?:faulty |defective |broken |bad |dead )(?:[\\w-]+ ){0,2}(?:units|players|ones|items|products|sets|pairs|drives|cameras|phones|radios|speakers|headsets)|each (?:one|unit) (?:has been|was|were|is) (?:defective|broken|faulty|dead)|(?:second|third|2nd|3rd) (?:one|unit|replacement|item) in a row|(?:second|third|2nd|3rd|another) (?:one|unit|replacement|pair|set)(?: \\w+){0,4} (?:also |too )?(?:broke|died|failed|stopped|quit|lasted|had the same|did the same|was (?:also )?(?:broken|defective|dead))|(?:my|our|the) (?:second|third|2nd|3rd) (?!times?\\b)[\\w-]+(?: of [\\w-]+)?,?(?: [\\w-]+,?){0,4} (?:also |too |just |then )?(?:broke|died|failed|stopped working|quit)|(?:both|all (?:three|four|\\d)) (?:of (?:them|these|the \\w+)|[\\w-]+)(?: \\w+){0,2} (?:died|broke|failed|stopped working)(?: \\w+){0,2} (?:identical|the same|in the same)|(?:i'm|i am|we're|we are|now) on (?:my|our) (?:second|third|fourth|2nd|3rd|4th) (?:one|unit|pair|set|replacement)|(?:my|our|the) (?:second|third|2nd|3rd|new|replacement) [\\w-]+[^.!?]{0,60}\\bthe same (?:thing|problem|issue|fault) (?:happened|again|occurred|came back)|(?:replacement|new one|second one|another one)[^.!?]{0,40}(?:the )?same (?:thing|problem|issue|fault) (?:happened|again|occurred)|(?:exchanged|swapped|replaced)(?: it| them)? (?:for|with) (?:a |another )?(?:new|second|replacement)(?: one| unit)?[^.!?]{0,40}(?:just |exactly )?like the (?:other|first|old|original)(?: one)?(?! reviewers?| reviews?| people| customers| buyers)|(?:sent|gave|shipped|mailed) (?:me |us )?(?:back )?(?:a |another )?(?:refurbished|replacement|(?<!brand[- ])new) [\\w-]+(?: [\\w-]+)? (?:that|which) (?:also |then )?(?:did not|didn't|does not|doesn't|would not|wouldn't|never) (?:\\w+ )?work|(?:i|we)(?:'ve| have| had)? (?:replaced|exchanged|swapped) (?!(?:the |my |our )?(?:batter|bulb|filter|cartridge|toner|ink|fuse|cable|cord|strap|tip|pad|blade|belt|lamp|head))(?:it|this|that|the|my|our)(?: [\\w-]+)? (?:two|three|four|five|several|multiple|\\d+) times|(?:third|fourth|fifth|3rd|4th|5th) (?:replacement|new one|unit)\\b(?! (?:is|has been|was) (?:fine|great|perfect|working))",
    ),
  },
  {
    action: 'replaced',
    match: words(
      '(?:they|he|she|amazon|the (?:store|company|manufacturer|shop)) (?:replaced|exchanged|sent (?:me |us )?(?:a )?(?:new one|another|a replacement|replacement))|(?:provided|gave|shipped|mailed) (?:me |us )?(?:with )?(?:a |another )?(?:replacement|new one)|(?:got|received|sent|was sent|were sent|exchanged (?:it )?for) (?:a |another |the )?(?:replacement|new one|second one)|(?:exchanged|swapped) (?:it|them|the \\w+)|(?<!\\b(?:bought|ordered|purchased|got|picked up) (?:a |an |the )?)(?:second|third|2nd|3rd) (?:one|unit|replacement)(?! for (?:my|our|the|a) )|replaced (?:it|them) (?:under|with|for)|had to (?:buy|get|order|purchase) (?:another|a new|a second|a replacement)(?! (?:one )?(?:for|as) (?:a )?(?:gift|present|backup|spare))',
    ),
    guard: true,
  },
  {
    action: 'returned',
    match: words(
      '(?:bought|ordered|purchased) and returned|(?:buy|purchase|order)(?:,? (?:try(?: to)?|use|test|set up|install)(?: it| them)?)+,? and return(?!\\w| (?:to|again|often|every|soon|policy)\\b)|^\\s*(?:returned|sent back)(?: (?:the )?(?:items?|products?|units?|merchandise|order|purchase))?(?=\\s*[.!]*\\s*$)|^\\s*returned (?:the )?(?:item|product|unit|merchandise|order|purchase)\\b(?! (?:is|are|was|were|gets?|got|must|should|will|can|has|have|may)\\b)|^\\s*(?:the )?(?:items?|products?|units?|merchandise) (?:was |were )?returned\\b|(?:sent|mailed|shipped|took|brought|send|mail|ship|take|bring)(?:ing)? (?:it|them|this|these|mine|both|(?:the|this|these|my) \\w+(?: \\w+)?)(?: right| straight)? back(?! to the kitchen| to the chef| for (?:repairs?|service|servicing|fixing|a (?:repair|replacement|new one)|another|an exchange))|(?:returned|took back|take back|brought back|sent back|send back|mailed back|shipped back|returning) (?:it|them|this|the \\w+(?: \\w+)?|both|all|mine)|(?:i|we)(?: \\w+)? returned|(?:it|they) (?:went|is going|are going|goes) back|(?:was|were) returned(?! to (?:[\\w-]+ ){0,3}(?:repair|service))|return(?:ed)? (?:it|them) (?:to|for)(?! (?:repairs?|service|servicing|fixing|a (?:repair|replacement|new one)|another|an exchange))|(?:made|got|processed|started|accepted|approved|took) (?:a|the|my|our) return\\b(?! (?:label|policy|window|period))|(?<!\\b(?:please|just|to|you|can|could|will|would) )let (?:me|us) return (?:it|them|this|these|mine|the \\w+)|(?:had|(?:ended|wound) up having) to (?:send|take|bring|ship|mail) (?:it|them|the \\w+(?: \\w+)?) back|(?:had|(?:ended|wound) up having) to return (?:it|them|the \\w+)|returned for (?:a |my |our )?(?:full )?(?:refund|credit)|(?:it|mine|this one|these|both) went back\\b(?! to (?:work|using|the drawing board|the kitchen|the chef|sleep|bed|normal))|on (?:its|their) way back to|(?:it|they|this|mine) (?:was|is|were|are) (?:already )?in the (?:mail|post),? (?:being )?(?:returned|going back|on (?:its|their) way back)|back (?:it|they) (?:goes|go|went)|(?:suggested|recommended|advised|told (?:me|us) to) (?:me |us )?(?:to )?(?:return(?:ing)?|send(?:ing)? (?:it|them|the \\w+) back)[^.!?]{0,60}?,? (?:so|which|and) (?:i|we) did|(?:good thing|glad|lucky|luckily|thankfully|fortunately|at least|happy)(?: that)? (?:i|we) (?:could|was able to|were able to|got to|managed to) return (?:it|them|this|these|the \\w+)|(?<!\\b(?:wish|wished|if|hope|hoped|hoping|unless|whether|until) )(?:i|we) (?:was able to|were able to|managed to) return (?:it|them|this|these|the \\w+)',
    ),
    guard: true,
  },
  {
    action: 'refunded',
    match: words(
      "(?:got|received|was given|were given|issued|gave (?:me|us)|refunded (?:me|us|my|our|the)|(?:was|were|got) refunded|(?:did|they) refund(?:ed)?)(?: (?:me|us|a|my|our|the|full|partial|back|\\w+'s))* (?:refund|money back|money|credit)|(?:was|were|got) refunded|(?:i|we) (?:was|were|got|have been|had been) credited\\b|refunded (?:me|us|my|our|the|it|in full)|(?:they|he|she|the manager) refunded|(?:refund|credit) (?:was |came )?(?:back|returned|issued|processed|credited)|money (?:was |came )(?:back|returned|issued|processed|credited)|(?:a|the|my|full|partial) refund (?:was|came|went) (?:issued|processed|through)|(?:took|take|taken|accepted|returned) (?:it|them|this|the \\w+|mine)(?: back)? for (?:a |my |our |the )?(?:full )?(?:refund|credit|money back)|(?:got|received|have|had|was given) (?:(?:all|most) of )?(?:my|our|the) money back|(?:already|fully) (?:been )?(?:refunded|credited)|(?:credited|refunded) (?:back )?(?:to )?(?:my|our) (?:card|account)|credited (?:me|us) (?:with |for )?(?:a |the )?(?:full |partial )?(?:\\w+ ){0,2}(?:credit|refund|price|amount)|(?:got|received|was given|were given) (?:a |full )?(?:store )?credit|for (?:a |my |our |the )?(?:full )?refund,? (?:and (?:i |we )?(?:got|received|was given|were given) (?:it|one|that|my money|our money)|which (?:i |we )?(?:got|received|have received|was given|were given))",
    ),
    guard: true,
  },
  // The money came back without the business: through a court, the bank or the payment service.
  { action: 'refunded', match: MONEY_BACK_ELSEWHERE, guard: true },
  {
    action: 'cancelled',
    match: words(
      '(?:i|we)(?: \\w+)? cancel(?:l)?ed|(?:i|we) had to cancel (?:my|our|the) (?:[\\w-]+ ){0,3}(?:order|booking|reservation|subscription|membership|plan)|cancel(?:l)?ed (?:my|our|the) (?:order|booking|reservation|appointment|subscription|membership|account|contract|service|plan|stay)|(?:order|booking|reservation|subscription|membership) (?:was |got )?cancel(?:l)?ed',
    ),
    guard: true,
  },
  {
    action: 'contacted_support',
    match: words(
      '(?:called|emailed|e-mailed|phoned|messaged|contacted|wrote to|rang|chatted with|spoke (?:to|with)|talked (?:to|with)|reached out to|got (?:a hold|ahold|hold) of|calling|emailing) (?:the |their |his |her |your |tech |customer )?(?:support|customer (?:service|support|care)|tech support|help ?desk|company|manufacturer|store|shop|office|manager|owner|corporate|headquarters|them|him|her|back|again|several|multiple|numerous|many|twice|three|four|\\d+)|(?:called|emailed|e-mailed|phoned|messaged|contacted|wrote to|reached out to|chatted with|talked (?:to|with)|spoke (?:to|with)) (?:[\\w&-]+(?:\\Ws)? ){1,3}(?:customer (?:service|support|care)|support|help ?desk)|(?:several|multiple|numerous|many|countless|\\d+|two|three|four|five) (?:phone )?(?:calls|emails|e-mails|messages|voicemails)|left (?:a |several |multiple |\\d+ )?(?:messages?|voicemails?)|on hold for|opened a (?:ticket|case|claim)|support ticket|(?:working|dealing) with (?:[\\w&-]+ ){1,2}(?:to (?:get|have) (?:it|them|the \\w+) (?:repaired|fixed|replaced|exchanged)|on (?:a|the) (?:repair|replacement|warranty|claim|return))',
    ),
    guard: true,
  },
  {
    action: 'sent_back',
    match: words(
      'sent (?:it|them|the (?:food|dish|meal|plate|steak|burger|order|pizza|drink|soup|pasta|fish|chicken|coffee|wine|salad)s?|mine)(?: right| straight)? back(?! to (?:the )?(?:manufacturer|amazon|seller|company|store)| for (?:repairs?|service|servicing|fixing|a (?:repair|replacement|new one)|another|an exchange))|(?:had|asked) to send (?:it|them|the \\w+) back(?= to the kitchen)',
    ),
    guard: true,
  },
  {
    action: 'waited',
    match: words(
      '(?:waited|waiting|wait(?:ed)? for|sat|stood) (?:for )?(?:over |almost |nearly |about |around |more than |an? |another )?(?:\\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|an?|half an?|several|many|few) (?:\\w+ )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|(?:still|been) waiting|(?:took|takes|taking|after waiting) (?:over |almost |nearly |more than )?(?:\\d+|two|three|four|five|six|several|many) (?:weeks?|months?)|on hold for',
    ),
  },
  {
    action: 'complained_on_site',
    match: words(
      '(?:told|informed|notified|complained to|mentioned (?:it |this )?to|brought (?:it|this) (?:up )?to|let) (?:the |our |a |my )?(?:server|waiter|waitress|manager|front desk|staff|hostess|host|bartender|cashier|clerk|receptionist|owner|chef|desk)|(?:asked|called) for (?:the|a) manager|spoke (?:to|with) (?:the |a )?(?:manager|front desk|server|waiter|waitress|owner)|complained (?:at|to) the (?:desk|front desk|counter)',
    ),
  },
  {
    action: 'repair_failed',
    match: words(
      "(?:still|again) (?:not )?(?:broken|leaking|not working|doesn't work|does not work|making (?:the|that) (?:same )?noise|has the same|had the same)|(?<!(?:could|would|might|will|wouldn't|couldn't|won't) (?:have|get|run into|hit) the )same (?:problem|issue|noise|leak) (?:came back|again|returned|is back|a (?:day|week) later)|(?:after|since) (?:the|their|your|his) (?:repair|fix|service|work)(?: \\w+){0,3} (?:it )?(?:stopped|broke|failed|started|leaked|died|quit)|(?:repair|fix) (?:didn't|did not|doesn't|does not) (?:work|last|hold|fix)|(?:had to|have to) (?:take|bring|send) (?:it|the \\w+) back (?:again|to have|to get|for)|(?:second|third|2nd|3rd) (?:time|trip|visit) (?:back )?(?:for|to fix|with) the same|(?:not|never) (?:fixed|repaired) (?:properly|correctly|right)|came back (?:with|for) the same|(?:is|was|works?|worked|acts?|acted) (?:exactly |just )?(?:the same|as bad) as (?:when|before) (?:i|we) (?:sent|took|brought|shipped|mailed) (?:it|them|the \\w+)",
    ),
  },
  {
    action: 'repaired',
    match: words(
      '(?:they|he|she|the (?:shop|mechanic|tech|technician|plumber|electrician)) (?:repaired|fixed|replaced the|redid|re-did|serviced)|(?:got|had) (?:it|them|the \\w+(?: \\w+)?) (?:repaired|fixed|serviced)|(?:took|brought|sent) (?:it|my \\w+(?: \\w+)?|the \\w+(?: \\w+)?) (?:in )?(?:to be|for (?:a )?(?:repair|service|warranty))|(?:was|were) (?:repaired|fixed)',
    ),
    guard: true,
  },
  {
    action: 'compensated',
    match: words(
      "(?:comped|comp'd|took (?:it|them|\\w+) off (?:the|our|my) (?:bill|check|tab)|(?:gave|offered|given|got) (?:us |me )?(?:a )?(?:free|complimentary|discount|voucher|gift card|coupon|credit|\\d+% off)|(?:free|complimentary) (?:dessert|drink|drinks|round|meal|night|upgrade|appetizer)|(?:was|were) not charged for|(?:wasn't|weren't) charged for|(?:didn't|did not) charge (?:us|me) for|discount(?:ed)? (?:the|our|my) (?:bill|room|stay))",
    ),
    guard: true,
  },
  {
    // The business already came back to them: a call back, a manager's email, an answer to the review. A call back
    // promised, or one that never came, is not this; nor is a name called, nor a sales call back with a new offer.
    action: 'business_followed_up',
    match: words(
      `${FOLLOWER} (?:${LATER} )?(?:called|phoned|rang|emailed|e-mailed|texted|messaged|contacted|got back to|wrote to|reached out to|responded to|replied to)(?: (?:me|us|my \\w+|our \\w+))? back(?! (?:offering|with (?:an? )?(?:new |better |lower )?(?:offer|price|quote|deal)|to (?:sell|pitch|push|upsell|offer (?:a |me |us )?(?:better|lower|new))))|${FOLLOWER} (?:${LATER} )?(?:called|phoned|rang) (?:me|us) (?:the (?:next|following) (?:day|morning|week)|later|again|that (?:day|evening|afternoon)|to (?:apologi[sz]e|offer|say|tell|explain|discuss|ask|follow up))|${FOLLOWER} (?:${LATER} )?(?:emailed|e-mailed|texted|messaged|contacted|reached out to|wrote to|responded to|replied to) (?:me|us|my review|our review)|(?:got|received|had) (?:a |an )?(?:call|phone call|email|e-mail|message|reply|response) (?:back )?from (?:the |their |a )?(?:manager|owner|store|shop|company|dealership|gm|general manager|service manager|office|practice|hotel|corporate)`,
    ),
    guard: true,
  },
];

// The goods' wrapping thrown out once they were tried, not the goods: "I threw away the shipping and product
// packages", "tossed the box and the receipt", "got rid of the packaging". The buyer still holds the goods; "threw the
// player in its box" is not this.
const PACKAGING_GONE =
  /\b(?:threw|thrown|throw|tossed|toss|binned|trashed|chucked|discarded|recycled|got rid of)(?: (?:away|out))? (?:all )?(?:the |my |our |its |their )?(?:(?!(?:it|them|in|into|on|with)\b)[\w-]+ (?:and )?){0,3}?(?:packag(?:e|es|ing)|box(?:es)?|packing|wrappings?|receipts?|blister ?packs?)\b(?: (?:away|out))?/gi;
/** The review without its telling of packaging thrown out, so that it does not read as the goods gone. */
const withoutPackagingGone = (text: string): string => text.replace(PACKAGING_GONE, ' ');

/**
 * The reviewer no longer has the item and it did not come back to us: sold it, gave it away, threw it out, or
 * returned it and bought another brand. Neither a replacement nor taking it back for a refund can be offered.
 */
export function partedWithItem(text: string): boolean {
  for (const sentence of splitSentences(withoutPackagingGone(text))) {
    const m = PARTED_WITH.exec(sentence.text);
    if (m && !isNotDone(sentence.text, m.index)) return true;
  }
  return false;
}

// Said of the reviewer's own unit, with themselves as the subject: "the store sold it to me" and "sold out" are not.
const PARTED_WITH = words(
  "(?:i|we)(?:'ve| have| had)?(?: (?:just|finally|already|eventually|then|quickly|promptly|simply|ended up|wound up))* (?!\\w+(?: \\w+)? (?:the |my |our |its |their )?(?:receipt|box|boxes|packaging|packing|manual|instructions|bag|wrapper|tags?|old|previous|other|first)\\b)(?:(?:ended up|wound up) (?:selling|giving away|throwing out|tossing|donating)|(?:sold|resold|re-sold|gave away|donated|threw out|threw away|tossed|binned|trashed|got rid of|recycled|passed on)(?: (?:it|them|this|these|mine|the \\w+|my \\w+|these \\w+|those \\w+|both)(?: \\w+)?)?(?: (?:on|away|out|off))?(?= (?:to|on|for|at|and|in favou?r)\\b|\\s*[.,;!]|$)|(?:sold|gave|passed|threw|tossed|chucked) (?:it|them|these|mine|the \\w+(?: \\w+)?) (?:on|away|off|out)|(?:returned|exchanged|traded) (?:it|them|this|these|mine|the \\w+)(?: in)? for (?:a |an |the )?(?:different|other|better|cheaper) (?:brand|make|model|one|pair|set)|(?:returned|exchanged|traded|replaced|ditched|dumped|sold) (?:it|them|this|these|mine|the \\w+(?: \\w+)?)(?: \\w+){0,3} (?:in favou?r of|and (?:bought|got|went with|switched to) (?:a |an |the )?(?:different|other|another|competing|rival) (?:brand|make|maker|manufacturer)))",
);

// The goods themselves told as gone to the bin: "It goes in the trash", "Now it is landfill", "it sounds much better in
// the dumpster", "tossed it in the trash".
const BINNED = words(
  "(?:it|they|this|these|mine|this one|the (?:thing|unit|item|product|device|player|set))(?:'s| is| are| was| were)? (?:going|goes|go|went|headed|heading|ended up) (?:in|into|to) the (?:trash|garbage|bin|rubbish|dump|landfill|dumpster)|(?:it|this|this one|they|these)(?:'s| is| are) (?:now )?(?:landfill|(?:in|into) the (?:trash|garbage|bin|rubbish|dumpster))|(?:in|into) the (?:trash|garbage|bin|rubbish|dumpster) (?:it|they|this|these) (?:goes|go|went)|(?:sounds?|looks?) (?:much |a lot )?better in the (?:dumpster|trash|garbage|bin|rubbish|trash can|garbage can)|(?:threw|thrown|tossed|chucked|dumped|put) (?:it|them|this|these|the \\w+) (?:\\w+ )?(?:in|into) the (?:dumpster|trash|garbage|bin|rubbish)|junked (?:it|them)",
);

/** Whether the reviewer says the goods are in the bin: there is nothing left to send back, replace or chase. */
export function binnedGoods(text: string): boolean {
  return splitSentences(withoutPackagingGone(text)).some((sentence) => {
    const m = BINNED.exec(sentence.text);
    return m !== null && !isNotDone(sentence.text, m.index);
  });
}

// Goods taken back to the counter and seen to there ("I took it back and the vendor upgraded the firmware") went back
// for a fix, not for good: no refund is owed on them.
const SEEN_TO_ON_RETURN =
  /^[^.!?]{0,12}?\band (?:then )?(?:the (?:vendor|store|shop|seller|tech|technician|staff|clerk|guy|rep)|they|he|she)(?: \w+)? (?:upgraded|updated|re-?flashed|flashed|fixed|repaired|reset|re-?installed|reinstalled|serviced|adjusted|tightened|replaced (?:the|a) (?!unit\b|item\b|product\b)\w+)\b/i;
const seenToOnReturn = (sentence: string, after: number): boolean =>
  SEEN_TO_ON_RETURN.test(sentence.slice(after));

export type FoundAction = { action: PriorAction; evidence: Evidence };

/** What the reviewer says already happened, in reading order of first mention; each action once. */
export function findPriorActions(sentences: readonly Sentence[]): FoundAction[] {
  const found = new Map<PriorAction, FoundAction>();
  const where = new Map<PriorAction, number>();
  for (const rule of rules) {
    if (found.has(rule.action)) continue;
    for (const [index, sentence] of sentences.entries()) {
      const m = rule.match.exec(sentence.text);
      if (!m) continue;
      if (rule.guard && (isNotDone(sentence.text, m.index) || doneByOthers(sentence.text, m.index))) continue;
      if (
        (rule.action === 'returned' || rule.action === 'sent_back') &&
        (cameBackToThem(sentence.text, m.index, m[0]) || seenToOnReturn(sentence.text, m.index + m[0].length))
      )
        continue;
      const start = sentence.start + m.index;
      found.set(rule.action, {
        action: rule.action,
        evidence: { text: m[0], start, end: start + m[0].length },
      });
      where.set(rule.action, index);
      break;
    }
  }
  // "I returned it and got a new one": an exchange, not goods sent back for good.
  const returnedAt = where.get('returned');
  if (returnedAt !== undefined && EXCHANGED.test(sentences[returnedAt]?.text ?? '')) found.delete('returned');
  // "I took them back to the store … I was told they do not take returns": the goods went back and came home again.
  if (
    returnedAt !== undefined &&
    sentences
      .slice(returnedAt, returnedAt + 3)
      .some((s) => RETURN_REFUSED.test(s.text) && !MADE_AN_EXCEPTION.test(s.text))
  )
    found.delete('returned');
  // "I purchased two of these units … the second one has a problem": the second of those bought together, not one
  // sent in place of the first.
  const replacedBy = found.get('replaced')?.evidence.text ?? '';
  const allText = sentences.map((s) => s.text).join(' ');
  if (BARE_SECOND.test(replacedBy) && BOUGHT_SEVERAL.test(allText)) found.delete('replaced');
  // "… got a new one. Same problem.": the replacement failed as the first did.
  const replacedAt = where.get('replaced');
  const replaced = found.get('replaced');
  if (replacedAt !== undefined && replaced && SAME_AGAIN.test(sentences[replacedAt + 1]?.text ?? ''))
    found.set('replacement_failed', { ...replaced, action: 'replacement_failed' });
  // "… even after the first one crashed and burned. But the second time, I cannot forgive.": the second unit failed too.
  if (!found.has('replacement_failed')) {
    const first = sentences.findIndex((s) => FIRST_FAILED.test(s.text));
    const again =
      first < 0
        ? -1
        : sentences.findIndex((s, i) => i >= first && i <= first + 2 && SECOND_TIME.test(s.text));
    const sentence = sentences[first];
    const m = sentence && again >= 0 ? FIRST_FAILED.exec(sentence.text) : null;
    if (sentence && m) {
      const start = sentence.start + m.index;
      found.set('replacement_failed', {
        action: 'replacement_failed',
        evidence: { text: m[0], start, end: start + m[0].length },
      });
    }
  }
  // "I went back so they could fix them … they still weren't great": a second attempt that did not put it right.
  if (!found.has('repair_failed')) {
    for (const [index, sentence] of sentences.entries()) {
      const m = SECOND_TRY.exec(sentence.text);
      if (!m || isNotDone(sentence.text, m.index)) continue;
      const after = sentences.slice(index, index + 4).map((s) => s.text);
      const tail = [sentence.text.slice(m.index + m[0].length), ...after.slice(1)].join(' ');
      if (!STILL_BAD.test(tail)) continue;
      const start = sentence.start + m.index;
      found.set('repair_failed', {
        action: 'repair_failed',
        evidence: { text: m[0], start, end: start + m[0].length },
      });
      break;
    }
  }
  // A failed replacement implies there was a replacement; a failed repair implies a repair.
  const list = [...found.values()];
  return list.filter((a) => !(a.action === 'replaced' && found.has('replacement_failed')));
}

const BARE_SECOND = /^(?:second|third|2nd|3rd) (?:one|unit)$/i;
// Several of the goods bought at once: "I purchased two of these units", "we bought 3 of them", "I ordered a pair".
const BOUGHT_SEVERAL = words(
  '(?:i|we) (?:have )?(?:bought|purchased|ordered|got) (?:two|three|four|2|3|4) (?:of (?:these|them|the \\w+)|[\\w-]+(?: [\\w-]+)?s)\\b',
);
const EXCHANGED = words(
  '(?:and|then) (?:got|received|was sent|were sent|they sent (?:me|us)) (?:a |another )?(?:new one|replacement|new \\w+)|(?:for|with) (?:a |another )?(?:new one|replacement|new \\w+)(?! or (?:a |my |our )?(?:full )?(?:refund|money back|credit))',
);
// The shop would not take the goods back: a no-returns policy, or the return refused.
const RETURN_REFUSED = words(
  "(?:does not|doesn't|do not|don't|did not|didn't|would not|wouldn't|will not|won't|could not|couldn't|refused to|refuse to|declined to|rejected|denied) (?:\\w+ )?(?:take|accept|allow|do|give|process) (?:any )?(?:returns?|a return|the return|my return|our return|(?:it|them|this|these|the \\w+) back)|no[- ]returns?(?: policy)?|(?:refused|declined|denied|rejected) (?:the |my |our |a |any )?returns?|(?:return|returns) (?:was |were |got )?(?:refused|declined|denied|rejected|not accepted)|(?:no|not) (?:accept(?:ing)? )?returns? (?:allowed|accepted|on)|(?:would not|wouldn't|won't|will not) (?:let|allow) (?:me|us) (?:to )?return",
);

/** Whether a return was turned away: the goods came home again, and no refund for them is on its way. */
export function returnRefused(text: string): boolean {
  return splitSentences(text).some(
    (sentence) => RETURN_REFUSED.test(sentence.text) && !MADE_AN_EXCEPTION.test(sentence.text),
  );
}
const MADE_AN_EXCEPTION = words(
  '(?:made|make) an exception|(?:took|take|accepted) (?:it|them) (?:back )?anyway',
);
const SAME_AGAIN = words(
  '^(?:and |but )?(?:the )?same (?:problem|issue|thing|fault|result)|^(?:it|this one|the new one|that one) (?:also |too )?(?:does|did|had|has) the same',
);

// A first unit that failed, told as the past of the one now reviewed; and the second failing in its turn.
const FIRST_FAILED = words(
  '(?:after|when|since) (?:the|my|our) (?:first|1st|original) (?:one|unit|pair|set)(?: \\w+){0,2} (?:crashed|died|broke|failed|stopped working|quit|went dead)',
);
const SECOND_TIME = words(
  '(?:the |this )?(?:second|2nd) (?:time|one|unit)(?! (?:has|is) (?:been )?(?:fine|great|perfect|working))|this one (?:too|also|as well)|(?:it|this one) (?:happened|did it|died|failed|broke) again',
);

// Going back to have the work done again, or the business doing it over.
const SECOND_TRY = words(
  '(?:went|came|come|coming|go|going|got|brought (?:it|them|the \\w+)) back(?: in| there)?(?: \\w+){0,6} (?:to|so (?:they|she|he|the \\w+) could|for (?:them|her|him) to|to have (?:them|it|her|him))(?: \\w+){0,3} (?:fix|fixed|redo|re-do|redone|correct|corrected|touch(?:ed)? up|adjust|even(?:ed)? (?:it|them) out|file[ds]?|reshape|recolou?r|re-?cut)\\w*|(?:redid|re-did|redone|did (?:it|them) (?:again|over)|(?:she|he|they) (?:did|fixed|corrected|re-?did) (?:it|them|my \\w+) again|(?:a|the|my) (?:correction|redo|re-do|second attempt|second try|follow-up appointment))',
);
// What the second attempt left: no better, still wrong, worse.
const STILL_BAD = words(
  "still (?:(?:was|were|is|are|looked|looks|look|came out|felt|had|has) )?(?:[a-z]+s\\b(?<!\\b(?:is|was|has|looks))|not|no|weren't|wasn't|isn't|aren't|didn't|doesn't|bad|poor|wrong|uneven|the same|broken|leaking|awful|terrible|crooked|off|orange|brassy|patchy|chunky|visible|there|a mess)|no better|not (?:any|much) better|even worse|got worse|was worse|were worse|just as bad|worse than (?:before|the first)|same (?:problem|issue|result|mistake)|(?:second|new|next) (?:set|one|attempt|cut|colou?r|coat|job) (?:\\w+ )?(?:also |too )?(?:peeled|chipped|broke|failed|fell off|came off|faded|lifted|leaked)",
);

// Other buyers as the ones who did it: "customers bring them back", "other owners got refunds".
const BY_OTHERS =
  /\b(?:customers|people|others|folks|everyone|everybody|buyers|users|owners|reviewers|other (?:people|customers|buyers|users|owners|reviewers))\s+(?:(?:have|had|all|just|then|often|always|usually|keep|kept|simply)\s+){0,2}$/i;

/** Whether what matched at `at` was done by other buyers, not by the reviewer. */
function doneByOthers(sentence: string, at: number): boolean {
  return BY_OTHERS.test(sentence.slice(Math.max(0, at - 50), at));
}

// The maker or the shop as the one who sent the goods back: "Garmin sent it back with a note", "they shipped them
// back unrepaired". The goods came back to the reviewer; nothing went back for good. "She sent it back" is left as
// told: a server sending a plate back to the kitchen for a diner is still a plate sent back.
const SENDER_BEFORE =
  /\b(?:[Tt]hey|(?!(?:I|We|He|She|You|And|So|Then|But|Also|Just|Soon|Once|After|When|Today|Yesterday)\b|[A-Z][a-z]*ly\b)[A-Z][\w-]+)\s+(?:then\s+|just\s+|finally\s+|eventually\s+|simply\s+)?$/;

/** Whether the goods "sent back" at `at` were sent back to the reviewer by the maker or the shop. */
function cameBackToThem(sentence: string, at: number, matched: string): boolean {
  return (
    /^(?:sent|shipped|mailed)\b/i.test(matched) &&
    SENDER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))
  );
}

// A second verb under the same "I may" or "we will": "I may try another brand and take this one back".
const MODAL_AND =
  /\b(?:i|we)(?:['’]ll|['’]d| may| might| will| would| could| should| plan to| am going to| are going to| intend to)\b(?:(?!\b(?:i|we|but|so|because|then|after|when|since|though|although)\b)[^,;.!?])*\band (?:then )?$/i;

// Advice to do it, not the doing: "they suggested returning it", "he advised me to send it back".
const SUGGESTED =
  /\b(?:suggest|recommend|advis)(?:ed|es|s|ing)? (?:(?:that )?(?:i|we) |(?:me|us) to |to )?$/i;
// The verb as a modal leaves it ("take", not "took" or "I returned"): only then does the modal reach it.
const BARE_VERB = /^(?:take|bring|send|return|mail|ship|get|cancel|exchange|swap)\b/i;

// A clause of its own after a joining word ("… and I returned it"): what came before does not reach it.
const OWN_CLAUSE = /\b(?:and|but|so)\s+$/i;
const OWN_SUBJECT = /^(?:i|we)\b(?!['’]d|['’]ll| (?:would|could|should|might|may|will)\b)/i;

function isNotDone(sentence: string, at: number): boolean {
  if (OWN_SUBJECT.test(sentence.slice(at)) && OWN_CLAUSE.test(sentence.slice(0, at))) return false;
  return (
    NOT_DONE.test(sentence.slice(Math.max(0, at - 50), at)) ||
    SUGGESTED.test(sentence.slice(0, at)) ||
    (BARE_VERB.test(sentence.slice(at)) && MODAL_AND.test(sentence.slice(0, at)))
  );
}

const askRules: ReadonlyArray<readonly [ReviewerAsk, RegExp]> = [
  [
    'refund',
    words(
      "(?:want|wants|demand|demanding|expect|expecting|asking for|asked for|request(?:ing|ed)?|deserve|give me|would like|i'd like|how (?:do|can|could|would) (?:i|we) (?:get|receive|claim)) (?:a |my |our |the |full |partial )*(?:refund|money back)|(?:a |any )?way (?:i|we) (?:can|could) (?:get|receive|claim) (?:a |my |our |the |full )*(?:refund|money back)|refund (?:me|us|my money)|should have (?:just )?(?:refunded|given (?:me |us )?(?:a |my |our |the )?(?:refund|money back))|(?:unable|refused|wouldn't|would not|won't|will not|couldn't|could not) (?:to )?(?:\\w+ ){0,3}(?:refund (?:me|us|it|the|my|or (?:replace|exchange))|get (?:me |us )?(?:my|our) money back|give (?:me |us )?(?:my|our) money back)",
    ),
  ],
  [
    'replacement',
    words(
      "(?:want|demand|expect|asking for|asked for|request(?:ing|ed)?|would like|i'd like|send me) (?:a |another )?(?:replacement|new one|exchange)",
    ),
  ],
  [
    'repair',
    words(
      "(?:want|demand|expect|asking|asked|need|would like) (?:you |them )?(?:to )?(?:fix|repair|redo|re-do) (?:it|this|the)|(?:didn't|did not|never|wouldn't|would not|refused to|won't|will not) (?:even )?offer(?:ed)? to (?:fix|redo|re-do|repair|correct|touch up|put right)|no offer to (?:fix|redo|re-do|repair|correct|touch up|put)",
    ),
  ],
  [
    'apology',
    words(
      '(?:want|demand|expect|deserve|owe (?:me|us)|still waiting for|would like|never got) (?:an? )?apolog\\w*|no apology',
    ),
  ],
  [
    'callback',
    words(
      '(?:please |someone )?(?:call|contact|email) me|(?:want|expect|waiting for) (?:a |someone to )?(?:call ?back|call|response|reply)',
    ),
  ],
  [
    'explanation',
    words(
      '(?:want|demand|expect|deserve|would like) (?:an? )?explanation|(?:can|could) (?:someone|anyone|you) (?:please )?explain|why (?:would|did|do|does|is|was) (?:you|they|the)',
    ),
  ],
  [
    'warning_others',
    words(
      "(?:stay away|avoid (?:this|them|at all costs)|do not (?:buy|go|eat|stay|use|waste)|don't (?:buy|go|eat|stay|use|waste)|save your (?:money|time)|buyer beware|be warned|beware|warning to|you have been warned|look elsewhere|go elsewhere|steer clear)",
    ),
  ],
];

/** What the reviewer asks for, when they say so. */
export function findAsks(sentences: readonly Sentence[]): Array<{ ask: ReviewerAsk; evidence: Evidence }> {
  const out: Array<{ ask: ReviewerAsk; evidence: Evidence }> = [];
  for (const [ask, re] of askRules) {
    for (const sentence of sentences) {
      const m = re.exec(sentence.text);
      if (!m) continue;
      const start = sentence.start + m.index;
      out.push({ ask, evidence: { text: m[0], start, end: start + m[0].length } });
      break;
    }
  }
  return out;
}

/**
 * Money taken in error, as the reviewer tells it: paid twice, a refund that fell short, a bill above the quote, a
 * charge added that should not have been, or a plain overcharge. Putting the charge right is the remedy for these.
 */
export type BillingError =
  | 'deposit_kept'
  | 'double_charge'
  | 'refund_short'
  | 'above_quote'
  | 'charged_for_free'
  | 'extra_charge'
  | 'overcharged';

const billingRules: ReadonlyArray<readonly [BillingError, RegExp]> = [
  [
    'deposit_kept',
    words(
      "(?:never|still (?:haven't|have not|hasn't|has not|not|didn't|did not)|didn't|did not|haven't|have not|hasn't|has not|yet to|refused to|won't|will not) (?:\\w+ ){0,3}?(?:get|got|gotten|receive[ds]?|return(?:ed)?|refund(?:ed)?|give|given|gave|seen|see)(?: (?!deposit\\b)[\\w']+){0,3} (?:my|our|the|their|a|any) (?:\\$?[\\d,.]+ )?(?:security |damage |room |key |refundable )?deposit|deposit (?:was |has |had )?(?:still )?(?:never|not|yet to be) (?:been )?(?:returned|refunded|given back|paid back|credited)|(?:kept|keeping|pocketed|withheld|withholding) (?:my|our|the) (?:\\$?[\\d,.]+ )?(?:security |damage |room |key |refundable )?deposit",
    ),
  ],
  [
    'double_charge',
    words(
      'double[- ]?(?:charged|billed|charge|billing)|(?:charged|billed) (?:me |us |my card |our card |my account )?(?:twice|two times|double|again for the same)|(?:paid|pay|paying) (?:for (?:it|the \\w+|our \\w+|my \\w+) )?twice|(?:two|duplicate) (?:identical )?(?:charges|payments)|duplicate (?:charge|payment|billing)',
    ),
  ],
  [
    'refund_short',
    words(
      '(?:refund(?:ed)?|credit(?:ed)?|money back)(?: [\\w$.,]+){0,5} short|short(?:-changed)? (?:by|of) \\$?\\d|(?:only|just) (?:got|received|refunded|credited) (?:back )?\\$\\d|(?:still )?(?:missing|owed|owe (?:me|us)) \\$?\\d[\\d.,]* (?:from|of|on) (?:my|our|the) refund',
    ),
  ],
  [
    'above_quote',
    words(
      '(?:quoted?|estimated?|estimate was)\\b[^.!?]{0,80}\\b(?:over[- ]?charg\\w*|charged|billed|bill (?:came|was)|invoice (?:came|was)|went (?:up )?to|turned into|jumped to|ended up (?:at|being|paying))|(?:charged|billed|bill|invoice)\\b[^.!?]{0,60}\\b(?:more than|above|over|double|twice|triple) (?:the |what (?:we|i|they) (?:were |had )?)?(?:quote|quoted|estimate|estimated|agreed)',
    ),
  ],
  [
    'charged_for_free',
    words(
      '(?:charged|billed|charging|made (?:me|us) pay|had to pay) (?:me |us )?(?:\\$?[\\d.,]+ )?(?:full price )?for (?:the |a |an |my |our |their )?(?:complimentary|free|included|promised free|courtesy)\\b|(?:charged|billed) (?:me |us )?(?:\\$?[\\d.,]+ )?for (?:something|it|them|(?:a|an|the|my|our) (?:[\\w-]+ ){0,2}[\\w-]+),? (?:that|which) (?:was|were|is|are|had been) (?:meant|supposed|promised|said|advertised|offered|going) to be (?:free|complimentary|included|on the house|at no (?:cost|charge))|(?:free|complimentary|included)(?: [\\w-]+){0,2}\\b[^.!?]{0,40}\\b(?:charged|billed) (?:me|us) (?:for it|anyway|regardless|full price)',
    ),
  ],
  [
    'extra_charge',
    words(
      "(?:charge|fee|surcharge)s? (?:was |were |had been |got )?(?:added|tacked on|slipped) (?:to|onto|on) (?:our|my|the) (?:bill|check|tab|invoice|total|receipt)|(?:added|tacked on|slipped in|snuck in) (?:an? )?(?:\\$?[\\d.]+ )?(?:[\\w-]+ )?(?:charge|fee|surcharge)|(?:charged|billed) (?:me |us )?for (?:something|things|items?|an? \\w+|the \\w+) (?:we|i) (?:didn't|did not|never) (?:order|get|use|receive|ask for)",
    ),
  ],
  [
    'overcharged',
    words(
      'over[- ]?charg(?:ed|ing)|charged (?:me |us )?(?:too much|the wrong (?:price|amount)|more than (?:the (?:price|tag|sticker|menu|advertised)|it (?:said|was marked)))|rang (?:it|me|us|them) up (?:wrong|at the wrong (?:price|amount))|wrong (?:price|amount) (?:on|at) (?:the )?(?:register|bill|receipt|check)',
    ),
  ],
];

/** The billing error the reviewer reports, if any: only one that happened, not one they fear or were warned of. */
export function readBillingError(text: string): BillingError | null {
  const sentences = splitSentences(text);
  for (const [kind, re] of billingRules) {
    for (const sentence of sentences) {
      const m = re.exec(sentence.text);
      if (m && !HYPOTHETICAL_BILL.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) return kind;
    }
  }
  // "They offered me a make up blow out… I ended up paying for the service": a redo offered free, then charged for,
  // told across sentences.
  if (OFFERED_FREE.test(text) && sentences.some((sentence) => PAID_ANYWAY.test(sentence.text)))
    return 'charged_for_free';
  return null;
}
const OFFERED_FREE = words(
  '(?:offered|promised|gave|give|giving) (?:me |us )?(?:a |an |the )?(?:complimentary|free|make[- ]?up|makeup|courtesy) (?:[\\w-]+ )?(?:blow[- ]?(?:out|dry)|blowdry|service|treatment|appointment|session|redo|re-do|cut|haircut|manicure|pedicure|facial|massage|wax|colou?r|visit|class)',
);
const PAID_ANYWAY = words(
  '(?:ended up|end up|still|was made to|were made to|had to) (?:paying|pay|paid) (?:for (?:it|the service|the (?:[\\w-]+ )?(?:blow[- ]?(?:out|dry)|blowdry|redo|treatment|appointment|session|visit))|full price)',
);

/** The deposit's amount as the reviewer gives it ("a $100 deposit"), when they give one. */
export function depositAmount(text: string): string | null {
  return /(\$[\d,.]*\d)(?: (?:security |damage |room |key |refundable )?deposit\b)/i.exec(text)?.[1] ?? null;
}

// Fees the business charges by its own terms: what to cancel or leave costs, fees a member says were never made
// clear. Money taken as the terms say, however unwelcome, not money taken in error.
const POLICY_FEE = words(
  'hidden (?:fee|charge)s?|(?:cancellation|cancelation|early termination|termination|exit|joining|enrol(?:l)?ment|sign-?up|membership|annual|admin(?:istration)?|processing) (?:fee|charge)s?|(?:charge|bill|make)s? (?:you|me|us) (?:to pay )?for (?:the|any|another|an extra) (?:monthly |extra )?(?:month|months|monthly charges)',
);
// A notice the terms ask of a member before leaving: "30 days notice to cancel", "a notice period". Days of notice a
// customer gave the business ("they had 20 days' notice" of a cake order) are no fee, so the notice counts only in a
// sentence about leaving or paying.
const NOTICE = words(
  "(?:(?:\\d+|thirty|sixty|ninety)(?:-| )days?'?|(?:a|one|two) months?'?s?) (?:written )?notice|notice period",
);
const LEAVING_OR_PAYING = words(
  "cancel\\w*|terminat\\w*|contracts?|memberships?|members|leases?|move (?:out)|moving out|quit\\w*|leav(?:e|ing)|charg\\w*|fees?|bill\\w*|pay\\w*|paid|months?'?s? rent",
);

/** Fees the business's own terms set (to cancel, to join, a notice period, fees not made clear), as the reviewer tells them. */
export function readPolicyFee(text: string): boolean {
  return splitSentences(text).some(
    (sentence) =>
      POLICY_FEE.test(sentence.text) || (NOTICE.test(sentence.text) && LEAVING_OR_PAYING.test(sentence.text)),
  );
}

// "they will charge you twice", "if you get charged twice", "make sure you are not overcharged".
const HYPOTHETICAL_BILL =
  /\b(?:will|would|could|might|may|if|make sure|careful|beware|watch out|not)\s+(?:[\w'’]+\s+){0,3}$/i;

/**
 * What the reviewer says is already under way and only needs seeing through: goods sent back, or being sent back,
 * for their money (`refund`), or a replacement or a repair already in hand with the shop or the maker
 * (`replacement`, `repair`). A return only planned ("I'm going to send mine back") is not under way: the reply
 * invites it rather than chasing it. Null when nothing is under way; money already back is the caller's to rule out.
 */
export type UnderWay = 'refund' | 'replacement' | 'repair';

export function readUnderWay(text: string): UnderWay | null {
  for (const [kind, re] of underWayRules) {
    // A replacement or repair that already came back is no longer under way, whatever became of it.
    if (kind !== 'refund' && CAME_BACK(text)) continue;
    for (const sentence of splitSentences(text)) {
      const m = re.exec(sentence.text);
      if (m && !NOT_YET.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) return kind;
    }
  }
  return null;
}

// "they sent back a refurbished one", "when I got it back", "the new one arrived".
const CAME_BACK = (text: string): boolean =>
  /\b(?:[Tt]hey|[Hh]e|[Ss]he|(?!I\b|We\b)[A-Z][\w-]+) (?:sent|shipped|mailed|returned|gave) (?:(?:it|them|me|us) )?(?:back|an? \S+)/.test(
    text,
  ) ||
  /\b(?:(?:got|received|collected|picked up) (?:it|them|the \w+) back|came back\b|(?:my|the) (?:second|new|replacement|refurbished) [\w-]+ (?:worked|works|arrived|came|also|failed|died|broke|had|has))/i.test(
    text,
  );

// "if I send it back for repair", "I would have to wait weeks for a replacement": not under way.
const NOT_YET =
  /\b(?:if|unless|would|could|might|may|should|rather than|instead of|want to|wanted to|need to|have to|hope to|hoping to|let (?:me|us)|how (?:do|can|could) (?:i|we))\s+(?:[\w'’]+\s+){0,3}$/i;

const GOODS = '(?:it|them|this|these|mine|both|the [\\w-]+(?: [\\w-]+)?|my [\\w-]+(?: [\\w-]+)?)';
const SENT = '(?:sent|shipped|mailed|posted|returned|took|brought|dropped off)';
const underWayRules: ReadonlyArray<readonly [UnderWay, RegExp]> = [
  [
    'replacement',
    words(
      `${SENT} ${GOODS}(?: back| in| off)?(?: to [\\w ]{1,30}?)? for (?:a |an |the )?(?:warranty |rma )?(?:replacement|exchange|new one)|(?:sent|shipped|returned|went) (?:\\w+ ){0,4}(?:under|for|with) (?:an? )?rma|\\brma(?:'d|ed)\\b|(?:warranty |rma )?(?:replacement|new one|exchange) (?:\\w+ )?(?:is|was|has been|are) (?:still )?(?:on (?:its|the) way|being (?:sent|shipped|processed|made)|in the (?:mail|post)|pending|coming|due)|(?:waiting|waited|wait|awaiting)(?: \\w+){0,4}? (?:(?:for|on) )?(?:a|the|my|our|their|another) (?:warranty |rma )?(?:replacement|exchange|new one)`,
    ),
  ],
  [
    'repair',
    words(
      `${SENT} ${GOODS}(?: back| in| off)?(?: to [\\w ]{1,30}?)? (?:for|to be|to get) (?:a |an |the )?(?:warranty )?(?:repair(?:s|ed)?|fix(?:ed)?|servic(?:e|ing|ed))|(?:waiting|waited|wait|awaiting)(?: \\w+){0,4}? (?:(?:for|on) )?(?:a|the|my|our|their) (?:warranty )?(?:repair|fix)|(?:warranty )?repairs? (?:is|are|has been|have been) (?:still )?(?:taking|pending|in progress|under way|underway|dragging)|(?:has|have) been (?:at|in) (?:the |your |their )?(?:repair|service) (?:shop|centre|center|department)|(?:was|were|has been|have been) (?:sent|returned|shipped|mailed|taken) (?:back )?to (?:[\\w-]+ ){0,3}(?:repair|service)\\b`,
    ),
  ],
  [
    'refund',
    words(
      `(?:i'm|i am|we're|we are|(?:i|we)(?:'ll| will) be) (?:now |currently |already )?(?:returning ${GOODS}|(?:sending|shipping|mailing|taking) ${GOODS} back)(?: to [\\w ]{1,30}?)?(?: for (?:a |my |our |the )?(?:full )?(?:refund|money back|credit))?(?=\\W|$)|(?:am|i'm|we're|we are|i am) about to (?:return|send) ${GOODS}(?: back)?|(?:sent|shipped|mailed|posted) ${GOODS} back(?: to [\\w ]{1,30}?)? for (?:a |my |our |the )?(?:full )?(?:refund|money back|credit)|(?:the |my |our )?return (?:is|was|has been) (?:now |still )?(?:in process|in progress|being processed|processing|pending|under way|underway|on its way|approved|accepted)|(?:started|initiated|opened|filed|processed|set up|arranged|requested and got) (?:a|the|my|our) return|(?:permission|authori[sz]ation|approval) to return ${GOODS}|(?:return|rma) (?:label|authori[sz]ation) (?:was |has been |is )?(?:printed|issued|sent|approved|emailed)`,
    ),
  ],
];

/**
 * Nothing was bought or paid for: the reviewer browsed and left, found nothing worth buying, walked out before
 * ordering, was refused service or was never served. There is no payment of theirs to refund.
 */
export function boughtNothing(text: string): boolean {
  if (PAID.test(text)) return false;
  return splitSentences(text).some((sentence) => {
    const m = NOTHING_BOUGHT.exec(sentence.text);
    return m !== null && !NOT_YET.test(sentence.text.slice(Math.max(0, m.index - 40), m.index));
  });
}

const NOTHING_BOUGHT = words(
  "(?:walked|got up and left|got up and walked|left|stormed) (?:out )?(?:\\w+ ){0,3}(?:before|without) (?:we |i )?(?:even )?(?:order(?:ing|ed)?|being (?:served|seated|helped)|getting (?:served|seated|helped|a table|our food)|eating|buying (?:anything|a thing)|purchasing|paying)|(?:walked|got up and) (?:out|left) (?:\\w+ ){0,2}empty[- ]handed|left empty[- ]handed|(?:was|were|are|got) (?:never|not) (?:even )?(?:served|seated|waited on|helped)|never (?:even )?(?:got|get|were|was|been) (?:\\w+ )?(?:served|seated|waited on|helped)|(?:refused|denied) (?:to serve (?:me|us)|(?:me |us )?service|(?:me |us )?entry)|(?:would not|wouldn't|won't|will not) (?:even )?serve (?:me|us)|turned (?:me|us) away|(?:never|didn't|did not|couldn't|could not|can't|cannot),? (?:ever,? )?(?:find|found) anything (?:\\w+ )?(?:good|worth (?:buying|having|the money)|(?:to|i wanted to|we wanted to) buy|i (?:wanted|liked|needed))|(?:didn't|did not|couldn't|could not) (?:end up )?(?:buy|purchase|order)(?:ing)? (?:anything|a (?:single )?thing)|never (?:ended up )?(?:bought|purchased|ordered) (?:anything|a (?:single )?thing)|(?:browsed|browsing|looked around|wandered around)[^.!?]{0,60}\\b(?:and|then|before) (?:we |i )?(?:just )?(?:left|walked out)",
);
// Money did change hands: "we paid", "charged", "the bill", "our order came", "I bought".
const PAID =
  /(?<!\b(?:before|until|after|when|once|if) )\b(?:i|we) (?:finally )?ordered\b|\b(?:paid|pay(?:ing)? for|charged|billed|(?:the|our|my) (?:bill|check|tab|receipt)|bought|purchased|(?:our|my) (?:food|order|meal|drinks?) (?:came|arrived)|refund(?:ed)?)\b/i;
