import { HOUSEKEEPING_MISSED } from '../triage/housekeeping.ts';
import { type Frame, TREATMENTS, VENUES, WAITED_TO_BE_SERVED } from './complaint-frame.ts';
import { leadDeviceFrames } from './lead-device-frames.ts';
import { EXTRA_NOT_GIVEN, PAID_EXTRA } from './remedy-promised.ts';

/**
 * Grievances that lead a review when told, and that a reply must name rather than answer with a bare apology: a
 * price raised after a quote, a promise withdrawn, a refusal to see or serve, being shouted at, staff who would not
 * leave the reviewer be. The device faults told in the reviewer's own words follow them. Each is a kind of wording,
 * told back as a short clause of our own.
 */

// Other customers, however the reviewer names them.
const OTHERS =
  '(?:customers?|people|guests?|couples?|tables?|parties|party|groups?|famil(?:y|ies)|guys?|lady|ladies|wom[ae]n|m[ae]n|girls?|folks|others|patients?|clients?|cars?)';
// Who came after the reviewer: "behind me", "who came in after us".
const AFTER_US =
  '(?:behind (?:me|us)|(?:right )?after (?:me|us)|(?:came|walked|arrived|showed up|checked in|got there|ordered) (?:in )?after (?:me|us|we did|i did))';
// Spoken to as if beneath them: condescending, patronising, talked down to, treated as stupid. Not a customer who
// would "never patronize this place", nor a manager who talks down to her own staff.
const TALKED_DOWN =
  /\bcondescend\w*|\bpatroni[sz]ing\b(?! (?:this|the|that|their|your|our|these|those|a|an|them|it|here)\b)|\bpatroni[sz]ed (?:me|us)\b|\b(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?) down to (?:me|us|my \w+|him|her)\b(?! (?:staff|employees|team|assistants?|colleagues|co-?workers|nurses?)\b)|\b(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?) to (?:me|us) (?:like|as if|as though) (?:i|we) (?:was|were) (?:an? )?(?:idiot|stupid|child|kid|dumb|moron)\b/;

// Others who came after the reviewer served first: "the two customers behind me got their cakes first", "people who came
// in after us were seated before us". Not one who came after and was simply served ("the couple after us ordered the
// same"). Read in lower case.
const SERVED_AFTER_US = new RegExp(
  [
    `\\b${OTHERS}\\b[^.]{0,40}\\b${AFTER_US}\\b[^.]{0,60}\\b(?:(?:got|gets|get|received|receives) (?:their|her|his|its|the) (?:\\w+ )?(?:food|order|orders|meal|meals|drinks?|cakes?|coffee|table|turn|cars?|appointment)|(?:was|were|got|get|gets|being) (?:\\w+ )?(?:served|seated|helped|called|waited on|taken care of|checked in|seen)|(?:first|before (?:me|us|we|i)))\\b`,
    `\\b(?:served|seated|helped|called|waited on|took care of|checked in|saw)\\b[^.]{0,20}\\b${OTHERS}\\b[^.]{0,30}\\b${AFTER_US}\\b[^.]{0,40}\\b(?:first|before (?:me|us|we|i))\\b`,
  ].join('|'),
);
// The review says the turn was theirs: "I was there first", "I ordered before both of them".
const OUR_TURN =
  /\b(?:first|before (?:me|us|we|i|them|both|they)|ahead of (?:me|us)|(?:our|my) turn|out of turn)\b|\b(?:i|we) (?:was|were|had been) (?:there |here )?(?:first|before)\b/;

/** Whether a review (any case) tells of others who came after the reviewer being served first. */
export const servedOutOfTurn = (text: string): boolean => {
  const lower = text.toLowerCase();
  return SERVED_AFTER_US.test(lower) && OUR_TURN.test(lower);
};

// A sum of money as the reviewer wrote it: "$900", "$1,200".
const SUM = /^\$\s?\d[\d,]*(?:\.\d\d)?$/;
const RAISED = '(?:raised|increased|upped|hiked|bumped up|jacked up|put up)';
// Things a business may promise and then withdraw.
const PROMISED_THINGS =
  'package deal discount rate upgrade reservation booking price offer coupon voucher credit refund warranty special promotion quote'.split(
    ' ',
  );
