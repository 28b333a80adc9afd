import type { SectorGroup } from '@rebound/shared';
import QuickLRU from 'quick-lru';
import { isPutRight, POINT_NEXT, SAYS_THE_POINT } from '../triage/situation/aspects.ts';
import { type Frame, PRODUCTS, TREATMENTS, VENUES } from './complaint-frame.ts';
import { DISH, dishFaults } from './dish-frames.ts';
import { readFault } from './fault-clause.ts';
import { leadFrames } from './lead-complaint-frames.ts';
import { dirtyParts, mainGrievanceFrames } from './main-grievance-frames.ts';
import { isEnglishWord, mendSpelling } from './spelling.ts';
import { venueFrames } from './venue-complaint-frames.ts';

/**
 * The reviewer's main grievance as a clause in our own words ("your food came out cold", "the reception was poor"),
 * for when the situation could not lift a clean clause from the review. Each kind of grievance has a pattern and a
 * clause we wrote; the one the reviewer dwells on most (the title counts double) wins. Sentences that praise, wish
 * or compare are skipped, so an aside or a praised part is never taken for the complaint.
 */
// Follow-ups, calls and mailings from the business that the customer never wanted: "no less than 10 followups",
// "your number of solicitations", "they will not stop calling me". Calls the customer made are not these, nor the two
// or three calls about a job running late.
export const UNWANTED_CONTACT =
  /\b(?:received|got|getting|gotten) (?:no less than |more than |over |at least )?(?:[5-9]|\d{2,}|five|six|seven|eight|nine|ten|a dozen|twenty|dozens of) (?:follow-? ?ups?|calls|phone calls|emails|texts|messages)\b|\b(?:no less than|more than|over|at least) (?:\d+|ten|a dozen|twenty) follow-? ?ups?\b|\b(?:pointless|constant|endless|repeated|non-?stop) (?:repeated )?(?:contacts|follow-? ?ups?|solicitations?|marketing (?:calls|emails))\b|\b(?:number of|so many|too many) (?:solicitations?|soliciatations?|follow-? ?ups?|marketing (?:calls|emails))\b|\b(?:won't|will not|wouldn't|would not|please) stop (?:calling|emailing|texting|contacting) (?:me|us)\b/;

/** True when the review tells of follow-ups from us the customer never wanted, read as the frames read it. */
export const wantsNoMoreContact = (text: string): boolean =>
  UNWANTED_CONTACT.test(mendSpelling(text.toLowerCase().replace(/’/g, "'")));

const ROLES = new Set(
  'server waiter waitress cashier manager host hostess bartender receptionist clerk owner stylist technician salesman saleswoman driver cook chef agent'.split(
    ' ',
  ),
);
const DISHES = new Set(
  'food meal dish dishes plate steak burger burgers fries soup eggs skillet pizza pasta coffee chicken fish sushi rice sandwich breakfast lunch dinner noodles tacos'.split(
    ' ',
  ),
);
const LOST_THINGS = new Set(
  'photos pictures images files data songs music recordings videos footage'.split(' '),
);
const SERVICES = new Set([
  'blow out',
  ...'haircut cut colour color highlights blowout blow-out nails manicure pedicure perm mani-pedi extensions polish'.split(
    ' ',
  ),
  'nail polish',
  'brows',
  'eyebrows',
]);
// Food that can reach the table still frozen: "the sashimi was icy", "the carrots were still frozen in the middle".
const FROZEN_FOODS = new Set(
  'food meal dish sashimi sushi fish chicken shrimp meat cake pie dessert carrots vegetables veggies peas fries'.split(
    ' ',
  ),
);
const PESTS = new Set('bedbugs roaches cockroaches ants mice rats bugs fleas gnats maggots'.split(' '));
const SMELLY_PARTS = new Set(
  'room rooms hallway hallways corridor corridors hall halls bathroom lobby carpet bed sheets towels linens bedding pillows'.split(
    ' ',
  ),
);
// A smell of smoke: "smelled of smoke", "reeked like an ashtray", "stale cigarette smoke".
const SMOKE_SMELL =
  /\b(?:smell(?:ed|s|ing)?|smelt|stank|stunk|stinks?|re[ea]k(?:s|ed|ing)?) (?:\w+ ){0,2}?(?:of|like) (?:stale |old |cigarette |cigar )*(?:smoke|cigarettes?|cigars?|an? ashtray|weed|marijuana)\b|\b(?:stale|cigarette|cigar|tobacco) smoke\b|\bsmoke (?:smell|odou?r|stench)\b/;
const FIXED_PARTS = new Set(
  'room bathroom restroom restrooms table tables floor floors sheets towels carpet pool lobby bed'.split(' '),
);

// What food comes in from a shop, when a reviewer says it tasted as if it came from one: "out of a can", "from a box".
const FROM_A_TIN = 'can|tin|box|packet|jar|box mix|cake mix|packet mix';
const FOOD_WORDS = new Set([
  ...DISHES,
  ...'mushrooms beans refried sauce salsa gravy soup vegetables veggies cake cakes cupcakes frosting icing potatoes fruit dessert'.split(
    ' ',
  ),
]);

// Dishes served cold by design: "the gazpacho was cold" is how it comes.
const COLD_BY_NATURE =
  'gazpacho|vichyssoise|ceviche|salads?|sashimi|carpaccio|tartare|poke|ice cream|gelato|sorbet|cold brew|cold plate|iced \\w+|chilled|smoothies?|oysters|crudo';

// Any character up to a turn to another part of the sentence ("the salad was fine but my steak was cold").
const NO_TURN = '(?:(?!\\b(?:but|and|while|whereas|when|though|although)\\b)[^.;])';

// The worn state of a place, said as the reviewer's complaint: not hedged as a passing aside ("a teeny bit shabby").
const WORN =
  'run[- ]down|rundown|dated|outdated|worn (?:out|down|thin)|worn(?=[.,;:!]|$| and\\b| in places\\b)|shabby|dilapidated|a dump|falling apart|(?:in|into) (?:utter |complete |total |a state of |a sad state of )?disrepair|needs? (?:a )?(?:\\w+ )?(?:renovation|remodel|makeover|facelift|update|updating)|(?:old|tired) and (?:dirty|worn|run down|dingy|shabby)';
// The surroundings, not the premises: "very bad area, run down", "a run-down part of town". What the reviewer saw
// outside is no state of the place to apologise for.
const AROUND =
  '(?:area|areas|neighbou?rhoods?|streets?|part of (?:the )?town|surroundings|surrounding area|district|block|strip|town|city)';
const WORN_AROUND = `\\b${AROUND}\\b${NO_TURN}{0,30}\\b(?:${WORN})\\b|\\b(?:${WORN}) (?:\\w+ )?${AROUND}\\b`;
const WORN_SAID = `(?=.*\\b(?:${WORN})\\b)(?!.*\\b(?:teeny|tiny|wee|tad|slightly|somewhat|a little|a bit|a touch|kind of|kinda|sort of|bit)\\b[^.,;]{0,12}\\b(?:${WORN})\\b)(?!.*(?:${WORN_AROUND}))`;
// The worn state said anywhere in a review, and nowhere hedged or said of the surroundings.
const WORN_ANYWHERE = `(?![\\s\\S]*\\b(?:teeny|tiny|wee|tad|slightly|somewhat|a little|a bit|a touch|kind of|kinda|sort of|bit)\\b[^.,;]{0,12}\\b(?:${WORN})\\b)(?![\\s\\S]*(?:${WORN_AROUND}))[\\s\\S]*\\b(?:${WORN})\\b`;
// The furnishings of a room or a dining room.
const FURNISHED =
  'furniture|furnishings|tvs?|televisions?|carpets?|carpeting|bed ?covers|bedspreads?|comforters?|curtains|drapes|fixtures|mattress(?:es)?|chairs|sofas?|couch(?:es)?';
// Praise of another part in the same sentence, with a turn between.
const WORN_PRAISED =
  '\\b(?:clean|spotless|comfortable|comfy|spacious|nice|lovely|fine|good|great|modern|new)\\b[^.]*\\b(?:but|though|although|except)\\b|\\b(?:but|though|although|except)\\b[^.]*\\b(?:clean|spotless|comfortable|comfy|spacious|nice|lovely|fine|good|great)\\b';
const WORN_PARTS = new Set(
  'halls hallways corridors lobby bathroom bathrooms furniture decor carpet carpets rooms room fixtures elevators building pool furnishings'.split(
    ' ',
  ),
);
const WORN_PART = `\\b(${[...WORN_PARTS].join('|')})\\b${NO_TURN}{0,25}\\b(?:was|were|is|are|looked|look|looks|felt|feel|feels|seemed|seem|seems) (?:\\w+ )?(?:${WORN})\\b`;

// Every trade but a shop, where nobody waits on a table.
const NOT_SHOPS: readonly SectorGroup[] = [
  'food_hospitality',
  'trades_repairs',
  'health',
  'professional',
  'software',
];

const ROLE =
  '(server|waiter|waitress|cashier|manager|host|hostess|bartender|receptionist|clerk|owner|stylist|technician|salesman|saleswoman|driver|cook|chef|agent)';

const SENT_BACK = 'what you ordered had to go back to the kitchen';
// A server's manner towards the table, cold or haughty: "snobby", "stand-offish", "uninterested". Not "cold" of a
// server named with other words between, which may be the food they brought ("the waiter brought soup that was cold").
const SERVER_COLD =
  'snobby|snooty|stuck[- ]up|stand-?offish|aloof|uninterested|disinterested|indifferent|unwelcoming|unfriendly|haughty|snotty|surly';
const SERVER_DEGREE =
  '(?:so |very |really |extremely |incredibly |insanely |terribly |super |quite |pretty |rather |a bit |a little |just |downright )+';
// A review that says nothing of how long the goods were used or how soon they failed.
const NO_TIME_OF_USE =
  /^(?![\s\S]*\b(?:after|within|until|since|days?|weeks?|months?|years?|hours?|minutes?|soon|quickly|already|lasted|last|first|uses?|used|using|twice|once|shortly|time|times|daily|every)\b)/;
// Meat asked for rare, medium or well done, and brought otherwise.
const ORDERED_DONE = new Set('burger burgers steak steaks lamb filet fillet sirloin chops tuna'.split(' '));
const DONE_OTHERWISE = new RegExp(
  `\\b(?:ordered|asked for|wanted|requested)\\b(?: (?:it|them|my|our|the|a|an))?(?: (${[...ORDERED_DONE].join('|')}))?(?: cooked)? (?:rare|medium[- ]rare|medium[- ]well|medium|well[- ]done)\\b[^.]{0,50}\\b(?:came (?:out|back)|arrived|was|were|got|served|brought|cooked|being|is|are)\\b[^.]{0,30}?\\b(?:grey|gray|well[- ]done|raw|bloody|overcooked|over cooked|undercooked|burnt|cooked through|rare)\\b`,
);
// Someone of ours said they would call the reviewer back, and nobody did, in that sentence or the next.
// "Heavy and tasted like they had been fried in old oil": told as the reviewer tasted it, as what was served at a
// table or bought over a counter.
const OLD_OIL =
  /\b(?:fried|cooked) in (?:old|stale|dirty|rancid|used|burnt) (?:oil|grease|fat)\b|\b(?:old|stale|rancid|burnt) (?:frying |fryer )?(?:oil|grease) (?:taste|flavou?r)\b/;
export const CALL_NOT_MADE =
  /\b(?:said|promised|told (?:me|us)|assured (?:me|us))(?: that)? (?:he|she|they|someone|somebody|the manager|a manager)(?:'d| would| will) (?:call|phone|ring|get back to|contact) (?:me|us)(?: back)?\b[^.!?]*(?:[.!?]+\s*(?:but |and )?(?:\w+ ){0,2})?(?:never did|never called|never heard|no one did|nobody did|never happened|that never happened|still (?:waiting|haven't heard|have not heard)|(?:i|we) never heard)\b/i;

// What came set against what it cost: "certainly not in this price range", "not a very good deal relative to the
// price", "$14 for a couple of tacos?", "expected much better at this price", "better cupcakes out there at that
// price point". Not "not bad for the price", which is praise.
const AT_THE_PRICE =
  '(?:in|for|at) (?:this|that|the|these|those|its|their|the same) (?:price range|price point|price|prices|money|cost)';
const VALUE_SAID = new RegExp(
  [
    `^(?!.*\\b(?:not (?:too |that |so |half )?bad|can(?:'t|not| not) beat|hard to beat|(?:great|good|fair|reasonable|decent) (?:value|deal|prices?))\\b).*\\bnot\\b[^.]{0,50}\\b${AT_THE_PRICE}\\b`,
    `\\b(?:disappointing|mediocre|underwhelming|nothing special)\\b[^.]{0,20}\\b${AT_THE_PRICE}\\b`,
    `\\bworst\\b[^.]{0,60}\\bfor the (?:price|money)\\b`,
    '\\bnot (?:a |an )?(?:very |that |particularly |really |so )?(?:good|great) (?:deal|value)\\b',
    '\\b(?:relative|compared) to the (?:price|cost)\\b',
    `\\b(?:expected|expect|deserve) (?:a lot |much |far |way |a bit )?(?:more|better)\\b[^.]{0,20}\\b${AT_THE_PRICE}\\b`,
    `\\b(?:better|nicer) (?:\\w+ ){0,3}?(?:out there |elsewhere |around )?${AT_THE_PRICE}\\b`,
    '^\\$ ?\\d[\\d,.]*(?: ?- ?\\$?\\d+)? for\\b[^.]*\\?$',
    '^for that (?:much|price|money|kind of money)\\b',
  ].join('|'),
);
// A review of something eaten: a dish, a meal or a menu named, and no room or stay.
const SERVED_FOOD =
  /^(?![\s\S]*\b(?:room|rooms|stay|stayed|hotel|motel|suite|check-?in)\b)[\s\S]*\b(?:food|meal|dish|dishes|menu|entrees?|plates?|steaks?|burgers?|tacos|pizzas?|sushi|dinner|lunch|breakfast|brunch|cupcakes?|cakes?|pastr(?:y|ies)|sandwich(?:es)?|pasta|chicken|fish|drinks?|cocktails?)\b/;

// A charge the reviewer disputes, told as more than they expected: never conceded in public as an overcharge.
const CHARGED_MORE = {
  clause: 'the charges were more than you expected',
  also: ['the bill came to more than you were led to expect', 'the final bill was higher than you expected'],
};