const PROMISED = `(${PROMISED_THINGS.join('|')})`;
// A promise withdrawn, however it is told: one grievance, named by what was promised.
const NOT_HONOURED = {
  clause: 'the {x} you had been promised was not honoured',
  fills: new Set(PROMISED_THINGS),
  ours: true,
  service: true,
  topic: 'promise',
  weight: 2,
} satisfies Omit<Frame, 'test'>;
// Who may be turned away: a pet at a vet's, a child or a partner at a practice.
const TURNED_AWAY =
  'dog cat puppy kitten pet horse rabbit bird son daughter child baby kid husband wife mother father mom dad'.split(
    ' ',
  );
const ROLES =
  'owner manager server waiter waitress cashier bartender receptionist clerk technician salesman driver'.split(
    ' ',
  );
const SHOUTED = 'yell(?:ed|ing)?|shout(?:ed|ing)?|scream(?:ed|ing)?|raised (?:his|her|their) voice';
const SWORE = 'curs(?:ed|ing)|swore|swearing|sworn|cuss(?:ed|ing)|(?:dropped|dropping) the f[- ]bomb';
// Aimed at the reviewer: at them, or on a call made to them ("I got a call from the owner, yelling and cursing").
const AT_US =
  '\\b(?:at|to) (?:me|us)\\b|\\b(?:i|we) (?:was|were|got) (?:\\w+ )?(?:yelled|shouted|screamed|sworn|cursed|cussed)|\\b(?:called|phoned|rang) (?:me|us)\\b|\\b(?:got|had|received) a (?:phone )?call from\\b';
const ROLE_SAID = `\\b(?:the|a|their|our|this) (${ROLES.join('|')})\\b[^.]{0,60}\\b(?:${SHOUTED}|${SWORE})\\b`;
const SAID_AT_US = (kinds: readonly string[], role: boolean): RegExp =>
  new RegExp(
    `^${kinds.map((kind) => `(?=.*\\b(?:${kind})\\b)`).join('')}(?=.*(?:${AT_US}))${role ? `.*?${ROLE_SAID}` : ''}`,
  );

// Shouted at or sworn at, where the reviewer says it was aimed at them, told as what it was: "the manager yelled and
// cursed at me on the phone" is not something to call "spoken to like that". Both said come first; one alone is told
// alone. Shouting or swearing the reviewer only heard, or that was aimed at someone else, is left to the plainer frames.
const ABUSE_FRAMES: readonly Frame[] = [
  { kinds: [SHOUTED, SWORE], said: 'shouted and swore at you', plain: 'you were shouted and sworn at' },
  { kinds: [SWORE], said: 'swore at you', plain: 'you were sworn at' },
  { kinds: [SHOUTED], said: 'shouted at you', plain: 'you were shouted at' },
].flatMap(({ kinds, said, plain }) => [
  {
    test: SAID_AT_US(kinds, true),
    clause: `the {x} ${said}`,
    fills: new Set(ROLES),
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  { test: SAID_AT_US(kinds, false), clause: plain, ours: true, service: true, topic: 'staff', weight: 1.5 },
]);
// What a table may ask for and not be brought.
const FORGOTTEN =
  'dessert desert cake candle sparkler drink drinks side sides appetizer appetizers sauce bread salad soup fries'.split(
    ' ',
  );
// Treatments and sessions sold by what they include or how long they last.
const SESSIONS =
  'facial massage treatment session appointment class lesson cleaning tour wax peel manicure pedicure haircut'.split(
    ' ',
  );
export const leadFrames: readonly Frame[] = [
  {
    // A price shown one way and rung up another: "deceptive to list the price of six and ring them up at over $7",
    // "charged more than the price on the sign". Told as more than the price shown led them to expect, which names
    // the grievance without conceding a charge we have not checked.
    test: /\b(?:deceptive|deceiving|misleading)\b[^.]{0,60}(?:\b(?:price|prices|pricing|priced)\b|\$ ?\d)|\b(?:price|prices|pricing)\b[^.]{0,40}\b(?:deceptive|misleading)\b|\b(?:rang|ring|rung|rings|ringing) (?:\w+ ){0,4}?up\b[^.]{0,60}\b(?:more|higher|over \$|extra|different price)\b|\bcharged (?:me |us )?(?:more|a higher price|extra) than (?:the )?(?:price (?:on|at|in) the (?:shelf|sign|tag|menu|board|ad|website)|(?:listed|advertised|posted|marked|shelf|sign|menu|tag) price)\b/,
    clause: 'what you paid was more than the price shown led you to expect',
    also: ['you were charged more than the price shown led you to expect'],
    ours: true,
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    // A price raised after a quote, by a sum: "they raised the price by $900".
    test: new RegExp(
      `\\b${RAISED} (?:the |their |my |our )?(?:price|quote|cost|rate)s? by (\\$\\s?\\d[\\d,]*(?:\\.\\d\\d)?)`,
    ),
    whole: /\b(?:quote|quoted|estimate)\b/,
    clause: 'the price you were quoted went up by {x}',
    fills: SUM,
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    // The same rise said without a sum, or as a quote and a higher charge.
    test: new RegExp(
      `\\b${RAISED} (?:the |their |my |our )?(?:price|quote|cost|rate)s?\\b|\\b(?:price|quote|cost)s? (?:was |were |had |has |is )?(?:now )?(?:been )?(?:raised|increased|hiked|bumped up|jacked up|went up|gone up|jumped|doubled)\\b|\\bquoted (?:me |us )?(?:\\$\\s?[\\d,]+|a price)\\b[^.]{0,80}\\b(?:then|but|later)\\b[^.]{0,40}\\b(?:charged|billed|wanted|asked for)\\b|\\b(?:charged|billed) (?:me |us )?(?:\\$\\s?[\\d,]+ )?(?:more than|double|twice|above) (?:the |what (?:was|we were|i was) )?(?:quote|quoted|estimate)\\b`,
    ),
    whole: /\b(?:quote|quoted|estimate)\b/,
    clause: 'the price you were quoted went up',
    also: ['you were asked to pay more than you were quoted'],
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    // Told they had something, then told they did not: "said we had a park and cruise package … the next morning
    // they said we didn't have the package".
    test: new RegExp(
      `\\b(?:said|told (?:us|me)|promised|assured (?:us|me)|confirmed)\\b[^.]{0,40}\\b(?:we|i) (?:had|have|would (?:get|have|receive)|were getting|was getting|qualified for) (?:a |an |the |our |my )?(?:[\\w-]+ ){0,3}?${PROMISED}\\b[^.]*\\b(?:then|later|next|after|but|when)\\b[^.]*\\b(?:(?:didn't|did not|don't|do not|wouldn't|would not) (?:have|get|honou?r|qualify|include)|(?:wasn't|was not|weren't|were not|isn't|is not) (?:valid|included|available|honou?red)|no such)\\b`,
    ),
    ...NOT_HONOURED,
  },
  {
    test: new RegExp(
      `\\b(?:refused|declined|would not|wouldn't|won't|will not|did not|didn't) (?:to )?honou?r (?:the|my|our|their|a|an) (?:[\\w-]+ ){0,2}?${PROMISED}\\b`,
    ),
    ...NOT_HONOURED,
  },
  {
    // An extra paid for and never had: "I had made sure to spend the extra to reserve it... Well it didn't happen".
    test: PAID_EXTRA,
    whole: EXTRA_NOT_GIVEN,
    groups: VENUES,
    clause: 'you did not get what you had paid extra for',
    also: ['what you paid extra for never came through'],
    ours: true,
    service: true,
    topic: 'promise',
    weight: 2,
  },
  {
    // Turned away when they needed seeing: "their refusal to see my injured dog".
    test: new RegExp(
      `\\b(?:refus(?:ed|al|ing)|declined|would not|wouldn't|did not|didn't) (?:to )?(?:even )?(?:see|treat|examine|look at|take) (?:my|our) (?:\\w+ )?(${TURNED_AWAY.join('|')})\\b`,
    ),
    groups: ['health', 'professional', 'trades_repairs'],
    clause: 'your {x} was turned away when you needed us',
    fills: new Set(TURNED_AWAY),
    ours: true,
    service: true,
    topic: 'refused',
    weight: 2,
  },
  {
    // Refused a seat where they asked ("would not seat us away from the door") is not being turned away.
    test: /\b(?:refus(?:ed|al|ing)|declined|would not|wouldn't) (?:to )?(?:see|seat|serve|take) (?:us|me)\b(?! (?:away from|near|by|next to|at (?:a|the|another)|in (?:a|the|another)|closer|somewhere|elsewhere|anywhere|outside|inside|on the|upstairs|downstairs)\b)/,
    clause: 'you were turned away',
    also: ['you were sent away when you came to us'],
    ours: true,
    service: true,
    topic: 'refused',
    weight: 2,
  },
  {
    // A shop that takes nothing back: "I was told the store does not take returns".
    test: /\b(?:does not|doesn't|do not|don't|did not|didn't|would not|wouldn't|will not|won't) (?:take|accept|allow|do|offer) (?:any )?(?:returns?|refunds?|exchanges?)\b|\bno (?:returns?|refunds?) (?:policy|allowed|accepted)\b/,
    clause: 'your request for your money back was turned down',
    ours: true,
    service: true,
    topic: 'refund',
    weight: 2,
  },
  {
    // A return or an exchange refused where the reviewer asked for one: "I can only exchange them at the store I bought
    // them from", "they would not let me return it".
    test: /\b(?:i|we) (?:can|could) only (?:return|exchange|swap)\b|\b(?:would not|wouldn't|will not|won't|did not|didn't|refused to) (?:let (?:me|us)|allow (?:me|us) to) (?:return|exchange|swap)\b|\b(?:would not|wouldn't|will not|won't|refused to) (?:exchange|swap) (?:it|them|the|my|our|anything)\b|\brefused to (?:take|accept) (?:it |them )?back\b/,
    groups: ['retail'],
    clause: 'you were not allowed to return or exchange what you bought',
    also: ['your return or exchange was refused'],
    ours: true,
    service: true,
    topic: 'refund',
    weight: 2,
  },
  {
    // Staff nowhere to be seen: "nobody was paying attention", "our waitress was no where to be found".
    test: /\b(?:no one|nobody|noone|no-one)\b (?:was |were )?(?:even )?(?:looking at|paying (?:any )?attention|attending to|serving|checking on|looking after)\b|\b(?:no ?where|nowhere) to be (?:found|seen)\b/,
    groups: [...VENUES, 'retail'],
    clause: 'nobody looked after you the way they should have',
    also: ['you were left without the attention you deserved'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    // An insurer the practice would not bill: "refused to go through my insurance company".
    test: /\b(?:refus(?:ed|al|ing)|declined|would not|wouldn't|did not|didn't) (?:to )?(?:go through|bill|accept|take|file with|submit to|claim (?:on|from|through)|work with) (?:my|our|the) (?:\w+ )?insurance\b/,
    clause: 'the bill was not put through your insurance',
    also: ['your insurance was not used for the bill'],
    ours: true,
    service: true,
    topic: 'billing',
    weight: 2,
  },
  ...ABUSE_FRAMES,
  {
    // Charged, with the papers paid for never sent: "I have been charged however I did not get a copy of the policy".
    test: /\b(?:charged|billed|paid)\b[^.]{0,40}\b(?:did not|didn't|never|have not|haven't|still not|not yet) (?:yet )?(?:get|got|gotten|receive|received|been sent|sent) (?:a |any |my |the )?(?:copy of )?(?:the |my |a |any )?(policy|contract|paperwork|documents|certificate|receipt|confirmation|plan documents)\b/,
    clause: 'you were charged and never received the {x}',
    fills: new Set([
      'policy',
      'contract',
      'paperwork',
      'documents',
      'certificate',
      'receipt',
      'confirmation',
      'plan documents',
    ]),
    ours: true,
    service: true,
    topic: 'billing',
    weight: 2,
  },
  {
    // Shouted or sworn at by someone named by their role: "the owner … yelling and cursing".
    test: new RegExp(
      `\\b(?:the|a|their|our|this) (${ROLES.join('|')})\\b[^.]{0,60}\\b(?:yell(?:ed|ing)?|shout(?:ed|ing)?|scream(?:ed|ing)?|curs(?:ed|ing)|swore|swearing|cuss(?:ed|ing)|berat(?:ed|ing))\\b`,
    ),
    clause: 'the {x} spoke to you like that',
    fills: new Set(ROLES),
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    test: /\b(?:yell(?:ed|ing)?|shout(?:ed|ing)?|scream(?:ed|ing)?|curs(?:ed|ing)|swore|swearing|cuss(?:ed|ing)) (?:at|to) (?:me|us|the client|the customer|customers|my \w+)\b|\b(?:be|been|being|got|was|were|get) (?:yelled|shouted|screamed|sworn|cursed) at\b/,
    clause: 'you were spoken to that way',
    also: ['you were shouted at like that'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // Told it was not to be had, then seeing it handed to the customer ahead: "they said they weren't selling ice
    // cream, then we watched the car in front get a cone". The unfairness is the grievance, not the missing item.
    test: /\b(?:told|informed|said)\b[^.]{0,30}\b(?:they|we)\b (?:\w+ )?(?:weren't|were not|wasn't|was not|aren't|are not|didn't|did not|don't|do not|couldn't|could not|can't|cannot) (?:\w+ )?(?:selling|serving|making|offering|doing|sell|serve|make|offer|have|had)\b/,
    // The same thing named again where the other customer was given it, so a different order is not read as it.
    whole:
      /\b(?:weren't|were not|wasn't|was not|aren't|are not|didn't|did not|don't|do not|couldn't|could not|can't|cannot) (?:\w+ )?(?:selling|serving|making|offering|doing|sell|serve|make|offer|have|had) (?:any |the |a |an |more )*([a-z]{3,})\b[\s\S]*?\b(?:car|customers?|person|people|lady|guy|man|woman|couple|table|family) (?:right )?(?:in front of|ahead of|before|behind|next to) (?:us|me)\b[\s\S]{0,80}?\b\1\b/,
    groups: VENUES,
    clause: 'you were told it was not available and then saw it served to another customer',
    ours: true,
    service: true,
    topic: 'refused-others',
    weight: 2,
  },
  {
    // A shopper who said they were only looking, and was followed and questioned anyway: "we told him we were just
    // looking, and he kept following us with questions". Named as it happened, not as being sold more than they needed.
    test: /\b(?:follow(?:ed|ing|s)?|stalk(?:ed|ing|s)?|trail(?:ed|ing|s)?|shadow(?:ed|ing|s)?|hover(?:ed|ing|s)? (?:over|around)) (?:us|me)\b|\b(?:kept|continued to|would not stop|wouldn't stop) (?:ask(?:ing)?|question(?:ing)?|quizz(?:ing)?) (?:us|me)\b/,
    whole: /\b(?:just|only) (?:looking|browsing|having a look|looking around)\b/,
    groups: ['retail'],
    clause: 'you were followed around and questioned after you said you were just looking',
    ours: true,
    service: true,
    // Sales pressure, one grievance with being pushed to buy: the team hears of it.
    topic: 'pushed',
    weight: 2,
  },
  {
    // Staff who would not leave the reviewer be: "the servers constantly hound you".
    test: /\b(?:constantly|always|kept|keep|keeps|continually|repeatedly|non-?stop) (?:on )?(?:hound\w*|pester\w*|badger\w*|hassl\w*|nag\w*|hover\w*)\b|\b(?:hound(?:ed|ing|s)?|pester(?:ed|ing|s)?|badger(?:ed|ing|s)?|hassl(?:ed|ing|es)?) (?:you|me|us|people|customers)\b|\bhover(?:ed|ing)? over (?:you|me|us)\b/,
    groups: [...VENUES, 'retail'],
    clause: 'our staff kept pestering you',
    also: ['you were not left in peace by our staff'],
    ours: true,
    service: true,
    topic: 'pestered',
    weight: 1,
  },
  {
    // "They couldn't because it was already pre made", "would not leave out the blueberries".
    test: /^(?=.*\b(?:couldn't|could not|can't|cannot|wouldn't|would not|won't|unable to|not able to|told|said)\b).*\b(?:pre[- ]?made|already made|made ahead)\b|\b(?:couldn't|could not|can't|cannot|wouldn't|would not|won't|refused to|unable to|not able to) (?:let (?:us|me) )?(?:substitute|swap|switch|leave out|customi[sz]e|make (?:it|one|them|mine) (?:with|without))\b/,
    groups: VENUES,
    clause: 'your order could not be made the way you asked',
    also: ['we could not make your order the way you wanted'],
    ours: true,
    service: true,
    topic: 'custom',
    weight: 1,
  },
  {
    // Asked for without something and given it anyway, visit after visit: "I've asked for no whip several times and
    // received whip cream every time".
    test: /\b(?:asked for|ordered|requested|ask for|order) (?:it )?(?:no|without|extra|light|less|no more) [\w ]{1,20}?\b[^.]{0,60}\b(?:received|got|given|gave|handed|came with|comes with|still)\b|\b(?:never|rarely|not once) (?:gets?|got) (?:done|made) (?:correctly|right|properly)\b/,
    whole:
      /\b(?:every time|each time|several times|many times|always|never|again and again|time after time|every visit)\b/,
    groups: VENUES,
    clause: 'your order was wrong more than once',
    also: ['your order came out wrong on more than one visit'],
    topic: 'order',
    weight: 2,
  },
  {
    // Sent to wait in a parking space for an order: a drive-through's way of clearing its lane.
    test: /\b(?:ask|asked|asking|tell|told|make|made) (?:me|us) to (?:park|pull (?:in|into|over|forward|up|ahead|around|aside))\b|\basked to (?:park|pull (?:in|into|over|forward|up|ahead|around|aside))\b/,
    whole: /\b(?:drive[- ]?thru|drive[- ]?through|fast food|window|order|meal|burger|hot ?dog|fries)\b/,
    groups: VENUES,
    clause: 'you were sent to park and wait for your order',
    also: ['you were asked to pull aside and wait for your food'],
    ours: true,
    service: true,
    topic: 'parked',
    weight: 1,
  },
  {
    // Talked at to buy more: "don't try to persuade", "tried to talk me into".
    test: /\b(?:try|trying|tried|tries) to (?:persuade|talk (?:me|us) into)\b/,
    clause: 'you felt pushed towards more than you needed',
    service: true,
    topic: 'pushed',
    weight: 1,
  },
  {
    // A long wait before anyone came: "wait about ten minutes before being approached", "wait for a hello", "after
    // sitting at our table for 30 minutes and not getting any service".
    test: /\bwait(?:ed|ing)? (?:\w+ ){0,4}(?:before|to be|until) (?:being |we were |i was |anyone |someone |somebody )?(?:approached|greeted|acknowledged|served|seated|helped|noticed|waited on)\b|\bwait(?:ed|ing)? for (?:a |any )?(?:hello|greeting|welcome|someone to (?:greet|serve|help|take))\b|\b(?:sitting|sat|seated)(?: (?:at|in) (?:our|my|the|a) (?:table|booth|seats?))?(?: there)? for (?:over |almost |nearly |about |at least |more than )?(?:\d+|five|ten|fifteen|twenty|thirty|forty|forty[- ]five|an?|half an?) (?:minutes?|mins?|hours?)\b[^.]{0,30}\b(?:without (?:any(?:one)? |being |a )?(?:service|served|greeted|acknowledged|menus?|waiter|server|drinks?)|not (?:getting|being|having) (?:any )?(?:service|served|greeted|acknowledged)|(?:no one|nobody) (?:came|showed|took|approached|greeted|served))\b/,
    ...WAITED_TO_BE_SERVED,
  },
  {
    // Something asked for and never brought: "they forgot to bring my husband the dessert".
    test: new RegExp(
      `\\bforg[oe]t(?:ten)? to (?:bring|serve|put in|add|include|give) (?:(?:us|me|him|her|them|my \\w+|our \\w+) )?(?:the |our |my |his |her |a |an )?(?:\\w+ )?(${FORGOTTEN.join('|')})\\b`,
    ),
    groups: VENUES,
    clause: 'we forgot your {x}',
    fills: new Set(FORGOTTEN),
    ours: true,
    service: true,
    topic: 'order',
    weight: 1,
  },
  {
    // A treatment cut short of what it was sold as: "supposed to include extractions … none occurred".
    test: new RegExp(
      `\\b(${SESSIONS.join('|')})\\b[^.]{0,40}\\bsupposed to (?:include|be|last|have|come with|take|run)\\b`,
    ),
    whole:
      /\bno \w+ (?:occurred|happened|was done|were done|at all)\b|\b(?:never|didn't|did not|wasn't|was not|weren't|were not) (?:\w+ )?(?:done|included|given|offered|performed)\b|\b(?:max|at most|barely|only|just) \d+ (?:minutes|mins)\b/,
    clause: 'you did not get the full {x} you paid for',
    fills: new Set(SESSIONS),
    ours: true,
    service: true,
    topic: 'paid',
    weight: 1.5,
  },
  {
    // Sold as something it was not: "promoted as being in the wine country. However, it was a block from the freeway."
    test: /\b(?:promoted|advertised|billed|marketed|touted|pitched|described|listed) (?:itself |it )?as (?:being )?(?:in|near|close to|on|by|within|a|an|the)\b/,
    whole:
      /\b(?:promoted|advertised|billed|marketed|touted|pitched|described|listed) (?:itself |it )?as\b[^.!?]*(?:[.!?]\s*(?:however|but|in reality|in fact|actually|instead|it turned out|turns out)\b|\b(?:but|however|when in fact)\b)/,
    groups: VENUES,
    clause: 'the place was not what it was advertised as',
    also: ['the place was not as it had been advertised'],
    service: true,
    topic: 'described',
    weight: 1.5,
  },
  {
    // A stay without the room ever being done: "three days without maid service", "housekeeping never came".
    test: HOUSEKEEPING_MISSED,
    groups: VENUES,
    clause: 'your room was never cleaned during your stay',
    also: ['housekeeping never came to your room'],
    ours: true,
    service: true,
    topic: 'housekeeping',
    weight: 2,
  },
  {
    // Paid once and made to pay again: "prepaid … had to pay for the room again", "we were charged twice".
    test: /\b(?:charged|billed) (?:us |me |my card |our card )?(?:twice|two times|double|a second time)\b|\bdouble[- ]?(?:charged|billed)\b|\b(?:had|made|forced|asked) (?:me |us )?to pay (?:for (?:the |our |my )?(?:[\w-]+ )?)?(?:again|twice|a second time)\b/,
    clause: 'you were made to pay twice',
    also: ['you were charged a second time for what you had already paid'],
    ours: true,
    service: true,
    topic: 'billing',
    weight: 2,
  },
  {
    // A price given up front and a higher one charged: "told me it would be $15 but rang me up for $25".
    test: /\b(?:told|quoted|said|promised)\b[^.]{0,60}\$\s?\d[^.]{0,80}\b(?:but|then|and|yet)\b[^.]{0,40}\b(?:charged|rang (?:me|us) up|ringing (?:me|us) up|rung up|billed|wanted|asked for|had to pay)\b[^.]{0,20}\$\s?\d/,
    clause: 'you were charged more than you were told',
    also: ['the bill came to more than the price you were given'],
    ours: true,
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    // Served out of turn, where the review says the turn was theirs.
    test: SERVED_AFTER_US,
    whole: OUR_TURN,
    clause: 'customers who came in after you were served first',
    also: ['people who came in after you were seen to before you'],
    ours: true,
    service: true,
    topic: 'turn',
    weight: 2,
  },
  {
    // Met with attitude at the door: "two guys at the door had an attitude problem", "the host at the entrance glared".
    test: /\b(?:at|by|on) the (?:front )?(?:door|entrance|host stand|hostess stand)\b[^.]{0,60}\b(?:attitude|rude|rudely|unwelcoming|glared|glaring|stared|dirty looks?|nasty looks?|shitty looks?)\b|\b(?:attitude|rude|unwelcoming|glared|glaring|dirty looks?|nasty looks?)\b[^.]{0,40}\b(?:at|by) the (?:front )?(?:door|entrance|host stand|hostess stand)\b/,
    groups: [...VENUES, 'retail'],
    clause: 'the welcome at the door was so cold',
    also: ['you were met so coldly at the door'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // Stared at by the staff while eating: "so many weird looks from the employees", "kept walking by with a
    // disgusted look". Not a dish that "looks weird", nor a look the reviewer gave.
    test: /\b(?:weird|dirty|nasty|odd|strange|disgusted|disapproving|funny|rude|mean) looks?\b[^.]{0,30}\bfrom (?:the |all the |one of the |some of the )?(?:employees?|staff|servers?|waiters?|waitress(?:es)?|workers?|cashiers?|kitchen|cooks?|manager|hostess|host)\b|\b(?:employees?|staff|servers?|waiters?|waitress|workers?|cashiers?|cooks?|manager|hostess)\b[^.]{0,40}\b(?:with an? (?:disgusted|dirty|disapproving|nasty) look|gave (?:us|me|my \w+) (?:\w+ )?(?:weird|dirty|nasty|odd|strange|disgusted|funny|rude|mean) looks?)\b/,
    groups: VENUES,
    clause: 'the looks from our staff made you so uncomfortable',
    also: ['our staff made you feel so unwelcome'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // Talked down to, and ignored as well: "condescending … didn't even acknowledge me when I asked".
    test: TALKED_DOWN,
    whole:
      /\b(?:ignor\w*|(?:didn't|did not|never|wouldn't|would not) (?:even )?(?:acknowledge|look at|answer|respond))\b/,
    clause: 'you were talked down to and ignored',
    also: ['our staff talked down to you and ignored you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 2,
  },
  {
    // Talked down to: "a condescending service manager", "she talked to me like I was stupid".
    test: TALKED_DOWN,
    clause: 'you were talked down to',
    also: ['our staff talked down to you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // Told of as ignored: "we were completely ignored", "the staff ignored us".
    test: /\b(?:we|i|and|still|then) (?:were |was |got |felt )?(?:completely |totally |just |basically |pretty much |being |still )?(?:got |were |was )?ignored\b|\b(?:ignored|ignoring) (?:us|me)\b/,
    clause: 'you were ignored',
    also: ['nobody paid you the attention you were owed'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // A treatment hurried through: "a rushed wax", "she rushed through my pedicure", "a speedy mani/pedi".
    test: /\b(?:rushed|hurried|speedy)\b[^.]{0,40}\b(?:wax\w*|mani\w*|pedi\w*|facial|massage|haircut|cut|colou?r|lashes|brows|eyebrows|nails|treatment|appointment|service|job|experience)\b|\b(?:rushed|hurried) (?:me |us |her |him )?through\b|\b(?:in a (?:haste|hurry|rush)|hasty|rushing) to (?:get (?:me|us|her|him) out|be done|finish)\b/,
    whole:
      /\b(?:wax\w*|mani\w*|pedi\w*|facial|massage|haircut|lashes|brows|eyebrows|nails|salon|spa|stylist|technician|tech|treatment)\b/,
    groups: TREATMENTS,
    clause: 'your appointment was rushed',
    also: ['your treatment was hurried through'],
    ours: true,
    service: true,
    topic: 'rushed',
    weight: 1.5,
  },
  {
    // A room that did not match what was shown: "the room looked nothing like the photos on the website".
    test: /\broom\b[^.]{0,60}\b(?:nothing like|not like|didn't look like|did not look like|different (?:from|than)|not as|not what)\b[^.]{0,30}\b(?:photos?|pictures?|pics|shown|pictured|advertised|website|online)\b/,
    groups: VENUES,
    clause: 'the room was nothing like the photos',
    also: ['the room did not match what we showed online'],
    service: true,
    topic: 'described',
    weight: 2,
  },
  {
    // Left without word while waiting: "no checking in with me to tell me what was going on", "no communication".
    test: /\bno (?:one |body )?(?:checking in|check-ins?|updates?|call to (?:say|tell|let))\b|\b(?:lack|absence) of (?:any )?(?:communication|updates)\b|\bno communication\b|\b(?:never|nobody|no one|didn't|did not|wouldn't|would not)(?: (?:once|even|bother to))? (?:kept?|updated?|informed?|called|told) (?:me|us) (?:updated|informed|posted|what was (?:going on|happening)|how (?:it|things) (?:was|were) going)\b/,
    clause: 'nobody kept you informed',
    also: ['you were left without word on what was happening'],
    ours: true,
    service: true,
    topic: 'informed',
    weight: 1.5,
  },
  {
    // The rules of one place left unenforced: "pool staff do not enforce rules", "the gym never enforces its rules".
    test: /\b(pool|gym|spa|hot tub)\b (?:[\w-]+ )?(?:do not|don't|does not|doesn't|did not|didn't|never|won't|will not|refuse to|fail to|failed to) (?:even )?enforce (?:the |any |their |its )?(?:[\w-]+ )?(?:rules|policy|policies)\b/,
    clause: 'the {x} rules were not enforced',
    fills: /^(?:pool|gym|spa|hot tub)$/,
    ours: true,
    service: true,
    topic: 'rules',
    weight: 2,
  },
  {
    // Rules left unenforced, so others spoilt the place: "pool staff do not enforce rules".
    test: /\b(?:do not|don't|does not|doesn't|did not|didn't|never|won't|will not|refuse to|fail to|failed to) (?:even )?enforce (?:the |any |their |its )?(?:[\w-]+ )?(?:rules|policy|policies|dress code|quiet hours)\b/,
    clause: 'the rules were not enforced',
    also: ['our staff let the rules go unenforced'],
    ours: true,
    service: true,
    topic: 'rules',
    weight: 1.5,
  },
  {
    // Calls that never got through: "for two days we called and received a busy signal", "no one picks up".
    test: /\bbusy signal\b|\b(?:couldn't|could not|can't|cannot|never|unable to) (?:even )?get through\b|\b(?:no one|nobody|never) (?:ever )?(?:answers|answered|picks up|picked up)(?: the phone)?\b|\bphone (?:just )?(?:rang|rings|kept ringing) (?:out|and rang|forever)\b/,
    clause: 'you could not get through to us by phone',
    also: ['your calls to us went unanswered'],
    ours: true,
    service: true,
    topic: 'phone',
    weight: 1.5,
  },
  {
    // Hung up on: "she was treated like an idiot and hung up on".
    test: /\bhung up on\b|\bhung up (?:the phone )?(?:on )?(?:me|us|her|him)\b/,
    clause: 'you were hung up on',
    also: ['the call was ended on you'],
    ours: true,
    service: true,
    topic: 'phone',
    weight: 2,
  },
  ...leadDeviceFrames,
];