// An order that has not come, or came late: "will arrive on the 29th", "still not delivered", "shipping took weeks".
export const LATE_ORDER =
  /\b(?:(?:will|would|won't|will not) (?:not )?(?:arrive|be delivered|ship)|(?:hasn't|has not|haven't|have not|still not|never) (?:\w+ )?(?:arrived|been delivered|shipped|come|received (?:it|the (?:item|order|package|parcel))|got (?:it|the (?:item|order|package|parcel)))|(?:lost|not delivered|undelivered) (?:\w+ )?(?:item|order|package|parcel)|(?:item|order|package|parcel) (?:was |got )?(?:lost|not delivered)|(?:delivery|shipping|shipment|order|package|parcel) (?:\w+ ){0,3}(?:late|delayed|slow|took (?:\w+ )?(?:weeks|days|forever|a month))|(?:late|delayed|slow) (?:delivery|shipping|shipment)|longer than (?:\w+ ){0,2}(?:promised|anticipated|expected|quoted)|(?:\d+|three|five|two)-?(?:\d+ )?(?:business )?days? (?:delivery|shipping))\b/i;

const frames: readonly Frame[] = [
  // Products
  {
    // "You will lose your data" warns of a loss to come; nothing was lost yet.
    test: /\b(?:lost|(?<!\b(?:will|could|might|may|would|can) |'ll )lose|losing|deleted|wiped|erased|corrupted|destroyed) (?:all |most |some )?(?:of )?(?:my |our |the )?(photos|pictures|images|files|data|songs|music|recordings|videos|footage)\b/,
    groups: PRODUCTS,
    clause: 'it failed and took your {x} with it',
    fills: LOST_THINGS,
    topic: 'data',
    weight: 2,
  },
  {
    // The same loss said of what was lost: "all the data on the card was wiped out".
    test: /\b(photos|pictures|images|files|data|songs|music|recordings|videos|footage)\b[^.]{0,30}\b(?:was|were|got|had been|has been|have been|is|are) (?:all |completely |totally )?(?:lost|deleted|wiped|erased|corrupted|destroyed|gone)\b/,
    groups: PRODUCTS,
    clause: 'it failed and took your {x} with it',
    fills: LOST_THINGS,
    topic: 'data',
    weight: 2,
  },
  {
    // The same loss told as what cannot be got back: "now I can't recover the photos that were on the drive".
    test: /\b(?:can't|cant|cannot|can not|couldn't|could not|unable to|no way to) (?:\w+ )?(?:recover|retrieve|get back|restore) (?:all |any )?(?:of )?(?:the |my |our )?(?:[\w-]+ ){0,4}?(photos|pictures|images|files|data|songs|music|recordings|videos|footage)\b/,
    groups: PRODUCTS,
    clause: 'it failed and took your {x} with it',
    fills: LOST_THINGS,
    topic: 'data',
    weight: 2,
  },
  {
    // A rebate that was refused or never paid, not a price quoted "after rebate".
    test: /\brebates?\b[^.]{0,60}\b(?:never|still|not|haven't|hasn't|didn't|denied|rejected|refused|lost|waiting|months|weeks)\b|\b(?:never|still haven't|haven't|didn't|did not) (?:\w+ ){0,2}(?:got|gotten|received|seen|get|receive) (?:my |the |a |any )?rebates?\b/,
    clause: 'the rebate never came through',
    weight: 1,
  },
  {
    test: /\b(?:(?:stopped|stops|quit|quits) working(?! (?:(?:until|till) (?:it|they) (?:has |have )?cool\w*|(?:when|whenever|once|if) (?:it|they) (?:gets?|got|is|are|was|were) (?:\w+ )?hot\b))|no longer (?:works?|working|charges?|turns on|powers on)|(?<!\b(?:job|jobs|work),? )(?:then|just|and|they|it) (?:just |simply )?(?:quit|stopped)(?! (?:working )?(?:until|till) (?:it|they) (?:has |have )?cool\w*| (?:working )?(?:when|whenever|once|if) (?:it|they) (?:gets?|got|is|are|was|were) (?:\w+ )?hot\b)|worked (?:for )?(?:only|just) (?:a|about|\d+|one|two|three|four|five|six)|(?<=\b(?:it|they|mine) )worked (?:fine |great |well |ok |okay |perfectly )?(?:for )?(?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|hours?)(?=\s*[.!,;]|\s*$| (?:and |then |before )+(?:it |they )?(?:just )?(?:stopped|quit|died|broke|failed))|(?:only|just) worked (?:for )?(?:a|about|\d+|one|two|three|four|five|six)|stopped charging|died|went dead|stopped (?:turning|powering) on|after (?:only |just )?(?:\d+|one|two|three|four|five|a few|a couple of) uses|(?:was|were|became) (?:non[- ]?functional)|(?:won't|will not|doesn't|does not|didn't|did not|wouldn't) (?:turn|power) on|(?:could|can) no longer (?:open|unlock|use|access) (?:it|them)|(?:is|was|now|went|it's) (?:totally |completely |stone )?dead)\b/,
    groups: PRODUCTS,
    clause: 'it stopped working so soon',
    also: [
      'it gave out so early',
      'it failed after such a short time',
      'after so little use it stopped working',
      'it gave out so early in its life',
      'it stopped working long before it should have',
    ],
    weight: 1,
  },
  {
    // Goods that "just stop working", told in the present of speakers or units the reviewer has: no word of how soon,
    // so none said back ("mine lasted two years… they eventually just stop working").
    test: /\b(?:just|suddenly|randomly|both|all|eventually) stop working\b/,
    groups: PRODUCTS,
    clause: 'it just stopped working',
    also: ['it simply stopped working'],
    topic: 'it stopped working so soon',
    weight: 1,
  },
  {
    test: /\b(?:battery|batteries) (?:problems|issues|trouble)\b|\b(?:low charge|no battery) message\b|\b(?:battery|batteries)\b[^.]*\b(?:die|dies|died|dying|drains?|won't hold|doesn't hold|will not hold|wouldn't hold|does not hold|lasts? (?:only|about|less|barely))\b|\b(?:won't|will not|doesn't|does not|don't|do not|didn't|did not|wouldn't|would not|no longer) (?:hold|stay|keep) (?:a )?charged?\b|\bbattery life (?:is |was )?(?:not|poor|terrible|short|awful|bad|horrible|pathetic)|\bbattery life\b[^.]{0,40}\b(?:is|was|has been|became|got)(?: still| rather| very| really| so| quite| pretty)* (?:abysmal|dismal|atrocious|miserable|appalling|lousy|horrendous|terrible|poor|awful|bad|horrible|pathetic|short|weak)\b|\b(?:poor|bad|terrible|short|awful|lousy|horrible|pathetic) battery life\b|\bbattery life (?:decreased|dropped|declined|got (?:worse|shorter)|went down)\b/,
    groups: PRODUCTS,
    clause: 'the battery would not hold its charge',
    topic: 'battery',
    weight: 1,
  },
  {
    // Also a signal the set could not hold, that came and went, or was never free of interference: "could not hold
    // a signal anywhere", "the signal going in and out", "I always had some interference". A poor signal-to-noise
    // ratio is hiss in the sound, not reception.
    test: /\b(?:poor|bad|terrible|awful|weak|no|lousy|horrible|spotty) (?:reception|signal(?![- ]to[- ]noise)|range)\b|\b(?:reception|receive|receiving|signal|range)(?: quality)? (?:is|was) (?:\w+ )?(?:poor|bad|terrible|awful|weak|lousy|horrible)\b|\b(?:could(?:n't| not)|can(?:'t|not)|would(?:n't| not)|won't|will not) (?:even )?(?:hold|keep) (?:a |the |any )?(?:clear |steady |strong )?signal\b|\bsignal (?:going|went|goes|kept going|keeps going|cutting|cuts|cut|fading|fades|faded) (?:in and out|out and in)\b|\b(?:always|constantly|constant|continual|lots of|so much|nothing but) (?:had |got |get |have )?(?:some |a lot of )?(?:static|interference)\b/,
    groups: PRODUCTS,
    clause: 'the reception was so poor',
  },
  {
    test: /\b(?:keeps?|kept) (?:dropping|disconnecting|losing (?:the |its )?(?:(?:wireless|wi-?fi|internet|network|bluetooth) )?(?:connection|signal))|\b(?:los(?:es|ing)|lost) (?:the |its |my |our )?(?:(?:wireless|wi-?fi|internet|network|bluetooth) )?(?:connection|signal|pairing)\b|drops? (?:the |its |my |our )?(?:(?:wireless|wi-?fi|internet|network|bluetooth) )?(?:connection|signal|calls)|\b(?:constantly|always|kept|keep) (?:having to |had to )?re-?(?:boot|start)\w*|dropped calls|drops calls|\bconnection (?:issues|problems|trouble)\b|\b(?:does not|doesn't|did not|didn't|won't|will not|wouldn't|would not) (?:always )?stay connected\b|(?<!\b(?:i|we|you|to|and|then|please) )disconnect(?:s|ing)?\b(?! (?:the|it|them|my|your|and)\b)/,
    groups: PRODUCTS,
    clause: 'it kept dropping the connection',
    also: [
      'the connection kept dropping out',
      'it would not hold a connection',
      'the connection kept failing on you',
    ],
    topic: 'connection',
  },
  {
    // A web site that crashed while the reviewer fetched an update is not the goods freezing. Nor is a home freezing
    // in winter, a person who froze in the night, food from the freezer, or a laptop locked up at a desk by the lock
    // that would not open.
    test: /\b(?:(?<!\b(?:i|we|they|you) (?:were |was |are |am )?(?:still |just |nearly |almost |literally )?)(?:freez(?!ers?\b)\w*|froze)(?! (?:in|during|all|every|through) (?:the )?(?:winter|night|nights|cold|mornings?|evenings?))|(?<!\b(?:drives?|disks?|hdd|ssd|it|site|website|page|server) (?:\w+ ){0,3})crash(?:es|ed|ing)?(?! and burn)|locks up|locked up(?! (?:at|to|inside|in (?:my|the|his|her|our|a) (?:desk|drawer|office|car|room|locker|safe|cabinet)))|(?:got|gets|keeps|kept) hung|hangs (?:up )?(?:constantly|often|all the time|every|frequently|when|during|on start))\b/,
    clause: 'it kept freezing on you',
    also: ['it kept locking up on you', 'it froze on you again and again'],
    once: 'it froze on you',
    groups: PRODUCTS,
  },
  {
    test: /\b(?:hurt|hurts|hurting|painful|uncomfortable)\b(?![^.]*\bthan\b)[^.]{0,20}\b(?:ears?|head|wear|wearing|neck|hands?)\b|\b(?:ears?|head) (?:hurt|ached|aching)\b|\b(?:headsets?|headphones?|earphones?|earbuds?|ear ?(?:pieces?|rests?|pads?|cups?|cushions?))\b[^.]{0,40}\b(?:uncomfortable|not (?:very |that |so |too )?comfortable)\b/,
    groups: PRODUCTS,
    clause: 'it was so uncomfortable to wear',
  },
  {
    // A jam the printer reports where there is none ("a phantom paper jam", "cleared the jam but still got the
    // error") is a false error, not a printer that kept jamming.
    test: /^(?!.*\b(?:phantom|false|fake|non-?existent|ghost|bogus|imaginary)\b)(?!.*\bno (?:paper )?jam\b)(?!.*\b(?:fixed|cleared|removed) the (?:paper )?jam\b[^.]*\b(?:but|still)\b).*\b(?:paper jams?|jammed|jamming|jams (?:up|constantly|often|all the time|every))\b/,
    clause: 'it kept jamming',
    groups: PRODUCTS,
  },
  {
    test: /\b(?:can ?not|cannot|can't|couldn't|could not|won't|will not|wasn't|was not|isn't|is not|not) (?:be )?(?:recogni[sz]ed|detected)\b|\bfails? to (?:detect|recogni[sz]e|see)\b/,
    groups: PRODUCTS,
    clause: 'your devices would not recognise it',
    topic: 'recognise',
  },
  {
    // One thing that will not stay on: "the band comes off multiple times during my workout", "it won't stay put".
    // An earpiece that falls out of the ear is told by the frame for ears below.
    test: /\b(?:band|armband|strap|clip|case|mount|holder|cover|skin|it) (?:keeps? |kept |always |often |constantly )?(?:(?:comes|came|coming) off|(?:falls|fell|slips|slipped|pops|popped|falling|slipping|popping) (?:off|out))\b(?!(?: of)? (?:its |the |a )?(?:sleep|standby|hibernat\w*|mute|hold|charg\w*|pause|power|box))(?![^.]{0,40}\bears?\b)|\bit (?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not) stay (?:in|on|put)\b/,
    groups: PRODUCTS,
    clause: 'it would not stay in place',
  },
  {
    // Said again and again, in the present: "the buds come off during my workout".
    test: /\b(?:keeps?|kept) (?:falling|coming|slipping|popping) (?:out|off)|\b(?:comes|falls|slips|pops) off\b(?!(?: of)? (?:its |the |a )?(?:sleep|standby|hibernat\w*|mute|hold|charg\w*|pause|power))|(?:falls?|pops?|slips?|comes?) out of (?:my |your |the )?ears?|(?:won't|will not|wouldn't|would not|don't|do not) stay (?:in|on|put)\b/,
    groups: PRODUCTS,
    clause: 'they would not stay in place',
  },
  {
    // A piece of the thing that came away from it: "the battery cover fell off", "one of the earbud tips came off".
    test: /\b(?:cover|covers|cap|caps|tip|tips|lid|knob|knobs|strap|band|armband|clip|handle|hinge|button|buttons|earbud|earbuds|ear ?piece|cushion|cushions|pad|pads|wheel|leg|foot|feet|piece|part|tab|tabs|latch|hook)\b[^.]{0,15}\b(?:fell|came|broke|breaks|snapped|snaps|popped|dropped) (?:right |clean )?off\b/,
    groups: PRODUCTS,
    clause: 'a piece of it came off so soon',
    also: ['part of it came away after so little use', 'a part came off it so quickly'],
    topic: 'part',
    weight: 1,
  },
  {
    // The device's own errors: not those of a website, a download or an online account.
    test: /^(?!.*\b(?:site|website|web page|webpage|download\w*|online|server|log ?in|account)\b).*?(?:\berror messages?\b|\b(?:says?|said|show(?:s|ed)?|gives?|gave) (?:a |an )?"?(?:file |read |write |disk |card )?error\b|\b(?:file|read|write|disk|card|verification|verify|burn|burning|writing) errors?\b)/,
    groups: PRODUCTS,
    clause: 'it kept throwing up errors',
    also: ['it kept showing errors', 'the errors kept coming'],
  },
  { test: /\binterference\b/, groups: PRODUCTS, clause: 'there was so much interference' },
  {
    // Overheating told as what it does: "it gets very hot and will quit working until it cools down again".
    test: /\boverheat\w*\b|\b(?:gets?|got|getting|becomes?|became|runs?|ran) (?:\w+ ){0,3}hot\b[^.]{0,50}\b(?:quits?|stops?|cuts?) (?:out|working)\b|\b(?:(?:quits?|stops?|stopped)(?: working)?|shuts? (?:off|down)|cuts? out) (?:until|till) (?:it|they) (?:has |have )?cool\w*|\b(?:(?:quits?|stops?|stopped)(?: working)?|shuts? (?:off|down)|cuts? out) (?:when|whenever|once|if) (?:it|they) (?:gets?|got|is|are|was|were) (?:\w+ )?hot\b/,
    clause: 'it overheated',
    also: ['it got too hot and cut out'],
    groups: PRODUCTS,
  },
  {
    // A laser printer's running cost is its toner, never "the ink".
    test: /\btoner\b[^.]*\b(?:cost|costs|expensive|price|pricey|fortune)\b|\b(?:cost|costs|expensive|price|pricey)\b[^.]*\btoner\b/,
    groups: PRODUCTS,
    clause: 'the toner costs so much',
    topic: 'running cost',
    weight: 1,
  },
  {
    test: /\b(?:ink|cartridges?|toner)\b[^.]*\b(?:cost|costs|expensive|price|pricey|fortune)\b|\b(?:cost|costs|expensive|price|pricey)\b[^.]*\b(?:ink|cartridges?|toner)\b|\beats ink\b|\b(?:change|replace|buy|replacing|changing) (?:the )?(?:ink|cartridges?|toner) every\b|\b(?:costly|expensive) to run\b|\brunning costs?\b/,
    groups: PRODUCTS,
    clause: 'the ink costs so much',
    topic: 'running cost',
    weight: 1,
  },
  {
    test: /\bnot as (?:described|advertised|pictured|shown|represented)|\b(?:description|specifications?|specs|listing|details) (?:fails? to|(?:doesn't|does not|didn't|did not|never)) (?:state|mention|say|show|list)|\b(?:description|listing|ad|advert|box) (?:said|says|states|stated|claimed|claims|promised)|^(?=.*\b(?:description|described|listing|listed|advert\w*|ads?|pictures?|pictured|photos?|website|box|packaging|label|specs|specifications?|marketing)\b).*?(?:misleading|false advertising|\bmis+-?led\b|\bmisrepresent\w*)|\bconfusing (?:description|listing|product description)\b|\b(?:description|listing)\b[^.]{0,40}\b(?:confusing|unclear|inaccurate|incorrect)\b/,
    groups: PRODUCTS,
    clause: 'it was not what the description led you to expect',
    also: ['it did not match the way it was described', 'the description did not match what you received'],
    service: true,
    topic: 'listing',
    weight: 1,
  },
  {
    // Also with words between ("the most difficult thing in the world to configure"), never "not that hard to set
    // up".
    test: /\b(?:hard|difficult|impossible|nightmare|pain) to (?:set up|install|setup|configure|program)|(?<!\b(?:not|isn't|wasn't|never) (?:\w+ )?)\b(?:difficult|impossible|nightmare)(?: (?!to\b)[\w-]+){1,5} to (?:set up|install|setup|configure)\b|set ?up (?:is|was) (?:a )?(?:nightmare|awful|terrible|impossible|difficult|hard)|took (?:me|us) (?:over |almost |nearly |about )?(?:\d+|two|three|four|five|six|several|many) (?:hours|days) to (?:get|set|figure|install|sync|configure|make)|\bnever got past (?:the )?(?:installation|install|setup|set ?up)\b|\b(?:took|takes) (?:forever|ages|hours) to (?:set up|setup|install|configure)\b|\b(?:too|so|very|really) (?:slow|complicated|confusing) to (?:set up|setup|install|configure)\b/,
    groups: PRODUCTS,
    clause: 'it was so hard to set up',
  },
  {
    // Also the reviewer's disappointment in it ("disappointed in the video quality") and the noise they saw in it. Not
    // a picture that is "not faint" or "not bad".
    test: /\b(?:picture|image|video|screen|display) (?:quality )?(?:is|was) (?:(?!not\b|never\b)\w+ )?(?:poor|bad|terrible|awful|grainy|blurry|dim|faint|fuzzy|unclear|washed out|unsatisfactory|lousy|horrible|(?<=quality (?:is|was) (?:\w+ )?)low)|\bquality of the (?:picture|image|video|display) (?:is|was) (?:\w+ )?(?:poor|bad|terrible|awful|unsatisfactory|disappointing)|\b(?:grainy|blurry|pixelated|fuzzy) (?:picture|image|video|pictures|images)|(?<!\b(?:not|never|wasn't|was not) (?:\w+ )?)\bdisappointed (?:in|with|by) (?:the )?(?:picture|image|video|display) quality\b|\b(?:a lot of|lots of|so much|too much|a ton of) (?:noise|static|grain) in the (?:picture|image|video)\b/,
    groups: PRODUCTS,
    clause: 'the picture quality was so poor',
  },
  {
    // A microphone judged poor ("the mic is poor", "the mic is not good") with no word of what it did: told as the
    // reviewer judged it, never as a symptom they did not describe.
    test: /^(?!.*\b(?:can't hear|cannot hear|couldn't hear|could not hear|hear me|quiet|weak|shout|yell)\b).*\b(?:microphone|mic)s?\b (?:quality )?(?:is|was|are|were|seems|seemed) (?:\w+ )?(?:poor|bad|terrible|awful|useless|not (?:very |that |so |too )?(?:good|great))\b/,
    groups: PRODUCTS,
    clause: 'the microphone was so poor',
    also: ['the microphone let you down'],
    topic: 'microphone',
  },
  {
    test: /\b(?:microphone|mic)\b[^.]*\b(?:can't hear|cannot hear|couldn't hear|could not hear|quiet|weak)\b|\b(?:couldn't|could not|can't|cannot|(?:can|could) barely|(?:can|could) hardly) hear me\b|\b(?:have|had) to (?:shout|yell) to be heard\b|\b(?:have|has|had) (?:trouble|a hard time|difficulty) hearing me\b|\bsound(?:ed|s)? '?(?:too |so )?far away\b/,
    groups: PRODUCTS,
    clause: 'people could not hear you through the microphone',
    topic: 'microphone',
  },
  {
    test: /\b(?:microphone|mic)s? (?:\w+ )?(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never) (?:\w+ )?work\b|\b(?:microphone|mic)s? (?:\w+ )?(?:stopped|quit) working\b/,
    groups: PRODUCTS,
    clause: 'the microphone did not work',
    topic: 'microphone',
  },
  {
    test: /\b(?:sound|audio|volume|music|clarity|call quality|voice|listening|speakerphone)(?: quality| output| level)? (?:is|was) (?:[\w,]+ ){0,2}(?:poor|bad|terrible|awful|tinny|weak|low|muffled|distorted|horrible|lousy|unsatisfactory)|\bnever (?:been )?able to get (?:a )?(?:good|decent|clear) (?:sound|reception|signal)\b|\b(?:sound|audio|music) quality\b[^.]{0,80}\b(?:is|was) not (?:that |very |so |too )?(?:good|comparable)\b|\b(?:static(?! (?:streaks?|lines?|bars?|snow|across|on the (?:screen|picture|tv|display)))|hiss|hissing|hiss-filled|crackling|buzzing|tinny|no bass|lacks? (?:any )?bass|muffled)\b|\bsounds? (?:awful|terrible|horrible|bad|poor)\b|\b(?:bad|poor|awful|terrible)[- ]sounding\b|\bsounds? like (?:crap|garbage|junk|trash)\b|\b(?:sound|audio)(?: quality)? (?:sucks|stinks|stank|sucked|is crap|was crap)\b|\b(?:so|too|very) quiet\b|\bbarely audible\b/,
    groups: PRODUCTS,
    clause: 'the sound was so poor',
    also: ['the sound quality let you down', 'it sounded so poor'],
    topic: 'sound',
  },
  // Goods said not to be reliable: "this product just isn't reliable", "unreliable". Not "reliable enough", nor a
  // reliable one praised beside another.
  {
    test: /\b(?:just |simply |very |so |totally |completely )?unreliable\b|\b(?:just |simply )?(?:isn't|is not|wasn't|was not|aren't|are not|has not been|hasn't been) (?:very |at all |particularly )?reliable\b(?! enough)/,
    groups: PRODUCTS,
    clause: 'it has not been reliable',
    also: ['it let you down too often to rely on', 'you could not rely on it'],
    general: true,
    topic: 'reliable',
  },
  // What would not work is told as the reviewer told it: a player that would not play is never said to fail to
  // record, which it may not do at all.
  {
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|couldn't|could not|can't|cannot) (?:even )?(?:burn|record)\b|\bbad sectors?\b|\bcoasters?\b/,
    groups: PRODUCTS,
    clause: 'it would not record properly',
    also: ['it would not record as it should', 'recording kept failing'],
  },
  {
    // A person who could not read ("could not read with that eye", "can't read the small print") is no disc or card
    // the goods would not read, nor children who could not play outside, nor a buyer who "didn't read all of these
    // reviews" before buying.
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|couldn't|could not|can't|cannot) (?:even )?(?:read|play)\b(?! (?:with (?:(?:that|my|one|either|the other|the left|the right) )?eyes?\b|without (?:my |his |her |reading )?glasses\b|the (?:small |fine )?(?:print|text|writing|words|letters|font|instructions|manual|directions|receipt|sign|label)s?\b|(?:outside|together|with (?:him|her|them|us|me|friends|the kids))\b|(?:(?:all|any|enough|more|some|most) )?(?:(?:of )?(?:the|these|those|other|its|their|his|her|your|customer|user|online|amazon) )*(?:reviews?|comments|ratings|descriptions?|listing|specs|specifications|posts|feedback)\b|(?:up|up on|about|into) ))/,
    groups: PRODUCTS,
    clause: 'it would not play properly',
    also: ['it would not play as it should', 'playback kept failing'],
  },
  {
    // However hard the reviewer tried: "I can't get the print server to work properly", "never got it working".
    test: /\b(?:can't|cannot|can not|couldn't|could not|never|unable to) (?:\w+ )?(?:get|make|got) (?:it|them|this|the [\w-]+(?: [\w-]+)?) (?:to )?work(?:ing)?\b|\b(?:still )?(?:haven't|have not|hasn't|has not|never) (?:\w+ )?(?:figured|worked) out how to (?:work|use|set up|get)\b/,
    groups: PRODUCTS,
    clause: 'it would not work properly for you',
    also: ['it never worked as it should for you', 'however you tried, it would not work properly'],
    topic: 'compatibility',
    weight: 1,
  },
  {
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|couldn't|could not) (?:even )?(?:connect|pair|sync|print)\b/,
    groups: PRODUCTS,
    clause: 'it would not work properly for you',
    also: ['it never worked as it should for you'],
    // A device that will not connect or pair is the same grievance as one that will not work with theirs.
    topic: 'compatibility',
  },
  {
    // The quality of what it puts out ("the receive quality is poor", "poor quality sound", "print quality was bad")
    // or of a firm's service ("a shoddy company") is no word on how it was made.
    test: /\b(?:cheap(?:ly)? (?:made|built|constructed|put together)|(?:build |build-)quality (?:is|was|seems|seemed|feels|felt) (?:so |very |really |pretty |quite |just )?(?:cheap|poor|bad|terrible|awful|lousy|low|shoddy)|shoddy(?! (?:company|companies|service|customer service|support|seller|business|treatment|communication|response)\b)|shoddily (?:made|built)|flimsy|poor(?:ly)? (?:made|built)(?! (?:software|firmware|drivers?|instructions|manuals?|documentation|app)\b)|fell apart|falling apart|came apart|feels? (?:really |very |so |too |extremely )?cheap|cheap(?:ly)?[- ]feeling|plastic(?:k)?y|cheap plastic)\b/,
    groups: PRODUCTS,
    // Told as the reviewer's experience of it: a store that says its own stock is cheap or poorly made runs it down.
    clause: 'it did not feel well made',
    also: ['the build quality disappointed you', 'it did not seem solidly made'],
    topic: 'build',
  },
  {
    // "Poor quality", "the quality is bad": a verdict that does not say what was wrong with it. Any fault the reviewer
    // says ("the volume is very low") is named first, unless the review keeps coming back to the quality.
    test: /(?<!\b(?:sound|audio|video|picture|image|print|printing|photo|call|receive|receiving|reception|signal|transmission|transmit|voice|listening|recording|music|speaker|speakerphone|display|screen|colou?r|radio|bass|service|support|connection|wireless|streaming|output)[- ])(?:overall )?quality (?:is|was|seems|seemed|feels|felt) (?:so |very |really |pretty |quite |just )?(?:cheap|poor|bad|terrible|awful|lousy|low|shoddy)\b|\bpoor quality(?! control)(?! (?:sound|audio|video|pictures?|images?|prints?|printing|photos?|calls?|reception|signal|voice|recordings?|music|service|customer service|support)\b)(?! (?:software|firmware|drivers?|instructions|manuals?|documentation|app)\b)/,
    groups: PRODUCTS,
    clause: 'it did not feel well made',
    also: ['the build quality disappointed you', 'it did not seem solidly made'],
    topic: 'build',
    general: true,
    dwelt: true,
  },
  {
    // Every one of a pack of blank discs failed: "Bought 100 DVD blanks - so far every one a coaster", "all of the
    // discs failed to burn". Told as the whole pack, where "too many of the discs failed" would understate it.
    test: /\b(?:discs?|disks?|dvd[+-]?rs?|cd-?rs?|dvds|cds|blanks)\b[^.]{0,40}\b(?:every (?:single )?(?:one|disc|disk)|each (?:one|disc|disk)|all (?:of )?(?:them|the discs|the disks))\b[^.]{0,20}\b(?:(?:was |were |is |are |became |turned into )?(?:an? )?coasters?|failed|(?:would|will|did) not (?:burn|record|finali[sz]e))\b|\b(?:every (?:single )?(?:one|disc|disk)|all (?:of )?(?:the|these|those) (?:discs|disks|dvds|cds|blanks))\b[^.]{0,20}\b(?:(?:was |were |is |are |became |turned into )?(?:an? )?coasters?|failed to burn)\b|\bnot (?:a single|one) (?:of (?:them|the discs) |disc |one )?(?:burned|burnt|recorded)\b/,
    groups: PRODUCTS,
    clause: 'every one of the discs failed',
    also: ['not one of the discs would burn properly'],
    topic: 'discs',
    weight: 2,
  },
  {
    // Blank discs that fail as they are written: "one in four discs would fail when I burned them". A player's
    // "Bad Disc" error is the player's fault, not the discs'.
    test: /\b(?:discs?|disks?|dvd[+-]?rs?|cd-?rs?|media|blanks)\b[^.]{0,40}\b(?:fail\w*|coasters?|(?:would|will|did) not (?:burn|record|finali[sz]e))\b|\b(?:failed|bad|ruined) (?:burns?|discs?)\b(?!["”']?\s*(?:errors?|messages?|warnings?))/,
    groups: PRODUCTS,
    clause: 'too many of the discs failed',
    also: ['so many of the discs failed as they were written'],
    topic: 'discs',
    weight: 1,
  },
  {
    // Bass is one part of the sound, and the part a buyer of headphones or speakers names when it is missing.
    test: /\b(?:poor|weak|little|no|thin|muddy|lacking|non-?existent|disappointing|lousy|terrible|awful) bass\b|\black(?:s|ed|ing)? (?:any |much |in )?bass\b|\b(?:is|was|are|were) (?:very |so |really |quite |rather |pretty )?(?:poor|weak|lacking|thin) (?:in|on) (?:the )?bass\b|\bbass (?:response |level )?(?:is|was|are|were) (?:\w+ )?(?:poor|weak|thin|lacking|muddy|non-?existent|missing|absent|minimal|disappointing|lousy|terrible|awful|not there|too low)\b/,
    groups: PRODUCTS,
    clause: 'the bass was so weak',
    also: ['there was so little bass', 'the bass let you down'],
    topic: 'sound',
    weight: 1,
  },
  {
    test: /\b(?:headphone |earphone |audio |power |charging |mini |3\.5 ?mm )?(jack|plug|socket|port)s? (?:is|was|are|were|became|got|gets|has gotten|has become|worked|works|came) (?:\w+ )?loose\b|\bloose (?:headphone |earphone |audio |power |charging )?(jack|plug|socket|port)\b/,
    groups: PRODUCTS,
    clause: 'the {x} worked loose',
    also: ['the {x} was loose'],
    fills: new Set(['jack', 'plug', 'socket', 'port']),
    topic: 'jack',
    weight: 1,
  },
  {
    // Discs that play but cannot be copied or ripped: said of discs or what is on them, or of copy protection. A
    // memory card that "could not copy, format, nothing" has failed, which another frame names.
    test: /^(?=.*\b(?:discs?|disks?|cds?|dvds?|movies?|films?|albums?|songs?|music|tracks?)\b).*\b(?:can ?not|cannot|can't|couldn't|could not|won't|will not|wouldn't|would not|unable to|impossible to) (?:even )?(?:be )?(?:copy|copied|rip|ripped|back(?:ed)? up|import(?:ed)?)\b|\bcopy[- ]?protect\w*/,
    groups: PRODUCTS,
    clause: 'you could not make copies',
    also: ['copying was not possible'],
    topic: 'copy',
    weight: 1,
  },
  {
    // Not a bill: "they did not charge for the cut", "didn't charge me", "does not charge anything extra".
    test: /\b(?:stopped|quit) (?:charging|taking a charge)\b|(?<!\b(?:they|we|he|she|you|who|office|shop|store|salon|company) )\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not) (?:even )?(?:charge|take a charge)\b(?! (?:me|us|you|him|her|them|anything|nothing|extra|for|any|more|less|much|tax|shipping|a (?:fee|penny|dime|cent|thing|dollar)|the (?:full|same|extra|usual)|\$|\d))|\bno longer charges?\b(?! (?:me|us|you|for|extra|a fee))/,
    groups: PRODUCTS,
    clause: 'it would not charge',
    also: ['charging it did not work'],
    topic: 'charging',
    weight: 1,
  },
  {
    // A surface that marks at a touch: "it scratches so easily", "how easy it gets scratched".
    test: /\bscratch(?:es|ed)? (?:up )?(?:so |very |too |really )?easily\b|(?<!\b(?:not|never|isn't|wasn't) (?:\w+ )?)\b(?:so |very |too )?easily scratched\b|\beasy (?:it )?(?:is )?(?:to )?gets? scratch(?:ed)?\b|\beasy to scratch\b|\b(?:gets?|got|getting) scratched (?:up )?(?:so |very |too |really )?(?:easily|quickly|fast)\b/,
    groups: PRODUCTS,
    clause: 'it scratched so easily',
    also: ['it marked and scratched so easily', 'the surface scratched far too easily'],
    topic: 'finish',
    weight: 1,
  },
  {
    // A listing or box that promised it worked with a Mac: what was said, not only what happened.
    test: /^(?=.*\b(?:mac|macs|macintosh|os ?x|imac|macbook|powerbook|ibook)\b)(?=.*\b(?:says?|said|states?|stated|claims?|claimed|listed|listing|advertised|description|box|website|web site|supposed to)\b).*\b(?:compatible|works? with|support(?:s|ed)?)\b/,
    groups: PRODUCTS,
    clause: 'it was sold as working with a Mac when it did not',
    also: ['the listing said it would work with a Mac, and it did not'],
    topic: 'compatibility',
    weight: 2,
  },
  {
    // Help that stops at a Mac: "Linksys has limited support for Macs", "we are not trained to help people with a Mac".
    test: /\b(?:limited|little|poor|no|zero|minimal) (?:tech(?:nical)? )?support (?:for|of) (?:the )?(?:macs?|macintosh(?:es)?|os ?x|apple computers)\b|\bnot trained to (?:help|support|deal with) (?:\w+ ){0,3}macs?\b/,
    groups: PRODUCTS,
    clause: 'it came with so little support for Macs',
    also: ['there was so little help for it on a Mac'],
    topic: 'compatibility',
    weight: 2,
  },
  {
    // Also parts found knocked loose or broken when it came, or a box that must have been dropped: "when the machine
    // came two of the keys were knocked loose", "it must have been dropped somewhere on the way".
    test: /\b(?:arrived|came) (?:\w+ )?(?:broken|damaged|cracked|dented|smashed)\b|\bwhen (?:it|they|the \w+|my \w+) (?:came|arrived)\b,? (?:\w+ ){1,5}(?:was|were|had been) (?:knocked |snapped |broken |bent )?(?:loose|off|broken|cracked|bent|snapped off)\b|\bmust have been (?:dropped|thrown|crushed)\b/,
    groups: PRODUCTS,
    clause: 'it arrived damaged',
    weight: 1,
  },
  {
    // A part found broken, and nothing said of how long it was used: "one of the two ends was broken". It may have
    // come that way, so the reply does not say it broke after use.
    test: /\b(?:it|they|this|these|mine|one|the \w+|my \w+|the \w+ \w+|one of (?:the|my|its) (?:\w+ )?\w+) (?:is|was|were|are|came) broken\b/,
    whole: NO_TIME_OF_USE,
    groups: PRODUCTS,
    clause: 'it was broken',
    topic: 'broken',
  },
  {
    // Something that broke, said of the thing itself: "a crack in the tyre" or "a slow leak fixed" is not a breakage.
    test: /\b(?:it|they|this|these|mine|one|the \w+|my \w+|the \w+ \w+) (?:\w+ )?(?:broke|snapped|cracked|started leaking|leaked|is broken|was broken|were broken|has broken|have broken|has snapped)\b|\b(?:fell|falls|came|coming|falling) apart\b|\bbreak(?:s|ing)? (?:into|in) (?:two|2|pieces|half)\b/,
    groups: PRODUCTS,
    clause: 'it broke so quickly',
    topic: 'broken',
    // Not "came apart": a player that broke stopped working, and nothing says it fell to pieces.
    also: ['it broke after so little use', 'it broke so soon'],
  },
  {
    // Keys laid out otherwise than the reviewer is used to: "the keys were re-arranged", "the layout is nonstandard",
    // "keyboard layout sucks". A design the reviewer cannot work with, not a fault: never "it broke" or "it failed".
    test: /\b(?:keys?|buttons?|keypad|numpad|number pad)\b[^.]{0,20}\b(?:re-?arranged|moved around|in (?:different|odd|strange|weird) places)\b|\b(?:non-?standard|odd|strange|weird|awkward|bad|terrible|poor|stupid|unusual|different|changed) (?:key(?:board)? )?layout\b|\blayout (?:is|was|has been) (?:\w+ )?(?:non-?standard|different|changed|odd|strange|weird|awkward|bad|terrible|poor|confusing)\b|\blayout (?:really )?(?:sucks|stinks)\b/,
    whole: /\bkey(?:s|board|boards|pad)?\b/,
    groups: PRODUCTS,
    clause: 'the keys were not laid out the way you are used to',
    also: ['the key layout was not what you are used to'],
    topic: 'layout',
    weight: 1,
  },
  {
    test: /\b(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never) (?:even )?work(?:ed)?\b|\b(?:not|isn't|wasn't) working (?:as expected|properly|correctly|right)\b/,
    groups: PRODUCTS,
    clause: 'it did not work for you',
    also: ['it would not work properly for you', 'it did not work as it should'],
    general: true,
  },
  {
    // Goods that work only part of the time: "works about 40% of the time", "it works half the time". Said how often,
    // which a bare "it did not work" leaves out.
    test: /\b(?:works?|worked|working|functions?|functioned) (?:(?:only|about|maybe|roughly|approximately|like|around|at best|just) )*(?:\d{1,2} ?%|half|some|part) (?:of )?the time\b/,
    groups: PRODUCTS,
    clause: 'it worked only part of the time',
    also: ['it would only work some of the time'],
    topic: 'part of the time',
    weight: 1,
  },
  // Orders, deliveries and money
  {
    // "I still don't have it" is an order gone astray only where the sentence is about an order or its sending: after
    // promises of a driver on the phone it is the driver that never came.
    test: /\bnever (?:received|got) (?:my|the|our|an?) (?:order|package|parcel|item|delivery)|(?:order|package|parcel|delivery) (?:never|still hasn't|has not|hasn't) (?:arrived|came|come|shown up)\b|\bstill (?:don't|do not|haven't|have not) (?:have|received|got(?:ten)?) (?:my|the) (?:order|package|parcel|delivery)\b|(?<=\b(?:order(?:ed)?|ship(?:ped|ping)?|deliver(?:y|ed)?|package|parcel|mail(?:ed)?)\b[^.!?]*)\bstill (?:don't|do not|haven't|have not) (?:have|received|got(?:ten)?) (?:it|them)\b/,
    clause: 'your order never arrived',
    service: true,
    weight: 2,
  },
  {
    test: /\b(?:took|taking|takes) (?:far |way |much )?too long to (?:deliver|arrive|ship|come|get here)\b|\b(?:delivery|shipping) (?:took|was) (?:far |way |much )?too (?:long|slow)\b/,
    clause: 'your order took far too long to arrive',
    also: ['the delivery took far too long'],
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // "Won't return money": the money is still owed, told as it stands now rather than as a refusal that was made.
    test: /\b(?:refund|my money back)\b[^.]*\b(?:never|still|yet|weeks|months|waiting|refused|denied|won't|wouldn't|to no avail|nothing since)\b|\b(?:never|still haven't|still have not|haven't) (?:got|gotten|received|seen) (?:my|a|the|any) (?:refund|money back)\b|\b(?:won't|will not) (?:return (?:my |our |the )?money|give (?:me |us )?(?:my |our )?money back)\b/,
    clause: 'you are still waiting for your money back',
    service: true,
    topic: 'refund',
    weight: 2,
  },
  {
    // Fees the reviewer says were kept from them ("many hidden fees in the application and cancellation process"): told
    // as costs that took them by surprise, which concedes nothing, and never as a final bill a membership never had.
    test: /\b(?:hidden (?:[$\d.]+ (?:cents? )?)?(?:\w+ )?(?:fees?|charges?|surcharges?|costs?)|(?:sneak\w*|stealth\w*) (?:in )?(?:\w+ )?(?:surcharges?|fees?)|(?:surprise|undisclosed|unexpected) (?:charges?|fees?|costs?))\b/,
    clause: 'costs you did not expect took you by surprise',
    also: ['you were caught out by costs you had not expected'],
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    test: /\b(?:over ?charg\w*|charged (?:me|us) (?:twice|double|extra|more)|double[- ]charged|(?:bogus|ridiculous|absurd|junk) (?:surcharges?|fees?)|tack(?:s|ed)? on (?:\w+ )?(?:surcharges?|fees?|charges?)|(?:charge|fee) (?:was )?added to (?:our|my|the) (?:bill|check|tab))\b/,
    ...CHARGED_MORE,
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    // A job still not done weeks later, or promised for "tomorrow" day after day; not the days the reviewer's own
    // body took to mend ("it has been four days and my feet still hurt"), nor the days that closed a return window
    // ("I can't return it because it's been over 30 days"), nor the weeks before a sore ankle felt normal again, nor
    // an order's few days in the post told in passing ("took about 5 days to get to me").
    test: /(?<!\b(?:can't|cannot|can not|couldn't|could not|unable to|won't|will not|wouldn't|would not|not able to|too late to) (?:\w+ )?(?:return|refund|exchange|send (?:it|them) back|take (?:it|them) back)\b[^.]{0,40})(?!\b(?:took|taking) (?:about |around |only |just )?(?:two|three|four|five|six|seven|a few|[2-7]) days to (?:get (?:to (?:me|us)|here)|arrive|come|ship|be delivered|reach (?:me|us))\b(?![^.]{0,40}\b(?:slow|long|forever|ages|late)\b))\b(?:took|taking|has taken|it's been|it has been) (?:over |almost |nearly |more than |about )?(?:two|three|four|five|six|seven|eight|several|a few|\d+) (?:weeks|months|days)\b(?![^.]{0,50}\b(?:hurts?|hurting|aches?|aching|sore|heal(?:ed|ing)?|pain(?:ful)?|rash|blisters?|swollen|swelling|itch\w*|bruis\w*|recover\w*|scars?|(?:feel|felt|feeling) (?:normal|right|better|okay|ok)|normal again|back to normal)\b)|\bstill waiting\b|\b(?:that|which) was (?:over |almost |nearly |about |more than )?(?:two|three|four|five|six|seven|eight|several|a few|\d+) (?:weeks|months) ago\b|\b(?:every day|each day|day after day|every time|each time)\b[^.]{0,40}\b(?:tomorrow|the next day|next week)\b/,
    groups: ['trades_repairs', 'retail', 'professional', 'software'],
    clause: 'you had to wait so much longer than you should have',
    also: ['the wait went on far too long', 'it all took so much longer than it needed to'],
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // Nobody at the desk to check the guest in: "there was no one at the front desk… it took over 35 minutes before
    // the front desk attendant arrived", "reception was unattended".
    test: /\b(?:no ?one|nobody|no staff|no one working)\b[^.]{0,20}\b(?:at|on|behind|manning) (?:the )?(?:front )?(?:desk|reception|check-?in)\b|\b(?:front desk|reception|check-?in desk)\b[^.]{0,20}\b(?:was |were |sat |stood )?(?:empty|unattended|unmanned|deserted)\b/,
    groups: VENUES,
    whole: /\b(?:hotel|motel|inn|room|rooms|stay|stayed|check(?:ed)?[- ]?in|front desk|reception|lobby)\b/,
    clause: 'you were left waiting with nobody at the front desk',
    also: ['nobody was at the front desk to look after you'],
    ours: true,
    service: true,
    topic: 'wait',
    weight: 1.5,
  },
  // Service and staff
  {
    // Not the reviewer's own haste ("we hurried out", "I booked the room in a hurry") nor a rush to help someone
    // ("rushed to help her").
    test: /(?<!\b(?:we|i) )\b(?:(?:rushed|hurried)\b(?! (?:out|off|away|home|back|over|in)\b| to (?:help|assist|greet|serve)\b)|rushing|hurrying|(?<!\b(?:we|i)\b(?:(?!\b(?:but|and|while|when|who|he|she|they|server|staff|waiter|waitress|everyone)\b)[^,.;]){0,40})in (?:such |so much of |a big )?(?:a )?(?:rush|hurry))\b/,
    clause: 'you felt rushed',
    service: true,
    also: ['you were made to feel hurried', 'you felt hurried along'],
    weight: 1,
  },
  {
    // Someone in charge who swore at or insulted the reviewer: "the front desk manager was vulgar and rude with us".
    // Not the reviewer's own party rude to them ("my friend was rude to the manager").
    test: new RegExp(
      `\\b(?:the |our |a |this )(?:(?:front desk|front-desk|duty|general|shift|floor|store|night|day|assistant|head) )?${ROLE}\\b(?:(?!\\b(?:to|at|with) (?:the |a |our )?${ROLE}\\b)[^.])*\\b(?:vulgar|crude|foul-mouthed|obscene|insulted|insulting|abusive|(?:very |so |extremely |incredibly |really )rude)\\b`,
    ),
    clause: 'the {x} was so rude to you',
    also: ['the {x} spoke to you so rudely'],
    ours: true,
    service: true,
    topic: 'staff',
    fills: ROLES,
    weight: 2,
  },
  {
    // An offer the business advertised and then did not honour: "they don't have a happy hour", "no happy hour today".
    test: /\bhappy hours?\b[^.]{0,60}(?:\b(?:not|no longer|never|cancel+ed|scratched|stopped)|n't)\b|(?:\b(?:not|no longer|never|no)|n't) (?:\w+ ){0,3}(?:a )?happy hours?\b/,
    groups: VENUES,
    clause: 'the happy hour you came in for was not on',
    also: ['there was no happy hour when you came in for it'],
    ours: true,
    topic: 'offer',
    weight: 2,
  },
  {
    // Staff, or the one in charge, chatting with friends while customers were kept waiting.
    test: /\b(manager|supervisor|owner|staff|employees|cashier|server|bartender)\b[^.]{0,80}\b(?:chit[- ]?chat\w*|chatting|socializ\w*|socialis\w*|gossip\w*|talking)\b[^.]{0,30}\b(?:(?:his|her|their) )?(?:friends?|mates|buddies|pals)\b/,
    whole: /\b(?:wait\w*|minutes|still standing|ignored|nobody (?:helped|served))\b/,
    clause: 'the {x} was chatting with friends while you waited',
    also: ['you were left waiting while the {x} chatted with friends'],
    fills: new Set([
      'manager',
      'supervisor',
      'owner',
      'staff',
      'employees',
      'cashier',
      'server',
      'bartender',
    ]),
    ours: true,
    service: true,
    topic: 'wait',
    weight: 2,
  },
  {
    // A technician who went out partway through and left the client sitting: "the tech left the salon and I sat
    // there for 45 minutes". Not a technician who "left a smudge".
    test: /\b(?:tech|technician|stylist|therapist|manicurist|nail tech|beautician|mechanic)\b[^.]{0,20}\b(?:left|walked out|went out|stepped out|disappeared)\b(?! (?:a|an|some|my|the (?!salon|shop|store|building|spa|room)|it|them)\b)[^.]{0,100}\b(?:sat|waited|waiting|sitting|left waiting)\b/,
    clause: 'your technician left partway through and you were left waiting',
    also: ['you were left waiting after your technician went out'],
    ours: true,
    service: true,
    topic: 'wait',
    weight: 2,
  },
  {
    // A room other than the one booked: "we requested lakefront and received a garden view overlooking the parking
    // lot", "booked a sea view room and were put in one facing the service yard instead".
    test: /\b(?:requested|booked|reserved|asked for|paid for|promised)\b[^.]{0,50}\b(?:view|lakefront|lake ?side|ocean ?front|sea ?front|beach ?front|waterfront|balcony|suite|king|upgrade)\b[^.]{0,80}\b(?:received|got|given|put (?:in|into)|placed in|assigned|ended up (?:in|with))\b[^.]{0,60}\b(?:instead|parking|car park|garden view|courtyard|service yard|alley|dumpsters?|wall|street|smaller|worse|different|other)\b/,
    groups: VENUES,
    // Told without "room", which the reader's own clause for the room ("the room was dated") would share with it.
    clause: 'you were not given what you booked',
    also: ['you did not get what you had booked'],
    ours: true,
    topic: 'booking',
    weight: 2,
  },
  {
    // A car handed back with warning lights that were not on before, or a part the work left unplugged.
    test: /\b(?:warning|engine|dash(?:board)?|check engine) lights?\b[^.]{0,60}\b(?:had not|hadn't|were not|weren't|was not|wasn't|had never|never) (?:been )?on\b|\b(?:sensor|hose|cable|connector|wire|wiring|plug)s?\b[^.]{0,30}\b(?:left |been |was |were )(?:\w+ )?(?:unplugged|disconnected|not (?:re)?connected|not plugged (?:back )?in)\b/,
    groups: ['trades_repairs'],
    clause: 'your car came back with warning lights on that were not on before',
    also: ['warning lights were on when your car came back that had not been on before'],
    ours: true,
    topic: 'workmanship',
    weight: 2,
  },
  {
    test: new RegExp(
      `\\b(?:the |our |a |this )${ROLE}\\b[^.]*\\b(?:rude|short with|snapped|yelled|attitude|dismissive|condescending|ignored|unfriendly|nasty|disrespectful|argued|argumentative|shrugged|(?<!not (?:a |such a )?)jerk)\\b`,
    ),
    clause: 'the {x} treated you so poorly',
    ours: true,
    service: true,
    topic: 'staff',
    fills: ROLES,
    weight: 1,
  },
  {
    test: /\b(?:rude|rudely|rudeness|disrespectful|condescending|unfriendly|nasty attitude|bad attitude|snapped at|yelled at)\b|\b(?:had|has|have|got|with) (?:some |an |a real |such an |quite an? )?attitude\b(?! adjustment)|\b(?:received|got|gotten|given) (?:was |were )?(?:nothing but |only |just )?attitude\b|\btreated (?:me |us )?(?:like|as if|as though) (?:i|we) (?:was|were) (?:an? )?(?:annoyance|bother|nuisance|inconvenience|idiot|burden|criminal|thief)\b|\b(?:unpleasant|snotty|surly|grumpy) (?:cashiers?|staff|servers?|employees|clerks?|receptionists?|waitress|waiter|hosts?|hostess)\b/,
    clause: 'you were treated so poorly',
    ours: true,
    service: true,
    also: ['you were not treated with the courtesy you should expect', 'you were shown so little courtesy'],
    topic: 'staff',
  },
  {
    // Staff who walked off mid-service: "the guy in charge of the drum section … walked away from us twice", "the
    // server shrugged his shoulders and walked off". Not the reviewer walking out.
    test: /\b(?:he|she|guy|girl|lady|man|woman|server|waiter|waitress|staff|employee|worker|manager|clerk|cashier|bartender|host|hostess|receptionist|associate|salesman|saleswoman|salesperson|attendant)\b(?:(?!\b(?:i|we)\b)[^.]){0,80}\b(?:walked|walks|stormed) (?:away|off)\b(?! (?:with (?:a |the )?(?:smile|grin)|happy|satisfied)\b)/,
    clause: 'one of our team walked away from you',
    also: ['a member of our team walked off and left you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    // Care said to come second to money: "the doctors are there for profit only", "money hungry people".
    test: /\b(?:for (?:the )?(?:profit|money) only|only (?:in it )?for (?:the )?(?:profit|money)|only (?:care|cares|cared|interested|concerned) (?:about|in|with) (?:the |your )?(?:money|profit|making money|getting paid|bottom line)|all about (?:the )?(?:money|profit)|money[- ]hungry|money grab)\b/,
    clause: 'you felt we put money ahead of proper care',
    ours: true,
    service: true,
    topic: 'money',
    weight: 1,
  },
  {
    // Tyres of the wrong size fitted: "my mechanic noticed my tires were the incorrect size".
    test: /\b(tires|tyres)\b[^.]{0,20}\b(?:were|was) (?:the )?(?:wrong|incorrect) size\b|\b(?:wrong|incorrect)[- ]size(?:d)? (tires|tyres)\b/,
    groups: ['trades_repairs'],
    clause: 'your car was fitted with the wrong size {x}',
    fills: /^(?:tires|tyres)$/,
    ours: true,
    topic: 'workmanship',
    weight: 2,
  },
  {
    // A thing that never turned up ("a mail-in rebate which never showed up") is no visit missed by us, and nobody
    // coming to wipe the table or clean the room is a table or a room left as it was.
    test: /(?<!\b(?:rebates?|refunds?|checks?|cheques?|packages?|parcels?|orders?|items?|cards?|e-?mails?|parts?|money|credits?|replacements?|letters?|bills?|invoices?|forms?|confirmations?|shipments?|deliver(?:y|ies)|it)(?: (?:which|that))?(?: (?:has|have|had|just|also|still|then|ever))? )\b(?:no[- ]show|never (?:showed|turned) up|(?:didn't|did not|weren't|were not|wasn't|was not) (?:show|turn|showing|turning) up|stood (?:us|me) up|(?:no one|nobody|noone|no-one) (?:had |has |ever )?(?:showed|shown|show|turned|came)(?: up)?)\b(?<!\bcame(?= (?:out (?:from|of)|over|back|by|round|around|to (?:check|see|ask|take|our|the|my|clear|refill|greet|seat|serve|help us|help me|wait on|wipe|clean|tidy|bring|pour|collect|answer|unlock|turn down))\b))/,
    clause: 'we did not turn up when you were expecting us',
    also: ['no one arrived at the time we had agreed with you', 'we did not turn up as arranged'],
    service: true,
    weight: 2,
  },
  {
    // A call back someone said they would make, then never did: "he said he would call me back… He never did."
    test: CALL_NOT_MADE,
    clause: 'the call back you were promised never came',
    also: ['nobody called you back as promised'],
    topic: 'unanswered',
    ours: true,
    service: true,
    weight: 2,
  },
  {
    // A letter or an email the reviewer wrote that got no answer: "I wrote the company a letter … I never heard
    // anything back". Told as what they sent, never as calls they did not make.
    test: /\b(?:wrote|sent|mailed|e-?mailed)\b[^.]{0,40}\b(letter|email)s?\b[^.]*\b(?:never (?:heard|got|received)|no (?:reply|response|answer)|nothing back|(?:was|were|got) ignored)\b/,
    clause: 'your {x} went unanswered',
    fills: /^(?:letter|email)$/,
    topic: 'unanswered',
    ours: true,
    service: true,
    weight: 1,
  },
  {
    // Not a call that never came to warn them ("never called to let us know"): that is being left without word.
    test: /\bnever (?:called(?! (?:me |us )?(?:to|and) (?:let|tell|say|warn|inform))|returned (?:my|our) (?:calls?|messages?|emails?)|got back to (?:me|us)|heard (?:anything |a thing |a word )?back|responded)|\bno (?:call ?back|response|reply) (?:from|to)|\b(?:calls?|emails?|messages?) (?:went|were|was) (?:unanswered|ignored)|\b(?:received|got|had|have had) no (?:reply|answer|response)\b|\bno (?:answer|reply|response) (?:so far|yet)\b|\b(?:cannot|can't|couldn't|could not) get through\b/,
    clause: 'your calls and messages went unanswered',
    topic: 'unanswered',
    ours: true,
    service: true,
    weight: 1,
  },
  {
    // Left without word of a change: "not even a phone call", "no call to say they weren't coming". A charge added
    // "without telling us" is the charge's complaint, not a call that never came.
    test: /\b(?:didn't|did not|never|no one|nobody|not) (?:even )?(?:call|called|phone|phoned|ring|rang|text|texted) (?:me |us |the customer )?(?:to|and) (?:let|tell|say|warn|inform)\b|\bdecency to (?:call|phone|ring|let)\b|\bnot (?:even )?a (?:phone )?call\b|\bno (?:phone )?call (?:from|to (?:say|tell|let))\b|\bwithout (?:a |any |even a )?(?:phone )?call(?:ing)?\b|(?<!\b(?:charges?|fees?|surcharges?|billed|charged|added)\b[^.]{0,40})\bwithout (?:letting (?:me|us) know|telling (?:me|us)|a word\b(?! (?:from|of|by) (?:the|our|my|a) (?:waiter|waitress|server|staff|chef|cook|kitchen|host|hostess|bartender)))\b|\b(?:no|zero|complete lack of|total lack of|a lack of) communication\b/,
    clause: 'nobody called to let you know',
    also: ['nobody rang to tell you what was happening', 'you were not kept informed'],
    ours: true,
    service: true,
    topic: 'notice',
    weight: 1,
  },
  {
    test: /\b(?:still (?:not fixed|broken|leaking|not working|doesn't work|does not work|had the same problem|failed|fails|has the same problem|did the same thing|does the same thing)|(?:wasn't|was not|weren't|were not|never got) (?:\w+ )?fixed|(?:didn't|did not|never) fix)\b/,
    clause: 'the problem was still not fixed',
    weight: 1,
  },
  // Food and stays
  {
    // Not a dish served cold by design: one cold by nature, or "cold" that goes on to describe it ("cold, shaved
    // foie gras", "a cold soup").
    test: new RegExp(
      `^(?!.*\\b(?:${COLD_BY_NATURE})\\b${NO_TURN}{0,30}\\b(?:was|were|is|are|came out|arrived|came) (?:\\w+ )?cold\\b)(?!.*\\bcold\\b${NO_TURN}{0,15}\\b(?:${COLD_BY_NATURE})\\b)(?!.*\\b(?:supposed|meant) to be (?:served )?cold\\b).*?\\b(food|meal|dish|dishes|plate|steak|burger|burgers|fries|soup|eggs|skillet|pizza|pasta|coffee|chicken|fish|sushi|rice|sandwich|breakfast|lunch|dinner|noodles|tacos)\\b[^.]{0,30}\\b(?:was|were|came out|arrived|came|is|are) (?:\\w+ )?(?:cold(?!,[^.]{0,25}\\b(?:with(?! no\\b| nothing\\b)|served|topped|drizzled|dressed|shaved|sliced|smoked|cured|marinated|pickled|seared|poached)\\b)(?! (?!(?:and|or|when|by|again|too|even|to|in|on|at|from|for|as|so|but|because|after|upon|inside|throughout|already|though|although|yet|while|which|that|then|the|i|we|it|my|our|before|once|every|each|all|both|like|anyway|no|not)\\b)[a-z])|lukewarm|luke warm)\\b`,
    ),
    groups: VENUES,
    clause: 'your {x} came out cold',
    topic: 'food',
    fills: DISHES,
    weight: 1,
  },
  {
    // Part of a delivery or takeaway order left out: "wings that they forgot to deliver", "the fries were missing
    // from the bag".
    test: /\b(?:forgot|forget|forgotten|failed) to (?:deliver|include|pack|put in|send)\b|\b(?:was|were) (?:missing|left out) (?:from|of) (?:our|my|the) (?:order|bag|delivery|takeout|take-out|box)\b|\b(?:missing|left out) (?:from|of) (?:our|my|the) (?:order|bag|delivery)\b/,
    groups: VENUES,
    clause: 'part of your order was left out',
    also: ['not everything you ordered reached you'],
    topic: 'order',
    weight: 2,
  },
  {
    test: /\bwrong (?:order|dish|food|item|pizza|drink|sandwich|burger)|order was wrong|(?:got|gave (?:me|us)|brought (?:me|us)) the wrong|forgot (?:our|my|the) (?:\w+ )?(?:order|food|drinks?|appetizers?|side|dessert|cake|candle)/,
    groups: VENUES,
    clause: 'your order was not right',
    topic: 'order',
    weight: 1,
  },
  {
    // Meat ordered done one way and brought another: "ordered a burger medium and it came out grey inside", "asked
    // for medium rare and got it well done".
    test: DONE_OTHERWISE,
    groups: VENUES,
    clause: 'your {x} was not cooked the way you asked',
    fills: ORDERED_DONE,
    topic: 'food',
    weight: 1,
  },
  {
    test: DONE_OTHERWISE,
    groups: VENUES,
    clause: 'your food was not cooked the way you asked',
    topic: 'food',
    weight: 1,
  },
  {
    test: /\b(?:(?:chicken|pork|meat|fish|burger|steak|eggs?|shrimp|salmon) (?:was|were|came out) (?:still )?raw|undercooked|under cooked|overcooked|over cooked|over done|overdone|burnt|dried out|rubbery|chewy)\b/,
    groups: VENUES,
    clause: 'the food was not cooked properly',
    also: ['the cooking was not right', 'the kitchen did not cook your food properly'],
    topic: 'food',
  },
  {
    // Food the reviewer says tasted as if it came out of a can, a box or a jar: "they taste like they came out of a
    // box", "the mushrooms came out of a can", "salsa verde from a jar". Told as what it tasted like, never as a
    // fact of the kitchen's.
    test: new RegExp(
      `\\b(?:taste|tastes|tasted|tasting)\\b[^.]{0,30}\\b(?:out of|from) an? (?:${FROM_A_TIN})\\b|\\b(?:${[...FOOD_WORDS].join('|')})\\b[^.]{0,40}\\b(?:came|come|comes|were|was|are|is|straight) (?:\\w+ )?(?:out of|from) an? (?:${FROM_A_TIN})\\b|^(?:\\w+ ){1,3}(?:out of|from) an? (?:${FROM_A_TIN})[.!]*$`,
    ),
    groups: VENUES,
    clause: 'what you had did not taste freshly made',
    also: ['what you were served did not taste made fresh'],
    topic: 'food',
  },
  {
    // Food served still frozen: "a few pieces of sashimi were icy", "the cake was partially frozen and hard".
    test: new RegExp(
      `\\b(${[...FROZEN_FOODS].join('|')})\\b${NO_TURN}{0,30}\\b(?:was|were|is|are|came out|arrived) (?:\\w+ )?(?:icy|still frozen|partially frozen|partly frozen|half[- ]frozen|frozen (?:solid|in the middle))\\b`,
    ),
    groups: VENUES,
    clause: 'your {x} was still partly frozen',
    fills: FROZEN_FOODS,
    topic: 'food',
    weight: 1,
  },
  {
    // Food that would not hold together: "the rice isn't sticky enough and falls apart".
    test: /\b(rice|sushi|rolls|burger|burgers|sandwich|tacos|burrito|wrap|pizza|crust)\b[^.]{0,30}\b(?:falls?|fell|falling|comes|came|coming) apart\b/,
    groups: VENUES,
    clause: 'the {x} kept falling apart',
    fills: /^(?:rice|sushi|rolls|burgers?|sandwich|tacos|burrito|wrap|pizza|crust)$/,
    topic: 'food',
    weight: 1,
  },
  {
    test: OLD_OIL,
    groups: VENUES,
    clause: 'what you were served tasted as if it had been fried in old oil',
    topic: 'food',
    weight: 1,
  },
  {
    test: OLD_OIL,
    groups: ['retail'],
    clause: 'what you bought tasted as if it had been fried in old oil',
    topic: 'food',
    weight: 1,
  },
  {
    // Food that tasted reheated rather than cooked: "tasted like they were frozen and thrown in a microwave",
    // "most everything is via the freezer and the microwave". Not the reviewer's own microwave at home.
    test: /\b(?:tasted|tastes|taste) (?:like|as if|as though) (?:it|they|everything) (?:was|were|had been|came)\b[^.]{0,40}\b(?:microwaved?|reheated|freezer)\b|\b(?:via|from|out of) the (?:freezer and (?:the )?)?microwave\b|\bmicrowaved (?:food|eggs|sausage|meal|dish|pizza|bacon)\b/,
    groups: VENUES,
    clause: 'the food tasted reheated rather than freshly cooked',
    also: ['the food tasted as if it had come out of a microwave'],
    topic: 'food',
    weight: 1,
  },
  {
    // Drinks left empty: "eating salty food with an empty water glass", "water was never refilled". Not where the
    // refill is one of several things never brought ("no silverware, no condiments and no refills"): there the
    // grievance is the table left unattended, which the refill alone would narrow.
    test: /^(?!.*\bno (?:silverware|utensils|cutlery|napkins|condiments|menus?|plates)\b)(?:.*?)(?:\bempty (?:water |wine )?glass(?:es)?\b|\b(?:water|drinks?|glass(?:es)?|coffee|tea) (?:was |were )?never (?:refilled|topped up)\b|\bno refills? (?:on|of|for) (?:the |our |my )?(?:coffee|water|drinks?|tea)\b)/,
    groups: VENUES,
    clause: 'nobody came to refill your drinks',
    also: ['your drinks were never topped up'],
    ours: true,
    service: true,
    topic: 'refill',
    weight: 1,
  },
  {
    // Food said to lack flavour and nothing worse: the one fault named, rather than the food in general. Also said of
    // everything at once: "nothing has any flavour", "had zero flavour", "no flavour at all".
    test: /^(?!.*\b(?:greasy|soggy|mushy|stale|inedible|disgusting|mediocre|dry|nasty|awful|terrible|horrible|cold|raw|overcooked|burnt|rubbery|chewy)\b).*?(?:\b(?:food|meal|dish|dishes|plate|steak|burger|burgers|fries|soup|eggs|pizza|pasta|chicken|fish|sushi|rice|sandwich|noodles|tacos|salad|bread|dessert|breakfast|lunch|dinner|entree|entrees|appetizers?|sauce|meat|beef|pork|shrimp|curry|wings|beans|salsas?|fajitas|burritos?|enchiladas?|gnocchi|lasagna|ribs|brisket|greens|vegetables|veggies|protein)\b[^.]{0,40}\b(?:bland|tasteless|flavou?rless|no flavou?r|under ?seasoned)\b|\b(?:bland|tasteless|flavou?rless|under ?seasoned) (?:food|meal|dish|dishes|plate|steak|burger|burgers|fries|soup|eggs|pizza|pasta|chicken|fish|sushi|rice|sandwich|noodles|tacos|salad|bread|dessert|breakfast|lunch|dinner|entree|entrees|appetizers?|sauce|meat|beef|pork|shrimp|curry|wings|beans|salsas?|fajitas|burritos?|enchiladas?|gnocchi|lasagna|ribs|brisket|greens|vegetables|veggies|protein)\b|^(?:all|both|everything|it all|they all)(?: (?:was|were|tasted))? (?:very |so |pretty |rather )?(?:bland|tasteless|flavou?rless)\b|\b(?:without|lacked|lacking|(?:had|has|have|with) (?:no|zero)|zero|(?:didn't|did not|doesn't|does not) have) (?:any |much )?(?:flavou?r|seasoning)\b|^(?:and )?(?:nothing|none of it|not one (?:thing|dish|bite)) (?:has|had|have) (?:any|much) (?:flavou?r|taste|seasoning)\b|\bno flavou?r (?:at all|whatsoever)\b|\b(?:need|needed|have|had) to (?:add )?(?:salt|season) (?:their|my|our|your|the) (?:food|meal|dish|dishes|plate)\b)/,
    groups: VENUES,
    clause: 'the food had so little flavour',
    also: ['the dishes lacked flavour', 'the food was so short on flavour'],
    topic: 'food',
  },
  {
    // Only about something eaten: "this hotel is disgusting" is not a verdict on the food, nor is "breakfast, and the
    // service was terrible". Dishes named and then faulted together in slang ("its beans and salsa; both suck") are
    // a verdict on the food too.
    test: /\b(?:food|meal|dish|dishes|plate|steak|burger|burgers|fries|soup|eggs|pizza|pasta|chicken|fish|sushi|rice|sandwich|noodles|tacos|salad|bread|dessert|cake|breakfast|lunch|dinner|entree|entrees|appetizers?|sauce|meat|beef|pork|shrimp|curry|wings|beans|salsa|fajitas|burritos?|enchiladas?|gnocchi|lasagna|ribs|brisket|bacon)\b(?:[^.]{0,40}\b(?:both|they|these|those|all|each)(?: of them)? (?:really |just |totally |both |all )?(?:suck(?:s|ed)?|stink|stank)\b(?! at\b)|(?:(?!\b(?:service|staff|waiters?|waitress(?:es)?|servers?|hostess|host|manager)\b)[^.]){0,40}\b(?:bland|tasteless|flavou?rless|no flavou?r|greasy|soggy|mushy|stale|inedible|disgusting|mediocre|unspectacular|unremarkable|underwhelming|forgettable|nothing special|dry|nasty|awful|terrible|horrible|(?:is|was|are|were)(?:n't| not) (?:very |that |any )?good|(?:is|was|are|were) (?:pretty |just |only |rather |quite |very |so )?average|tasted (?:very |so |a bit )?(?:old|off|funny|bad)|not (?:very |that )?tasty|not (?:very |that )?fresh|under ?seasoned|over ?seasoned)\b)|\b(?:bland|tasteless|flavou?rless|greasy|soggy|mushy|stale|inedible|mediocre) (?:food|meal|dish|dishes|steak|burger|burgers|fries|soup|pizza|pasta|chicken|fish|sushi|rice|sandwich|noodles|tacos|salad|bread|dessert|entree|meat)\b/,
    groups: VENUES,
    clause: 'the food was such a letdown',
    also: ['the food was not what it should have been', 'the food fell so short'],
    topic: 'food',
  },
  {
    // Also said as the sentence's opening: "Sent back for a new one and got the same thing."
    test: /\b(?:sent (?:it|them|the \w+|my \w+|our \w+) back|(?:was|were|when|got|even when) sent back)\b|^sent (?:it |them )?back\b/,
    groups: VENUES,
    clause: SENT_BACK,
    topic: 'food',
    weight: 1,
  },
  {
    // "Waited close to an hour for the food", "we were seated 1 hour and 20 minutes later".
    test: /\bwait(?:ed|ing)? (?:for )?(?:over |well over |just over |almost |nearly |close to |about |around |at least |more than |upwards of )?(?:an? (?:hour|half hour)|\d{2,3} ?(?:minutes|mins?)|(?:\d|one|two|three) hours?|forty|thirty|fifty|forever|ages)\b|\b(?:seated|served) (?:over |almost |nearly |about )?(?:an? hour|(?:\d|one|two|three) hours?)(?: and (?:\d+|a half|fifteen|twenty|thirty|forty)(?: minutes)?)? later\b|\btook (?:them |him |her |the kitchen |the staff )?(?:over |almost |nearly |about |more than |at least )?(?:forever|ages|an hour|\d{2,3} ?(?:minutes|mins?)|(?:thirty|forty|fifty|forty[- ]five) minutes)\b|\b(?:a |an )?(?:[2-9]\d ?(?:min|mins|minute)|half[- ]hour|hour[- ]long|(?:thirty|forty|fifty|forty[- ]five)[- ]minute) wait\b|\bwait(?:ed|ing)? (?:so|too|far too|way too|much too) long\b/,
    groups: VENUES,
    clause: 'you had such a long wait',
    service: true,
    also: ['the wait was so long', 'you waited far longer than you should have'],
    topic: 'wait',
  },
  {
    // The wait told by the clock: "I placed my order 30 minutes after sitting down", "the food came an hour after we
    // arrived". Not a shorter span, nor one after the meal ("an hour after eating").
    test: /\b(?:an? hour|(?:an? )?hour and a half|(?:two|\d) hours|[3-9]\d ?(?:minutes|mins)|(?:thirty|forty|forty-five|fifty) minutes) after (?:(?:i|we) (?:got (?:here|there|in)|arrived|sat down|walked in|were seated|was seated|ordered|placed (?:my|our|the) order)|(?:sitting down|arriving|being seated|ordering|we got seated))\b/,
    groups: VENUES,
    clause: 'you had such a long wait',
    service: true,
    also: ['the wait was so long', 'you waited far longer than you should have'],
    topic: 'wait',
  },
  {
    test: /\b(?:no|never got|didn't get|did not get|without) (?:any )?housekeeping|(?:room|rooms) (?:was|were)(?: \w+)? (?:never|not) (?:cleaned|serviced|made up)/,
    groups: VENUES,
    clause: 'your room was not looked after during your stay',
    ours: true,
    service: true,
    weight: 1,
  },
  {
    // Only building work that got in the way: a reviewer who enjoyed watching it has no grievance there.
    test: /^(?=.*\b(?:nois\w*|loud|dust\w*|block\w*|closed|mess|woke|wake|early|annoy\w*|hard to|couldn't|could not|not easily|inaccessible|spoil\w*|ruin\w*|debris|shambles|smell\w*|disrupt\w*|unusable|out of (?:order|service)|no (?:pool|gym|breakfast))).*\b(?:renovat\w*|remodel\w*|remodl\w*|construction|building work|jackhammer\w*|drilling)\b/,
    groups: VENUES,
    clause: 'the building work spoiled things for you',
    also: ['the building work got in the way of your visit', 'the works on site spoiled things for you'],
    // Often an aside ("the entrance was hard to find because of construction"): it gives way to a grievance said as often.
    weight: -0.5,
  },
  {
    // Follow-ups the customer never wanted.
    test: UNWANTED_CONTACT,
    clause: 'we kept contacting you far more than you wanted',
    also: ['you were contacted far more often than you asked to be'],
    ours: true,
    service: true,
    topic: 'contact',
    weight: 2,
  },
  {
    // The noise told in a sentence of its own beside the building work: "This hotel is undergoing construction.
    // Banging and other loud noises begin early in the morning."
    test: /\b(?:banging|hammering|drilling|jackhammer\w*|loud nois\w*|(?:so much|constant|the) noise)\b/,
    whole: /\b(?:renovat\w*|remodel\w*|construction|building work)\b/,
    groups: VENUES,
    clause: 'the building work made so much noise',
    also: ['the noise from the building work disturbed you'],
    topic: 'noise',
    weight: 0.5,
  },
  {
    // How a guest was answered when they raised a fault: "disappointed by the reaction of the hotel staff when I
    // brought it to their attention", "when we complained the manager just shrugged".
    test: /\b(?:reaction|response|attitude) of (?:the )?(?:\w+ )?(?:staff|desk|front desk|manager|management|employees?)\b[^.]{0,40}\bwhen (?:i|we) (?:brought|complained|told|reported|raised|mentioned|pointed)\b|\bwhen (?:i|we) (?:brought (?:it|this|that) (?:up|to (?:their|his|her) attention)|complained|reported (?:it|this)|raised (?:it|this))\b[^.]{0,60}\b(?:didn't care|did not care|couldn't care less|could not care less|shrugged|dismissive|laughed|brushed (?:it|us|me) off|did nothing)\b\b/,
    groups: VENUES,
    clause: 'your concern was not taken seriously when you raised it',
    also: ['the staff did not take it seriously when you raised it'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 0.5,
  },
  {
    test: /\b(room|bathroom|restroom|restrooms|table|tables|floor|floors|sheets|towels|carpet|pool|lobby|bed)\b[^.,;]{0,20}\b(?:was|were|is|are|had) (?:\w+ )?(?:dirty|filthy|disgusting|gross|stained|sticky|not (?:properly |thoroughly |fully |even )?clean(?:ed)?|unclean(?:ed)?|not wiped|never (?:been )?cleaned|not been (?:properly )?cleaned)\b/,
    groups: VENUES,
    clause: 'the {x} was not clean',
    fills: FIXED_PARTS,
    topic: 'clean',
    // Dirt where the guest sleeps or washes is the point of a review that finds it.
    weight: 1.5,
  },
  {
    // The first of a list of parts said dirty together: "the lobby, salsa bar and even drink station were very dirty".
    test: /\b(room|bathroom|restroom|restrooms|tables|floors|lobby)\b(?:, (?:and )?(?:(?:even|also|the) )*[a-z]+(?: [a-z]+)?){1,3}(?:,? and (?:(?:even|also|the) )*[a-z]+(?: [a-z]+)?)?,? (?:were|are) (?:(?:very|so|really|extremely|quite|pretty|all) )*(?:dirty|filthy|grimy|disgusting|gross|unkempt|not clean)\b/,
    groups: VENUES,
    clause: 'the {x} was not clean',
    fills: FIXED_PARTS,
    topic: 'clean',
    weight: 1.5,
  },
  {
    // The same dirt said before the part: "dirty, messy tables", "filthy bathroom".
    test: /\b(?:dirty|filthy|grimy|sticky|stained|gross|disgusting)(?:,? (?:and )?(?:dirty|filthy|grimy|sticky|stained|messy|gross|disgusting))? (room|bathroom|restroom|restrooms|table|tables|floor|floors|sheets|towels|carpet|pool|lobby|bed)\b/,
    groups: VENUES,
    clause: 'the {x} was not clean',
    fills: FIXED_PARTS,
    topic: 'clean',
    weight: 1.5,
  },
  {
    test: /\b(bed ?bugs|roaches|cockroaches|ants|mice|rats|bugs|fleas|gnats|maggots)\b/,
    groups: ['food_hospitality', 'health', 'trades_repairs', 'professional'],
    clause: 'you saw {x} where there should never be any',
    fills: PESTS,
    weight: 1,
  },
  {
    // A room that smelled is where the guest had to sleep: the point of a review that tells it. "Reaked" is how
    // "reeked" is often spelt.
    test: /\b(room|rooms|hallways?|corridors?|halls?|bathroom|lobby|carpet|bed|sheets|towels|linens|bedding|pillows)\b[^.]{0,20}\b(?:smell(?:ed|s)? (?:so |really |very )?(?:bad|awful|terrible|horrible|disgusting|musty|of|like)|stank|stunk|re[ea]k(?:s|ed|ing)?)\b/,
    groups: VENUES,
    clause: 'the {x} smelled so bad',
    fills: SMELLY_PARTS,
    topic: 'smell',
    weight: 1,
  },
  {
    // The same smell said before the part: "the smelly linens", "a musty room".
    test: /\b(?:smelly|stinky|musty|smelled|smelt) (room|rooms|bathroom|carpet|sheets|towels|linens|bedding|pillows)\b/,
    groups: VENUES,
    clause: 'the {x} smelled so bad',
    fills: SMELLY_PARTS,
    topic: 'smell',
    weight: 1,
  },
  {
    // Smoke where the guest asked for none: "we requested a non smoking room, but the floor smelled of smoke".
    test: SMOKE_SMELL,
    whole: /\bnon[- ]?smok(?:ing|er)\b/,
    groups: VENUES,
    topic: 'smell',
    clause: 'there was a smell of smoke even though you had asked for non-smoking',
    service: true,
    weight: 1,
  },
  {
    test: SMOKE_SMELL,
    groups: VENUES,
    topic: 'smell',
    clause: 'there was a smell of smoke',
    also: ['the place smelled of smoke'],
    service: true,
    weight: 1,
  },
  {
    // A dish that smelled off: "the rice stank so bad I didn't even touch it". Told of the dish, never as "that smell",
    // which reads as the dining room's. Not one that smelled good ("the soup smelled so good").
    test: /\b(?:the|my|our|this|that|their|his|her) ([a-z]+) (?:stank|stunk|smelled|smelt|reeked|smells|stinks|reeks)\b(?![^.,;]*\b(?:good|great|amazing|delicious|wonderful|lovely|heavenly|fantastic|nice|divine|incredible|fresh|tasty|yummy)\b)/,
    groups: VENUES,
    clause: 'the {x} smelled so bad',
    fills: DISH,
    topic: 'smell',
    weight: 1,
  },
  {
    // Not a smell the reviewer liked: "I could smell the spices from the street", "a delicious smell"; nor a person
    // who smelled of drink ("she was drunk and smelled strongly of alcohol"), which is how they behaved.
    test: /^(?!.*\b(?:could|can) smell\b)(?!.*\b(?:smell(?:ed|s)?|reek(?:ed|s|ing)?|stank|stunk) (?:\w+ )?(?:of|like) (?:alcohol|booze|liquor|beer|wine|whiskey|whisky|vodka|drink)\b)(?!.*\b(?:delicious|wonderful|amazing|lovely|great|nice|good|heavenly|mouth-?watering|unmistakable|fresh|sweet|inviting) (?:smells?|aromas?|scents?|odou?rs?)\b).*\b(?:smell(?:ed|s)?|odou?rs?|stench|stank|stunk|musty|mildew|rancid|re[ea]k(?:s|ed|ing)?)\b/,
    groups: VENUES,
    topic: 'smell',
    clause: 'there was such a bad smell',
    service: true,
    also: ['the smell was so unpleasant', 'you had to put up with that smell'],
  },
  {
    // Kept awake by what went on outside as well: "didn't sleep at all due to the sirens".
    test: /\b(?:noise|noisy|loud)\b[^.]*\b(?:sleep|night|kept (?:us|me) (?:up|awake)|all night)\b|\b(?:couldn't|could not|can't) sleep\b|\b(?:didn't|did not|never|hardly|barely|couldn't|could not) (?:get (?:any|much) )?sleep\b[^.]{0,40}\b(?:sirens?|traffic|trains?|helicopters?|music|part(?:y|ying|ies)|yelling|shouting|screaming|banging|slamming|carrying on|neighbou?rs)\b|\b(?:sirens?|trains?|helicopters?)\b[^.]{0,40}\ball night\b/,
    groups: VENUES,
    clause: 'the noise kept you awake',
    service: true,
  },
  // Salons and jobs
  {
    // Nails or colour that gave out within days: it did not last, rather than it was done wrong.
    test: /\b(manicure|pedicure|nail polish|nails|polish|colour|color|highlights|perm|extensions)\b[^.]{0,40}\b(?<!\b(?:not|never|n't) )(?:peel(?:ed|ing)?|chip(?:ped|ping)?(?: off)?|lift(?:ed|ing)|came off|fell off|faded|(?:didn't|did not) last)\b/,
    clause: 'your {x} did not last',
    groups: TREATMENTS,
    also: ['your {x} did not hold up for long'],
    fills: SERVICES,
    topic: 'salon',
    weight: 1,
  },
  {
    // The reviewer's own nails harmed taking the old set off: "scraped, clipped and filed so hard … it left my natural
    // nail extremely thin and flimsy", "they ruined my natural nails".
    test: /\b(?:(?:left|leaving|made) my (?:natural |real |own )?nails? (?:\w+ ){0,2}?(?:thin|weak|flimsy|frail|brittle|damaged|paper[- ]thin|raw)|(?:damaged|ruined|destroyed|wrecked) my (?:natural |real |own )?nails|my (?:natural |real |own )?nails? (?:were|are|was|is) (?:now |left )?(?:so |very |extremely |really )?(?:thin|weak|flimsy|frail|brittle|damaged|paper[- ]thin))\b/,
    clause: 'your own nails were left thin and damaged',
    groups: TREATMENTS,
    topic: 'salon',
    weight: 2,
  },
  {
    // A cut given that the reviewer never asks for: "that was never the cut he wants", "not the colour I asked for".
    test: /\b(?:not|never) (?:the|a) (haircut|cut|colour|color|style) (?:that )?(?:i|he|she|we|they) (?:had )?(?:ever )?(?:wants?|wanted|asked for|ask for|asks for|requested|gets?)\b/,
    clause: 'your {x} did not turn out the way you asked',
    groups: TREATMENTS,
    fills: SERVICES,
    topic: 'salon',
    weight: 1,
  },
  {
    // "The blow out was so bad" is said of the service; "not so bad" is not, and nor is "a great gel manicure here, my
    // last visit was so horrible", which praises the one and faults another.
    test: /(?<!\b(?:great|beautiful|lovely|perfect|amazing|fantastic|excellent|good|nice|gorgeous|wonderful) (?:[a-z]+ )?)\b(haircut|cut|colour|color|highlights|blowout|blow-out|blow out|nails|manicure|pedicure|perm|mani-pedi|extensions|brows|eyebrows)\b[^.]{0,40}\b(?:uneven|botched|ruined|butchered|terrible|awful|wrong|horrible|patchy|brassy|orange|crooked|lopsided|a mess|frizzy|(?:way |much |far )?too short|not what i (?:asked|wanted)|(?:very |so |really )?poor|(?<!\bnot (?:so |that |too )?)(?:so|really|very) bad|chunky|blobs?|smudged|streaky)\b/,
    clause: 'your {x} did not turn out the way you asked',
    groups: TREATMENTS,
    fills: SERVICES,
    topic: 'salon',
    weight: 1,
  },
  {
    // The treatment called the worst the reviewer has had: "by far the worst pedicure that I have ever received".
    test: /\b(?:the|my) (?:very )?worst (haircut|cut|colour|color|highlights|blowout|blow-out|blow out|manicure|pedicure|mani-pedi|perm|wax|facial)\b/,
    clause: 'your {x} did not turn out the way you asked',
    groups: TREATMENTS,
    fills: new Set([...SERVICES, 'wax', 'facial']),
    topic: 'salon',
    weight: 1,
  },
  {
    // The work itself called a bad job: "she did a terrible job on my brows". Not "not a bad job".
    test: /(?<!\bnot (?:a |such a |that )?)\b(?:bad|poor|terrible|awful|horrible|sloppy|lousy) job (?:on|with) (?:my|the|her|his) (brows|eyebrows|haircut|cut|colour|color|highlights|nails|manicure|pedicure)\b/,
    clause: 'your {x} did not turn out the way you asked',
    groups: TREATMENTS,
    fills: SERVICES,
    topic: 'salon',
    weight: 1,
  },
  {
    // The dear one no better than the cheap ones: "the difference between the lower priced cables and the most
    // expensive ones is not noticeable", "save yourself $50 and buy the cheap ones". Nothing failed: what it cost did
    // not buy anything more.
    test: /\b(?:no (?:better|different)(?: \w+)? than (?:the |a |any )?(?:cheap(?:er)?|less expensive|lower[- ]priced|generic|no-name)|(?:the )?(?:difference|improvement) (?:\w+ ){0,12}?(?:is|was|in|are|were) (?:not|barely|hardly) (?:noticeable|noticable|audible|visible|worth it|worth the (?:money|price|extra))|save (?:yourself|your(?:self)? (?:some|the)) (?:\$ ?\d+|(?:some |the |a lot of )?money|a few bucks) and (?:buy|get|go with|grab) (?:the |a |some )?cheap(?:er)?)\b/,
    groups: PRODUCTS,
    clause: 'it did no better than a cheap one would',
    also: ['it gave you nothing a cheap one would not'],
    topic: 'price',
    weight: 2,
  },
  {
    // Also a sum the reviewer says it was not worth ("not worth $239", "for $12 I expected more") and prices called
    // high in so many words.
    test: /\b(?:overpriced|over priced|overpaid|over paid|not (?:even |really )?worth (?:the )?(?:money|price|cost|\$ ?\d[\d,.]*)|rip-?off|ripoff|way too expensive|too expensive|too pricey|poor value|(?:somewhere|anywhere) else for (?:our|my|the) money|higher (?:room )?(?:rates?|prices?) than|paid (?:way )?too much|(?:rates?|prices?) (?:were|was|are|is) (?:too |very |way |really |so |ridiculously )?(?:high|steep|outrageous|ridiculous|insane)|(?:high|steep|outrageous|ridiculous|insane|crazy) prices)\b|\b(?:for|at) (?:nearly |almost |over |about )?\$ ?\d[\d,.]*\b[^.]{0,40}\b(?:expected (?:a lot |a bit |much |far |way )?(?:more|better)|should (?:be|have been) (?:better|more)|ripped off|not worth)\b/,
    clause: 'it did not feel worth what you paid',
    // A wording that opens on "what you got" cannot land in "That … is not good enough", which would concede the
    // price; "the price felt…" stays for sharing a sentence with another grievance.
    also: [
      'it did not feel like good value for the price',
      'the price felt too high for what you got',
      'what you got did not feel worth what you paid',
    ],
    topic: 'price',
    // "Not worth the money" is most often the verdict on a fault told beside it, which is the thing to name; but
    // said again and again, or of a sum ("not worth $239"), it is the point.
    general: true,
    dwelt: true,
  },
  {
    // Prices found higher than the reviewer was led to hope, with no purchase judged: "everything else is on the
    // high side", "don't believe the low price claims". Told as prices above what they expected, never as value for
    // something they may not have bought.
    test: /\bon the (?:high|pricey|expensive|steep|dear) side\b|\b(?:don't|do not|never) believe (?:the|their|its|all the) (?:low[- ]price|lowest[- ]price|low prices?|price|pricing|bargain|discount|sale) (?:claims?|promises?|ads?|adverts?|advertising|hype)\b/,
    clause: 'the prices were higher than you expected',
    also: ['prices ran higher than you had hoped'],
    topic: 'price',
    weight: 1,
  },
  {
    // "Steaks are not up to par anymore, certainly not in this price range": the dish named as what fell short of
    // its price, rather than the meal as a whole.
    test: new RegExp(
      `^(?!.*\\b(?:not (?:too |that |so |half )?bad|can(?:'t|not| not) beat|hard to beat|(?:great|good|fair|reasonable|decent) (?:value|deal|prices?))\\b).*?\\b(steaks?|sushi|burgers?|pizzas?|pasta|tacos|ribs|wings|noodles|sandwich(?:es)?|seafood|lobster|brisket)\\b[^.]{0,60}\\bnot\\b[^.]{0,50}\\b${AT_THE_PRICE}\\b`,
    ),
    groups: VENUES,
    clause: 'the {x} did not live up to the price',
    also: ['the {x} fell short of what the price promised'],
    fills:
      /^(?:steaks?|sushi|burgers?|pizzas?|pasta|tacos|ribs|wings|noodles|sandwich(?:es)?|seafood|lobster|brisket)$/,
    service: true,
    topic: 'price',
    // Named, the dish is the surer reading of the two that set a meal against its price.
    weight: 2,
  },
  {
    // What was served set against what it cost, in a review of a meal: told as a price that did not match what came,
    // never as a price too high by itself.
    test: VALUE_SAID,
    whole: SERVED_FOOD,
    groups: VENUES,
    clause: 'what you were served did not live up to the price',
    also: ['the price did not match what you were served'],
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    // The same said of a stay or a visit.
    test: VALUE_SAID,
    groups: VENUES,
    clause: 'what you got did not live up to the price',
    also: ['the price did not match what you got'],
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    test: /\b(?:store|shop|place|showroom|salon|office|lobby|building|apartment|unit|waiting room)\b[^.]{0,30}\b(?:smell(?:ed|s)?|stank|stunk|reek\w*)\b|\b(?:smell|stench|odou?r) of (?:urine|pee|mildew|mold|mould|smoke|cat|dog)\b/,
    groups: ['retail', 'health', 'trades_repairs', 'professional'],
    clause: 'there was such a bad smell',
    service: true,
    also: ['the smell was so unpleasant', 'you had to put up with that smell'],
    topic: 'smell',
  },
  {
    // "It causes the cursor to sort of stutter along"; a pad that "tracks poorly with my mouse".
    test: /\b(?:cursor|pointer|tracking|mouse)\b[^.]{0,40}\b(?:stutter\w*|skip\w*|jump\w*|jerk\w*|lag\w*|erratic\w*|sluggish|unresponsive)\b|\btracks (?:so |very |really |pretty )?(?:poorly|badly|terribly|erratically)\b/,
    groups: PRODUCTS,
    clause: 'the cursor would not track smoothly',
    topic: 'tracking',
    weight: 1,
  },
  {
    // A warranty or service plan bought and then not honoured: "so they will not honor it", where the review is
    // about the plan, not a claim under the maker's warranty.
    test: /\b(?:won't|will not|wouldn't|would not|refused to|refuse to|refuses to|declined to|not going to) honou?r (?:it|the (?:plan|contract|agreement|warranty|coverage)|my (?:plan|contract|warranty|coverage))\b/,
    whole:
      /\b(?:service plan|protection plan|extended warranty|warranty plan|care plan|extended plan)\b|\bpurchased (?:this|the) plan\b/,
    clause: 'the plan you paid for was not honoured',
    also: ['the cover you paid for was not honoured'],
    service: true,
    topic: 'warranty',
    weight: 2,
  },
  {
    test: /\b(?:refused|denied|wouldn't|would not|won't|will not|declined) (?:to )?(?:honou?r|cover|accept|replace it under) (?:the |my |their |its )?warranty\b|\bwarranty (?:claim |repair )?(?:was |got )?(?:refused|denied|rejected|declined)\b|\b(?:refused|declined|wouldn't|would not|won't|will not) (?:to )?(?:repair|fix|replace) (?:it|them|the \w+|my \w+) under (?:the |my |its )?warranty\b|\b(?:not|isn't|wasn't|weren't) covered (?:by|under) (?:the |my |its )?warranty\b/,
    clause: 'your warranty claim was refused',
    service: true,
    topic: 'warranty',
    weight: 2,
  },
  {
    // A claim told as filed and then turned down, the warranty named elsewhere in the review: "we filed a claim with
    // APS. They denied it saying…". Never "the rep denied it was their packaging".
    test: /\b(?:they|the company|the maker|the manufacturer) (?:flat(?:ly)? |simply |just )?(?:denied|refused|rejected|declined) (?:it|the claim|my claim|our claim)\b(?!,? (?:was|is|had|has|were)\b)(?=,? (?:saying|because|claiming|stating|as|since|on the grounds)\b)/,
    whole: /\bwarrant(?:y|ies)\b[\s\S]*\bclaim\b|\bclaim\b[\s\S]*\bwarrant(?:y|ies)\b/,
    clause: 'your warranty claim was refused',
    service: true,
    topic: 'warranty',
    weight: 2,
  },
  {
    // The warranty taken away after the sale: "the dealership told me the rear bumper was removed and therefore voided
    // the warranty". Never a warranty the reviewer feared voiding ("so that I wouldn't void my warranty").
    test: /(?<!\b(?:to|not|never|would|wouldn't|could|might|will|won't|don't|didn't|you|i) )\bvoided (?:the|my|our) (?:\w+ )?warranty\b|\b(?:the|my|our) (?:\w+ )?warranty (?:was|got|had been|has been|is now) (?:now )?voided\b/,
    clause: 'you were told your warranty was void',
    also: ['your warranty was declared void'],
    service: true,
    topic: 'warranty',
    weight: 2,
  },
  {
    // Pressed to sign there and then: a price that dropped only if the reviewer agreed that day, a hard sell.
    test: /\b(?:if|as long as|provided) (?:we|i) (?:agreed|signed|booked|committed|decided|said yes)(?: to it| up)? (?:that|the same|on the) day\b|\bhigh[- ]pressure\b|\bpressur(?:ed|ing) (?:me|us) (?:in)?to (?:sign|agree|buy|commit|book)\b|\bhard sell\b/,
    clause: 'you felt pushed to commit to a price on the spot',
    also: ['you were pressed to agree to the price there and then'],
    service: true,
    topic: 'sales_pressure',
    weight: 2,
  },
  {
    // A claim under a plan or warranty that would take weeks to pay out or replace: the wait is the grievance, told
    // as the reviewer was told it, whether or not they went on with the claim.
    test: /\b(?:would|will|it'd|it'll|going to|was going to) take (?:at least |no less than |up to |over |more than |around |about )?(?:\w+ ){0,2}(?:weeks|months|business days|working days)\b[^.]{0,60}\b(?:receive|refund|replacement|check|cheque|money|paid|payout|reimburs\w*)\b|\b(?:receive|get) (?:my|the|a) (?:refund|replacement) (?:check|cheque)\b[^.]{0,40}\b(?:weeks|months)\b/,
    whole: /\b(?:warranty|warrantied|service plan|protection plan|replacement plan|contract|claim)\b/,
    groups: PRODUCTS,
    clause: 'a claim under the plan would have kept you waiting weeks for your money',
    also: ['settling a claim under the plan would take weeks'],
    service: true,
    topic: 'warranty',
    weight: 2,
  },
  {
    test: /\b(?:comes|came|shipped|arrived) with (?:no|out (?:any|the)) \w+|\b(?:did not|didn't|does not|doesn't) (?:even )?come with\b|\b(?:was|were|is|are)(?:n't| not) included\b|\b(?:neither|nor|none of)\b[^.]{0,60}\b(?:came|come|was|were) (?:in|inside) (?:the )?(?:package|box|parcel)\b|\b(?:was|were)(?:n't| not) in the (?:package|box|parcel)\b|\bmissing from the (?:package|box|parcel)\b/,
    groups: PRODUCTS,
    clause: 'it did not come with everything you needed',
    topic: 'contents',
  },
  {
    test: /\b(?:not (?:at all |the least bit )helpful|no help at all|(?:wouldn't|would not|refused to) (?:even )?help)\b/,
    groups: ['food_hospitality', 'health', 'trades_repairs', 'professional'],
    clause: 'nobody was willing to help you',
    service: true,
    topic: 'staff',
  },
  {
    // A verdict on the service as a whole, worst when it drove the guests out before they were served.
    test: /\bservice (?:was|is) (?:so |just |really |absolutely |utterly |beyond )?(?:terrible|awful|horrible|appalling|atrocious|dreadful|abysmal|non-?existent|a joke)\b[^.]{0,30}\b(?:walked|got up and) (?:out|left)\b/,
    groups: VENUES,
    clause: 'you walked out because the service was so poor',
    also: ['the service was poor enough to make you leave'],
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    // "Not very helpful": the staff fell short of helpful, which is not the same as refusing.
    test: /\b(?:unhelpful|not (?:very |really |that |particularly |too )?helpful)\b/,
    groups: ['food_hospitality', 'health', 'trades_repairs', 'professional'],
    clause: 'the staff were not as helpful as they should have been',
    also: ['you did not get the help you should have from the staff'],
    service: true,
    topic: 'staff',
  },
  {
    test: /\b(?:quoted|quote|estimate|website|advertised|online)\b[^.]{0,60}\b(?:much more|way more|a lot more|higher)\b|\b(?:more|higher) than (?:the |what (?:i|we) (?:was|were) )?(?:quoted|quote|estimate|advertised|on the menu)\b/,
    clause: 'the price was not what you were quoted',
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    // A price at the counter above the business's own online price for the same thing.
    test: /\b(?:online|website|web) (?:pric(?:e|es|ing)|quotes?)\b[^.]{0,60}\b(?:different|less|lower|cheaper)\b|\b(?:quote|quoted|price|priced)\b[^.]{0,40}\bfrom (?:their|your|the) (?:own )?(?:website|site|online)\b[^.]{0,60}\$\d|\b(?:walk-?in|in-store|in store|counter) (?:pric(?:e|es|ing))\b/,
    clause: 'the price you were given was higher than the one on our own website',
    also: ['you were quoted more in person than our own website showed'],
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    test: /\bbilling (?:department|dept|office|error|mistake|issues?|problems?)\b|\b(?:sent|went) (?:me |us |it )?to collections\b|\bin collections\b|\bbill(?:ed)? (?:me |us )?for (?:a |my |the )?(?:co-?pay|balance|visit) (?:i|we) (?:had )?(?:already )?paid\b/,
    clause: 'the billing went wrong',
    service: true,
    topic: 'billing',
    weight: 1,
  },
  {
    test: /\b(?:over ?seasoned|too salty|heavy (?:in|on the) salt)\b|\btasted (?:very |so |really |a bit )?(?:old|off|stale|rancid|spoiled)\b|\btasted (?:as though|as if|like) (?:it|they) (?:was|were|had been) (?:\w+ )?(?:thawed|boiled|frozen|microwaved|reheated)\b|\beverything (?:we \w+ )?(?:tasted|was) (?:\w+ )?(?:bland|stale|old|awful|off|unthawed|frozen|flavou?rless)\b/,
    groups: VENUES,
    clause: 'the food was such a letdown',
    also: ['the food was not what it should have been', 'the food fell so short'],
    topic: 'food',
  },
  {
    // Air conditioning that ran but blew warm air, or would not cool the room: named as that, not as a room at an
    // uncomfortable temperature.
    test: /\b(?:air condition\w*|a\/c|ac|air con)\b[^.]{0,40}\b(?:blew|blows|blowing|pushed|pushing|put out|puts out)\b(?: out)?[^.]{0,12}\b(?:luke ?warm|warm|hot)\b|\b(?:air condition\w*|a\/c|air con)\b[^.]{0,25}\b(?:would not|wouldn't|did not|didn't|never|could not|couldn't) (?:even )?(?:cool|get cold|get (?:the room )?cool)\b/,
    groups: VENUES,
    clause: 'the air conditioning did not cool properly',
    also: ['the air conditioning blew warm air however it was set'],
    service: true,
    // The air in the room, not the food: no kitchen hears of it.
    topic: 'room-temperature',
    weight: 1.5,
  },
  {
    // Heating that failed, said plainly: "there was no heat", "the heater didn't work". Not "no heat lamp", nor heat
    // that only took a while to come up.
    test: /\b(?:heating|heater|heat)\b[^.]{0,25}\b(?:never worked|didn't work|did not work|wasn't working|was not working|broken|not working|(?:was|were) out|went out)\b|\bno (?:heat|heating)\b(?! lamps?\b)|\b(?:heating|heater|heat) (?:wouldn't|would not|won't|will not|did not|didn't) (?:come on|turn on|work)\b/,
    groups: VENUES,
    clause: 'the heating did not work',
    also: ['you were left without heating'],
    service: true,
    topic: 'room-temperature',
  },
  {
    test: /\b(?:temperature|thermostat)\b[^.]{0,30}\b(?:\d{2,3} degrees|hot|stuffy|sweltering|freezing)\b|\b(?:air condition\w*|a\/c|ac|heating|heater|heat)\b[^.]{0,25}\b(?:never worked|didn't work|did not work|wasn't working|was not working|broken|not working|blew (?:out )?(?:luke ?)?warm)\b|\bno heat\b/,
    groups: VENUES,
    clause: 'the temperature inside was so uncomfortable',
    service: true,
    topic: 'room-temperature',
  },
  {
    test: /\b(?:not|isn't|wasn't|never|is not|was not) (?:at all |fully |really )?compatible\b|\b(?:does not|doesn't|did not|didn't) (?:seem|appear) to be (?:at all |fully |really )?compatible\b|\bincompatib\w*|\b(?:would not|wouldn't|did not|didn't|does not|doesn't|won't|will not) (?:reliably |even )?work (?:properly |correctly |well |reliably )?(?:in|with) (?:my|our|the|a|any|most|either|both)\b|\b(?:would not|wouldn't|did not|didn't|does not|doesn't|won't|will not) (?:even )?work (?:with|on) (?:macs?|windows|pcs?|linux|iphones?|ipods?|androids?|vista|xp)\b|\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not) (?:let me )?sync\b/,
    groups: PRODUCTS,
    clause: 'it would not work with your equipment',
    also: [
      'it was not compatible with what you have',
      'it would not work with the rest of your setup',
      'it did not work with the devices you use',
      'it and your other equipment would not work together',
    ],
    topic: 'compatibility',
    weight: 1,
  },
  {
    // Most of the machines it was tried with, not one of the reviewer's own: "does not seem to be compatible with most
    // personal cable/DSL modems".
    test: /(?:\bnot|n't|\bnever)(?: [\w-]+){0,3}? (?:compatible|work|worked|working) (?:properly |reliably |well )?(?:with|on) (?:most|many|half|a lot) (?:of (?:the )?)?(?:[\w/-]+ ){0,3}?(modems|routers|computers|pcs|laptops|tvs|printers|phones|cars|networks|cameras|receivers)\b/,
    groups: PRODUCTS,
    clause: 'it would not work with most of the {x} you tried it with',
    fills: new Set([
      'modems',
      'routers',
      'computers',
      'pcs',
      'laptops',
      'tvs',
      'printers',
      'phones',
      'cars',
      'networks',
      'cameras',
      'receivers',
    ]),
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // The machine it would not work with, named: "it does not work with Macs".
    // Also said as one word with the machine first: "it's not Mac-compatible".
    test: /\b(?:(?:not|isn't|wasn't|is not|was not) (?:even |fully |really )?(?=(?:mac|pc)[- ]?compatible\b)|(?:(?:not|isn't|wasn't|never|is not|was not) (?:at all |fully |really )?compatible with|(?:would not|wouldn't|did not|didn't|does not|doesn't|won't|will not) (?:even |reliably )?work (?:properly |correctly |well )?(?:with|on|in)) (?:my |our |the |a |any )?)(mac|pc|laptop|computer|printer|router|tv|car|camera|stereo|receiver|phone)s?\b/,
    groups: PRODUCTS,
    clause: 'it would not work with your {x}',
    fills: new Set([
      'mac',
      'pc',
      'laptop',
      'computer',
      'printer',
      'router',
      'tv',
      'car',
      'camera',
      'stereo',
      'receiver',
      'phone',
    ]),
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    test: /\b(?:finish|paint|veneer|coating|surface|lacquer|varnish|plating)\b[^.]{0,25}\b(?:peel\w*|chipp\w*|flak\w*|bubbl\w*|splinter\w*|wore off|wearing off|came off|coming off|splotchy|blotchy|streaky)\b|\b(?:splotchy|blotchy|streaky) (?:finish|paint)\b/,
    groups: PRODUCTS,
    clause: 'the finish did not hold up',
    topic: 'finish',
    weight: 1,
  },
  {
    // The staff's own dogs let loose on customers: "the dogs of the store employees were jumping on me".
    test: /\b(?:staff|employees?|owners?|workers?)(?:'s|s')? (?:own )?dogs?\b[^.]{0,40}\bjump\w* (?:up )?(?:on|at|all over) (?:me|us|my)\b|\bdogs? (?:of|belonging to) the (?:store |shop )?(?:staff|employees|owners?|workers)\b[^.]{0,30}\bjump\w* (?:up )?(?:on|at|all over) (?:me|us|my)\b/,
    groups: ['retail', 'health'],
    clause: "the staff's dogs were jumping up at you",
    ours: true,
    service: true,
    topic: 'dogs',
    weight: 1,
  },
  {
    test: /\$\d+(?:\.\d\d)? minimum\b|\bminimum (?:purchase|charge|spend|for (?:cards?|credit|debit))\b|\b(?:wouldn't|would not|won't|will not|refused to) (?:take|accept) (?:my |our )?(?:card|debit|credit)/,
    clause: 'your card was turned down over a minimum spend',
    ours: true,
    topic: 'payment',
    weight: 1,
  },
  {
    test: /\bcigarette burns?\b|\b(?:old|lumpy|sagging|saggy|worn) (?:mattress(?:es)?|beds?|pillows)\b|\b(?:mattress(?:es)?|bed) (?:was|were) (?:\w+ )?(?:old|lumpy|sagging|saggy|sunk|hard as)\b|\bsunk in the middle\b/,
    groups: VENUES,
    clause: 'the room was not in the condition it should have been',
    also: ['the room was in such poor shape', 'the room had not been kept up as it should'],
    topic: 'room',
  },
  {
    test: /\blocked (?:my|our) keys in\b|\b(?:lost|misplaced) (?:my|our) (?:keys|car keys)\b/,
    groups: ['trades_repairs'],
    clause: 'your keys were locked in your car while it was with us',
    topic: 'keys',
    weight: 2,
  },
  // Places and visits
  {
    test: /\b(?:drinks?|cocktails?|margaritas?|martinis?)\b[^.]{0,20}\b(?:taste[sd]?|were|was|are|is|seemed) (?:\w+ )?watered[- ]down\b|\bwatered[- ]down (?:drinks?|cocktails?|margaritas?|martinis?)\b/,
    groups: VENUES,
    clause: 'the drinks tasted watered down',
    service: true,
    topic: 'drinks',
    weight: 1,
  },
  {
    // A part of the place named as worn ("the halls looked dated"): that part, not the whole place.
    test: new RegExp(`^${WORN_SAID}(?!.*${WORN_PRAISED}).*?${WORN_PART}`),
    groups: VENUES,
    clause: 'the {x} looked so worn and dated',
    service: true,
    fills: WORN_PARTS,
    topic: 'state',
  },
  {
    // The same beside praise of the rest ("the room was clean but the halls looked dated"): an aside that gives way
    // to any other grievance.
    test: new RegExp(`^${WORN_SAID}(?=.*${WORN_PRAISED}).*?${WORN_PART}`),
    groups: VENUES,
    clause: 'the {x} looked so worn and dated',
    service: true,
    fills: WORN_PARTS,
    topic: 'state',
    weight: -0.5,
  },
  {
    // Dated and in need of a deep clean, said together: the dirt is named, not told back as "in need of updating".
    test: new RegExp(
      `^${WORN_SAID}(?=.*\\b(?:in need of|needs?|needed|could use|could do with|in desperate need of) (?:a )?(?:\\w+ )?(?:deep|good|thorough|proper|serious) clean(?:ing)?\\b)`,
    ),
    groups: VENUES,
    clause: 'the place was dated and in need of a good clean',
    also: ['the place was so dated and not properly clean'],
    service: true,
    topic: 'state',
    weight: 1,
  },
  {
    // Furnishings the reviewer found old ("furniture old", "an old 80's TV", "old and worn bed covers"), in a review
    // that says elsewhere, unhedged, that the place is worn ("the hotel needs renovation"): one grievance the reviewer
    // comes back to. Never the reviewer's own old things, nor a place only "a little run-down".
    test: new RegExp(
      `\\b(?:${FURNISHED})\\b (?:was |were |is |are |looked |looks |seemed |felt )?(?:very |so |really |quite |pretty |all |rather )?old\\b(?!-)|(?<!\\b(?:my|our|his|her|their) )\\bold(?!-)(?: and [\\w-]+)? (?:(?:\\d0'?s|small|tiny|little|cheap|ugly|worn|stained|tube) )?(?:${FURNISHED})\\b`,
    ),
    whole: new RegExp(`^${WORN_ANYWHERE}`),
    groups: VENUES,
    clause: 'the place was so worn and dated',
    also: ['the place felt so tired and in need of updating'],
    service: true,
    topic: 'state',
  },
  {
    test: new RegExp(`^${WORN_SAID}(?!.*${WORN_PART}).*?\\b(?:${WORN})\\b`),
    groups: VENUES,
    clause: 'the place was so worn and dated',
    service: true,
    also: ['the place felt so tired and in need of updating', 'so much of the place looked worn'],
    topic: 'state',
  },
  {
    // Staff in a shop who chatted among themselves, or never asked whether the reviewer wanted a hand: the help they
    // came in for (a size, a gift) is what went missing.
    test: /\b(?:too )?busy (?:talking|chatting|gossiping|socializing|socialising|visiting) (?:with|to|among|amongst) (?:each other|one another|themselves)\b|\b(?:talking|chatting|gossiping) (?:with|to|among|amongst) (?:each other|one another|themselves)\b[^.]{0,40}\b(?:ignor\w+|instead of|rather than|no one|nobody|didn't|did not|never)\b|\b(?:no one|nobody|noone|no-one|never|didn't|did not) (?:even )?(?:asked|ask) (?:me |us )?(?:if|whether) (?:i|we) (?:needed|wanted|would like|could use) (?:any |some )?(?:help|assistance|a hand)\b|\b(?:no one|nobody|noone|no-one|never|didn't|did not) (?:even )?(?:offered|offer) (?:me |us )?(?:any )?(?:to help|to assist|help|assistance)\b|\b(?:i|we) (?:received|got|had|was given|were given) (?:absolutely )?no (?:help|assistance)\b/,
    groups: ['retail'],
    clause: 'nobody on the shop floor offered you any help',
    also: ['none of the staff stopped to help you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 2,
  },
  {
    // A server cold or haughty towards the table, whether or not they also left it waiting: "our waiter was insanely
    // snobby", "she acted like she wanted nothing to do with us", "she was monotone and never smiled". It is how the
    // reviewer was treated, not only that nobody came by. Said of "she" or "he" only where the review has a server.
    test: new RegExp(
      `\\b(?:server|waiter|waitress|bartender|hostess)(?: \\w+){0,2} (?:was|seemed|acted|is|were) (?:${SERVER_DEGREE})?(?:${SERVER_COLD})\\b|(?:^|[,;] |\\b(?:and|but|that|because|as) )(?:she|he) (?:was|seemed|acted|is) (?:${SERVER_DEGREE})?(?:${SERVER_COLD}|monotone|cold (?:to|towards|with) (?:us|me)|cold and (?:rude|dismissive|unfriendly|short))\\b|\\b(?:she|he) (?:acted|seemed|behaved|looked) (?:like|as if|as though) (?:she|he) (?:wanted nothing to do with (?:us|me)|could(?:n't| not) (?:care less|be bothered)|(?:didn't|did not) want to (?:serve|wait on|deal with) (?:us|me))\\b|\\b(?:she|he|server|waiter|waitress) (?:never|didn't|did not|would not|wouldn't) (?:once |even )?(?:smile|smiled)\\b`,
    ),
    whole: /\b(?:server|waiter|waitress|bartender|hostess)\b/,
    groups: VENUES,
    clause: 'your server was so cold and offhand with you',
    also: ['your server was so unwelcoming towards you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 2,
  },
  {
    test: /\b(?:didn't|did not|never|wouldn't|would not) (?:even )?(?:acknowledge|greet|check on|come back to|come by|ask if|ask how)\b|\b(?:didn't|did not|never) (?:even )?(?:have|show) the (?:common |basic )?(?:courtesy|decency) to (?:acknowledge|greet|say)\b|\b(?:no one|nobody|noone) (?:came|greeted|acknowledged|checked|helped|bothered)\b|\bignored (?:us|me)\b|\brefill\w*\b[^.]{0,30}\b(?:never|not|no)\b|\b(?:never|not) (?:was |were |once )?(?:refilled|asked (?:if|whether|how))\b|\b(?:didn't|did not|never) (?:even )?(?:look up|say hello|say hi)\b|\bno (?:refills?|silverware|utensils|napkins|condiments)\b|\bempty (?:water )?glass(?:es)?\b/,
    groups: NOT_SHOPS,
    clause: 'nobody looked after you the way they should have',
    ours: true,
    service: true,
    also: ['you were left without the attention you deserved', 'nobody came by to check on you'],
    topic: 'staff',
    weight: 1,
  },
  {
    // A shop has no table service: staff who stood by are told as help nobody offered, never as a visit to a table.
    test: /\b(?:didn't|did not|never|wouldn't|would not) (?:even )?(?:acknowledge|greet|check on|come back to|come by|ask if|ask how)\b|\b(?:didn't|did not|never) (?:even )?(?:have|show) the (?:common |basic )?(?:courtesy|decency) to (?:acknowledge|greet|say)\b|\b(?:no one|nobody|noone) (?:came|greeted|acknowledged|checked|helped|bothered)\b|\bignored (?:us|me)\b|\brefill\w*\b[^.]{0,30}\b(?:never|not|no)\b|\b(?:never|not) (?:was |were |once )?(?:refilled|asked (?:if|whether|how))\b|\b(?:didn't|did not|never) (?:even )?(?:look up|say hello|say hi)\b|\bno (?:refills?|silverware|utensils|napkins|condiments)\b|\bempty (?:water )?glass(?:es)?\b/,
    groups: ['retail'],
    clause: 'nobody looked after you the way they should have',
    ours: true,
    service: true,
    also: ['you were left without the attention you deserved'],
    topic: 'staff',
    weight: 1,
  },
  {
    test: /\b(?:screwed|messed) up (?:every|our|my|the|both|all|half) (?:\w+ )?orders?\b|\bgot (?:our|my|the) (?:\w+ )?orders? wrong\b|\borders? (?:were|was) (?:all )?(?:wrong|messed up|screwed up)\b|\bnot (?:the one|what) (?:i|we) (?:had )?(?:requested|ordered|asked for)\b/,
    groups: VENUES,
    clause: 'your order was not right',
    topic: 'order',
    weight: 1,
  },
  {
    test: /\b(pool|restaurant|bar|lounge|gym|spa|hot tub|elevator|elevators|breakfast room|fitness center|sauna)\b[^.]{0,30}\b(?:was|were) (?:\w+ )?(?:closed|out of (?:order|service)|not working|broken)\b/,
    groups: VENUES,
    clause: 'the {x} was not available when you needed it',
    fills: new Set('pool restaurant bar lounge gym spa elevator elevators sauna'.split(' ')),
    topic: 'state',
  },
  {
    test: /\bnothing like (?:the |their )?(?:description|pictures|photos|website|ad|listing)\b|\b(?:pictures|photos) (?:on|in) (?:the |their )?(?:web ?site|listing|ad)\b[^.]*\b(?:misleading|nothing like|better|nicer|more (?:\w+ ){1,2}(?:than|then))\b|\bnot as (?:described|advertised|pictured)\b|\bfar cry from (?:the |their )?(?:advertis\w*|description|pictures|photos|website)\b/,
    groups: VENUES,
    clause: 'the place was not what its description promised',
    service: true,
    topic: 'described',
    weight: 1,
  },
  // Service and staff
  {
    test: /\bblamed (?:me|us|it on (?:me|us)|my|our)\b|\b(?:said|told (?:me|us)|claimed) (?:it was|that it was) (?:my|our) fault\b|\btold (?:me|us) (?:that )?(?:i|we) (?:was|were) wrong\b/,
    clause: 'you were made to feel it was your fault',
    ours: true,
    service: true,
    topic: 'blame',
    weight: 1,
  },
  {
    test: /\b(?:pushy|overbearing|upsell\w*|up-?sell\w*|hard sell|kept trying to (?:sell|get (?:me|us) to buy)|pressur(?:ed|ing) (?:me|us)|unnecessary (?:work|repairs?|services?|parts)|(?:work|repairs?|services?) (?:i|we) (?:didn't|did not) need)\b|\b(?:we |they |he |she )?recommend(?:ed|s)? (?:that )?(?:you|i|we) (?:also )?(?:get|buy|replace|need|have|add)\b(?=[^.]*\b(?:also|too|as well|new|\$\d+))/,
    clause: 'you felt pushed towards more than you needed',
    service: true,
    topic: 'pushed',
    weight: 1,
  },
  {
    test: /\b(?:refused|denied|declined|refuse) (?:to )?(?:give (?:me |us )?(?:a |my |our |any )?|issue (?:a )?|do (?:a )?|offer (?:a |any )?|take (?:it |them )?back|accept (?:the |my |a )?)?(?:refund|return|exchange)\b|\b(?:would not|wouldn't|won't|will not|refused to) (?:give (?:me |us )?(?:a |my |our |any )?|issue (?:a )?|offer (?:a |any )?)?refund\b|\b(?:would not|wouldn't|won't|will not|refused to) (?:take (?:it|them) back|accept (?:the |my |a )?return)\b|\b(?:would not|wouldn't|refused to) (?:return (?:my |our |the )?money|give (?:me |us )?(?:my |our )?money back)\b|\b(?:refund|return|exchange) was (?:refused|denied|declined)\b/,
    clause: 'your request for your money back was turned down',
    ours: true,
    service: true,
    topic: 'refund',
    weight: 2,
  },
  {
    test: /\b(?:cancel(?:l)?ed|moved|changed) (?:my|our) (?:appointment|reservation|booking)\b|\bdouble[- ]booked\b|\b(?:lost|no record of|couldn't find|could not find) (?:my|our) (?:appointment|reservation|booking)\b|\b(?:messed up|screwed up|mixed up) (?:my|our|the) (?:appointment|reservation|booking|schedule|scheduling)\b|\bbooked (?:me|us) for the wrong\b|\bg[ai]ve?n? (?:my|our) (?:room|table|reservation|booking|appointment) away\b|\b(?:gave|give|giving) away (?:my|our) (?:room|table|reservation|booking)\b|\b(?:don't|do not|didn't|did not) have (?:any |the |my |our )?(?:\w+ )?(?:rooms?|kings?|queens?|tables?) available\b|\bscheduling (?:issues|problems|mistakes|errors|mix-?ups)\b/,
    clause: 'your booking was mishandled',
    service: true,
    topic: 'booking',
    weight: 1,
  },
  {
    test: /\b(?:ran|running|was|were|showed up|arrived) (?:over |almost |about )?(?:\d+|an hour|half an hour|forty|thirty|twenty|fifteen|two hours) (?:minutes? )?late\b|\b(?:waited|waiting|wait) (?:for )?(?:over |almost |nearly |about |more than )?(?:an hour|\d{2,3} minutes|(?:two|three|\d) hours)\b/,
    groups: ['health', 'trades_repairs', 'professional', 'retail'],
    clause: 'you were kept waiting so long',
    ours: true,
    service: true,
    topic: 'wait',
  },
  {
    test: /\b(?:didn't|did not|never|wouldn't|would not) (?:take (?:me|it|my \w+|anything|what i said) seriously|(?:really )?listen(?:ed)? to (?:me|us|my \w+|what i))\b|\bdismissive\b|\bbrushed (?:me|us|it|my \w+) off\b|\bacted like i was (?:lying|a waste|crazy)\b|\b(?:didn't|did not|never|wouldn't|would not) (?:even )?(?:address|answer) (?:any of )?(?:my|our) (?:concerns|questions)\b|\bbrush(?:ed)? off (?:the |my |our )?(?:questions|concerns)\b/,
    groups: ['health', 'professional', 'trades_repairs'],
    clause: 'you did not feel listened to',
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    test: /\b(?:doors?|locks?)\b[^.]{0,25}\b(?:didn't|did not|wouldn't|would not|don't|do not|doesn't|does not|won't) (?:even )?(?:lock|close|work|open)\b/,
    groups: [...VENUES, 'retail'],
    clause: 'the doors were not working as they should',
    also: ['the doors were not working properly'],
    topic: 'state',
  },
  {
    test: /\bout of (?:stock|pretty much everything|almost everything|everything|most things|most of)\b|\b(?:empty|bare) shelves\b|\b(?:very )?(?:little|poor|small|limited|tiny) (?:selection|choice|inventory)\b|\bhad (?:very )?little to (?:sell|choose from|offer)\b/,
    groups: ['retail'],
    clause: 'there was so little on the shelves to choose from',
    service: true,
    topic: 'stock',
  },
  {
    test: /\b(?:charged|billed) (?:me|us|my card|my credit card|our card)? ?(?:again |twice )?(?:after (?:i|we) (?:had )?cancel\w*|for (?:a |an )?(?:extra|another|\w+ extra) (?:night|day|month|visit))\b|\b(?:still|kept) (?:charging|billing) (?:me|us|my card)\b|\bre-?billed\b|\bbilled (?:me |us )?again\b/,
    ...CHARGED_MORE,
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    // A wax done badly: rough, hair left behind, "she did horrible on my wax". Not a wax the reviewer liked.
    test: /\b(?:wax(?:ing|ed)?|waxer)\b[^.]{0,60}\b(?:not (?:very )?gentle|rough(?:ly)?|(?:hairs?|patches) (?:were |was )?(?:left|missed|remaining)|still (?:\w+ ){0,3}hairs?|missed (?:\w+ )?(?:hairs?|spots?|patches))\b|\b(?:horrible|terrible|awful|bad|poor|sloppy|lousy) (?:job )?(?:on|with) (?:my|the|her|his) (?:\w+ )?wax(?:ing)?\b|\b(?:botched|rough|painful|terrible|horrible|awful|sloppy|lousy|bad|poor) (?:\w+ )?wax(?:ing)?\b/,
    groups: TREATMENTS,
    whole: /\bwax/,
    clause: 'your wax was not done properly',
    also: ['your wax was done so poorly'],
    ours: true,
    service: true,
    topic: 'salon',
    weight: 1.5,
  },
  {
    // A stylist who did not know how to cut, in a review about a cut: "he had no idea what he was doing", "did not
    // know how to use a set of clippers". The botched cut is the point of the review, above the salon's decor.
    test: /\b(?:had|has|have) (?:absolutely )?no (?:idea|clue) (?:what|how) (?:he|she|they) (?:was|were|is|are) doing\b|\b(?:didn't|did not|doesn't|does not|don't|do not) (?:even )?know how to (?:use|hold|handle) (?:a |the |his |her |their )?(?:set of )?(?:\w+ )?(?:clippers|scissors|shears|razor)\b/,
    whole: /\b(?:hair ?cut|haircuts|trim|clippers|fade|buzz cut)\b/,
    clause: 'your haircut was handled so badly',
    also: ['your haircut was so badly done'],
    groups: TREATMENTS,
    topic: 'salon',
    weight: 1.5,
  },
  {
    // A cut or colour the reviewer calls butchered or botched, said anywhere in the sentence that names it.
    test: /^(?=.*\b(?:butcher(?:ed|ing)|botch(?:ed|ing)?|hack job)\b).*?\b(haircut|cut|colour|color|highlights|nails|manicure|pedicure|perm)\b/,
    clause: 'your {x} did not turn out the way you asked',
    groups: TREATMENTS,
    fills: SERVICES,
    topic: 'salon',
    weight: 1,
  },
  {
    test: /\bbroken promises?\b|\bbroke (?:their|his|her|every|the|all (?:their|the)) promises?\b|\b(?:never|didn't|did not) (?:do|deliver|honou?r|keep) (?:what|the \w+) (?:they|he|she|you) (?:had )?promised\b|\bpromised\b[^.]{0,60}\b(?:but never|and never|never (?:happened|came|arrived|showed)|nothing (?:happened|since))\b/,
    clause: 'what you were promised did not happen',
    also: ['the promises made to you were not kept', 'you did not get what you were promised'],
    ours: true,
    service: true,
    topic: 'promise',
    weight: 1,
  },
  {
    // A switched item is a wrong one: "I too received a switched item (at-65) in a sealed box".
    test: /\b(?:sent|shipped|received|got|delivered|gave) (?:me |us )?(?:the |a )?(?:wrong|switched|substituted|substitute) (?:item|size|model|part|colou?r|product|one|ones|cartridges?|version|unit)\b|\b(?:sent|shipped|delivered) (?:me |us )?[^.]{0,40}\b(?:all|both|each) (?:of them )?wrong\b|\b(?:was|were)(?:n't| not) the (?:correct|right) (?:ones?|items?|size|model|part|product)\b/,
    groups: PRODUCTS,
    clause: 'you were sent the wrong item',
    also: ['what arrived was not what you ordered', 'the wrong item was sent to you'],
    ours: true,
    service: true,
    topic: 'order',
    weight: 1,
  },
  {
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not) (?:even )?(?:hold|support|take|carry) (?:up )?(?:the |its |their |my |a |an )?(?:rated |stated |advertised |listed |claimed |maximum |max )?(?:weight|load)\b/,
    groups: PRODUCTS,
    clause: 'it would not hold the weight it was rated for',
    also: ['it could not carry the weight it was sold for'],
    topic: 'load',
    weight: 1,
  },
  {
    test: /\b(?<!(?:won't|will not|doesn't|does not|don't|do not|never|didn't|did not) )(?:burns?|eats?|goes through|went through|chews? through|runs? through|drains?) (?:\w+ ){0,5}batteries\b|\bbatteries (?:only |just |barely )?(?:last|lasted|die|died|run out|ran out|run down|ran down) (?:in |after |within )?(?:only |just |about |barely )?(?:a (?:day|week|few)|\d+|one|two|three|four|five|six|seven|eight)\b/,
    groups: PRODUCTS,
    clause: 'it went through batteries so quickly',
    also: ['it ran through batteries far too fast'],
    topic: 'battery',
    weight: 1,
  },
  {
    // Our own shop floor: a maker's helpline is a frame of its own, and not ours.
    test: /\b(?:staff|employees?|people (?:working|who work)(?: there| here)?|workers|associates?|sales ?(?:people|person|man|woman|lady|guy|associates?)|clerks?|cashiers?|personnel)\b(?:[^.]{0,30}\b(?:unhelpful|not (?:very |at all |the least bit )?helpful|uncaring|indifferent|clueless)| (?:were|was|are|is) (?:so |very |really )?cold)\b/,
    groups: ['retail'],
    clause: 'our staff were so unhelpful',
    also: ['you got so little help from our staff', 'our team was not more helpful'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    test: /\bon hold (?:for )?(?:over |almost |nearly |about |more than |at least )?(?:\d+|an?|half an|two|three|twenty|thirty|forty|fifty|forty-five) (?:minutes?|mins?|hours?)\b|\b(?:kept|left|put) (?:me |us )?on hold (?:for )?(?:ages|forever|so long|an hour)\b/,
    clause: 'you were kept on hold so long',
    also: ['you were left on hold for so long', 'you spent so long on hold'],
    ours: true,
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // Slow at the one thing the reviewer timed: "the time it took to change channels, a full 3 seconds". Told as what
    // was slow, never as the whole set being slow to use.
    test: /\b(?:the time (?:it )?(?:takes|took|needed) to |(?:slow|long|forever|ages|seconds|delay) (?:to|when|in) (?:you )?)(?:change|changing|switch|switching) (channels|stations|inputs|tracks|songs)\b/,
    groups: PRODUCTS,
    clause: 'it was so slow to change {x}',
    fills: /^(?:channels|stations|inputs|tracks|songs)$/,
    topic: 'slow',
  },
  {
    test: /\b(?:takes?|took|taking) (?:forever|ages|so long|far too long|way too long|too long|(?:several |many |a few )?minutes) to (?:scroll|load|boot|start up|respond|search|navigate|open|switch|process|warm up|react)\b|\bthe time (?:it )?(?:takes|took) to (?:change|switch|load|boot|respond|start)\b|\b(?:painfully|incredibly|extremely|very|so|too|really) slow to (?:use|respond|load|boot|navigate|scroll|search|react)\b|\bsluggish\b/,
    groups: PRODUCTS,
    clause: 'it was so slow to use',
    also: ['using it was painfully slow', 'it was so sluggish to use'],
    topic: 'slow',
  },
  {
    // Speed read as a number or a verdict: "throughput of 1.2Mbps", "transfers are slow", "speed stinks".
    test: /\b(?:speed|speeds|throughput|transfer (?:rates?|speeds?|times?)|transfers|data rate|bandwidth)\b[^.]{0,40}\b(?:stinks|stank|sucks|slow|poor|terrible|awful|unacceptable|pathetic|crawl\w*)\b|\b(?:painfully|incredibly|extremely|unbearably|ridiculously) slow\b/,
    groups: PRODUCTS,
    clause: 'it was so slow',
    also: ['it ran so slowly'],
    topic: 'slow',
  },
  {
    test: /\b(?:software|drivers?|installer|installation|install)\b[^.]{0,30}\b(?:do(?:es)?n't|do(?:es)? not|won't|will not|would not|wouldn't|didn't|did not|could not|couldn't|can't|cannot|fails? to|failed to|never) (?:\w+ )?(?:install|load|run)\b|\binstall(?:ation)? (?:failed|fails|keeps failing|kept failing|errors?)\b|\b(?:won't|will not|doesn't|does not|don't|do not|wouldn't|would not) (?:even |properly )?install\b|\bunable to (?:get (?:it|them|the \w+) to )?install\b|\b(?:couldn't|could not|can't|cannot) (?:\w+ ){0,3}how to install\b/,
    groups: PRODUCTS,
    clause: 'the software would not install properly',
    also: ['you could not get the software to install'],
    topic: 'software',
    weight: 1,
  },
  {
    // Keys that register more than once for each press: "the keys fire off 3 or 4 digits with one press".
    test: /\b(?:keys?|buttons?)\b[^.]{0,30}\b(?:fir(?:e|es|ed|ing)|register(?:s|ed|ing)?|enter(?:s|ed|ing)?|repeat(?:s|ed|ing)?) (?:off )?(?:\w+ ){0,2}?(?:twice|double|(?:two|three|four|2|3|4|several|multiple) (?:or (?:three|four|five|3|4|5) )?(?:times|digits|characters|letters|numbers))\b[^.]{0,30}\b(?:one|a single|each|every) (?:press|push|tap|keystroke)\b/,
    groups: PRODUCTS,
    clause: 'a single press of a key kept registering several times',
    topic: 'controls',
  },
  {
    test: /\b(?:buttons?|controls?|keys|remote|knob|dial)\b[^.]{0,25}\b(?:don't|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never|fail to|failed to) (?:\w+ )?(?:function|respond|work)\b/,
    groups: PRODUCTS,
    clause: 'the controls did not work as they should',
    also: ['the buttons would not do what they should'],
    topic: 'controls',
  },
  {
    test: /\b(?:will not|won't|doesn't|does not|didn't|did not|wouldn't|would not) hold up\b|\blight[- ]duty\b|\bnot (?:built|made) to last\b/,
    groups: PRODUCTS,
    clause: 'it was not built to last',
    also: ['it was not made to stand up to use'],
    topic: 'build',
  },
  {
    test: /\bnoise[- ]cancel\w*\b[^.]{0,40}\b(?:barely|hardly|useless|poor|weak|(?:doesn't|does not|didn't|did not) (?:really )?work|not (?:very )?(?:effective|noticeable))\b/,
    groups: PRODUCTS,
    clause: 'the noise cancelling made so little difference',
    topic: 'noise',
  },
  {
    test: /\b(?:no|few|hardly any|not (?:many|any|a single)|limited|only one) (?:vegan|vegetarian|gluten[- ]free|dairy[- ]free|veggie) (?:options?|choices?|dishes|items|meals)\b|\bonly (?:able to )?offer(?:ed)? (?:me |us )?(?:a |one )?(?:plain |side )?salad\b|\bnothing (?:on the menu )?(?:i|we) could (?:eat|order)\b/,
    groups: VENUES,
    clause: 'there was so little on the menu you could eat',
    also: ['the menu had so little you could eat', 'we had so little on the menu for you'],
    service: true,
    topic: 'menu',
    weight: 1,
  },
  {
    // A second opinion sought on a repair is the point of the review: it found a simpler or cheaper answer.
    test: /\b(?:brought|bring|took|take|taken|went|got|getting)\b[^.]{0,80}\bfor a second opinion\b|\bgot a second opinion\b/,
    groups: ['trades_repairs'],
    clause: 'another shop found a far simpler fix than the one we gave you',
    also: ['a second opinion found a much simpler answer than ours'],
    ours: true,
    service: true,
    topic: 'diagnosis',
    weight: 2,
  },
  {
    test: /\bonly (?:got|received) (?:\d+|one|two|three|four|half|some) of (?:them|the|my|our)\b|\b(?:part|some|half) of (?:my|the|our) order (?:never|was missing|didn't|did not)\b|\b(?:was|were) missing from (?:my|the|our) (?:order|box|package|bag|delivery)\b|\b(?:we|i) (?:also )?(?:were|was) (?:also )?missing (?:the|our|my|an?) (?!(?:family|friends?|kids|children|husband|wife|home|mom|dad|partner|boyfriend|girlfriend|point)\b)\w+/,
    clause: 'part of your order was missing',
    also: ['not everything you ordered reached you', 'some of what you ordered never came'],
    service: true,
    topic: 'order',
    weight: 1,
  },
  {
    test: /\bdoes (?:a |such a )?(?:horrible|terrible|poor|lousy|bad|awful|pathetic) job (?:at|of)\b/,
    groups: PRODUCTS,
    clause: 'it did its job so poorly',
    also: ['it did such a poor job of what it is for'],
    topic: 'job',
  },
  {
    // Earphones that will not stay put: "they keep falling from my ears", "the buds pop out when I walk".
    test: /\b(?:keeps?|kept|always|constantly) (?:falling|slipping|popping|coming|dropping) (?:out|off|from)\b[^.]{0,25}\bears?\b|\b(?:falls?|fell|falling|slips?|slipped|slipping|pops?|popped|popping) (?:right )?out of (?:my|your|the|his|her|their|our) ears?\b|\b(?:won't|will not|wouldn't|would not|don't|do not|didn't|did not|doesn't|does not|never) stay (?:in|on|put in) (?:my |your |the |his |her )?ears?\b/,
    groups: PRODUCTS,
    clause: 'they would not stay in your ears',
    also: ['they kept falling out of your ears'],
    topic: 'fit',
  },
  {
    test: /\b(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not) (?:even )?fit\b|\bbarely fits?\b|\b(?:is|was|were|are) (?:way |much |far |a bit |a little |so |too )?too (?:tight|loose)\b/,
    groups: PRODUCTS,
    clause: 'it did not fit properly',
    also: ['the fit was not right', 'it did not fit as it should'],
    topic: 'fit',
  },
  {
    // Files slow to copy or delete: "it's taking long time to copy files", "took forever to transfer".
    test: /\b(?:takes?|took|taking) (?:a |such a )?(?:very |really |so |too |far too |way too )?(?:long|forever|ages) (?:time )?to (copy|transfer|delete|save|write|sync)\b/,
    groups: PRODUCTS,
    clause: 'it took so long to {x} your files',
    fills: new Set(['copy', 'transfer', 'delete', 'save', 'write', 'sync']),
    topic: 'slow',
    weight: 1,
  },
  {
    // A stand or rack that will not stay up: "it tips over very easily", "the tower toppled over".
    test: /\b(?:it|rack|stand|shelf|shelves|tower|unit|lamp|tripod|base) (?:\w+ )?(?:tips|tipped|tipping|topples|toppled|falls|fell) over\b|\btips (?:over )?(?:very |too |so |extremely |really )?eas(?:y|ily)\b(?! to)|\b(?:is|was|isn't|wasn't) not (?:very )?(?:steady|stable)\b|\b(?:isn't|wasn't) (?:very )?(?:steady|stable)\b/,
    groups: PRODUCTS,
    clause: 'it tipped over far too easily',
    also: ['it would not stay steady'],
    topic: 'stable',
    weight: 1,
  },
  {
    // A single ear piece that will not stay put: "the ear piece falls out every time you hang it over the ear".
    test: /\b(?:ear ?piece|earpiece|headset|ear ?hook|earhook)\b[^.]{0,40}\b(?:falls?|fell|falling|slips?|slipped|slipping|pops?|popped|popping|comes?|came|coming) (?:right )?(?:out|off)\b/,
    groups: PRODUCTS,
    clause: 'it would not stay on your ear',
    also: ['it kept falling off your ear'],
    topic: 'fit',
  },
  {
    // A mount or tape that would not hold: "neither adhesive would stick to the dash".
    test: /\b(adhesive|adhesives|tape|suction cups?|glue|velcro|sticky pads?|adhesive pads?)\b[^.]{0,40}\b(?:(?:would not|wouldn't|won't|will not|doesn't|does not|didn't|did not|never|not) (?:even |really |properly )?|(?<=\bneither\b[^.]*)(?:would|will|did|does|could) (?:even |really |properly )?)(?:stick|hold|adhere|stay (?:on|put|stuck))\b/,
    groups: PRODUCTS,
    clause: 'the {x} would not stick',
    fills: /^(?:adhesives?|tape|suction cups?|glue|velcro|sticky pads?|adhesive pads?)$/,
    topic: 'stick',
    weight: 1,
  },
  {
    // A case or lid that will not shut: "the slots prevent it from closing completely", "it pops open in my bag".
    test: /^(?=.*\b(?:case|lid|cover|flap|latch|clasp|box|holder)\b).*\b(?:prevents? (?:it|the (?:case|lid|cover)) from (?:closing|shutting)|(?:won't|wouldn't|will not|would not|doesn't|does not|didn't|did not|can't|cannot|couldn't|could not) (?:\w+ )?(?:close|shut|stay (?:closed|shut))|pops? open)\b/,
    groups: PRODUCTS,
    clause: 'it would not stay closed',
    also: ['it would not close properly'],
    topic: 'closing',
    weight: 1,
  },
  {
    // Toner or ink left on every page: "powder from the toner cartridges … ruins every page that is printed".
    test: /\b(toner|ink)\b[^.]{0,80}\b(?:ruins?|ruined|smears?|smeared|smudges?|smudged|streaks?|streaked|spoils?|spoiled|stains?|stained)\b[^.]{0,30}\b(?:pages?|prints?|copies|printouts?|paper|sheets?)\b/,
    groups: PRODUCTS,
    clause: 'loose {x} spoiled the pages it printed',
    fills: /^(?:toner|ink)$/,
    topic: 'print',
    weight: 1,
  },
  {
    // Toner or ink that gets out where it should not: "magenta cartridges spew toner everywhere", "the ink leaked".
    test: /\b(?:toner|ink)\b[^.]{0,30}\b(?:everywhere|all over|leak(?:s|ed|ing)?|spill(?:s|ed|ing)?|spew(?:s|ed|ing)?)\b|\b(?:spew(?:s|ed|ing)?|leak(?:s|ed|ing)?|spill(?:s|ed|ing)?|dump(?:s|ed|ing)?) (?:\w+ ){0,2}(?:toner|ink)\b/,
    groups: PRODUCTS,
    clause: 'the cartridges leaked',
    also: ['the cartridges kept leaking'],
    topic: 'print',
    weight: 1,
  },
  {
    // Prints with streaks: "cyan cartridges streak", "every page comes out streaky".
    test: /^(?=.*\b(?:print\w*|pages?|cartridges?|toner|ink|copies|paper|colou?rs?|cyan|magenta|yellow|black)\b).*\bstreak(?:s|ed|ing|y)?\b/,
    groups: PRODUCTS,
    clause: 'the prints came out streaked',
    also: ['the pages came out with streaks'],
    topic: 'print',
    weight: 1,
  },
  {
    // A feeder that takes several sheets at once: "it would accept two to five sheets at a time", "double feeds".
    test: /\bdouble[- ]?feed(?:s|ing)?\b|\b(?:feeds?|feeding|pulls?|pulling|takes?|taking|accepts?|grabs?|grabbing|would (?:feed|pull|take|accept|grab)) (?:in )?(?:two|2|several|multiple|three|3|many)(?: (?:to|or) \w+)? (?:sheets|pages) at (?:a|one|once)(?: time)?\b/,
    groups: PRODUCTS,
    clause: 'it kept feeding several sheets at once',
    topic: 'feed',
    weight: 1,
  },
  {
    // The goods in a colour other than the one they were sold as: "advertised as white, but it was really grey".
    test: /\b(?:advertised|listed|described|shown|pictured|sold) as (?:being )?(?:a )?(white|black|grey|gray|silver|blue|red|green|pink|purple|brown|beige|clear|gold|yellow|orange)\b[^.]{0,30}\b(?:but|and|when) (?:it |they |what (?:i|we) got )?(?:was|were|is|are|came) (?:really |actually |in fact |clearly )?(?!\1\b)(?:white|black|grey|gray|silver|blue|red|green|pink|purple|brown|beige|clear|gold|yellow|orange)\b/,
    groups: PRODUCTS,
    clause: 'it came in a different colour from the one advertised',
    topic: 'colour',
    weight: 1,
  },
  {
    // Not loud enough, said of the volume: "the volume is not enough", "it is not loud enough".
    test: /\b(?:volume|sound|it|they) (?:is not|was not|are not|were not|isn't|wasn't|aren't|weren't|just isn't|just wasn't) (?:nearly |quite |even )?(?:loud|high) enough\b|\bvolume (?:is|was) (?:not|n't) (?:nearly |quite )?enough\b|\bnot (?:nearly |quite )?loud enough\b/,
    groups: PRODUCTS,
    clause: 'it was not loud enough',
    topic: 'sound',
    weight: 1,
  },
  {
    // A part the reviewer expected and the goods lack: "no headphone jack", "it's missing one thing: an on/off
    // switch", "it should have a built in microphone". Said as the thing it lacks, not as a fault it developed.
    test: /\b(?:there(?:'s| is| was) no|has no|had no|have no|with no|without (?:a|an)|lacks?(?: a| an)?|lacking(?: a| an)?|missing\b[^.]{0,40}?(?:a|an)|(?:doesn't|does not|didn't|did not) (?:even )?(?:have|come with|include) (?:a|an)|should (?:have|come with|include) (?:a|an)|where(?:'s| is) the) ((?:built[- ]in )?(?:headphone jack|headphone socket|headphone output|on\/off switch|on-off switch|power switch|off switch|reset pin|reset button|microphone|mic|volume control|sleep timer|belt clip|backlight|usb port))\b/,
    groups: PRODUCTS,
    clause: 'it had no {x}',
    fills:
      /^(?:built[- ]in )?(?:headphone jack|headphone socket|headphone output|on\/off switch|on-off switch|power switch|off switch|reset pin|reset button|microphone|mic|volume control|sleep timer|belt clip|backlight|usb port)$/,
    topic: 'lacks',
    weight: 1,
  },
  {
    // The same goods said to cost far less elsewhere, or a price paid for a name: "they sell these at every dollar
    // store", "all you're paying for is the name", "why spend $50 when you can spend $20".
    test: /\b(?:sell|sells|sold|get|buy|bought|find|found|available|costs?)\b[^.]{0,50}\b(?:at|in|from) (?:almost |nearly )?(?:every |any |a |the |most )?(?:dollar|discount|99 cents?|pound) stores?\b|\b(?:all|mostly|really|just) (?:what )?(?:you're|your|you are|ur|i'm|i am|i was|you were) (?:really )?paying for is the [^.]{0,30}?\b(?:name|brand|logo)\b|\bwhy (?:spend|pay) \$ ?\d[\d,.]* when you (?:can|could) (?:spend|pay|get)\b|\b(?:a lot of|so much|way too much|too much) money for (?:a|an|just a|such a) \w+/,
    groups: PRODUCTS,
    clause: 'you felt it cost far more than it was worth',
    also: ['you felt you paid far too much for it'],
    topic: 'price',
    weight: 1,
  },
  {
    // The same cover or goods sold by others for a fraction of the price: "it is 2x the price of similar policies
    // available from other companies", "cable you can buy at Home Depot for a fraction of the cost". Never a rival
    // the reviewer paid more for ("for just over double the price of the Netgear I got a PDA").
    test: /\b(?:it|this|they|these|that|this (?:plan|policy|one)|the (?:plan|policy|price|cost)) (?:is|are|was|were|costs?|runs?) (?:about |almost |nearly |over |more than |at least |roughly )?(?:2x|3x|twice|double|two times|three times|triple) (?:the )?(?:price|cost) of (?:similar|comparable|equivalent|the same|other|identical)\b|\b(?:buy|get|find|pick up|available)\b[^.]{0,50}\bfor (?:a fraction of|half|a third of) (?:the|what|its) (?:cost|price)\b/,
    groups: PRODUCTS,
    clause: 'the price was well above what others charge for the same',
    also: ['the price was far higher than others charge for the same thing'],
    topic: 'price',
    weight: 1,
  },
  {
    // Postage priced far above the goods: "SHIPPING CHARGES SKY HIGH", "is charging $20.18 to ship these cartridges".
    test: /\bshipping (?:charges?|costs?|fees?|rates?|prices?) (?:(?:are|is|was|were) )?(?:so |way too |too |ridiculously |outrageously )?(?:sky[- ]high|outrageous|ridiculous|insane|absurd|excessive|exorbitant|steep|a rip-?off)\b|\bcharg(?:e|es|ed|ing) (?:me |us )?\$ ?\d[\d.,]* (?:just |only )?(?:to|for) (?:ship|shipping|postage)\b/,
    groups: PRODUCTS,
    clause: 'the shipping charge was so high',
    also: ['the shipping cost far too much'],
    service: true,
    topic: 'shipping-charge',
    weight: 1,
  },
  {
    // Staff who sized up whether the reviewer could pay: "associates looked at if I could afford it".
    test: /\b(?:associates?|staff|employees?|clerks?|cashiers?|salesm[ae]n|sales ?(?:people|person|lady|girl|woman|associates?)|workers?|they|she|he)\b[^.]{0,60}\b(?:if|whether|that) (?:i|we|you|u) (?:could|can|couldn't|could not|can't|cannot) (?:really |even )?afford\b/,
    clause: 'you were made to feel you could not afford to shop with us',
    also: ['our staff judged whether you could afford what you wanted'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    // A case or cover that shuts off what it should leave open: "there is no opening for the wheel".
    test: /\bno (?:opening|hole|cut-?out|access)s? (?:for|to)\b|\b(?:doesn't|does not|didn't|did not) have (?:an |any )?(?:opening|hole|cut-?out)s? (?:for|to)\b/,
    groups: PRODUCTS,
    clause: 'it had no opening where you needed one',
    topic: 'fit',
    weight: 1,
  },
  {
    // Settings that will not stay: "I've had to enter the codes three times today", "it keeps losing its presets".
    test: /(?<!\b(?:never|not|didn't|doesn't|don't|won't|hasn't|haven't) )\b(?:lose|loses|losing|lost|forgets?|forgot|forgetting) (?:\w+ ){0,2}(?:codes?|settings|programming|presets|pairing)\b|\b(?:had to|have to|having to|keep having to) (?:re-?)?(?:enter|program|set|input|reset) (?:\w+ ){0,2}(?:codes?|settings|presets)\b[^.]{0,30}\b(?:again|times|every|each)\b/,
    groups: PRODUCTS,
    clause: 'it kept losing its settings',
    also: ['it would not hold on to its settings'],
    topic: 'settings',
    weight: 1.5,
  },
  {
    test: /\b(?:difficult|hard|awkward|confusing|a pain) to (?:use|control|operate|navigate|manage)\b|\bnot (?:a )?(?:particularly |very |at all |the most )?(?:easy|intuitive) (?:\w+ )?to use\b|\bnot (?:at all )?intuitive\b|\b(?:impractical|unwieldy|cumbersome) to (?:use|carry|operate)\b|\b(?:user |remote )?interface (?:failure|disaster|nightmare)\b|\b(?:the |its )?(?:user |remote )?interface (?:is|was) (?:\w+ )?(?:poor|bad|terrible|awful|clunky|confusing|counter-?intuitive|a mess)\b|\b(?:poor|bad|terrible|awful|clunky|confusing|counter-?intuitive) (?:user |remote )?interface\b|\bnot (?:very |at all |particularly )?user[- ]friendly\b|\bcounter-?intuitive\b/,
    groups: PRODUCTS,
    clause: 'it was so awkward to use',
    also: ['it was so hard to use', 'using it was such a struggle'],
    topic: 'use',
  },
  {
    test: /\bmusic (?:is|was) (?:so |too |way too |far too |much too |extremely |incredibly |ridiculously )loud\b|\b(?:so|too) loud (?:that )?(?:you|we|i) (?:can't|couldn't|could not|cannot) (?:hear|talk|carry on)\b|\b(?:can't|couldn't|could not|cannot) hear (?:yourself|ourselves|each other|one another)\b/,
    groups: VENUES,
    clause: 'the music was far too loud',
    also: ['the music was so loud you could hardly talk', 'it was too loud to hear each other'],
    service: true,
    topic: 'loud',
  },
  {
    test: /\b(?:tiny|skimpy|stingy|puny|minuscule) (?:portions?|servings?|salad|plate|burger|sandwich)\b|\bsmall portions\b|\b(?:minimal|measly|meager|meagre|tiny) (?:amount|portion|serving)s? of\b|\b(?:portions?|servings?)\b[^.]{0,15}\b(?:was|were|are|is) (?:(?!not\b)\w+ )?(?:small|tiny|skimpy|stingy|puny)\b|\b(?:tiniest|smallest) (?:\w+ ){0,3}(?:i've|i have|we've|ever)\b|\bno way (?:it|that|this|they) (?:would|could) (?:feed|fill)\b|\b(?:portion|serving)s?\b[^.]{0,20}\b(?:filled|fills) only\b|\bonly (?:about )?(?:a third|a quarter|half) (?:of|full)\b|\b(?:proper|decent|real|normal) (?:entree|entrée|main|main course|meal|dinner)[- ]sized? portions?\b/,
    groups: VENUES,
    clause: 'the portion was so small',
    also: ['you were served so little', 'the portion was far too small'],
    topic: 'portion',
    weight: 1,
  },
  {
    // A long wait for the bill: "been waiting for my check for 30 min", "the check took forever".
    test: /\bwait(?:ed|ing)? (?:\w+ ){0,3}for (?:my |our |the )?(?:check|bill|receipt|card)\b(?! (?:was|came) (?:quick|fast|prompt))|\b(?:check|bill)\b[^.]{0,20}\b(?:took|take|taking) (?:forever|ages|so long|too long|(?:over |almost |nearly |about )?(?:\d+|ten|fifteen|twenty|thirty|forty) ?min\w*|(?:over |almost |nearly |about )?an hour)/,
    groups: VENUES,
    clause: 'you were kept waiting so long for your bill',
    also: ['getting the bill took far too long'],
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    test: /\b(?:service|kitchen|food|order|staff)\b (?:was|were|is|are) (?:(?!not\b|never\b)\w+ )?slow\b|\b(?:speed|pace) of (?:the )?(?:\w+ ){0,2}(?:service|delivery|kitchen|food|orders?|dishes)\b (?:is|was) (?:(?!not\b|never\b)\w+ )?(?:horrible|terrible|awful|slow|painful|ridiculous|bad|poor|atrocious)\b|\bslow (?:service|kitchen)\b|\b(?:entire|whole) table (?:was )?(?:\w+ )?(?:finished|done) (?:eating )?before (?:mine|my \w+|ours|our \w+) (?:arrived|came)\b/,
    groups: VENUES,
    clause: 'the service was so slow',
    also: ['the service was far too slow', 'you were kept waiting so long'],
    service: true,
    topic: 'wait',
  },
  {
    // Bedding the reviewer found still as the guest before left it: "they had not been changed from a prior guest".
    test: /\b(?:had not|hadn't|had never|have not|haven't|were not|weren't|was not|wasn't|never|not) (?:even )?(?:been )?(?:changed|washed|replaced|cleaned) (?:from|since|after|following) (?:a |the |an? |their )?(?:prior|previous|last|earlier|other|former) (?:guests?|occupants?|stays?|tenants?)\b|\b(?:sheets?|linens?|bedding|pillowcases?|blankets?|beds?)\b[^.]{0,40}\b(?:used|slept in|left) (?:by|from) (?:a |the )?(?:prior|previous|last|earlier|other) (?:guests?|occupants?)\b/,
    groups: VENUES,
    whole: /\b(?:sheets?|linens?|bedding|pillowcases?|blankets?|comforters?|duvets?|beds?)\b/,
    clause: 'the bed had not been changed since the last guest',
    also: ['the sheets had not been changed after the previous guest'],
    topic: 'bedding',
    weight: 2,
  },
  {
    test: /\b(?:hairs?|stains?|blood|crumbs)\b[^.]{0,20}\b(?:on|in) (?:the |my |our )?(?:sheets?|pillows?|pillowcases?|towels?|bed|linens?|blankets?|comforters?|duvets?|bedspreads?|quilts?)\b|\b(?:sheets?|pillowcases?|pillows?|towels?|linens?|blankets?|comforters?|duvets?|bedspreads?|quilts?)\b[^.]{0,30}\bhad (?:[\w ]{0,20})?(?:hairs?|stains?|blood)\b/,
    groups: VENUES,
    clause: 'the bedding was not clean',
    also: ['the linen had not been properly cleaned', 'your bedding was not clean'],
    topic: 'bedding',
    weight: 1,
  },
  {
    // The noise of other guests that staff let go on: "loud rowdy customers, staff would not do anything about the
    // partying". What they did nothing about is named, never left as a bare "it".
    test: /\b(?:noise|noisy|loud|rowdy|part(?:y|ying|ies)|music|yelling|shouting|screaming)\b[^.]*\b(?:staff|management|manager|front desk|employees|security|they)\b[^.]{0,30}\b(?:would not|wouldn't|did not|didn't|refused to|never) do (?:anything|a thing)\b(?! wrong)|\b(?:staff|management|manager|front desk|employees|security|they)\b[^.]{0,30}\b(?:would not|wouldn't|did not|didn't|refused to|never) do (?:anything|a thing) (?:about|to stop) (?:the |all the |their )?(?:\w+[- ]?like )?(?:noise|loud|rowdy|part(?:y|ying|ies)|music|yelling|shouting|screaming)\b/,
    groups: VENUES,
    clause: 'nobody on our side did anything about the noise',
    also: ['our staff let the noise go on'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1.5,
  },
  {
    test: /\b(?:staff|management|manager|front desk|employees|they)\b[^.]{0,30}\b(?:would not|wouldn't|did not|didn't|refused to|never) do (?:anything|a thing)\b(?! wrong)/,
    clause: 'nobody on our side stepped in to put things right',
    also: ['our staff did nothing to help when you needed it'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    test: /(?<!\bmy )\b(shower|toilet|phone|fridge|refrigerator|microwave|lamp|lights|wifi|internet|television|elevator|remote|hot tub|jacuzzi|heater|heating|air conditioning|air conditioner|ice machine)\b(?:[^.]{0,20}\b(?:didn't|did not|wouldn't|would not|doesn't|does not|never) (?:even )?work(?:ed)?| (?:was|were) (?:\w+ )?(?:broken|not working|out of order))\b/,
    groups: VENUES,
    clause: 'the {x} did not work',
    fills: new Set(
      'shower toilet phone fridge refrigerator microwave lamp lights wifi internet television elevator remote'
        .split(' ')
        .concat([
          'hot tub',
          'jacuzzi',
          'heater',
          'heating',
          'air conditioning',
          'air conditioner',
          'ice machine',
        ]),
    ),
    topic: 'room',
  },
  {
    test: /\b(?:tv|t\.v\.)\b[^.]{0,20}\b(?:didn't|did not|wouldn't|would not|doesn't|does not|never) (?:even )?work(?:ed)?\b|\btv (?:was|were) (?:\w+ )?(?:broken|not working|out of order)\b/,
    groups: VENUES,
    clause: 'the TV did not work',
    topic: 'room',
  },
  {
    test: /\btook (?:them|him|her|you|the shop|the garage) (?:\w+ )?(?:\d+|two|three|four|five|several|multiple|many) (?:tries|attempts|goes|visits|trips) to (?:get (?:it|them|this|the \w+|my \w+) right|fix|sort)\b|\bhad to (?:take|bring|send) (?:it|the car|my car|the van|the truck) back (?:\d+|two|three|four|five|several|multiple|many) times\b/,
    clause: 'it took so many attempts to get it right',
    also: ['you had to keep coming back before it was right'],
    ours: true,
    service: true,
    topic: 'attempts',
    weight: 1,
  },
  {
    // Too few people on hand, said as a grievance rather than understood ("I get that they were short staffed").
    test: /^(?!.*\b(?:understand|i get|i know|to be fair|not their fault|no fault)\b).*?(?:\b(?:so little|too little|not enough|hardly any) (?:help|staff|employees|cashiers|people working)\b|\b(?:under-?staffed|short[- ]staffed)\b|\bwait(?:ed|ing)? (?:in line |in the queue )?(?:for )?(?:darn near |almost |nearly |what felt like )?(?:forever|ages)\b|\b(?:long|huge|endless|slow) (?:lines|queues|checkout lines)\b)/,
    groups: ['retail', 'trades_repairs', 'professional'],
    clause: 'you had to wait so long for help',
    also: ['there were too few of us on hand to help you', 'there was so little help on hand'],
    ours: true,
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // The cost kept back until it was too late: "never mentioning the price", "I was not told there would be a fee".
    test: /\b(?:never|without|didn't|did not|wasn't|was not|weren't|were not|no one|nobody)\b (?:\w+ ){0,2}(?:mention\w*|told|tell\w*|quot\w*|explain\w*|warn\w*|advis\w*|inform\w*)\b[^.]{0,45}\b(?:price|prices|pricing|cost|costs|total|fee|fees|co-?pay|how much)\b/,
    clause: 'nobody made the cost clear to you up front',
    also: ['the cost was not made clear to you before you paid', 'you were not told what it would cost'],
    ours: true,
    service: true,
    topic: 'price',
    weight: 2,
  },
  {
    // Feeling cheated on price, said of the business: not "I didn't feel ripped off", nor of another firm.
    test: /^(?!.*\b(?:not|never|n't|no)\b (?:\w+ ){0,2}(?:ripped|rip|swindled|scammed|gouged|feel|felt)\b)(?!.*\b(?:my|his|her|another|other|previous|old|last|former|elsewhere)\b (?:\w+ ){0,2}(?:ripped|rip|swindled|scammed|gouged)\b).*?\b(?:(?:felt|feel|feeling|got|get|getting|been|being|was|were|am|are|is) (?:totally |completely |so |really )?ripped off|ripped (?:me|us|you|people) off|rip(?:s|ping)? (?:me|us|you|people|customers|everyone) off|rip-?off|swindled?|swindling|price[- ]?gouging|gouged)\b/,
    clause: 'you felt you had been cheated',
    also: ['you left feeling cheated'],
    // Cheated on price or on what came: a fault said more plainly comes first.
    general: true,
    ours: true,
    service: true,
    topic: 'price',
    weight: 1,
  },
  {
    // What the reviewer came for was not there: sold out, run out, none to be had.
    test: /\b(?:was|were|are|is) (?:completely |all |totally |already )?(?:sold out|out of stock)\b|\b(?:they|they'd|store|shop|restaurant|kitchen|bakery|market) (?:had )?(?:already )?(?:run|ran|sold) out of (?!time|patience|gas|money|options|luck|steam|battery)\w+|\b(?<!\b(?:service|help|parking|communication|staff|wifi|signal|support|seating|attention|manners|options) )(?:was|were) (?:completely |totally )?non-?existent\b/,
    groups: ['retail', 'food_hospitality'],
    clause: 'what you came in for was not in stock',
    also: ['we did not have what you came in for', 'what you came for was not to be had'],
    service: true,
    topic: 'stock',
    weight: 1,
  },
  {
    // The same order wrong on more than one visit.
    test: /^(?=.*\b(?:order|food)\b[^.]{0,15}\b(?:was|is|were|came out|came) (?:wrong|not right|incorrect)\b)(?=.*\b(?:(?:yet )?again (?:my|the|our) (?:order|food)|twice|both times|every time|each time|second time|two visits)\b)/,
    groups: VENUES,
    clause: 'your order was wrong more than once',
    also: ['your order came out wrong on more than one visit'],
    topic: 'order',
    weight: 2,
  },
  {
    // A noise that set in after a while: "after a year it developed a buzz".
    test: /^(?=.*\b(?:developed|started|began|set in|after (?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?|years?))\b).*\b(?:(?:humming|buzzing|hissing|crackling|whining|rattling|clicking) (?:noise|sound)|(?:loud|constant|annoying|terrible) (?:hum|buzz|hiss|whine|rattle))\b/,
    groups: PRODUCTS,
    clause: 'it started making such a distracting noise',
    also: ['a noise set in that spoiled it for you'],
    topic: 'sound',
    weight: 1.5,
  },
  {
    // A noise the thing itself makes.
    test: /\b(?:humming|buzzing|hissing|crackling|whining|rattling|clicking) (?:noise|sound)\b|\bhigh[- ]pitched (?:\w+ )?(?:noise|sound|whine|squeal)\b|\bnoise (?:will |would |is going to )?drive (?:me|you|us) (?:crazy|nuts|mad)\b|\b(?:loud|constant|annoying|terrible) (?:hum|buzz|hiss|whine|rattle)\b/,
    groups: PRODUCTS,
    // Said as the noise it makes, not as one that started: many are there out of the box.
    clause: 'it made such a distracting noise',
    also: ['the noise it made spoiled it for you'],
    topic: 'sound',
    weight: 1,
  },
  {
    test: /\b(?:get'?s?|got|getting) (?:in|into) (?:the|my|your) way\b|\btakes? up (?:a (?:great|good) deal of|so much|too much|a lot of|way too much) (?:space|room)\b/,
    groups: PRODUCTS,
    clause: 'it got in the way more than it helped',
    also: ['it was more in the way than useful'],
    topic: 'use',
  },
  {
    // Staff whose manner made the visit a misery: "the cashiers are the most miserable people", "sullen staff".
    test: /\b(?:cashiers?|staff|employees|clerks?|servers?|workers|associates|people (?:who )?work(?:ing)? (?:here|there))\b[^.]{0,40}\b(?:miserable|gloomy|sullen|grumpy|grouchy|surly|sour|depressing|depressed|unsmiling|unwelcoming)\b|\b(?:miserable|gloomy|sullen|grumpy|grouchy|surly|sour|unsmiling|unwelcoming) (?:cashiers?|staff|employees|clerks?|servers?|workers)\b/,
    clause: 'our staff were so unwelcoming',
    also: ['the welcome from our staff was so cold', 'our team made you feel so unwelcome'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    // Staff short with the reviewer: "told in a rather impatient tone", "a curt manner".
    test: /\b(?:impatient|curt|snippy|snappy|irritated|annoyed|exasperated|dismissive|patronising|patronizing) (?:tone|manner|voice|reply|answer)\b|\b(?:staff|cashiers?|servers?|employees|clerks?|receptionists?|waitress|waiter|manager|host|hostess)\b[^.]{0,20}\b(?:was|were|got|seemed|grew) (?:very |rather |quite |so |really )?(?:impatient|curt|short with (?:us|me))\b/,
    clause: 'you were spoken to so impatiently',
    also: ['our staff were short with you'],
    ours: true,
    service: true,
    topic: 'staff',
    weight: 1,
  },
  {
    // Staff who waved the complaint away: told to forget it, get over it, make the best of it.
    test: /\b(?:staff|she|he|they|manager|receptionist|reception|woman|man|lady|guy|girl|clerk|desk|employee|owner)\b[^.]{0,40}\b(?:told|said|telling|saying)\b[^.]{0,100}\b(?:(?:just )?forget (?:about )?(?:it|them)|get over it|deal with it|live with it|make the best of it|stop complaining)\b|\bbrushed (?:us |me |it |our \w+ |my \w+ )?off\b/,
    clause: 'your complaint was brushed aside',
    also: ['our staff waved your complaint away'],
    ours: true,
    service: true,
    topic: 'brushed',
    weight: 1,
  },
  {
    // Paid for more than was given: "we paid for three but they would only give breakfast for two".
    test: /\bpa(?:id|yed) (?:for )?(?:\d+|two|three|four|five|six|an? \w+|the \w+)\b[^.]{0,30}\bbut\b[^.]{0,50}\b(?:only|not|n't|never|refused)\b/,
    groups: VENUES,
    clause: 'you did not get everything you had paid for',
    also: ['you were given less than you had paid for'],
    ours: true,
    service: true,
    topic: 'paid',
    weight: 1,
  },
  {
    // A repair held up on back order: the weeks of waiting are the point, more than the fault that sent it there.
    test: /^(?=.*\b(?:repair\w*|fix\w*|warranty|rma|sent (?:it|them) (?:in|back|off)|returned (?:it|them)? ?to)\b).*\bback[- ]?order(?:ed|s)?\b/,
    clause: 'the repair left you waiting weeks on a back order',
    also: ['the repair was held up for weeks on a back order'],
    service: true,
    topic: 'wait',
    weight: 2,
  },
  {
    // Not there by the day promised: "promised 3-5 days delivery", "a longer than promised delivery time".
    test: /\b(?:longer|later|slower) than (?:\w+\/)?(?:promised|anticipated|expected|quoted|stated|advertised)\b|\b(?:promised|promises|guaranteed|guarantees|quoted) (?:a |an )?(?:\d+(?:-\d+)?|one|two|three|four|five|seven) ?(?:business |working )?days?\b[^.]{0,30}\b(?:deliver\w*|ship\w*|arriv\w*)|\b(?:delivery|shipping|arrival) date\b[^.]{0,40}\b(?:missed|passed|came and went|not met|pushed back)\b|\b(?:arrived|came|showed up|was delivered) (?:over |almost |nearly |about )?(?:a week|two weeks|\d+ (?:days|weeks)|(?:two|three|four|five|several) (?:days|weeks)) late\b/,
    groups: PRODUCTS,
    clause: 'it did not arrive by the date you were promised',
    also: ['it did not reach you when you were told it would'],
    service: true,
    topic: 'late',
    weight: 1.5,
  },
  {
    // The replacement failed the same way: two units with one fault is the point of the review.
    test: /\b(?:second|replacement|new|other|another|next) (?:one|unit|phone|pair|set|item|model|headset|device|\w+)? ?(?:also |too )?(?:does|did|had|has|was doing|is doing|showed|gave) (?:exactly )?(?:the )?(?:exact )?same (?:thing|problem|issue|fault|noise)\b|\bsame (?:problem|issue|fault|thing) with (?:both|all|each)\b|\b(?:replacement|second one|new one|second unit)\b[^.]{0,20}\b(?:also|too|again)\b[^.]{0,20}\b(?:failed|broke|died|stopped working|buzz\w*|hum\w*|defective)\b/,
    groups: PRODUCTS,
    clause: 'the replacement had the same fault as the first',
    also: ['the second one failed the same way'],
    topic: 'again',
    weight: 1,
  },
  {
    // A stated count the product fell far short of: "it states 450 pictures … you get under 100".
    test: /\b(?:states?|stated|claims?|claimed|says?|said|advertised|advertises|rated (?:for|at)|supposed to|promises?|promised|listed|lists)\b[^.]{0,60}?\b\d[\d,]*\s+(pages|prints|pictures|photos|copies|shots|hours|cups|uses|charges|discs|songs)\b/,
    whole:
      /\b(?:only|actually|under|less than|fewer than|not true|untrue|false|closer to|at most|barely|misleading)\b/,
    groups: PRODUCTS,
    clause: 'it gave far fewer {x} than it was claimed to',
    fills: new Set(
      'pages prints pictures photos copies shots hours cups uses charges discs songs'.split(' '),
    ),
    service: true,
    topic: 'listing',
    weight: 2,
  },
  {
    // Bought through another seller on a marketplace: the grievance is theirs, told as such.
    test: /\b(?:poor|terrible|awful|bad|horrible|lousy|no|non-?existent|useless) (?:return policy|returns?|refund policy|customer service|service|support)\b|\b(?:would not|wouldn't|won't|will not|refused to|never) (?:take (?:it|them) back|refund|reply|respond|answer)\b/,
    whole:
      /\b(?:re-?sellers?|third[- ]party sellers?|marketplace sellers?|(?:not )?sold by (?:an?|another|some|a third)\b)/,
    groups: PRODUCTS,
    clause: 'the seller you bought from let you down',
    also: ['the seller you dealt with let you down'],
    service: true,
    topic: 'seller',
    weight: 2,
  },
  {
    // Another firm that would not replace or refund: told as theirs, never as ours.
    test: /\b(?:unable|refused|declined|would not|wouldn't|will not|won't|could not|couldn't|did not|didn't) (?:to )?(?:replace|refund|exchange|give (?:me |us )?(?:my |our )?money back|get (?:me |us )?(?:my |our )?money back)\b|\b(?:did not|didn't|would not|wouldn't|do not|don't) stand behind\b/,
    party: true,
    clause: '{party} would not replace it or refund you',
    also: ['{party} would not stand behind it'],
    service: true,
    topic: 'party',
    weight: 1,
  },
  {
    // Food handled without care for hygiene: germs, bare hands, tongs left lying on the food.
    test: /\b(?:germs|unsanitary|unhygienic|not hygienic|bare hands|without gloves|no gloves|cross[- ]contaminat\w*|(?:touched|handled) (?:the |my |our )?food with)\b|\btongs\b[^.]{0,40}\b(?:on top of|lying on|left (?:in|on)|touching)\b/,
    groups: VENUES,
    // Told as what the reviewer saw, never as our admission that hygiene was not kept.
    clause: 'what you saw of how the food was handled worried you',
    also: ['the way you saw the food being handled troubled you'],
    service: true,
    topic: 'hygiene',
    weight: 1,
  },
  {
    test: /\bwrong (drivers?|software|firmware)\b|\b(drivers?|software|firmware)\b[^.]{0,30}\b(?:was|were|is|are) (?:the )?wrong\b/,
    groups: PRODUCTS,
    clause: 'it came with the wrong {x}',
    fills: new Set(['drivers', 'driver', 'software', 'firmware']),
    topic: 'drivers',
    weight: 1,
  },
  {
    // Dead from the start: not a thing that worked and then gave out, nor one feature that "has never worked for me".
    test: /\b(?:dead on arrival|doa|arrived dead|came dead|(?:were|was) dead (?:right )?out of the box|(?<!\b(?!(?:it|this|they|that|which|thing|unit|one)\b)[a-z]+ (?:has|have) )never (?:once )?worked(?![^.]{0,30}\b(?:after|since|again|anymore|any more)\b)|(?:didn't|did not) work (?:right )?out of the box|(?:didn't|did not) work from (?:the start|day one))\b/,
    groups: PRODUCTS,
    clause: 'it did not work from the moment it arrived',
    also: ['it never worked from the start'],
    topic: 'doa',
    weight: 2,
  },
  {
    // A thing other than the one sold: "not the antenna pictured", "instead of the round one in the picture".
    test: /\bnot the \w+ (?:pictured|shown|advertised|described|in the (?:picture|photo|listing))\b|\binstead of the (?:\w+ ){1,4}(?:in the (?:picture|photo|listing)|pictured|shown|advertised)\b/,
    groups: PRODUCTS,
    clause: 'what came was not the one pictured',
    also: ['it was not the one shown in the listing'],
    service: true,
    topic: 'listing',
    weight: 2,
  },
  {
    // Many of one make failing, said by a buyer of several.
    test: /\bfail(?:s|ed)? (?:way |far )?too (?:much|often)\b|\b(?:have|had) (?:had )?(?:\d+|two|three|four|five|six|several|many) (?:of them )?(?:completely |totally )?fail(?:ed)?\b(?! (?:attempts?|deliver\w*|calls?|tries|install\w*|payments?))/,
    groups: PRODUCTS,
    clause: 'far too many of them failed',
    also: ['so many of them failed'],
    topic: 'failed',
    weight: 1,
  },
  {
    test: /\b(?:software|firmware|app|drivers?)\b[^.]{0,40}\b(?:bugs|buggy|glitch\w*)\b|\bbuggy\b/,
    groups: PRODUCTS,
    clause: 'the software was so full of bugs',
    also: ['the software had so many bugs'],
    topic: 'software',
  },
  {
    test: /\b(?:no|without|never (?:got|had)|didn't have|did not have) (?:any )?(?:clean )?(towels|sheets|pillows|blankets|toilet paper|soap|shampoo|hot water)\b/,
    groups: VENUES,
    clause: 'you were left without {x}',
    fills: new Set('towels sheets pillows blankets soap shampoo'.split(' ')),
    service: true,
    topic: 'supplies',
    weight: 1,
  },
  {
    // "No caller-id display" says it lacked what it should have shown.
    test: /\bcaller[- ]?id\b[^.]{0,40}\b(?:not|n't|never|stops?|stopped|won't|doesn't|does not)\b|\bcaller[- ]?id (?:problems?|issues?|trouble)\b|\bno caller[- ]?id\b/,
    groups: PRODUCTS,
    clause: 'caller ID would not show as it should',
    topic: 'caller',
    weight: 1,
  },
  {
    // A "sale" that was no bargain: a sale price above retail, or the same thing found far cheaper elsewhere.
    test: /\bsale price\b[^.]{0,30}\b(?:over|above|higher than|more than) (?:the )?(?:retail|msrp|list)\b|\b(?:fake|phony|phoney|bogus|so[- ]called) (?:sale|discount|\$[\d,.]+)|\b(?:same|identical) (?:\w+ ){1,2}(?:online|on line|elsewhere)\b[^.]{0,20}\bfor (?:only )?\$/,
    groups: ['retail'],
    clause: 'the sale price was not the bargain it was made out to be',
    ours: true,
    service: true,
    topic: 'price',
    weight: 2,
  },
];

// The grievances that lead a review when told (a price raised, a promise withdrawn, a refusal to see) read last, so
// a tie goes to the longer-standing reading.
const allFrames: readonly Frame[] = [...frames, ...leadFrames, ...venueFrames, ...mainGrievanceFrames];

/** Whether a capture may fill a frame's `{x}`: one of its words, spelt as English, or a match of its pattern. */
function fitsFill(frame: Frame, fill: string | null): boolean {
  if (!fill || !frame.fills) return false;
  if (frame.fills instanceof RegExp) return frame.fills.test(fill);
  return frame.fills.has(fill) && fill.split(' ').every((word) => isEnglishWord(word));
}

// Sentences that praise without a complaint, wish, compare with somewhere else or speak of another time. An offer
// "too good to be true" is the reviewer's suspicion, borne out, and no praise.
const PRAISE =
  /\b(?:great|love|loved|excellent|amazing|perfect|friendly|wonderful|fantastic|awesome|nice|good|fine|fast|quick)\b(?! to be true\b)/;
// Slang that faults what was just praised ("a place is good by its salsa; both suck") turns the sentence too, and so
// does a failure told after it ("worked fine for 3 weeks and all of a sudden they quit") or a purpose defeated ("a
// software layer defeats the purpose of a fast drive").
const TURN =
  /\b(?:but|not|never|no|n't|however|although|though|except|wish|if only|then|until|now|after|suck|sucks|sucked|suddenly|all of a sudden|quit|died|broke|defeats?|defeated)\b|n't\b/;
// "Would have expected much better at this price" is no wish but a verdict told with its subject left out.
const SKIP = /^(?:if|would(?! have expected\b)|should|hope|next time|i wish|maybe|perhaps)\b/;
// A question asked as one ("Why was it cold?", "Is it worth it?"); a statement that ends by quoting one ("the servers
// hound you and ask do you need a drink?") still tells what happened.
const ASKED =
  /^(?:why|how|what|who|where|when|which|is|was|are|were|do|does|did|would|could|can|should|will|have|has|had|isn't|wasn't|aren't|don't|doesn't|didn't|am)\b/;
// A question that tells rather than asks: "What does one say about a restaurant where nothing is cooked fresh?", "Can
// someone explain to me how the carrots can still be frozen in the middle?" asks nobody; it says they were; "Why NOT
// support WMA files?" says it does not.
const RHETORICAL =
  /^(?:(?:\w+ ){0,3}?(?:my (?:problem|question|complaint)|the (?:problem|question)): why\b|why (?:not|doesn't it|does it not|won't it|can't it) (?:even )?(?:support|play|read|accept)\b|what (?:does|do|can|could|would|should) (?:one|you|i|we) (?:say|think) (?:about|of)|how (?:does|do|can|could) (?:a|any|this|one) (?:place|restaurant|hotel|business|shop|store|salon)\b|(?:can|could|would) (?:someone|somebody|anyone|anybody) (?:please )?explain (?:to (?:me|us) )?(?:how|why)\b)/;
// "If you have this camera do not get it because the screen goes black": the reason given is what happened.
const REASON_GIVEN = /^if\b.*?\bbecause\b(.+)$/;
// "If I turn the volume up, the amp shuts down": what happens each time the reviewer does something, told as a
// habit, not a guess. Only an "if" of the reviewer's own doing in the present, never "if I had known" or "if I could".
const EACH_TIME =
  /^if (?:i|we) (?:\w+ )?(?:turn|use|plug|put|try|press|set|leave|move|open|connect|hold|insert|play|run|switch|unplug|touch|bump|raise|adjust|push|lower|pull|charge|start|restart|reboot|drive|go)s?\b[^,]*,\s*(.+)$/;

/**
 * The part of a sentence that tells what happened: none of a wish, a guess or a question; the reason of an "if", or
 * what happens each time the reviewer does what it says.
 */
function toldPart(plain: string): string {
  if (SKIP.test(plain)) return (REASON_GIVEN.exec(plain) ?? EACH_TIME.exec(plain))?.[1]?.trim() ?? '';
  return /\?$/.test(plain) && ASKED.test(plain) && !RHETORICAL.test(plain) ? '' : plain;
}
// What the reviewer says they could blame, or first took to be wrong: "I could blame the batteries", "I was sure it
// was the wrong order". Neither is the grievance they go on to make.
const SUPPOSED =
  /\b(?:i|we|you|one) (?:could|might|may) (?:easily |just |well )?(?:blame|say|argue|claim|think)\b|\b(?:i|we) (?:was |were )?(?:sure|certain|convinced|thought|assumed|figured|suspected|guessed) (?:that )?(?:it|they|this|the \w+|he|she) (?:was|were|had|just|must)\b/;
// "I wait eight years to replace my printer": a wait that is not a complaint about waiting.
const NOT_OURS = /\b(?:only|just|less than|under|no) (?:a |an )?(?:wait|waited|\d+ ?min)/;

// A wait the reviewer took in their stride ("the wait was expected", "worth the wait") is no grievance.
const WAIT_ACCEPTED =
  /\b(?:expected|to be expected|understandable|reasonable|not (?:too |that )?(?:bad|long)|worth (?:it|the wait)|no big deal|didn't mind|did not mind|fine)\b/;

// Any character of one clause: no comma, and no turn to another part of the sentence.
const IN_CLAUSE = '(?:(?!\\b(?:but|and|while|whereas|when|though|although)\\b)[^.;,])';
// A fault the reviewer negates, excuses or takes as a consolation is no grievance: "at least they didn't charge me",
// "the food wasn't awful", "we waited 40 minutes, which is expected". Each such clause is left out before the
// frames are tried; the rest of the sentence ("but the food was bland") still counts.
const EXCUSED: readonly RegExp[] = [
  // "At least" before a number ("at least 80 degrees", "at least twenty minutes") says how much, and consoles nothing.
  /\bat least\b(?! (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half|twice|double)\b)[^,;]*?(?=,|;|\s(?:but|though|although|and)\b|$)/g,
  new RegExp(
    `(?<![^\\s,;])${IN_CLAUSE}*?\\b(?:(?:was|were|is|are) not|wasn't|weren't|isn't|aren't) (?:that |too |so |all that |really |particularly )?(?:awful|terrible|horrible|bad|disgusting|inedible|nasty|dreadful|the worst)\\b`,
    'g',
  ),
  new RegExp(
    `(?<![^\\s,;])${IN_CLAUSE}*?,? (?:which|that|this|it) (?:is|was|'s) (?:to be )?(?:expected|understandable|fine|normal|reasonable|fair enough|no big deal)\\b`,
    'g',
  ),
  // A time that may come, not one that did: "I'll keep it in the car for those times when the battery is dead".
  /\b(?:for (?:those|the|any) (?:times|days|occasions|moments) (?:when|that)|(?:just )?in case)\b[^,;]*/g,
  // "(except for an occasional freeze, which never became frequent enough to be a major burden)": a fault the reviewer
  // says was too rare or too slight to matter. Not "not loud enough to be heard", which is the fault itself.
  new RegExp(
    `(?<![^\\s,;(])${IN_CLAUSE}*?\\b(?:never|not|wasn't|weren't|isn't|aren't|hardly|rarely)\\b${IN_CLAUSE}*?\\benough to (?:be(?:come)? an? (?:major |real |big |serious )?(?:burden|problem|issue|concern|bother|nuisance|deal)|matter|bother (?:me|us)|worry (?:me|us))\\b`,
    'g',
  ),
  // "It was loud, but hey, it's Vegas!": shrugged off in the same breath.
  new RegExp(
    `(?<![^\\s,;])${IN_CLAUSE}*?,? but (?:hey|then again|what (?:do|can|did|else do|else can) (?:you|i|we|one) expect)\\b[^.!?]*`,
    'g',
  ),
];
const withoutExcused = (plain: string): string => EXCUSED.reduce((s, re) => s.replace(re, ' '), plain);

// Said of one occasion ("no heat one morning"): a passing mishap beside what went wrong throughout. Not "one
// night", which is as often how long the whole stay was.
const ONE_OCCASION = /\b(?:one|1) (?:morning|evening|afternoon)\b|\bon one occasion\b/i;
// "That did not concern me too much", "I can live with that": the sentence before was an aside.
const WAVED_AWAY =
  /^(?:but )?(?:that|this|it|which)(?:'s| is| was)? (?:(?:didn't|did not|doesn't|does not|wouldn't|would not) (?:really |much |too much )?(?:concern|bother|worry) (?:me|us)|(?:not|no) (?:a )?(?:big deal|problem|issue|deal breaker|dealbreaker))\b|^(?:i|we) (?:can|could) live with (?:that|it|this)\b/i;

// A sentence the reviewer adds in passing: "Also, parking is tough", "Plus the music was loud", "The only thing…",
// "Though the rice was basic". It counts for less than the grievance it is added to.
const ASIDE =
  /^(?:also|plus|and also|oh and|p\.?s\.?|btw|by the way|side note|on a side note|the only|though|although|one (?:small|minor|little) (?:thing|gripe|complaint|issue)|a (?:small|minor) (?:thing|gripe|complaint|issue))\b/i;
// Words in brackets are an aside too: "(the parking is a pain)". Not a face drawn with one (":(").
const BRACKETED = /(?<![:;=])\(([^()]*)(?:\)|$)/g;

// A visit before the one the review is about: "The first time we went…", "On our second visit…", "Last time…".
const EARLIER_VISIT =
  /^(?:(?:the|on (?:the|my|our)|my|our) (?:first|second|previous|last|other) (?:time|visit|trip)|(?:the )?last time\b|(?:on )?(?:a|one) previous (?:visit|occasion))\b/i;
// The visit the review is about, told after earlier ones: "This time…", "Last Thursday evening…", "Tonight…".
const THIS_VISIT =
  /^(?:this (?:time|visit|trip)|(?:it was |on )?(?:last |this past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|tonight|today|yesterday|(?:this|last) (?:week|weekend|night)\b)/i;

/**
 * The sentences that tell of earlier visits, where the review goes on to the visit it is about: what went wrong then
 * ("the margaritas were so bad we sent them back") is history, not this visit's grievance. Each such sentence runs on
 * until the next one that says which visit it speaks of. Empty where the review tells of no later visit.
 */
function earlierVisits(said: readonly string[]): Set<number> {
  const earlier = new Set<number>();
  let then = false;
  let now = false;
  said.forEach((sentence, i) => {
    const plain = sentence.trim().replace(/’/g, "'");
    if (EARLIER_VISIT.test(plain)) then = true;
    else if (THIS_VISIT.test(plain)) {
      then = false;
      now = true;
    }
    if (then) earlier.add(i);
  });
  return now ? earlier : new Set();
}

/**
 * How much a sentence counts: more where the reviewer says it is the point (or said just before that it comes next),
 * less for an aside or a mishap of one morning, nothing where they wave it away.
 */
function sentenceWeight(sentence: string, next: string, before: string): number {
  if (WAVED_AWAY.test(next.trim().replace(/’/g, "'"))) return 0;
  if (POINT_NEXT.test(sentence)) return 1;
  if (SAYS_THE_POINT.test(sentence) || POINT_NEXT.test(before)) return 2;
  return ASIDE.test(sentence.trim().replace(/^[-–•*]\s*/, '')) || ONE_OCCASION.test(sentence) ? 0.5 : 1;
}

/** A sentence with any bracketed words taken out, and those words as an aside of half its weight. */
function withoutBrackets(sentence: { text: string; weight: number }): { text: string; weight: number }[] {
  const asides = [...sentence.text.matchAll(BRACKETED)].map((m) => ({
    text: m[1] ?? '',
    weight: sentence.weight / 2,
  }));
  if (asides.length === 0) return [sentence];
  return [{ text: sentence.text.replace(BRACKETED, ' '), weight: sentence.weight }, ...asides];
}

// Other firms by what they are: a seller or marketplace, a carrier, a maker.
const SELLERS =
  /\b(?:re-?sellers?|(?:third[- ]party|marketplace|another|other) sellers?|amazon|ebay|newegg|walmart|best buy)\b/i;
const COURIERS = /\b(?:courier|carrier|ups|fedex|usps|dhl|post office|postal service)\b/i;
const MAKERS = /\b(?:manufacturer|maker)s?\b/i;
// A brand the reviewer dealt with, or one said to have done or not done something: "I contacted Jabra", "Kodak
// would not replace it".
const CONTACTED_BRAND =
  /\b(?:contacted|contacting|called|calling|phoned|rang|e-?mailed|wrote to|reached|complained to|dealing with|dealt with|(?:sent|returned|mailed|shipped) (?:it |them )?(?:back )?to) ([A-Z][\w&-]+)/g;
const BRAND_ACTED =
  /(?:^|[\s(])([A-Z][A-Za-z&-]+)(?:'s)? (?:\w+ ){0,2}(?:never|didn't|did not|won't|wouldn't|will not|would not|refused|was unable|were unable|is unable|could not|couldn't|ignored|has not|hasn't|does not|doesn't|should have)\b/g;

/**
 * The other firm a sentence says acted (the maker, the seller, the courier), or null when it names none. Brands
 * are read only for goods, and only names no dictionary holds: a restaurant's "Maria never came back" is our own.
 */
function otherParty(sentence: string, group: SectorGroup): string | null {
  const plain = sentence.replace(/’/g, "'");
  if (COURIERS.test(plain)) return 'the courier';
  if (SELLERS.test(plain)) return 'the seller';
  if (MAKERS.test(plain)) return 'the maker';
  if (group !== 'retail' && group !== 'software') return null;
  const brands = [...plain.matchAll(CONTACTED_BRAND), ...plain.matchAll(BRAND_ACTED)].map((m) => m[1] ?? '');
  return brands.some((brand) => brand !== 'I' && !isEnglishWord(brand.toLowerCase())) ? 'the maker' : null;
}

// A thing the goods were never made to do, told as a missing feature: "can't record an outgoing message remotely",
// "cannot play two discs at the same time". That is no failure of the recording or playing it does.
const FEATURE_MISSING =
  /\b(?:can't|cannot|can not|unable to|not able to|no way to|(?:doesn't|does not|won't|will not) (?:let|allow) (?:you|me|us)(?: to)?)\b[^.]*\b(?:remotely|from (?:another|a different|the other|any other|other) (?:room|phone|line|location|place|computer)|at the same time|simultaneously|outgoing (?:message|greeting)|(?:a|your|my|the) greeting)\b/;
// The clauses that say the goods failed at what they do.
const FAILED_AT = /^(?:it would not (?:record|play)\b|your recordings kept failing|recording kept failing)/;

// "I thought it was great until it broke": the suspicion gives way to what happened, which is the grievance.
const TURNED_OUT = /\b(?:until|but|then|only to|turned out)\b/;

// A failure said of something else the reviewer had: an old, previous or other one, or another brand's.
const OTHER_THING =
  /\b(?:[Mm]y|[Oo]ur) (?:old|previous|last|former|prior|first|original|other|current|present|existing) (?:[\w-]+ ){0,2}?[\w-]+ (?:had |have |has |is |was )?(?:just |finally )?(?:died|broke|broken|stopped|failed|lasted|quit|wore out|gave out)\b|\b(?:my|our) [A-Z][\w-]+ (?:[\w-]+ )?(?:had |have |has )?(?:just |finally )?(?:died|broke|stopped|failed|lasted|quit|wore out|gave out)\b/;

// What the goods were bought to replace, and its fault: "I bought this set to replace a combo that was three years old
// when the scroll wheel stopped working", "I purchased this router when my 5-year-old router died", "I got this
// keyboard after the first one broke". The fault is the old one's.
const REPLACED_OLD =
  /\b(?:bought|got|purchased|ordered|picked up)\b[^.]{0,40}\b(?:(?:to replace|as a replacement for)\b|when (?:my|our) |after (?:my|our|the) (?:first|old|previous|last|other|original|older) (?:one|[\w-]+) (?:had )?(?:just |finally )?(?=(?:died|broke|stopped|failed|quit|wore out|gave out|went dead)\b))[^.]*\b(?:died|broke|stopped|failed|quit|wore out|gave out|went dead)\b/;

// The reviewer's older model of the same thing: "one of its predecessors", "my previous model".
const OLDER_MODEL =
  /\b(?:predecessors?|(?:previous|older|earlier|prior) (?:model|version|generation)s?)\b(?![^.]*\b(?:this|new|newer) one\b)/;

// A cut or a colour done for someone else in the reviewer's family: "my son's haircut", "took our son for a cut".
const SERVED_OTHER =
  /\b(?:my|our) (son|daughter|kid|child|boy|girl|husband|wife|mother|mom|mum|father|dad|grandson|granddaughter)(?:'s|s')? (?:hair|haircuts?|cut|nails|colou?r|manicure|pedicure)\b|\b(?:take|took|taking|takes|brought|bring|bringing) (?:my|our) (son|daughter|kid|child|boy|girl|husband|wife|mother|mom|mum|father|dad|grandson|granddaughter) (?:in )?(?:for|to get)\b/i;
// Someone of the reviewer's family, and a cut told as his or hers.
// Said with an age or a word of size between ("my 3 year old son", "our little girl").
const KIN_AGE = String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr|month)s?[- ]old |little |young |teenage |toddler |baby )?`;
const KIN = new RegExp(
  String.raw`\b(?:my|our) ${KIN_AGE}(son|daughter|husband|wife|grandson|granddaughter)\b`,
  'gi',
);
// Someone of the family who came for the cut: "my son needed a haircut", "my daughter wanted a trim".
const KIN_CAME_FOR = new RegExp(
  String.raw`\b(?:my|our) ${KIN_AGE}(son|daughter|kid|child|boy|girl|husband|wife|grandson|granddaughter) (?:needed|wanted|was getting|got|had|went in for|came in for|was due for) (?:a |his |her )?(?:hair ?cut|cut|trim|buzz cut)\b`,
  'i',
);
const THEIR_CUT =
  /\b(?:cuts?|cutting|did|colou?red|styled|trimmed|buzzed|shaved) (?:his|her) hair\b|\b(?:his|her) (?:haircut|hair ?cut)\b/i;
// The reviewer's own hair or nails, in which case the service was theirs after all.
const SERVED_SELF = /\bmy (?:own )?(?:hair|haircut|cut|colou?r|highlights|nails|manicure|pedicure)\b/i;

/** Whose cut it was, when it was someone else's ("son"), or null when it was the reviewer's own. */
function servedOther(text: string): string | null {
  if (SERVED_SELF.test(text)) return null;
  const m = SERVED_OTHER.exec(text);
  if (m) return (m[1] ?? m[2] ?? null)?.toLowerCase() ?? null;
  const came = KIN_CAME_FOR.exec(text);
  if (came) return came[1]?.toLowerCase() ?? null;
  // "My son … the barber who normally cuts his hair": the one family member named, and a cut told as theirs.
  const kin = [...text.matchAll(KIN)].map((k) => (k[1] ?? '').toLowerCase());
  return new Set(kin).size === 1 && THEIR_CUT.test(text) ? (kin[0] ?? null) : null;
}

export type NamedComplaint = {
  clause: string;
  score: number;
  topic: string;
  /** The clause and its other wordings. */
  wordings: readonly string[];
  general: boolean;
  ours: boolean;
  service: boolean;
  /** Extra weight the grievance carries as the point of a review (a lost order, a no-show, a dirty room). */
  weight: number;
  /** The reviewer says it was put right on the spot ("so they moved us"): the grievance only where none other is. */
  settled: boolean;
};

/** The grievance the reviewer dwells on, as our own clause, or null when no frame fits clearly. */
export function nameComplaint(
  text: string,
  group: SectorGroup,
  title: string | null = null,
): NamedComplaint | null {
  return nameComplaints(text, group, title)[0] ?? null;
}

/**
 * Every grievance a frame fits, one per topic, the one the reviewer dwells on most first (the title counts double;
 * ties go to the one said first).
 */
export function nameComplaints(
  text: string,
  group: SectorGroup,
  title: string | null = null,
): readonly NamedComplaint[] {
  // A reply is composed in several wordings from one reading of the review: the frames run once per review.
  const key = `${group}\u0000${title ?? ''}\u0000${text}`;
  const cached = recentlyNamed.get(key);
  if (cached) return cached;
  const named = readComplaints(text, group, title);
  recentlyNamed.set(key, named);
  return named;
}

// Words that tell a fault came again and again: "it keeps freezing", "crashed three times", "freezes constantly".
const TOLD_AS_HABIT =
  /\b(?:keeps?|kept|constantly|often|always|every|again|frequently|regularly|repeatedly|randomly|sometimes|occasionally|all the time|times|twice|daily|whenever|each time|continually|numerous|several|multiple|freezes|crashes|locks up|hangs)\b/;

// A let-down the reviewer shrugs at, and the thing it was about: "I'm a little sad about the happy hour thing being
// scratched off but…", "we were a bit bummed that the patio was closed".
const SHRUGGED =
  /\b(?:i'm|i am|i was|we were|we're|we are) (?:a little|a bit|slightly|kind of|kinda|somewhat|a tad) (?:sad|bummed|disappointed|let down) (?:about|that|by) (?:the )?((?:[a-z]+ ){0,2}[a-z]+?)(?: thing)?(?= (?:being|was|is|were|had|got)\b|,| but\b)/;

// A server who came to the table, if only to take the order: the table was neglected, but "nobody came by" would be
// untrue.
const NOBODY_CAME = /^nobody came by\b/;
const SERVER_CAME =
  /\b(?:server|waiter|waitress)\b (?:(?!never\b|not\b|didn't\b|did\b)\w+ )?(?:came|stopped|checked) (?:to|by|over)\b/;

const recentlyNamed = new QuickLRU<string, readonly NamedComplaint[]>({ maxSize: 8 });

function readComplaints(text: string, group: SectorGroup, title: string | null): NamedComplaint[] {
  const said = text.split(/(?<=[.!?])\s+|\n+/);
  const before = earlierVisits(said);
  const sentences = [
    ...(title ? [{ text: title, weight: 2, before: '', settled: false }] : []),
    ...said.flatMap((s, i) =>
      withoutBrackets({
        text: s,
        weight: before.has(i) ? 0 : sentenceWeight(s, said[i + 1] ?? '', said[i - 1] ?? ''),
      }).map((part) => ({
        ...part,
        before: said[i - 1] ?? '',
        settled: isPutRight(s.replace(/’/g, "'"), (said[i + 1] ?? '').replace(/’/g, "'")),
      })),
    ),
  ];
  const wholeText = mendSpelling(text.toLowerCase().replace(/’/g, "'"));
  const scores = new Map<Frame, { score: number; fill: string | null; first: number; settled: boolean }>();
  // The sentences that tell each kind of grievance, by whichever frame read them: how much the reviewer dwells on it.
  const toldIn = new Map<string, Map<number, number>>();
  const frameTold = new Map<Frame, Set<number>>();
  sentences.forEach((sentence, index) => {
    const plain = toldPart(
      withoutExcused(mendSpelling(sentence.text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')))
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (sentence.weight === 0 || plain.length === 0) return;
    // "Only 13 minutes in the chair" is no wait to complain of, but it may be how hurried the treatment was.
    const shortWait = NOT_OURS.test(plain);
    if (PRAISE.test(plain) && !TURN.test(plain)) return;
    if (SUPPOSED.test(plain) && !TURNED_OUT.test(plain)) return;
    // "My Sony headphones died after three years": a fault of something else the reviewer owned. So is one said of
    // an older model, or just after the reviewer brought one up ("I have its predecessor. It still works but…").
    const otherThing =
      OTHER_THING.test(sentence.text.replace(/’/g, "'")) ||
      REPLACED_OLD.test(plain) ||
      OLDER_MODEL.test(plain) ||
      (OLDER_MODEL.test(sentence.before.toLowerCase()) && /^(?:it|that one|mine) still\b/.test(plain));
    // Where another firm did it, what "they" did is not ours to own: the maker's silence is not our unanswered call.
    const party = otherParty(sentence.text, group);
    for (const frame of allFrames) {
      if (frame.groups && !frame.groups.includes(group)) continue;
      if (shortWait && frame.topic !== 'rushed') continue;
      if (frame.topic === 'wait' && WAIT_ACCEPTED.test(plain)) continue;
      if ((frame.ours && party) || (frame.party && !party)) continue;
      if (otherThing && frame.groups === PRODUCTS && !frame.service) continue;
      if (frame.whole && !frame.whole.test(wholeText)) continue;
      if (FAILED_AT.test(frame.clause) && FEATURE_MISSING.test(plain)) continue;
      const m = frame.test.exec(plain);
      if (!m) continue;
      const fill = frame.party ? party : (m[1] ?? null);
      if (frame.clause.includes('{x}') && !fitsFill(frame, fill)) continue;
      const seen = scores.get(frame);
      const add = sentence.weight + (frame.weight ?? 0) * (seen ? 0 : 1);
      const topicSaid = toldIn.get(frame.topic ?? frame.clause) ?? new Map<number, number>();
      topicSaid.set(index, sentence.weight);
      toldIn.set(frame.topic ?? frame.clause, topicSaid);
      frameTold.set(frame, (frameTold.get(frame) ?? new Set<number>()).add(index));
      scores.set(frame, {
        score: (seen?.score ?? 0) + add,
        fill: seen?.fill ?? fill,
        first: seen?.first ?? index,
        // Put right on the spot, unless the reviewer tells of it again where it was not.
        settled: (seen?.settled ?? true) && sentence.settled,
      });
    }
  });
  // "I'm a little sad about the happy hour thing being scratched off, but…": a grievance the reviewer shrugs at counts
  // for half, however often it comes up.
  const shrugged = sentences
    .map((sentence) => SHRUGGED.exec(sentence.text.toLowerCase().replace(/’/g, "'"))?.[1]?.trim())
    .filter((thing): thing is string => thing !== undefined && thing.length > 0);
  // The sentences, lower-cased, that a frame was read in.
  const toldBy = (frame: Frame): string[] =>
    [...(frameTold.get(frame) ?? [])].map((i) => sentences[i]?.text.toLowerCase() ?? '');
  if (shrugged.length > 0)
    for (const [frame, found] of scores) {
      if (toldBy(frame).some((text) => shrugged.some((thing) => text.includes(thing))))
        scores.set(frame, { ...found, score: found.score / 2 });
    }
  // A general grievance the reviewer dwells on more than any particular fault ("not worth $239", said twice beside
  // one cold drink) is the point of the review, not a verdict on that fault.
  const specificBest = Math.max(
    0,
    ...[...scores].filter(([f]) => !f.general).map(([, found]) => found.score),
  );
  const isGeneral = (frame: Frame, score: number): boolean =>
    (frame.general ?? false) && !(frame.dwelt && score >= 2 && score >= specificBest);
  const ranked = [...scores].sort(
    ([fa, a], [fb, b]) =>
      Number(a.settled) - Number(b.settled) ||
      Number(isGeneral(fa, a.score)) - Number(isGeneral(fb, b.score)) ||
      b.score - a.score ||
      a.first - b.first,
  );
  const topics = new Set<string>();
  const named: NamedComplaint[] = [];
  // The strongest reading of a grievance also counts the sentences its other readings found ("the furniture was old",
  // then "the hotel needs renovation"): a reviewer who comes back to one grievance dwells on it.
  const dwelt = (frame: Frame, own: number): number => {
    const mine = frameTold.get(frame);
    const others = [...(toldIn.get(frame.topic ?? frame.clause) ?? [])].filter(([i]) => !mine?.has(i));
    return own + others.reduce((sum, [, weight]) => sum + weight, 0);
  };
  const order = new Map<NamedComplaint, number>();
  for (const [frame, found] of ranked) {
    const topic = frame.topic ?? frame.clause;
    if (topics.has(topic)) continue;
    topics.add(topic);
    const asTold = told(frame, found.fill, scores, frame.topic === 'salon' ? servedOther(text) : null);
    // "It kept freezing on you" to a reviewer who tells of one freeze ("and actually freezing a computer") says more
    // than they did: a fault told once is said once.
    const { once } = frame;
    const toldClause =
      once && asTold === frame.clause && !toldBy(frame).some((said) => TOLD_AS_HABIT.test(said))
        ? once
        : asTold;
    // Other wordings only where the clause was used as written (not joined with "even after you sent it back").
    const wordings = (toldClause === frame.clause ? [toldClause, ...(frame.also ?? [])] : [toldClause])
      .filter((said) => !(NOBODY_CAME.test(said) && SERVER_CAME.test(text.toLowerCase())))
      .map((said) => portionsAsSaid(said, text));
    const clause = portionsAsSaid(toldClause, text);
    const entry: NamedComplaint = {
      clause,
      score: dwelt(frame, found.score),
      topic,
      wordings,
      general: isGeneral(frame, found.score),
      ours: frame.ours ?? false,
      service: frame.service ?? false,
      weight: frame.weight ?? 0,
      settled: found.settled,
    };
    named.push(entry);
    order.set(entry, found.first);
  }
  // Ranked again by how much the reviewer dwells on each grievance, in the same order of precedence as above.
  named.sort(
    (a, b) =>
      Number(a.settled) - Number(b.settled) ||
      Number(a.general) - Number(b.general) ||
      b.score - a.score ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  return withToldFault(withDirtSpread(withToldDishes(named, text, group), text, group), text, group, title);
}

// Our clauses that say only that the food fell short, was badly cooked or did not taste fresh, without saying which
// dish or how.
const FOOD_IN_GENERAL =
  /^(?:the (?:food (?:was such a letdown|was not what it should have been|fell so short|was not cooked properly|had so little flavour)|dishes lacked flavour|cooking was not right|kitchen did not cook your food properly)|what you had did not taste freshly made)$/;

/**
 * A meal's grievance told with the dishes the reviewer named and what was wrong with them ("the beef was burnt"),
 * where our clause would say only that the food fell short.
 */
function withToldDishes(named: NamedComplaint[], text: string, group: SectorGroup): NamedComplaint[] {
  if (!VENUES.includes(group)) return named;
  const food = named.find((n) => n.topic === 'food');
  if (!food || !FOOD_IN_GENERAL.test(food.clause)) return named;
  const dishes = dishFaults(text);
  if (!dishes) return named;
  return named.map((n) => (n === food ? { ...n, clause: dishes, wordings: [dishes] } : n));
}

/**
 * "A not very clean room nor bathroom, their beds and linens dirty": dirt the reviewer found in several parts of a stay
 * is told as all of them (up to three, in the order said), never narrowed to the first part a frame read.
 */
function withDirtSpread(named: NamedComplaint[], text: string, group: SectorGroup): NamedComplaint[] {
  if (!VENUES.includes(group)) return named;
  const dirt = named.find((n) => n.topic === 'clean' && /^the [a-z]+ (?:was|were) not clean$/.test(n.clause));
  const parts = dirtyParts(text).slice(0, 3);
  if (!dirt || parts.length < 2) return named;
  const [last, ...rest] = parts.map((part) => `the ${part}`).reverse();
  const clause = `${rest.reverse().join(', ')} and ${last} were not clean`;
  return named.map((n) => (n === dirt ? { ...n, clause, wordings: [clause] } : n));
}

// "The portions were so small": a meal of several plates is told back in the plural, as the reviewer put it.
const PORTIONS_SAID = /\bportions\b/i;

/** A clause about the portion, in the plural where the reviewer spoke of portions. */
function portionsAsSaid(clause: string, text: string): string {
  return PORTIONS_SAID.test(text) ? clause.replace(/^the portion was\b/, 'the portions were') : clause;
}

/**
 * A product's fault in the reviewer's own clause ("the handset keeps losing the base"), where no frame of ours named
 * one: it comes before any grievance that says only that something failed, so the reply names what went wrong.
 */
function withToldFault(
  named: NamedComplaint[],
  text: string,
  group: SectorGroup,
  title: string | null,
): NamedComplaint[] {
  if (group !== 'retail' && group !== 'software') return named;
  const read = readFault(text, title);
  if (!read) return named;
  const fault = read.clause;
  const told: NamedComplaint = {
    clause: fault,
    score: 1,
    topic: 'told-fault',
    wordings: [fault],
    general: false,
    ours: false,
    service: false,
    weight: 1,
    settled: false,
  };
  // A fault the title names too ("Does not retract") is the point of the review, before any frame of ours.
  if (read.inTitle) return [told, ...named];
  if (named.some((n) => !n.general && !n.settled && !n.service)) return named;
  const at = named.findIndex((n) => n.general || n.settled);
  return at < 0 ? [...named, told] : [...named.slice(0, at), told, ...named.slice(at)];
}

// Fills whose usual spelling is not lower case.
// A Mac is told as the reviewer's Apple kit as a whole: what would not work with it would not work with any of it.
const AS_WRITTEN: Readonly<Record<string, string>> = {
  mac: 'Mac',
  pc: 'PC',
  tv: 'TV',
  ipod: 'iPod',
  iphone: 'iPhone',
  ipad: 'iPad',
  sd: 'SD',
  usb: 'USB',
  wpa: 'WPA',
  wpa2: 'WPA2',
  wep: 'WEP',
  cds: 'CDs',
  dvds: 'DVDs',
  // A blow-dry, however the reviewer spells it, so it never reads "your blow out did not turn out".
  'blow out': 'blow-dry',
  blowout: 'blow-dry',
  'blow-out': 'blow-dry',
  // How "dessert" is most often misspelt in a restaurant review.
  desert: 'dessert',
  // A part the goods lacked, spelt as a reply would spell it.
  mic: 'microphone',
  'built in microphone': 'built-in microphone',
  'built in mic': 'built-in microphone',
  'built-in mic': 'built-in microphone',
};

/** A frame's clause filled in; food that was still wrong after going back is one grievance, said once. */
function told(
  frame: Frame,
  fill: string | null,
  scores: ReadonlyMap<Frame, { score: number; fill: string | null }>,
  whose: string | null = null,
): string {
  if (frame.party) return frame.clause.replace('{party}', fill ?? 'the maker');
  const plural = fill !== null && /(?:[^s]s|sheets)$/.test(fill);
  const filled = frame.clause
    .replace('{x} was', plural ? '{x} were' : '{x} was')
    .replace('{x}', fill ? (AS_WRITTEN[fill] ?? fill) : '');
  // Someone else's cut is theirs, and what was asked for was asked by whoever took them.
  const clause = whose
    ? filled.replace(/^your /, `your ${whose}'s `).replace('the way you asked', 'the way it was asked for')
    : filled;
  const backAgain = (said: string): string =>
    `${said}, even after you sent ${/(?:s|fries) came|s were\b/.test(said) ? 'them' : 'it'} back`;
  const sentBack = [...scores.keys()].some((f) => f.clause === SENT_BACK);
  if (
    sentBack &&
    /^(?:your \w+ came out cold|the food was not cooked properly|your \w+ (?:was|were) not cooked the way you asked)$/.test(
      clause,
    )
  )
    return backAgain(clause);
  if (frame.clause !== SENT_BACK) return clause;
  const food = [...scores.entries()]
    .filter(([f]) => /came out cold|not cooked (?:properly|the way you asked)/.test(f.clause))
    .sort((a, b) => b[1].score - a[1].score)[0];
  return food ? backAgain(food[0].clause.replace('{x}', food[1].fill ?? '')) : clause;
}

const TITLE_VERDICT =
  /^(?:very |really |extremely |so |such )?(poor|bad|terrible|awful|horrible|lousy|weak|cheap|no|lack of|short|flimsy|noisy|slow|inaccurate|misleading|unreliable|faulty) ([a-z][a-z -]{2,30}[a-z])$/;
const TITLE_STOP =
  /\b(?:product|item|thing|buy|purchase|experience|deal|idea|choice|value|money|one|it|this|that|me|my|you|i|need|needs|use|point|feedback)\b/;

/**
 * A title that names the fault as a noun phrase ("Poor build quality", "No customer support") as our words; never
 * "feedback", which a reply would seem to say of the review itself:
 * "the poor build quality", "the lack of customer support". Null for anything else, or any word misspelt.
 */
export function titleComplaint(title: string | null): string | null {
  const plain = (title ?? '')
    .toLowerCase()
    .replace(/[!.?]+$/, '')
    .trim();
  const m = TITLE_VERDICT.exec(plain);
  const [, verdict, rest] = m ?? [];
  if (!verdict || !rest || TITLE_STOP.test(rest)) return null;
  if (!rest.split(/[\s-]+/).every(isEnglishWord)) return null;
  if (verdict === 'no' || verdict === 'lack of') return `the lack of ${rest}`;
  const word =
    verdict === 'bad' ||
    verdict === 'terrible' ||
    verdict === 'awful' ||
    verdict === 'horrible' ||
    verdict === 'lousy'
      ? 'poor'
      : verdict;
  return `the ${word} ${rest}`;
}
