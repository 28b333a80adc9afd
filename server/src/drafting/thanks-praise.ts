import escapeRegExp from 'escape-string-regexp';
import { type Aspect, readAspects } from '../triage/situation/aspects.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import { isNounPhrase } from './phrase-problem.ts';
import { readsCleanly } from './spelling.ts';

/**
 * One thing a happy reviewer praised, in their words: the thing ("the bundt cakes", "our staff", "your room") and,
 * when they described it, how ("moist", "clean and comfortable"). A reply can tell it back without guessing.
 */
export type Praise = {
  subject: string;
  /** The reviewer's describing words, at most two; empty when they only gave a verdict ("great", "good"). */
  words: string[];
  staff: boolean;
  plural: boolean;
  /** Said with feeling ("so clean", "amazing", "the best", "loved"): not a passing "good". */
  strong: boolean;
  /** Where in the text it was said, so the first praise comes first. */
  at: number;
  /** How a product was praised, as a clause after "how": "well it works", "easy it is to set up". */
  how?: string;
  /** How many times the reviewer praised it. */
  mentions?: number;
  /** Singled out above the rest: "the best part was …", "… was the star", "… is my favourite". */
  star?: boolean;
};

// Verdicts: the thing can be named, the word is not worth repeating.
const VERDICT =
  'great|good|nice|reasonable|affordable|amazing|awesome|excellent|fantastic|wonderful|superb|outstanding|incredible|phenomenal|fabulous|terrific|brilliant|exceptional|impeccable|lovely|perfect|spectacular|divine|yummy|top notch|the best|to die for|spot on|on point|out of this world|killer|kick-?ass|kick-?butt|worth the (?:trip|drive|wait)|worth every penny|beyond (?:my|our) expectations?|more than adequate|astonishing|astounding|impressive|remarkable|unbeatable|incomparable|unmatched|second to none|first[- ]rate|top quality|high quality|marvell?ous|magical|exquisite|sublime|stellar|heavenly|tremendous|magnificent|splendid|flawless|an? (?:real |total |absolute )?(?:lifesaver|life saver|godsend)|an? (?:very |really )?(?:nice|lovely|great|thoughtful|clever) touch|an? (?:big |huge |great |real |nice |definite )?(?:plus|bonus)|the icing on the cake|an? (?:nice|great|handy|neat|nifty|cool|useful|welcome) (?:feature|addition|extra)';
// Descriptions a thank-you can repeat as the reviewer said them.
const DESCRIPTION =
  'delicious|delightful|tasty|flaky|flavou?rful|fresh|tender|juicy|crispy|crisp|moist|creamy|fluffy|hearty|generous|friendly|helpful|attentive|welcoming|knowledgeable|professional|polite|courteous|kind|patient|caring|thorough|efficient|quick|fast|prompt|speedy|clean|spotless|immaculate|tidy|comfortable|comfy|cozy|cosy|spacious|roomy|quiet|relaxing|sturdy|solid|reliable|durable|easy|intuitive|accurate|sharp|clear|bright|responsive|smooth|pleasant|accommodating|informative|honest|charming|fun|gorgeous|beautiful|stunning|warm|cheerful|gentle|handy|convenient|compact|portable|lightweight|vivid|rich|deep(?![- ](?:fried|dish))|authentic|cute|stylish|elegant|peaceful|calm|organi[sz]ed|well made|well priced|well organi[sz]ed|crystal clear|rock solid|blazing fast|down[- ]to[- ]earth|enthusiastic|refreshing';
const STRONG_WORD =
  /^(?:amazing|awesome|excellent|fantastic|wonderful|superb|outstanding|incredible|phenomenal|fabulous|terrific|brilliant|exceptional|impeccable|perfect|spectacular|divine|the best|to die for|immaculate|spotless|delicious|killer|kick-?ass|kick-?butt|out of this world|spot on|exquisite|sublime|stellar|heavenly|tremendous|magnificent|splendid|flawless|an? (?:real |total |absolute )?(?:lifesaver|life saver|godsend))$/;
const DEGREE =
  '(?:so|very|really|super|extremely|incredibly|truly|absolutely|just|always|also|still|pretty|quite|consistently|totally|especially|simply|both|darn|darned|damn|damned|dang|remarkably|amazingly|surprisingly|exceptionally|impressively|real|all|rather)';
const WORD = `(?:${DESCRIPTION}|${VERDICT})`;
const PRAISE_WORD = new RegExp(`^${WORD}$`);
const VERDICT_WORD = new RegExp(`^(?:${VERDICT})$`);
const DESCRIBING = new RegExp(`^(?:${DESCRIPTION})$`);
const LINK =
  '(?:(?:has|have) (?:always |only |all )?been|is|are|was|were|tastes?|tasted|looks?|looked|feels?|felt|seemed|seems|smells?|smelled)';
// "the bundt cakes here are very moist", "our room itself was big, clean, and quite comfortable", "room was nice size
// and comfortable", "the work they completed on the rear bumper was excellent".
const PREDICATE = new RegExp(
  `(?:^\\s*|[,;:(]\\s*|\\band\\s+|\\bbut\\s+)((?:the|our|my|their|your|this|these|his|her|[a-z]+'s)\\s+)?([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3}?)(?:\\s+(?:we|i)\\s+(?:have\\s+|'ve\\s+)?(?:had|got|ordered|tried|booked)|\\s+(?:they|you)\\s+(?:did|completed|performed|carried out)(?:\\s+[a-z]+){0,8}?|\\s+(?:eaten|served|ordered|bought|delivered|done|completed|performed)(?:\\s+[a-z]+){0,5}?)?\\s+(?:here\\s+|there\\s+|itself\\s+|themselves\\s+|also\\s+|always\\s+|too\\s+)?${LINK}\\s+(${DEGREE}\\s+)*(?:(?:an?\\s+)?(?:nice|good|great|decent)[- ]sized?,?\\s+(?:and\\s+)?)?(?:(?!not\\b|never\\b|too\\b|less\\b)[a-z]+(?:,|\\s+but)\\s+)?(?!(?:kind|sort) of\\b)(${WORD})(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${DESCRIPTION}))?(?![\\p{L}-])`,
  'giu',
);
// "Great service.", "delicious food and a nice atmosphere", "1) Clean remodeled rooms 2) Comfortable beds": a
// describing word before a noun that closes the phrase, or opens a clause on it ("a beautiful locker room that had a
// sauna"). "Comfortable going with the brand" names no thing.
const ATTRIBUTE = new RegExp(
  `(?:^|[,;:(]\\s*|\\d+[).]\\s+|\\band\\s+|\\bwith\\s+|\\b(?:bowls?|plates?|platters?|cups?|pots?|glass(?:es)?|slices?|pieces?|baskets?|servings?|portions?|helpings?|lots|plenty|selection|variety|choice|range) of\\s+|\\ba\\s+|\\ban\\s+|\\bthe\\s+|\\btheir\\s+|\\bvery\\s+|\\bsuper\\s+|\\breally\\s+|\\b(?!(?:family|only|early|daily|weekly|monthly|holy|ugly|silly|belly)\\s)[a-z]+ly\\s+)(?!(?:kind|sort) of\\b|compact\\s+flash\\b)(${WORD})(?:,?\\s+(?:(?:and|&)\\s+)?(${DESCRIPTION}))?\\s+(?!(?:going|doing|getting|being|having|making|using|buying|choosing|picking|trying|coming|taking|knowing|saying|deciding)\\b)([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})(?=\\s*(?:[,.!;:)]|\\d+[).]\\s|\\band\\b|\\b(?:that|which|where) (?:had|has|have|was|were|is|are|you|we|they)\\b|\\bat\\b|\\bfor\\b|\\bwith\\b|\\bin the\\b|\\bon (?:my|our|the)\\b|\\bover\\b|\\bhere\\b|\\btoo\\b|\\b(?:is|are|was|were)\\b|\\b(?:made|makes|kept|keeps) (?:our|my|the|it|us|me)\\b|$))`,
  'giu',
);
// "The staff went above and beyond", "the team took great care of us": praise said with a verb.
const ACTION =
  /(?:^|[,;:]\s*|\band\s+|\bbut\s+)((?:the|our|my|their|your)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:really\s+|truly\s+|always\s+)?(?:went (?:above and beyond|out of (?:their|his|her|its) way)|took (?:great |good |such good |excellent )?care of)/giu;
// "the rosemary potatoes rock", "the chips 'n salsa kicks ass", "the fish tacos took the win": praise said in slang.
const ROCKS =
  /(?:^|[,;:.!]\s*|\band\s+)((?:the|their|your)\s+)?([a-z]+(?:\s+(?:'n|n'|and|[a-z]+)){0,3})\s+(?:rocks?|rule[sd]?|kicks? (?:ass|butt)|slaps?|(?:is|are|was|were) the bomb|took the (?:win|prize|crown)|stole the show)(?![\p{L}])/giu;
// "I loved the atmosphere", "we really enjoyed the lamb shank".
// "Love the buffet, the folks are great": opening a sentence, with the "I" left out.
const LOVED =
  /(?:\b(?:i|we|we all|all of us|everyone|everybody)\s+|^\s*(?=(?:really\s+|absolutely\s+|just\s+)?(?:love|loved|adore|adored)\s))(?:really\s+|absolutely\s+|just\s+|also\s+|personally\s+|truly\s+|especially\s+|definitely\s+|still\s+)?(?:loved?|adored?|enjoyed)\s+((?:the|their|your|our|my)\s+)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?(?:\s+and\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?)(?=\s*(?:[,.!;:)]|\band\b|\bhere\b|\bthey\b|\bit\b|\bso\b|\bthe most\b|$))/giu;
// "I am consistently pleased with their selection", "we were impressed by the service": the reviewer's own praise.
const PLEASED_WITH =
  /\b(?:i|we|i'm|we're|i am|we are|i was|we were|i've been|we've been|i have been|we have been)\s+(?:(?:always|also|consistently|very|so|really|extremely|truly|thoroughly|particularly|especially|most|quite|just)\s+)*(?:pleased|happy|impressed|satisfied|thrilled|delighted)\s+(?:with|by)\s+((?:the|their|your|our|my)\s+)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?(?:\s+and\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?)(?=\s*(?:[,.!;:)]|\band\b|\bhere\b|\bthey\b|\bit\b|\bso\b|$))/giu;
// "The best dessert I've ever had": the best of its kind, by the reviewer's own measure.
// "Best breakfast ever", "staff amazing and best breakfast ever": the same, said at the head of a clause without "the".
const BEST =
  /(?:\bthe\s+|(?:^|[,;:.!(]|\band)\s*)best\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:(?:i|we)(?:'ve| have)?\s+(?:ever|had|tasted|eaten|seen|tried|found|stayed|bought|owned|used|heard)|in (?:town|the city|the area|years|ages|a long time)|around|ever)\b/giu;

// "The best part was the grass jelly drink", "the highlight of the night was the lamb", "one of the best features is
// the open pocket", "the best part was their quick, honest quote", "the crowning glory however is the patio", "the
// icing on the cake is the remote": the one thing singled out.
// "The best was the tempura", "my favourite was the duck spread": the reviewer's pick of what they had.
const STAR_FIRST =
  /\b(?:(?:the\s+)?(?:best part|best thing|highlight|real star|icing on the cake|cherry on (?:the )?top|star of the (?:show|night|meal|evening)|stand-?out|crowning glory|(?:biggest|best|main|big|real) selling point)|the best|(?:my|our) (?:absolute |personal |own |new |ultimate |all-time |top )?(?:favou?rites?|favs?|fav's|faves)(?: (?:dish|thing|part|item|one|treat))?|what (?:i|we) (?:really |especially |also |most )?(?:like|love|liked|loved|enjoy|enjoyed|appreciate|appreciated)(?: (?:most|best))?(?: about (?:this|the|their|your) [a-z]+)?|one of the (?:best|greatest|nicest) (?:parts|things|features))(?:\s+of\s+(?:the|my|our)\s+[a-z]+)?(?:,?\s+(?:though|however|for me)(?:\s+[a-z][a-z ]{0,40}?)?,?)?\s+(?:was|were|is|are|has to be|had to be)\s+((?:the|their|your|our|my)\s+)(?:[a-z]+,\s+(?!(?:right|just|only|close|near|by|next|across|in|on|at|with|from|about|an?|the)\b))?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)(?=\s*(?:[,.!;:)-]|\band\b|\bwhich\b|\bthat\b|\bwith\b|\bfor (?:my|our|the|your|a|an)\b|$))/giu;
// "the mango was the show stopper", "their loco moco is my favorite dish".
const STAR_AFTER =
  /(?:^|[,;:.!]\s*|\band\s+|\bbut\s+)((?:the|their|your|our|my)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:is|are|was|were)\s+(?:definitely\s+|still\s+|easily\s+|by far(?: and away)?\s+)?(?:the|my|our)\s+(?:(?:real|absolute|all[- ]time|clear|new)\s+)?(?:highlight|star|show[- ]?stopper|stand-?out|winner|best part|favou?rite)(?![\p{L}])/giu;
// "the most delightful empanadas": the best of its kind, said as a superlative.
const MOST = new RegExp(
  `\\bthe most (${DESCRIPTION}|amazing|wonderful|incredible|fantastic|perfect) ([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}?)(?=\\s*(?:[,.!;:)]|\\band\\b|\\bin\\b|\\bi\\b|\\bwe\\b|\\bi've\\b|\\bever\\b|$))`,
  'giu',
);
// "the pumpkin ice cream, which was creamy and delicious".
// "They had live music which was just awesome": a thing said with no article after "had" or "with".
const WHICH_WAS = new RegExp(
  `(?:\\b(?:the|an?|my|our|their|your)\\s+|\\b(?:had|has|have|with)\\s+(?!(?:the|an?|my|our|their|your|some|no|it|them|this|that)\\s))((?:[a-z][a-z-]*\\s+){0,4}[a-z][a-z-]*),?\\s+which\\s+(?:was|were|is|are)\\s+(?:${DEGREE}\\s+)*(${WORD})(?![\\p{L}-])`,
  'giu',
);
// "Awesome place to get pizza", "the best spot for sushi": what the reviewer comes to the business for.
const PLACE_FOR =
  /\b(?:great|awesome|amazing|excellent|fantastic|wonderful|perfect|the best|best|good|my favou?rite|our favou?rite)\s+(?:place|spot|joint|shop|restaurant)\s+(?:in town\s+|around\s+)?(?:to (?:get|grab|eat|buy|order)\s+(?:(?:a|an|some|the)\s+)?|for\s+)([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?=\s*(?:[,.!;:)]|\bwhen\b|\bin\b|\bif\b|\band\b|\bor\b|$))/giu;
const NOT_PLACE_FOR =
  /^(?:mall|market|pub|diner|bakery|pizzeria|bistro|joint|lounge|hall|center|centre|families|couples|groups|date|dates|party|parties|celebrations?|occasions?|work|working|studying|meetings?|business|travell?ers|tourists|locals|students|anyone|everyone|people|brunch|breakfast)$/;
// "I find the staff to be extremely friendly and helpful", "I found the sound fantastic".
const FOUND_TO_BE = new RegExp(
  `\\b(?:find|found)\\s+((?:the|their|our|my|your)\\s+)([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}?)\\s+(?:to\\s+be\\s+)?(${DEGREE}\\s+)*(${WORD})(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${DESCRIPTION}))?(?![\\p{L}-])`,
  'giu',
);
// Things a review mentions in passing, never what a thank-you should single out: "the water", "a nice booth".
const MINOR =
  /^(?:water|ice|napkins|straws|lights|booth|booths|parking|air|cutlery|silverware|utensils|menus|aisles?|shelves|shelf|signage|carts?|trolleys?|baskets?|checkouts?|lines|queues?)$/;

const SHARED_HEAD = /(?:^|\s)(?:specials|deals|options|offerings|selections?|choices|menus)$/;

// Heads that name nothing a reply can thank for: the business itself, the visit, or the reviewer's own life.
const NOT_PRAISE = new Set(
  `experience experiences place places time times visit visits trip day days night nights everything thing things
  stuff way lot lots part review reviews star stars one reason fact problem issue overall end deal deals hotel motel
  restaurant restaurants store stores shop shops company business establishment location salon clinic office
  dealership bar cafe spa gym studio practice firm garage website site app it this that which what who kind sort
  type bit rest choice choices decision idea job jobs addition investment purchase buy find option options feeling
  feelings sense luck side shape condition spirits hands world life family friend friends wife husband kids kid
  children child son daughter mom dad mother father boyfriend girlfriend baby nephew niece dog dogs cat pet
  neighborhood neighbourhood area town city street road weather traffic price prices value money product products
  item items unit model models brand one ones guy guys lady ladies person people man woman girl boy thanks sign
  stay evening morning afternoon weekend week month year years hour hours minute minutes surprise expectations expectation
  bonus plus change changes difference news thing start touch feature dinner lunch meal meals evening spot spots gem name names issues problems
  alternative alternatives tool tools solution solutions device devices gadget gadgets accessory upgrade replacement pick picks results result
  harmony balance combination combo mix blend match piece pieces test tests tip tips trick tricks aspect aspects
  situation situations air need needs event events masterpiece gem winner hit delight joy pleasure facility
  facilities message messages rate rates cost costs fee fees group groups buck bucks hospital sale sales`.split(
    /\s+/,
  ),
);
// What an area of the place is for: "the waiting area", "the pool area".
const PART_OF_PLACE =
  /^(?:waiting|pool|seating|sitting|play|lounge|lobby|reception|bar|patio|outdoor|dining|breakfast|common|fitness|spa|kids|children's|picnic|garden|beach)$/;
// Things a product comes with that the tagger, seeing one word, takes for describing words.
const READ_AS_DESCRIBING = /^(?:remote|remote control|wireless remote)$/;
// Words that cannot be a noun in what was praised: what comes before the head in a run like "good as new".
const NOT_NOUN =
  /^(?:and|or|but|as|so|to|for|of|in|on|at|by|with|from|than|that|which|who|is|are|was|were|be|been|it|they|i|we|you|he|she|my|our|your|their|the|a|an|this|these|very|too|really|not|no|all|some|any|more|most|much|many|little|enough|just|also|even|still|here|there|now|then|overall|though|right|away|off|out|back|again|anyway|yet|already|ever|almost|nearly|quite|rather|pretty)$/;
const STAFF =
  /^(?:staff|waiters?|waitress(?:es)?|server|servers|waitstaff|bartender|bartenders|hosts?|hostess(?:es)?|cooks|valets?|coach(?:es)?|trainers|therapists|groomers?|estimators?|advisors|agents|reps|doctors|dentists|vets?|barbers|receptionists?|clerks?|cashiers?|technician|technicians|tech|techs|mechanic|mechanics|stylist|stylists|nurse|nurses|doctor|dentist|hygienist|chef|chefs|cook|driver|salesman|salesperson|employees|employee|associate|associates|agent|rep|advisor|attendant|valet|housekeeping|housekeeper|manager|managers|crew|team|workers|owner|owners|front desk|desk staff|hotel staff|trainer|instructor|instructors|teacher|teachers|therapist|barber|barista|baristas|concierge|sommelier|installers?|plumbers?|electricians?|movers|painters|waxers?|estheticians?|aestheticians?|masseuses?|masseurs?|manicurists?|pedicurists?|colou?rists?|beauticians?|hairdressers?|hairstylists?)$/;

const PEOPLE_WORDS =
  'friendly|helpful|attentive|welcoming|knowledgeable|professional|polite|courteous|kind|patient|caring|thorough|honest|accommodating|informative|cheerful|gentle|efficient|prompt';
const STAFF_QUALITY =
  /^(?:knowledge|patience|honesty|professionalism|kindness|friendliness|expertise|helpfulness|hospitality|attentiveness|courtesy|enthusiasm|advice)$/;

// Words that make a thing sound given away: "the free shuttle" is thanked for as "the shuttle".
const FREE = /^(?:free|complimentary|comped|discounted)$/;

export const REWARD_WORDS =
  /^(?:free|complimentary|comp|comped|discount\w*|gift|gifts|voucher|vouchers|coupon|coupons|credit|refund\w*|reimburs\w*|compensat\w*)$/;

// A capital at the start of a sentence is not a name; the tagger reads "Staff was friendly" better as "staff was…".
// Offsets are kept: a dropped word becomes spaces.
export const lowerStarts = (text: string): string =>
  text
    .replace(/’/g, "'")
    .replace(
      /(^|[.!?]\s+|\n)(\p{Lu})(?=\p{Ll})/gu,
      (_, before: string, c: string) => before + c.toLowerCase(),
    )
    .replace(/\b(?:here|there|itself|themselves|also|always|still) (?=(?:is|are|was|were)\b)/gi, (m) =>
      ' '.repeat(m.length),
    )
    // "the cakes/ cupcakes are amazing", "the instructors/coaches were great": one thing given two names, read as the
    // first; the second is blanked, the length kept. Two words closing a phrase only ("the waiting room/reception
    // area" is left as it is).
    .replace(/(?<=\p{L}{3})\/ ?\p{L}{3,}(?=\s+(?:is|are|was|were)\b|\s*[,.!;:]|$)/gu, (m) =>
      ' '.repeat(m.length),
    )
    // "soooo fresh", "soo clear": the drawn-out word is read as "so", the length kept.
    .replace(/\b([Ss])o{2,}(?![\p{L}])/gu, (m, s: string) => `${s}o`.padEnd(m.length, ' '));

// Sentences about another place, time or what might be: their praise is not for this business. "The cafe next door
// has amazing pancakes" is a rival's; "the bakery across the street from our hotel" may be this one.
// What the reviewer was only told ("I hear the kitchen is the same") is hearsay, and what others enjoy there ("many
// enjoy a good smoke on the patio") is theirs: neither is the reviewer's own praise.
const NOT_THIS =
  /\b(?:if|would|could|should|wish|hope|usually|normally|used to|(?:other|another) (?:[a-z-]+ )?(?:places?|restaurants?|stores?|hotels?|salons?|shops?|bakery|bakeries|cafes?|bars?|businesses|locations?|branch(?:es)?)|elsewhere|compared|unlike|previous(?:ly)?|my old|our old|last time|i hear|i'm told|i was told|we were told|supposedly|apparently|rumou?r has it|(?:i|we)(?:'ve| have)? heard (?:that|it|the|they)|(?:many|most|some|plenty of|lots of)(?: (?:people|folks|locals|guests|customers|others|patrons|regulars))? (?:seem to )?(?:enjoy|love|like|prefer|swear by|rave about)|(?:people|folks|locals|others|patrons) (?:seem to )?(?:enjoy|love|like|swear by|rave about|say)|(?:the|a|that) (?:[a-z]+ )?(?:shop|store|place|garage|restaurant|cafe|bar|bakery|salon|spa|gym|hotel|dealer(?:ship)?) (?:across (?:town|the (?:street|road))|next door|in the next town)(?! from\b))\b/i;
// "We didn't try their food": a thing the reviewer never had, whatever they go on to say of it.
const UNTRIED =
  /\b(?:didn't|did not|haven't|have not|never|not)\s+(?:yet\s+)?(?:get to\s+|got to\s+)?(?:try|tried|taste|tasted|eat|eaten|order|ordered|sample|sampled|have|had)\s+(?:(?:the|their|your|any|any of the|any of their)\s+)?([a-z]+(?:\s+[a-z]+)?)/giu;
const NEGATED = /\b(?:not|never|no|hardly|barely|nothing)\b|n't\b/i;
// "a Baggins sandwich shop that has excellent food": praise of another business the reviewer names, not of this one.
const NEIGHBOUR =
  /\b(?:a|an|the)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:shop|restaurant|store|cafe|café|diner|grill|bar|bakery|place|steakhouse|pizzeria|market|pub)\s+(?:that|which|with|where|has|serves)\b/u;
/** Where a sentence turns to another place, time or what might be; praise after it is not for this business. */
const turnAway = (sentence: string): number => {
  const at = [sentence.search(NOT_THIS), sentence.search(NEIGHBOUR)].filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
};
// "was nice but only lasted four minutes", "quite simple, not elegant": praise taken back in the same breath. A "but"
// that adds a quibble ("delicious but a bit pricey") or turns to another thing leaves the praise standing.
const TAKEN_BACK =
  /^\s*(?:,\s*)?(?:(?:but|though|yet)\s+(?:(?:with|has|had|there is|there's)\s+)?(?:an?\s+|one\s+)?(?:(?:little|small|slight|big|major)\s+)?(?:downfall|downside|drawback|catch|problem|issue|flaw)\b|(?:but|though|yet)\s+(?:only|not (?:very|that|as|much|great|special)|nothing special|could have been|should have been|wasn't|short|lasted|didn't|did not)\b|not\s+(?:elegant|fancy|great|special|amazing|the best)\b|\(\s*not\b)/i;

/**
 * True when the reviewer wrote a word of the phrase with a capital inside a sentence and never in lower case ("I loved
 * the Fort Mill …"); "Porta Pizza" beside "the pizza is fantastic" leaves the pizza a dish.
 */
function capitalisedIn(subject: string, text: string): boolean {
  const nouns = subject.split(' ').slice(1);
  return nouns.some(
    (n) =>
      new RegExp(`(?<![.!?]\\s*|^)(?<=\\s)${n.charAt(0).toUpperCase()}${n.slice(1)}(?![\\p{L}])`, 'u').test(
        text,
      ) && !new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(text),
  );
}

// Wines and dishes whose names are written with a capital: "the Syrah was delicious", "the Caesar salad".
const ON_THE_MENU = new Set(
  'syrah shiraz merlot cabernet pinot chardonnay riesling malbec zinfandel sauvignon prosecco champagne rioja chianti moscato tempranillo caesar cobb reuben margherita alfredo bolognese carbonara parmesan benedict nutella'.split(
    ' ',
  ),
);

/** The subject with its wine or dish names capitalised, where every word after the first that may be one is. */
function asWrittenOnTheMenu(subject: string): string | null {
  const [first, ...rest] = subject.split(' ');
  if (!rest.some((w) => ON_THE_MENU.has(w))) return null;
  return [first, ...rest.map((w) => (ON_THE_MENU.has(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))].join(
    ' ',
  );
}

function pairedWithName(word: string, text: string): boolean {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  // "Funghi Pizza and Pasta alla Crema" beside "the pizza was tasty": a word also written in lower case is no name.
  if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text)) return false;
  return new RegExp(
    `(?<!\\p{L})${cap} (?:and|&) \\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+ (?:and|&) ${cap}(?!\\p{L})`,
    'u',
  ).test(text);
}

/**
 * The plain word a reviewer set beside a name in brackets, either way round: "Shanghai dumplings (xiao long bao)",
 * "xiao long bao (soup dumplings)". Null where the name is not glossed, or the gloss does not read cleanly either.
 */
function glossOf(subject: string, text: string): Subject | null {
  const name = escapeRegExp(subject.replace(/^\S+ /, ''));
  const lower = text.toLowerCase();
  const before = new RegExp(`(?<![\\p{L}])((?:[a-z]+ )?[a-z]+) ?\\( ?${name} ?\\)`, 'u').exec(lower);
  const after = new RegExp(`(?<![\\p{L}])${name} ?\\( ?((?:[a-z]+ )?[a-z]+) ?\\)`, 'u').exec(lower);
  for (const said of [before?.[1], after?.[1]]) {
    if (!said) continue;
    // "spicy soup dumplings": the longest run that names one thing and reads cleanly.
    const words = said.split(' ');
    for (let i = 0; i < words.length; i++) {
      const thing = subjectOf(words.slice(i).join(' '), 'the');
      if (thing && !thing.staff && readsCleanly(thing.subject, [])) return thing;
    }
  }
  return null;
}

const exclaimed = (head: string, text: string): boolean =>
  new RegExp(`(?<!\\p{L})what an?\\s+(?:[\\p{L}-]+\\s+){0,2}${escapeRegExp(head)}(?!\\p{L})`, 'iu').test(
    text,
  ) && text.toLowerCase().split(head.toLowerCase()).length === 2;

/** What the reviewer praised, the first-said first, without the same thing twice. */
// Verbs of how goods run, said of them with a bare adjective for an adverb ("scrolls smooth", "runs quiet", "clicks
// crisp"). Words as often nouns ("rolls", "slices", "drives", "prints") are left out: "rolls fresh" may be the bread.
const RUNS_AS =
  'scrolls|glides|clicks|runs|works|tracks|boots|loads|charges|handles|steers|types|cooks|heats|cools|shifts|responds|performs|operates|functions|installs|connects|syncs|pairs|streams|focuses|zooms|moves|goes|starts|behaves|spins|rides|hums|purrs|cuts|blends|grinds';
function toldAsVerb(head: string, words: readonly string[], text: string): boolean {
  if (words.length === 0 || !new RegExp(`^(?:${RUNS_AS})$`, 'i').test(head)) return false;
  const how = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(
    `(?<!\\p{L})${head}\\s+(?:(?:very|so|really|super|pretty|nice and|quite)\\s+)?(?:${how})(?!\\p{L})`,
    'iu',
  ).test(text);
}

// A subject that opens on a word that counts or gathers ("the both gentlemen", "the all staff", "the these cakes").
const GATHERED = /^(?:the |your )?(?:both|all|each|every|these|those)(?: of)?(?: the)? /i;

export function readPraise(review: string, people: readonly string[] = []): Praise[] {
  const text = withoutBuck(plainSuperlatives(review));
  const found: Praise[] = [];
  const names = people.map((p) => p.toLowerCase());
  const keep = (p: Praise | null) => {
    if (!p) return;
    const words = p.subject.split(' ');
    const head = words[words.length - 1] ?? '';
    if (words.some((w) => names.includes(w))) return;
    // "Both gentlemen are excellent teachers", "all the workers": a word that counts or gathers points back to people
    // or things named before, and "the both gentlemen" reads as a slot filled.
    if (GATHERED.test(p.subject)) return;
    // "outstanding print after print", "day after day", "step by step": a noun said twice around a preposition tells
    // how often or how steadily, and names no thing to thank for.
    if (/(?<!\p{L})(\p{L}+) (?:after|by|upon|to|for|on) \1(?!\p{L})/iu.test(p.subject)) return;
    // "What a wonderful surprise!", "what a great find": an exclamation weighs the whole, it names no thing praised.
    if (words.length === 2 && exclaimed(head, text)) return;
    // "It is reliable, scrolls smooth", "the mouse glides easy": a verb told with how it goes, not a thing praised.
    if (toldAsVerb(head, p.words, text)) return;
    // A misspelt word read back ("the color qualit") looks like mockery; a dish the reviewer named in its own
    // language and glossed ("Shanghai dumplings (xiao long bao)") is named by the gloss.
    if (!readsCleanly(p.subject, people)) {
      const gloss = glossOf(p.subject, text);
      if (gloss) keep({ ...p, ...gloss });
      return;
    }
    // "the Fort Mill stadium": a proper name inside the phrase, lowered for reading, is not read back in lower case;
    // a wine or a dish named after a place or a person ("the Syrah", "the Caesar salad") is, as the reviewer wrote it.
    // "We all enjoyed our food": the meal told back as "the food", never "thank you for praising your food"; "your
    // haircut" stays the reviewer's.
    const said = p.subject.replace(
      /^your (?=(?:food|meal|meals|dinner|lunch|breakfast|brunch|dishes|drinks)$)/,
      'the ',
    );
    const written = capitalisedIn(said, text) ? asWrittenOnTheMenu(said) : said;
    if (!written) return;
    // "The perfect pop-up bar": half of a hyphened word is no thing praised.
    if (new RegExp(`(?<![\\p{L}-])${escapeRegExp(head)}-\\p{L}`, 'iu').test(text)) return;
    // "Martin and Marco were very nice": a capitalised word paired with a name is a name, even at a sentence start.
    if (words.slice(1).some((w) => pairedWithName(w, text))) return;
    // "The room was roomy and comfortable": a word grown from the thing's own name ("the roomy room") is dropped, and
    // the thing keeps the rest of what was said of it.
    const grown = p.words.filter(
      (w) => head.length >= 3 && w.length > head.length && w.toLowerCase().startsWith(head.toLowerCase()),
    );
    if (grown.length > 0) p.words = p.words.filter((w) => !grown.includes(w));
    const same = found.find((f) => f.subject === written || f.subject.endsWith(` ${head}`));
    // Said twice, the thing keeps the fuller description and counts as praised more warmly.
    if (same) {
      // "the help with your paperwork" says more than "your paperwork" read from the same words.
      if (p.subject.startsWith('the help with ') && !same.subject.startsWith('the help with '))
        same.subject = p.subject;
      const told = p.words.filter((w) => !same.subject.split(' ').includes(w));
      if (same.words.length === 0 && told.length > 0) same.words = told;
      same.strong ||= p.strong;
      same.star ||= p.star;
      // Read twice at the same place is one mention; said again elsewhere in the review is another.
      if (Math.abs(same.at - p.at) > 20) same.mentions = (same.mentions ?? 1) + 1;
      return;
    }
    found.push({ ...p, subject: written });
  };
  const lowered = lowerStarts(text);
  for (const aspect of readAspects(lowered)) keep(fromAspect(aspect, lowered));
  const sentences = splitSentences(text);
  for (const [i, sentence] of sentences.entries()) {
    // Praise said before "if", "could" or "other places" is about this business; what follows may not be.
    const cut = turnAway(sentence.text);
    const lower = lowerStarts(cut < 0 ? sentence.text : sentence.text.slice(0, cut));
    for (const p of [
      ...predicates(lower),
      ...attributes(lower),
      ...loved(lower),
      ...andTheyWere(lower),
      ...soWas(lower),
      ...toldBare(lower),
    ])
      keep({ ...p, at: sentence.start + p.at });
    // "I wish they opened earlier, but the food is great": after ", but" the sentence is back with this business, and
    // so it is without the comma ("costs the same as any other salon but the amenities are out of this world").
    const back = cut < 0 ? null : /(?:,\s*|\s+)but\s+/i.exec(sentence.text.slice(cut));
    const rest = back ? sentence.text.slice(cut + back.index + back[0].length) : '';
    if (back && turnAway(rest) < 0) {
      const from = sentence.start + sentence.text.length - rest.length;
      const again = lowerStarts(rest);
      for (const p of [...predicates(again), ...attributes(again), ...loved(again), ...andTheyWere(again)])
        keep({ ...p, at: from + p.at });
    }
    const said = sentences[i - 1];
    if (said && turnAway(said.text) < 0) keep(followedUp(said.text, lower, sentence.start));
  }
  // "Urban Trail was my favorite": a flavour or dish the reviewer picked out by its proper name keeps its capitals.
  for (const sentence of sentences) {
    const cut = turnAway(sentence.text);
    const said = cut < 0 ? sentence.text : sentence.text.slice(0, cut);
    for (const m of said.matchAll(NAMED_FAVOURITE)) {
      const name = m[2] ?? '';
      const words = name.split(' ');
      if (NOT_A_NAME.test(words[0] ?? '') || words.some((w) => names.includes(w.toLowerCase()))) continue;
      // "Burger Up is my favorite, but this comes close", "…that I used to go to": a rival's name, not this business's.
      const end = (m.index ?? 0) + m[0].length;
      if (RIVAL_AFTER.test(said.slice(end)) || RIVAL_BEFORE.test(said.slice(0, m.index ?? 0))) continue;
      if (found.some((f) => f.subject.toLowerCase().endsWith(name.toLowerCase()))) continue;
      const at = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
      found.push({
        subject: m[1] ? `the ${name}` : name,
        words: [],
        staff: false,
        plural: false,
        strong: true,
        star: true,
        at,
      });
    }
  }
  // "Flawless brows by Shelby every time": the work of the person the reviewer names, on what they came for.
  for (const m of text.matchAll(WORK_BY)) {
    const name = m[3] ?? '';
    if (!people.includes(name) || NEGATED.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0)))
      continue;
    const thing = (m[2] ?? '').toLowerCase();
    if (found.some((f) => f.subject.endsWith(` ${thing}`))) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[2] ?? '');
    found.push({
      subject: `${name}'s work on your ${thing}`,
      words: [],
      staff: false,
      plural: false,
      strong: true,
      at,
    });
  }
  // "Shelby's technical work, honesty, unmatched hospitality": a quality of the person named, not of the whole team.
  for (const [i, p] of [...found.entries()].reverse()) {
    if (!p.subject.startsWith("the team's ")) continue;
    const sentence = sentences.find((x) => p.at >= x.start && p.at < x.end);
    const before = sentence ? text.slice(sentence.start, p.at) : '';
    if (people.some((n) => new RegExp(`(?<!\\p{L})${escapeRegExp(n)}['’]s(?!\\p{L})`, 'u').test(before)))
      found.splice(i, 1);
  }
  const untried = [...lowerStarts(text).matchAll(UNTRIED)].flatMap((m) => (m[1] ?? '').split(' '));
  const kept = (): Praise[] =>
    found
      .map((p) => whoseQuality(p, text, sentences) ?? p)
      .filter(
        (p) => !untried.includes(p.subject.split(' ').pop() ?? '') && !saidInPassing(p, text, sentences),
      )
      .sort((a, b) => a.at - b.at);
  const read = kept();
  if (read.length > 0) return read;
  // A review whose praise the careful reading found nothing in is read again with its run-on sentences, its lists
  // and its "I liked the…" taken as praise said plainly, so the reply can name what it praised.
  for (const sentence of sentences) {
    const cut = turnAway(sentence.text);
    const lower = loosened(lowerStarts(cut < 0 ? sentence.text : sentence.text.slice(0, cut)));
    for (const p of [...predicates(lower), ...attributes(lower), ...loved(lower)])
      keep({ ...p, at: sentence.start + p.at });
  }
  return kept();
}

// How a thing tastes or feels in the mouth: "their flavor and texture" is a quality of the thing just told of.
const QUALITY = /^(?:flavou?rs?|textures?|tastes?|consistency|freshness|crust|crunch|and)$/;
// The last plural thing told of before it: "the sesame bagels came out hot", "these cookies".
const PLURAL_THING = /\b(?:the|these|those|their|our|my)\s+(?:[a-z]+\s+){0,2}?([a-z]+[^s\W]s)\b/gi;

/**
 * "I really enjoyed their flavor and texture": the flavour is the bagels', not the business's, and "our flavor and
 * texture" reads as stitched. Named as "the flavor and texture of the bagels" after the plural thing told of in that
 * sentence or the one before; undefined, read as before, when there is none or for any other praise.
 */
function whoseQuality(
  p: Praise,
  text: string,
  sentences: ReturnType<typeof splitSentences>,
): Praise | undefined {
  const words = p.subject.split(' ');
  if (words[0] !== 'our' || words.length < 2 || !words.slice(1).every((w) => QUALITY.test(w)))
    return undefined;
  const quality = words.slice(1).join(' ');
  const i = sentences.findIndex((x) => p.at >= x.start && p.at < x.end);
  const sentence = sentences[i];
  if (!sentence) return undefined;
  const told = text.slice(sentence.start, sentence.end).toLowerCase();
  const their = told.indexOf(`their ${quality}`);
  if (their < 0) return undefined;
  const from = sentences[i - 1]?.start ?? sentence.start;
  const before = text.slice(from, sentence.start + their);
  const heads = [...before.matchAll(PLURAL_THING)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((h) => !NOT_PRAISE.has(h) && !STAFF.test(h) && !SHARED_HEAD.test(h));
  const head = heads.pop();
  return head
    ? { ...p, subject: `the ${quality} of the ${head}`, plural: quality.includes(' and ') }
    : undefined;
}

// "the food is delicious the cocktails are awesome": a new clause run on without a stop, opened by its own thing.
const RUN_ON =
  /(?<=[a-z]) (?=(?:the|their|our|your) [a-z]+(?: [a-z]+)? (?:is|are|was|were) (?:(?:so|very|really|super|absolutely|always|also|just|truly|extremely|incredibly) )*[a-z])/gi;
// "I liked the old school ambiance", "we like their tacos": liking said as plainly as loving.
const LIKED =
  /\b((?:i|we)\s+(?:(?:really|just|also|truly|especially|definitely|personally|always)\s+)?)lik(e|ed)(?=\s+(?:the|their|your|our)\s)/gi;

/**
 * The sentence with a run-on clause opened by a comma, a list's "+" or "*" and a dash between phrases read as
 * commas, and "liked" read as "loved". Every change keeps the length, so offsets into the review still hold.
 */
const loosened = (sentence: string): string =>
  sentence
    .replace(RUN_ON, ',')
    .replace(
      /(^|\s)[+*•](\s*)(\p{L})/gu,
      (_, lead: string, gap: string, c: string) => `${lead},${gap}${c.toLowerCase()}`,
    )
    .replace(/ [-–—] /g, ' , ')
    .replace(LIKED, (_, who: string, end: string) => `${who}lov${end}`);

// "Flawless brows by Shelby", "beautiful color done by Maria": a treatment praised and the person who did it.
const WORK_BY = new RegExp(
  `(?:^|[.!?,;:]\\s*|\\b(?:and|the|my|her|his|their)\\s+)(?:(?:${DEGREE}\\s+)*(${WORD})\\s+)(brows|eyebrows|nails|hair|lashes|eyelashes|colou?r|highlights|haircut|cut|balayage|pedicure|manicure|facial|massage|wax|waxing|makeup|tattoo|tattoos|piercing)\\s+(?:(?:done|executed|created|shaped|cut|given|painted)\\s+)?by\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}])`,
  'giu',
);
// "Although it was close, Urban Trail was my favorite", "The Farm Burger is our favourite dish": a proper name, each
// word capitalised, that the reviewer calls their favourite, at the end of what they say of it.
const NAMED_FAVOURITE =
  /(?:^|[,;:]\s*|\b[Aa]nd\s+|\b[Bb]ut\s+)([Tt]he\s+)?(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})\s+(?:is|was|are|were)\s+(?:definitely\s+|still\s+|easily\s+|by far\s+)?(?:my|our)\s+(?:absolute\s+|all[- ]time\s+|personal\s+)?(?:favou?rite|fave)(?:\s+(?:dish|flavou?r|kind|one|treat|item|drink|cookie|cake|pie|burger|pizza|sandwich))?(?=\s*(?:[.!,;]|$))/gu;
const RIVAL_AFTER =
  /^\s*,?\s*(?:but|though|although|however|yet|compared|than|until|before|and this|and these)\b/i;
const RIVAL_BEFORE = /\b(?:used to|other|elsewhere|instead|than|before|until)\b/i;
// Capitalised words that open a sentence without naming anything: "It", "This", "Everything".
const NOT_A_NAME =
  /^(?:It|This|That|These|Those|They|He|She|We|I|You|Mine|Ours|Everything|Everyone|Nothing|Which|What|Who|Here|There|Now|Then|Each|All|Both|One|His|Her|Their|My|Our|Your)$/;
// Sentence adverbs ("Obviously, the driver…", "Honestly", "Unfortunately"): said before a comma as a name would be.
const ADVERB =
  /^(?:\p{Lu}\p{Ll}{2,}(?:ally|ously|ently|antly|ively|fully|estly|ually|ately|itely|utely|arly)|Really|Truly|Surely|Sadly|Happily|Luckily|Only|Also|Overall|Anyway|However|Otherwise|Still|Plus)$/u;

// "The owners are one of the nicest people I've met": people praised as among the best of their kind, read as the
// plain praise it is ("the owners are nice"), padded to the same length so every place in the review stays put.
const ONE_OF_THE =
  /\b(is|are|was|were) (?:one|some|two) of the (nicest|kindest|friendliest|sweetest|warmest|most helpful|most knowledgeable|most professional|most caring) (?:people|persons|folks|men|women|guys|ladies|individuals|owners|staff)(?: (?:i|we)(?:'ve| have)? (?:ever )?(?:met|known|dealt with|encountered))?\b/giu;
const PLAIN_OF: Readonly<Record<string, string>> = {
  nicest: 'nice',
  kindest: 'kind',
  friendliest: 'friendly',
  sweetest: 'sweet',
  warmest: 'warm',
};
const plainSuperlatives = (text: string): string =>
  text.replace(ONE_OF_THE, (m, link: string, best: string) => {
    const plain = PLAIN_OF[best.toLowerCase()] ?? best.toLowerCase().replace(/^most /, '');
    return `${link} ${plain}`.padEnd(m.length, ' ');
  });

// "Nice bang for the buck" (or "bank", as some type it) praises the price; no "bank" or "bang" was praised.
const BUCK = /(?<!\p{L})(?:\p{L}+ )?ban[gk] for (?:the|your|my) bucks?(?!\p{L})/giu;
const withoutBuck = (text: string): string => text.replace(BUCK, (m) => ' '.repeat(m.length));

/**
 * False for a capitalised word that opens a sentence without naming anyone: "What helped me…", "Obviously, the
 * driver…" is no member of staff.
 */
export const mayBeAName = (name: string): boolean => {
  const first = name.split(/[\s-]/)[0] ?? '';
  return !NOT_A_NAME.test(first) && !ADVERB.test(first);
};

// "While the trainers are nice, it's a revolving door": praise granted only to make way for the fault after the comma.
const CONCEDED = /^\s*(?:while|whilst|although|though|even though|granted|admittedly|sure)\b[^,;]*$/i;
// "The owner is super cute": a person's looks are no praise a business thanks anyone for.
const LOOKS = /^(?:cute|gorgeous|beautiful|stunning|pretty|handsome|hot|sexy|stylish|elegant)$/;
// "…a fresh charge should provide": the thing is what the reviewer advises or supposes, not what they praised.
const SUPPOSED = /^\s+(?:should|would|could|might|will|may|can)\b/i;

// A quick fix named just before what it puts right: "a quick jiggle", "a simple reboot", "a gentle tap".
const WORKAROUND = '(?:quick|fast|speedy|simple|easy|gentle|swift|little)';
// "…and they'd be back to center", "…and it works again", "…fixes it", "…does the trick": a fault put right.
const FIXES_IT =
  /^\s*(?:(?:and|&)\s+(?:it|they|everything|all)(?:'d|'s|'re|'ll|’d|’s|’re|’ll)?\s+(?:(?:would|will|was|were|is|are|went|came|snapped|snaps?|pops?|popped|goes|go)\s+)?(?:be\s+)?(?:right\s+|straight\s+|all\s+)?(?:back|fine|ok|okay|normal|working|works?|worked|sorted|fixed)\b|(?:usually\s+|always\s+|normally\s+)?(?:fix(?:es|ed)?|solve[sd]?|sort(?:s|ed)|cure[sd]?|clear(?:s|ed))\b|(?:does|did)\s+the\s+trick\b)/i;
// "…drifted a little, but", "every so often it freezes;", "when it lags": a fault told before the fix.
const FAULT_TOLD =
  /\b(?:but|though|although|however|occasionally|sometimes|once in a while|every so often|every now and then|now and then|when(?:ever)?|if)\b/i;

/** "the analog sticks drift, but a quick jiggle and they'd be back to center": the way round a fault, never praise. */
function workaround(p: Praise, sentence: string): boolean {
  const head = p.subject.split(' ').pop() ?? '';
  if (!/^[a-z-]+$/.test(head)) return false;
  const fix = new RegExp(`\\ban?\\s+${WORKAROUND}\\s+(?:[a-z-]+\\s+)?${head}\\b`, 'gi');
  return [...sentence.matchAll(fix)].some((m) => {
    const at = m.index ?? 0;
    return FAULT_TOLD.test(sentence.slice(0, at)) && FIXES_IT.test(sentence.slice(at + m[0].length));
  });
}

/**
 * True when the praise is said in passing and is no praise to thank: granted before a fault, in a bracketed aside
 * beside a longer review, of a person's looks, of a thing in a piece of advice, or a quick fix for a fault.
 */
function saidInPassing(p: Praise, text: string, sentences: ReturnType<typeof splitSentences>): boolean {
  const sentence = sentences.find((s) => p.at >= s.start && p.at < s.start + s.text.length);
  if (!sentence) return false;
  if (workaround(p, sentence.text)) return true;
  const before = sentence.text.slice(0, p.at - sentence.start);
  const after = sentence.text.slice(p.at - sentence.start);
  if (CONCEDED.test(before) && /[,;]\s*\S/.test(after)) return true;
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0 && text.length > 3 * sentence.text.length) return true;
  if (p.staff && p.words.some((w) => LOOKS.test(w))) {
    p.words = p.words.filter((w) => !LOOKS.test(w));
    if (p.words.length === 0) return true;
  }
  const head = p.subject.split(' ').pop() ?? '';
  const at = after.toLowerCase().indexOf(head);
  return at >= 0 && SUPPOSED.test(after.slice(at + head.length));
}

// "looked like a", "tastes like the": what the thing was likened to; "I like the" is a liking, not a likeness.
const LIKENED =
  /\b(?:looks?|looked|looking|tastes?|tasted|seems?|seemed|feels?|felt|sounds?|smells?|smelled|almost|just|more|not|kind of|sort of|something)\s+like\s+(?:an?|the|some|my|our)\s+(?:[a-z-]+\s+){0,3}$/i;

/** "The bread was good, but the bread to cheese ratio was off": the same thing named again after a turn is faulted. */
function faultedAgain(nouns: string, rest: string): boolean {
  const head = nouns.split(' ').pop() ?? '';
  const turn = /\b(?:but|though|although|however|except)\b/i.exec(rest);
  // The thing must open the clause after the turn ("but the bread to cheese ratio…"); named later ("but even when
  // your food is ready…") it is only part of another complaint.
  const opens = new RegExp(
    `^\\s*(?:the|their|its|your|my|our|this|that)?\\s*(?:[a-z-]+\\s+){0,2}?${head}\\b`,
    'i',
  );
  return head.length > 2 && turn !== null && opens.test(rest.slice(turn.index + turn[0].length));
}

function fromAspect(a: Aspect, text: string): Praise | null {
  if (a.polarity !== 'positive') return null;
  const said = a.subject.replace(/^(?:the|your|our) /, '');
  // Where the thing stands in its sentence: "the view from the balcony" is not praise of the balcony, and "between a
  // good phone and a great camera" praises neither.
  const found = Math.max(a.start, text.indexOf(said, a.start));
  // "the back-lit buttons": the word joined on by a hyphen is part of the thing, never cut off ("the lit buttons").
  const joined = /[a-z]+-$/i.exec(text.slice(Math.max(0, found - 20), found))?.[0] ?? '';
  const at = found - joined.length;
  const nouns = joined + said;
  const before = text.slice(a.start, at);
  if (
    /\b(?:from|of|in|on|at|with|to|between|than|like|unlike)\s+(?:the|a|an|my|our|their|this)?\s*(?:[a-z]+\s+)?$/i.test(
      before,
    )
  )
    return null;
  if (/\b(?:between|than|compared)\b/i.test(before)) return null;
  // "it almost looked like a cheese crisp pizza": a thing it was likened to is not what was served.
  if (LIKENED.test(before)) return null;
  // "the daily drink and food specials": either half of two kinds of one thing is left to the reading of the whole.
  const kinds = /^\s+and\s+(?:[a-z]+\s+)?(?:specials|deals|options|offerings|selections?|choices|menus)\b/i;
  if (nouns.includes(' ') && kinds.test(text.slice(at + nouns.length))) return null;
  if (SHARED_HEAD.test(nouns) && /[a-z]+\s+[a-z]+\s+and\s+$/i.test(text.slice(Math.max(0, at - 30), at)))
    return null;
  // "my old Epson printed the color far better": praise in a sentence about another product or place is not ours.
  const opening = Math.max(
    text.lastIndexOf('. ', at),
    text.lastIndexOf('! ', at),
    text.lastIndexOf('? ', at),
    0,
  );
  if (turnAway(text.slice(opening, at)) >= 0) return null;
  // "simple enough" is a shrug, not praise.
  if (a.words.some((w) => text.slice(at, at + 120).includes(`${w} enough`))) return null;
  // "The dining facility is quite simple, not elegant": taken back before the sentence ends.
  const rest = /^[^.!?]*/.exec(text.slice(at + nouns.length))?.[0] ?? '';
  if (faultedAgain(nouns, rest)) return null;
  if (
    a.words.some((w) => {
      const i = rest.indexOf(w);
      return i >= 0 && TAKEN_BACK.test(rest.slice(i + w.length));
    })
  )
    return null;
  // The determiner as the reviewer wrote it, where it stands at the aspect: "your assistance" is ours.
  const written = /\b(my|our|your|their)\s+$/i.exec(text.slice(Math.max(0, at - 8), at))?.[1];
  // "fantastic dance, sports, yoga and tumbling classes": the head the list shares names the thing.
  // "so easy entry and exit": the ease is of the pair, so the pair is named, or nothing where the pair does not read
  // as one thing; "the entry" alone lifts half the phrase.
  const pair = !nouns.includes(' ') && a.words.some((w) => EASE.test(w)) ? PAIRED.exec(rest)?.[1] : undefined;
  const paired = pair && !PRAISE_WORD.test(pair) && !NOT_NOUN.test(pair) ? `${nouns} and ${pair}` : nouns;
  const thing = LIST_HEAD.exec(rest)?.[1] ?? paired;
  const subject = written
    ? subjectOf(thing, written)
    : subjectOf(thing, a.subject.split(' ')[0] ?? 'the', false);
  if (!subject) return null;
  // "well kept, clean, great service": a word in a list before the thing describes the place, not the service; only a
  // word joined to the thing ("clean rooms", "the rooms were clean") is told back.
  const lead = text.slice(Math.max(0, at - 60), at);
  const joinedTo = (x: string) => {
    const i = lead.lastIndexOf(x);
    return i < 0 || !/[,;]/.test(lead.slice(i + x.length));
  };
  // "deep fried", "deep dish": a way of cooking, not how deep it was; "easy to follow": how easy it was to do
  // something with, not how easy it was.
  const otherSense = (x: string) =>
    new RegExp(`\\b${x}[- ](?:fried|dish)\\b`, 'i').test(text.slice(Math.max(0, at - 30), at + 10)) ||
    new RegExp(`\\b${x}\\s+to\\s+[a-z]`, 'i').test(text.slice(at, at + 120));
  const words = a.descriptive
    ? a.words.filter(
        (x) => DESCRIBING.test(x) && joinedTo(x) && !subject.subject.split(' ').includes(x) && !otherSense(x),
      )
    : [];
  return {
    ...subject,
    words,
    strong: a.degree === 'so' || a.words.some((w) => STRONG_WORD.test(w)),
    at,
  };
}

type Subject = Pick<Praise, 'subject' | 'staff' | 'plural'>;

// The people who served the reviewer, said without a role: "very nice people", "the folks", "everyone".
const PEOPLE = /^(?:people|folks|guys|gals|ladies|everyone|everybody)$/;
const TEAM: Subject = { subject: 'the team', staff: true, plural: false };

// The business itself, praised for how it is kept or how it feels ("the hotel was nice and clean", "a clean, quiet
// hotel"); a bare verdict ("great hotel") names nothing a reply can tell back.
const PLACE =
  /^(?:hotel|motel|place|shop|store|restaurant|salon|spa|gym|studio|office|clinic|cafe|bar|garage|hospital|facility|facilities)$/;
const PLACE_WORDS =
  /^(?:clean|spotless|immaculate|tidy|comfortable|comfy|cozy|cosy|spacious|roomy|relaxing|peaceful|charming|beautiful|gorgeous|stunning|elegant|stylish|organi[sz]ed|well organi[sz]ed|convenient|welcoming)$/;
// A quiet hotel is a restful one; a quiet restaurant or shop may only have been empty.
const placeWord = (head: string, word: string): boolean =>
  PLACE_WORDS.test(word) || (/^(?:hotel|motel)$/.test(head) && /^(?:quiet|calm)$/.test(word));

/** "the hotel", "the whole place": the business itself, when the reviewer described it in a way a reply can repeat. */
function placeOf(nouns: string, said: Array<string | undefined>): Subject | null {
  const words = nouns.trim().toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length > 2 || (words.length === 2 && !/^(?:whole|entire)$/.test(words[0] ?? ''))) return null;
  if (!PLACE.test(head) || !said.some((w) => w !== undefined && placeWord(head, w.toLowerCase())))
    return null;
  return { subject: `the ${words.join(' ')}`, staff: false, plural: head === 'facilities' };
}

/** The thing praised, or else the business itself where it was described. */
const thingOf = (nouns: string, determiner: string, said: Array<string | undefined>): Subject | null =>
  subjectOf(nouns, determiner) ?? placeOf(nouns, said);

/**
 * "the mac and cheese", "their flavor and texture": two single things named as one, as the reviewer put them, so a
 * dish is never cut in two ("the mac and the cheese").
 */
function pairOf(one: string, two: string, determiner: string, plural: boolean, most = 1): Subject | null {
  const fits = (x: string) => x.trim().split(/\s+/).length <= most;
  const a = fits(one) ? subjectOf(one, determiner) : null;
  const b = fits(two) ? subjectOf(two, determiner) : null;
  if (!a || !b || a.staff || b.staff) return null;
  return { subject: `${a.subject} and ${b.subject.replace(/^\S+ /, '')}`, staff: false, plural };
}

/** The thing praised, facing the reader: "my room" → "your room", "their tacos" or a staff word → "our". */
function subjectOf(nouns: string, determiner: string, raw = true): Subject | null {
  const words = nouns.trim().toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  // "the people were super nice", "the folks here are friendly": the people a reviewer met at a business are its
  // staff; "my people", "our guys" are the reviewer's own.
  if (words.length === 1 && head && PEOPLE.test(head))
    return (raw ? /^(?:my|our)$/i : /^(?:my|your)$/i).test(determiner) ? null : TEAM;
  // "the battery life" is a part of the product, though a life alone is no thing to thank for; "the waiting area" is a
  // part of the place, though "the area" is the neighbourhood.
  const vague =
    NOT_PRAISE.has(head ?? '') &&
    !(head === 'life' && words.join(' ') === 'battery life') &&
    !(head === 'area' && PART_OF_PLACE.test(words.at(-2) ?? ''));
  if (!head || words.some((w) => NOT_NOUN.test(w) || !/^[a-z]+(?:-[a-z]+)*$/.test(w)) || vague) return null;
  // "the gadget-products": a head joined by a hyphen is as vague as its last part.
  if (head.includes('-') && NOT_PRAISE.has(head.split('-').pop() ?? '')) return null;
  // A hyphenated word before the head ("back-lit") is read as one word, as the tagger knows it ("backlit").
  const tagged = [...words.slice(0, -1).map((w) => w.replace(/-/g, '')), head].join(' ');
  // "The remote": a thing the tagger reads as a describing word when it stands alone.
  if (PRAISE_WORD.test(head) || (!isNounPhrase(`the ${tagged}`) && !READ_AS_DESCRIBING.test(tagged)))
    return null;
  // "good fit excellent sound", "good quality material": a praise word inside the run joins two praises or describes
  // the thing; either way the run is no one thing a reply can name.
  if (words.slice(0, -1).some((w) => VERDICT_WORD.test(w) || /^(?:quality|looking)$/.test(w))) return null;
  // "good looking", "great sounding": a participle is how it seemed, never the thing.
  if (/^(?:looking|sounding|feeling|smelling|tasting|working|running|fitting)$/.test(head)) return null;
  // "the free wifi", "the complimentary breakfast": repeated in a public reply, it reads like a reward, so the thing
  // itself is named ("the airport shuttle"); a reward and nothing more ("the refund", "a gift card") is not.
  if (words.length > 1 && FREE.test(words[0] ?? ''))
    return subjectOf(words.slice(1).join(' '), determiner, raw);
  if (words.some((w) => REWARD_WORDS.test(w))) return null;
  if (/ly$/.test(head) && !/(?:belly|jelly|family|assembly)$/.test(head)) return null;
  // "a very nice looking box": a participle before the noun describes it, it is not part of what was praised.
  if (
    words
      .slice(0, -1)
      .some((w) => /^(?:looking|sounding|feeling|smelling|tasting|working|running|fitting)$/.test(w))
  )
    return null;
  const phrase = words.join(' ');
  // "good knowledge and patience": a quality of the people, named as theirs.
  if (words.length === 1 && STAFF_QUALITY.test(head))
    return { subject: `the team's ${phrase}`, staff: false, plural: false };
  const staff = STAFF.test(phrase) || STAFF.test(head);
  // The staff are "the staff" in a reply; a dish is "our" only where the reviewer said "their".
  // In the review's own words "my"/"our" is the reviewer's ("your room") and "your"/"their" the business's ("our
  // tacos"); the aspect reader has already turned them to face the reader.
  const theirs = raw ? /^(?:my|our)$/i : /^(?:my|your)$/i;
  const ours = raw ? /^(?:your|their)$/i : /^(?:our|their)$/i;
  const det = theirs.test(determiner) && !staff ? 'your' : ours.test(determiner) && !staff ? 'our' : 'the';
  const plural = /[^s]s$/.test(head) || /^(?:staff|people|crew|team)$/.test(head);
  return { subject: `${det} ${phrase}`, staff, plural };
}

/**
 * The fullest run of the words that names one thing: "house made chopped chicken livers" is read as "the chopped
 * chicken livers" or "the chicken livers" when the longer run does not read as a name.
 */
function longestThing(nouns: string, determiner: string): Subject | null {
  // "house made", "home made": one word to a reader, kept whole.
  const words = nouns
    .trim()
    .replace(/\b(house|home|hand) made\b/gi, '$1-made')
    .split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const subject = subjectOf(words.slice(i).join(' '), determiner);
    if (subject) return subject;
  }
  return null;
}

// "Brunch was pretty good", "the room was quite nice": a hedge, not feeling; the praise is told back no warmer.
const HEDGE = /^(?:pretty|quite|fairly|rather|reasonably)$/i;

function praiseOf(subject: Subject | null, said: Array<string | undefined>, degree: string, at: number) {
  if (!subject) return null;
  const words = said.filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
  // "the quick puncture repair": a word already in the name is not told back again ("how quick the quick …").
  const head = subject.subject.split(' ').pop() ?? '';
  const described = words.filter(
    (w) =>
      DESCRIBING.test(w) &&
      !subject.subject.split(' ').includes(w) &&
      (!NOT_PRAISE.has(head) || placeWord(head, w) || subject.subject.endsWith(' battery life')),
  );
  return {
    ...subject,
    words: described.slice(0, 2),
    strong: degree.split(/\s+/).some((w) => w && !HEDGE.test(w)) || words.some((w) => STRONG_WORD.test(w)),
    at,
  };
}

// "This place never fails, the food is delicious": a "never" that praises, not one that takes the praise back.
const NEVER_FAILS = /\bnever (?:fails?|disappoints?|misses)\b/gi;

function predicates(said: string): Praise[] {
  const out: Praise[] = [];
  // ", but the fried alligator was amazing": the joining word after a comma is blanked (offsets kept), so the thing
  // after it is read rather than "but the fried alligator" being refused as a whole.
  const sentence = said
    .replace(/([,;:]\s*)(?:and|but|yet)(?=\s)/gi, (m, lead: string) => lead.padEnd(m.length, ' '))
    // "But the croissants were outstanding": the same for a joining word opening the sentence.
    .replace(/^\s*(?:and|but|yet|so|plus)(?=\s)/i, (m) => ' '.repeat(m.length))
    // "the decor of the restaurant was phenomenal": the place it belongs to is not part of what was praised.
    .replace(
      /(?<=[a-z]) of (?:the|this) (?:restaurant|place|hotel|shop|store|salon|spa|building|room|rooms|office|clinic)(?= (?:is|are|was|were)\b)/gi,
      (m) => ' '.repeat(m.length),
    );
  for (const m of sentence.matchAll(PREDICATE)) {
    const before = sentence.slice(0, m.index ?? 0);
    // "Not only is the food…", "never were the rooms…": a turn of phrase, left to the rest of the reading.
    if (NEGATED.test(before.slice(-12).replace(NEVER_FAILS, ''))) continue;
    // "simple enough", "good enough": a shrug, not praise.
    if (/^\s*enough\b/.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    if (TAKEN_BACK.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    // The turn was blanked above; the sentence as said still has it.
    if (faultedAgain(m[2] ?? '', /^[^.!?]*/.exec(said.slice((m.index ?? 0) + m[0].length))?.[0] ?? ''))
      continue;
    // "the drip coffee and latte were flavorful": each of the things joined by "and" was praised.
    const [one, two] = (m[2] ?? '').split(' and ');
    const singular = /\b(?:is|was|has|tastes|looks|feels|seems|smells)\b/i.test(m[0]);
    // "the mac and cheese was amazing": two bare words joined by "and" are named together, as one dish or one pair.
    const joined =
      two !== undefined
        ? pairOf(
            one ?? '',
            two,
            m[1]?.trim() ?? 'the',
            !singular,
            // "The red beans and rice was really tasty": with a verb for one thing, the pair is one dish. "Audio and
            // video quality is excellent" is two things with one word.
            singular && !two.trim().includes(' ') ? 2 : 1,
          )
        : null;
    if (joined) {
      const p = praiseOf(joined, [m[4], m[5]], m[3] ?? '', m.index ?? 0);
      if (p) out.push(p);
      continue;
    }
    if (two !== undefined) {
      for (const thing of [one, two.replace(/^(?:the|their|our|my|your)\s+/, '')]) {
        const each = praiseOf(
          subjectOf(thing ?? '', m[1]?.trim() ?? 'the'),
          [m[4], m[5]],
          m[3] ?? '',
          m.index ?? 0,
        );
        if (each) out.push(each);
      }
      continue;
    }
    // "the instructor was very easy to follow": easy to do something with, not easy itself; the thing is named plainly.
    const told = /^\s+to\s+[a-z]/.test(sentence.slice((m.index ?? 0) + m[0].length)) ? [] : [m[4], m[5]];
    // "Clean rooms was a plus": a describing word opening a bare run is how the thing was, the rest is the thing.
    const opened = m[1] ? null : /^([a-z]+)\s+([a-z].*)$/.exec(m[2] ?? '');
    const [thing, how] =
      opened?.[1] && opened[2] && DESCRIBING.test(opened[1])
        ? [opened[2], [opened[1], ...told]]
        : [m[2] ?? '', told];
    const p = praiseOf(thingOf(thing, m[1]?.trim() ?? 'the', how), how, m[3] ?? '', m.index ?? 0);
    if (p) out.push(p);
    // "The carrot cake and the puncture repair were fantastic": both things were praised.
    const lead = before + (/^(?:and|but)\s+/i.exec(m[0])?.[0] ?? '');
    const pair = /(?:^|\s)(the|our|my|their|your)\s+([a-z]+(?:\s+[a-z]+){0,2})\s+and\s*$/i.exec(lead);
    // "the daily drink and food specials are great": two kinds of one thing, named as "the daily specials".
    const shared = SHARED_HEAD.exec(m[2] ?? '')?.[0].trim();
    if (pair?.[2]?.includes(' ') && shared) {
      const kind = `${pair[2].split(' ').slice(0, -1).join(' ')} ${shared}`;
      const both = praiseOf(subjectOf(kind, pair[1] ?? 'the'), [m[4], m[5]], m[3] ?? '', pair.index);
      if (p && both) out.splice(out.indexOf(p), 1, both);
      continue;
    }
    const first = pair
      ? praiseOf(thingOf(pair[2] ?? '', pair[1] ?? 'the', [m[4], m[5]]), [m[4], m[5]], m[3] ?? '', pair.index)
      : null;
    if (p && first) out.push(first);
  }
  return out;
}

// "their Cross Training classes and they are amazing", "the pad thai and it was divine": praise said of the thing
// just named. The business's own name for it ("Cross Training") is left out; the thing itself is what a reply names.
const AND_THEY_WERE = new RegExp(
  `\\b(their|your|the)\\s+((?:[\\p{L}-]+\\s+){0,3}?[a-z][a-z-]*)(?:\\s+for\\s+(?:dinner|lunch|breakfast|brunch|dessert))?,?\\s+and\\s+(?:(?:i\\s+|we\\s+)?(?:thought|found)\\s+)?(?:they|those|it)\\s+(?:are|were|is|was)\\s+(${DEGREE}\\s+)*(${WORD})(?![\\p{L}-])`,
  'gu',
);

// "Staff was great and so was breakfast": a second thing given the same praise in the same breath.
const SO_WAS = new RegExp(
  `(?<![\\p{L}-])(${WORD})(?![\\p{L}-])[^.!?;]{0,40}?(?:,|\\band)\\s+so\\s+(?:was|were|is|are)\\s+(?:(the|their|our|my|your)\\s+)?([a-z][a-z-]*)(?=\\s*[,.!;)]|\\s*$|\\s+(?:and|the|this|that|on|at|in|for|with|when|too)\\b)`,
  'giu',
);

function soWas(sentence: string): Praise[] {
  const out: Praise[] = [];
  for (const m of sentence.matchAll(SO_WAS)) {
    const at = (m.index ?? 0) + m[0].length - (m[3] ?? '').length;
    const p = praiseOf(subjectOf(m[3] ?? '', m[2] ?? 'the'), [m[1]], '', at);
    if (p) out.push(p);
  }
  return out;
}

function andTheyWere(sentence: string): Praise[] {
  const out: Praise[] = [];
  for (const m of sentence.matchAll(AND_THEY_WERE)) {
    const nouns = (m[2] ?? '').split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w));
    const p = praiseOf(subjectOf(nouns.join(' '), m[1] ?? 'the'), [m[4]], m[3] ?? '', m.index ?? 0);
    if (p) out.push(p);
  }
  return out;
}

// "Very clean, very comfortable, staff amazing", "food delicious and service great": a thing and its praise in a list,
// with no verb between them. Only the surest words, and only a whole clause: "the food was amazing" is read above.
const BARE =
  /(?:^\s*|[,;:]\s*|\band\s+)(?:the\s+)?(?!(?:so|very|really|super|absolutely|just|all|everything|works?|worked|looks?|looked|sounds?|sounded|fits?|runs?|ran|feels?|felt|tastes?|tasted|smells?|went|goes|turned|came|does|did|seems?|seemed|performs?|performed|holds?|held|plays?|played)\s)([a-z]+)\s+(?:(?:so|very|really|super|absolutely|just)\s+)?(amazing|awesome|excellent|fantastic|wonderful|superb|outstanding|incredible|phenomenal|fabulous|terrific|brilliant|exceptional|impeccable|perfect|great|friendly|delicious|helpful|spotless|immaculate)(?=\s*(?:[,.!;:]|\band\b|$))/giu;

// "Breakfast was included which was great", "free parking was provided, which was a bonus": a thing the stay came
// with, praised in the clause after it.
const INCLUDED = new RegExp(
  `(?:^\\s*|[,;:]\\s*|\\band\\s+)(?:the\\s+|a\\s+|an\\s+)?([a-z]+(?:\\s+[a-z]+)?)\\s+(?:was|were)\\s+(?:included|provided|available|offered|complimentary|free),?\\s+(?:which|and (?:it|they))\\s+(?:was|were|is|are)\\s+(?:${DEGREE}\\s+)?(${VERDICT})(?![\\p{L}-])`,
  'giu',
);

// "They even offer free delivery with the furniture", "the shop gives free estimates": a service given free, told as
// a reason to come, which is praise of it whatever words go with it. The thing is named as "the delivery".
const GIVEN_FREE =
  /\b(?:they|the (?:owners?|shop|store|staff|team|hotel|restaurant|salon|garage)) (?:even |also |always |will )?(?:offer|offers|offered|provide|provides|provided|give|gives|gave|do|does|did) (?:a |you )?(free (?:delivery|shipping|parking|wi-?fi|breakfast|refills|samples|estimates?|quotes?|consultations?|installation|assembly|alterations|inspections?|checks?|upgrades?|coffee|dessert|tastings?))\b/giu;

function toldBare(sentence: string): Praise[] {
  const out: Praise[] = [];
  for (const m of [...sentence.matchAll(BARE), ...sentence.matchAll(INCLUDED)]) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const p = praiseOf(subjectOf(m[1] ?? '', 'the'), [m[2]], '', at);
    if (p) out.push(p);
  }
  for (const m of sentence.matchAll(GIVEN_FREE)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    // Named without "free", as any free thing is: said back in public, the word reads like a reward. Told as a reason
    // to come, it is said with feeling, as "amazing" would be.
    const p = praiseOf(subjectOf(m[1] ?? '', 'the'), [], '', at);
    if (p) out.push({ ...p, strong: true });
  }
  return out;
}

function attributes(sentence: string): Praise[] {
  const out: Praise[] = [];
  for (const m of sentence.matchAll(ATTRIBUTE)) {
    const at = m.index ?? 0;
    // "near perfect harmony", "almost perfect": short of the praise it names.
    if (
      /\b(?:near|nearly|almost|not quite)\s+$/i.test(
        sentence.slice(Math.max(0, at - 12), at + (m[0].match(/^\S*\s*/)?.[0].length ?? 0)),
      )
    )
      continue;
    if (NEGATED.test(sentence.slice(Math.max(0, at - 10), at + 1))) continue;
    // "seated in a nice booth", "makes a good remote control": a passing description, not what was praised.
    if (/^an?\s/i.test(m[0]) && /^(?:nice|good|decent|fine)$/i.test(m[1] ?? '')) continue;
    // "an honest mechanic is worth his weight in gold": a saying about any such thing.
    if (/^an?\s/i.test(m[0]) && /^\s*(?:is|are|was|were)\b/i.test(sentence.slice(at + m[0].length))) continue;
    // "the difference between a good copy…", "the perfect complement to a wonderful headset": a comparison. "On top
    // of the great instructors" adds one more thing praised.
    const lead = sentence.slice(0, at + (m[0].match(/^\S*\s*/)?.[0].length ?? 0));
    if (
      /\b(?:to|(?<!\bon top )of|than|between|like|as|from|about)\s+(?:an?|the)?\s*$|\b(?:between|than|compared)\b/i.test(
        lead,
      )
    )
      continue;
    // "the daily drink and food specials": the run before "and" shares the head that follows, so it names nothing.
    const after = sentence.slice(at + m[0].length);
    if ((m[3] ?? '').includes(' ') && /^\s+and\s+[a-z]+\s+[a-z]+s\b/i.test(after)) continue;
    // "fantastic dance, sports, yoga and tumbling classes": the first of a list of kinds is named by the head they share.
    const shared = LIST_HEAD.exec(after)?.[1];
    // "Very nice people, and fair prices": people praised are the staff only where the phrase stands alone; "we met
    // some very nice people at the bar" tells of other guests.
    if (
      PEOPLE.test(m[3] ?? '') &&
      !(
        /^(?:[,;:(]|and\b|\s*$)/i.test(after.trim() || ' ') &&
        /(?:^|[,;:(]|\band)\s*$/i.test(sentence.slice(0, at))
      )
    )
      continue;
    // "easy entry and exit", "quick check-in and checkout": one ease told of a pair of things; "the entry" alone lifts
    // half the phrase.
    const pair = EASE.test(m[1] ?? '') && !(m[3] ?? '').includes(' ') ? PAIRED.exec(after)?.[1] : undefined;
    const named = pair && !PRAISE_WORD.test(pair) && !NOT_NOUN.test(pair) ? `${m[3]} and ${pair}` : m[3];
    const p = praiseOf(thingOf(shared ?? named ?? '', 'the', [m[1], m[2]]), [m[1], m[2]], '', at);
    if (p) out.push(p);
  }
  return out;
}

const EASE = /^(?:easy|quick|fast|smooth|simple|speedy)$/i;
// "… and exit." : the second of a pair, closing the phrase.
const PAIRED = /^\s+and\s+([a-z][a-z-]*)\s*(?:[,.!;:)]|$)/i;

// ", sports, yoga and tumbling classes": the rest of a list of kinds and the plural head they share.
const LIST_HEAD = /^\s*,\s*(?:[a-z-]+\s*,\s*)*[a-z-]+,?\s+(?:and|or|&)\s+[a-z-]+\s+([a-z]+s)(?![\p{L}-])/u;

// "how knowledgeable and caring the staff was": the reviewer's own telling of it.
const HOW = new RegExp(
  `\\bhow (?:${DEGREE}\\s+)?(${WORD})(?:\\s+and\\s+(${WORD}))?\\s+((?:the|their|our|my|this|these)\\s+)([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}?)\\s+(?:was|were|is|are)\\b`,
  'giu',
);
// "They were incredibly honest and wonderfully skillful": the people who served them, praised as "they".
const THEY_WERE = new RegExp(
  `(?:^|[,;:]\\s*|\\band\\s+)they\\s+(?:were|are)\\s+(?:${DEGREE}\\s+|incredibly\\s+|wonderfully\\s+)*(${PEOPLE_WORDS})(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+|[a-z]+ly\\s+)*(${PEOPLE_WORDS}))?(?![\\p{L}-])(?!\\s+enough)`,
  'giu',
);

// "every person who works there is so nice", "everyone working here was friendly": the whole team, praised as one.
const EVERYONE_WORKING = new RegExp(
  `\\b(?:every(?:one| person| single person| member of staff)|everybody|all the people|all the staff)\\s+(?:who|that)?\\s*(?:works?|working)(?:\\s+(?:there|here|at [a-z]+))?\\s+(?:is|was|are|were)\\s+(?:${DEGREE}\\s+)*(${PEOPLE_WORDS}|nice|lovely|great|wonderful|amazing|awesome|fantastic)(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${PEOPLE_WORDS}))?(?![\\p{L}-])`,
  'giu',
);
// "the food is a 5", "the coffee was a ten": a top mark the reviewer gave one thing.
const TOP_MARK =
  /(?:^|[,;:]\s*|\band\s+|\bbut\s+)((?:the|their|your|our|my)\s+)([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:is|was|are|were)\s+(?:easily\s+|definitely\s+|solid\s+)?(?:a|an)\s+(?:5|10|11|five|ten|eleven)(?:\s*(?:\/|out of)\s*(?:5|10|five|ten))?(?![\p{L}\d])/giu;

// "they are very dog friendly", "the place was kid-friendly": a welcome for those who come with the reviewer. Said before
// a noun ("a family friendly approach") it describes that thing instead.
const FRIENDLY_TO =
  /\b(?:(very|so|super|really|extremely|incredibly)\s+)?(dog|pet|kid|child|family|baby)[- ]friendly\b(?=\s*(?:[,.!;:)]|\b(?:and|but|so|too|as well)\b|$))/giu;

// "very helpful about insurance issues", "so patient with the paperwork": the help itself is what was praised.
const HELP_WITH = new RegExp(
  `\\b(?:${DEGREE}\\s+)*(?:helpful|patient|knowledgeable|knowledgable)\\s+(?:with|about|in dealing with)\\s+(?:(the|my|our|all the|all of the|all of my|any)\\s+)?([a-z]+(?:\\s+[a-z]+)?)(?=\\s*(?:[,.!;:)]|\\band\\b|\\bfor\\b|\\bwhen\\b|$))`,
  'giu',
);

/** A part of a bigger business whose word alone may name a business of its own: "the spa", "the bar". */
const partOfBusiness = (word: string): Subject | null =>
  /^(?:spa|gym|bar|restaurant|cafe|lounge)$/i.test(word)
    ? { subject: `the ${word.toLowerCase()}`, staff: false, plural: false }
    : null;

// "The hotel was quite lovely--especially the spa!!": the thing singled out in a sentence of praise.
const ESPECIALLY = new RegExp(
  `\\b(?:${WORD})\\b[^.!?]*?\\b(?:especially|particularly|above all)\\s+(the|their|your|our)\\s+([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}?)(?=\\s*(?:[,.!;:)-]|$))`,
  'giu',
);

// "Staff very friendly, rooms very clean", "the people super nice": praise jotted down without a verb, each thing
// opening its own clause and the clause ending with the praise. A clause opened by "and" ("and tastes fresh") goes on
// from a verb, so it is not read.
const JOTTED = new RegExp(
  `(?:^\\s*|[,;:]\\s*)((?:the|their|our|my|your)\\s+)?((?!${DEGREE}\\s)[a-z][a-z-]*(?:\\s+(?!${DEGREE}\\s)[a-z][a-z-]*)?)\\s+((?:${DEGREE}\\s+)*)(${WORD})(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${DESCRIPTION}))?(?=\\s*(?:[,.!;:)]|\\band\\b|$))`,
  'giu',
);
// "greeted by the bartender, very friendly": a member of staff and the praise set beside them.
const STAFF_ASIDE = new RegExp(
  `\\b(the|our|my|their|your)\\s+([a-z]+(?:\\s+[a-z]+)?),\\s+((?:${DEGREE}\\s+)*)(${PEOPLE_WORDS}|nice|lovely|pleasant|sweet|great|wonderful|amazing|awesome|fantastic)(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${PEOPLE_WORDS}))?(?![\\p{L}-])`,
  'giu',
);
// "I ended up getting the raspberry cake. Very moist and flavorful.": a sentence of describing words alone, said of the
// thing the sentence before it ended on.
const ONLY_WORDS = new RegExp(
  `^\\s*((?:${DEGREE}\\s+)*)(${DESCRIPTION})(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${DESCRIPTION}))?\\s*[.!]*\\s*$`,
  'iu',
);
// "We decided on the brownie and I'm glad we did! It was huge, warm, and so tasty.": a sentence telling how "it" was,
// a list of words ending on a describing one, said of the one thing the sentence before it was about.
const IT_WAS_WORDS = new RegExp(
  `^\\s*(?:it\\s+(?:was|is|tasted|tastes)|it's)\\s+((?:${DEGREE}\\s+)*)((?:[a-z-]+,?\\s+){0,4}?)(?:and\\s+)?((?:${DEGREE}\\s+)*)(${DESCRIPTION})\\s*[.!]*\\s*$`,
  'iu',
);
const ENDS_ON_THING =
  /\b(?:got|getting|ordered|had|tried|bought|chose|picked up|went with|ended up with|decided on|settled on|split|shared)\s+(the|a|an|their|our|my|some)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?:\s+and\s+(?:[Ii]|[Ww]e)(?:['’]m|['’]re| am| are| was| were)\s+(?:so\s+|really\s+)?glad\s+(?:[Ii]|we)\s+did)?\s*[.!]*\s*$/u;

const HOLDS_BACK =
  /^(?:not|never|no|too|less|bit|little|overly|kind|sort|of|a|an|the|but|only|somewhat|slightly|barely|hardly|rather|fairly|ok|okay|alright|bland|dry|cold|stale|soggy|burnt|salty|greasy|overcooked|undercooked)$/i;

function followedUp(before: string, sentence: string, at: number): Praise | null {
  const m = ONLY_WORDS.exec(sentence);
  const it = m ? null : IT_WAS_WORDS.exec(sentence);
  const thing = m || it ? ENDS_ON_THING.exec(before) : null;
  if (!thing) return null;
  // "the White Chocoholic Raspberry cake": the business's own name for it is left out; the thing itself is named.
  const nouns = (thing[2] ?? '')
    .split(/\s+/)
    .filter((w) => !/^\p{Lu}/u.test(w))
    .join(' ');
  if (m) return praiseOf(longestThing(nouns, thing[1] ?? 'the'), [m[2], m[3]], m[1] ?? '', at);
  // Of "huge, warm, and so tasty" the words a reply can tell back, the last two; "not", "a bit" or "too" in the list
  // takes the praise back.
  const list = (it?.[2] ?? '').split(/[,\s]+/);
  if (list.some((w) => HOLDS_BACK.test(w))) return null;
  const listed = list.filter((w) => DESCRIBING.test(w.toLowerCase()));
  const said = [...listed, it?.[4]].slice(-2);
  // Only a thing the sentence is sure to be about: one, not "the fries" under "it".
  const subject = longestThing(nouns, thing[1] ?? 'the');
  if (!subject || subject.plural || subject.staff) return null;
  return praiseOf(subject, said, `${it?.[1] ?? ''} ${it?.[3] ?? ''}`.trim(), at);
}

// "Staff greeted us at once and were very pleasant", "the technicians that came to install it were very polite": the
// staff praised after what they did.
const STAFF_DID = new RegExp(
  `(?:^\\s*|[,;:]\\s*|\\band\\s+)((?:the|our|their|your)\\s+)?([a-z]+(?:\\s+[a-z]+)??)\\s+(?:(?:that|who)\\s+(?:[a-z']+\\s+){1,5}?|(?:[a-z']+\\s+){1,5}?and\\s+)(?:were|was|are|is|(?:has|have) been)\\s+((?:${DEGREE}\\s+)*)(${PEOPLE_WORDS}|pleasant|nice|lovely|sweet|great|wonderful|amazing|awesome|fantastic)(?:,?\\s+(?:and\\s+)?(?:${DEGREE}\\s+)*(${PEOPLE_WORDS}|pleasant))?(?![\\p{L}-])`,
  'giu',
);
// "their attention to detail is top notch", "pays so much attention to detail", "great attention to detail": the care
// taken, praised as the reviewer named it.
const DETAIL = new RegExp(
  `\\b(?:(?:pays?|paid|paying)\\s+(?:(?:so\\s+much|such|great|close|real|careful|a lot of)\\s+)?attention to detail\\b|(?:great|amazing|incredible|impeccable|meticulous|excellent|careful|fantastic|wonderful|such|superb)\\s+attention to detail\\b|attention to detail\\s+(?:is|was|has been)\\s+(?:${DEGREE}\\s+)*(?:${WORD})(?![\\p{L}-]))`,
  'giu',
);
// Words that make a jotted clause a verb's ("looks great", "arrived quick"), never a thing and its praise.
const NOT_JOTTED =
  /^(?:looks?|tastes?|smells?|feels?|sounds?|seems?|works?|runs?|fits?|arrived|came|went|got|gets?|made|makes?|keeps?|kept|stayed|stays?|left|was|is|are|were|be|been|became|very|so|just|really|also)$/;
// "patched the tire in 10 minutes flat", "had the battery replaced in no time": repair work done quickly, told by the
// clock. A meal ready in ten minutes or a wait of ten minutes is something else.
const QUICK_WORK =
  /\b(?:fixed|patched|repaired|replaced|changed|installed|mounted|balanced|diagnosed|serviced|swapped|rotated|aligned|sorted)\b[^.!?;]{0,40}?\b(?:in|within)\s+(?:(?:about|around|under|less than|only|just|like)\s+)?(?:(?:[1-9]|[12]\d|30|five|ten|fifteen|twenty|thirty|a few)\s+min(?:ute)?s\b|no time|record time|a jiffy|half an hour)/giu;
// "they kept me updated on the progress", "kept us informed every step of the way": word of how the work went, given
// without being asked, which a customer waiting on a car or a job values.
const KEPT_UPDATED =
  /\b(?:kept|keeps|keep|keeping)\s+(?:me|us)\s+(?:(?:well|fully|constantly|regularly|always|very well)\s+)?(?:updated|informed|posted|in the loop|up to date)\b/giu;
// "in a great location", "the location was perfect", "Location is tremendous", "close to everything": where the
// business stands. "This location" and "the new location" are the branch itself, not where it is, and "a central
// location in my house" is where the reviewer put what they bought.
const AT_HOME =
  '(?!\\s+(?:in|inside|within|of)\\s+(?:my|our)\\s+(?:[\\p{L}\\d,-]+\\s+){0,4}?(?:house|home|apartment|flat|room|office|basement|kitchen|garage|bedroom)\\b)';
const LOCATION = new RegExp(
  `(?<!\\b(?:this|that|new|old|other|another|second|first)\\s)\\b(?:(?:great|perfect|excellent|convenient|ideal|fantastic|wonderful|amazing|awesome|prime|central|superb)\\s+location\\b${AT_HOME}|(?:conveniently|centrally|perfectly|ideally)\\s+located\\b${AT_HOME}|close to everything\\b|(?:within\\s+)?walking distance\\s+(?:to|from|of)\\b|(?:^|[,;:]\\s*|\\band\\s+|\\bbut\\s+)(?:the )?location (?:is|was) (?:${DEGREE}\\s+)*(?:great|perfect|excellent|convenient|ideal|fantastic|wonderful|amazing|awesome|superb|unbeatable|tremendous|outstanding|terrific|fabulous|brilliant|second to none|hard to beat|top notch)\\b)`,
  'giu',
);

const VAGUE_HELP =
  /^(?:suggestions?|information|info|recommendations?|advice|questions?|everything|anything|choices?|selections?|options?)$/;

// "I have dreams about that bread pudding", "I still dream of their pho": the thing the reviewer longs for.
const DREAMT =
  /\b(?:i|we)\s+(?:still\s+|often\s+|literally\s+)?(?:(?:have|had)\s+dreams|dream|dreamt|dreamed|crave|think)\s+(?:about|of)\s+(the|that|their|your|those|these)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s*(?:[,.!;:)]|\band\b|\ball\b|\bevery\b|\bsometimes\b|\boften\b|\bstill\b|\ba lot\b|\bat night\b|\bto\s+this\b|$))/giu;

// "the fantastic quality of the video picture", "the resolution and quality of the picture is amazing": the part of
// the product whose quality was praised, named as the reviewer would ("the picture").
const QUALITY_OF = new RegExp(
  `\\b(?:(${WORD})\\s+)?(?:(?:quality|clarity|sharpness|resolution|crispness|richness|fidelity)\\s+and\\s+)?(?:quality|clarity|sharpness|resolution|crispness|richness|fidelity)\\s+of\\s+(?:the|its|this|their|these)\\s+((?:video\\s+|audio\\s+|sound\\s+|lcd\\s+)?(?:picture|pictures|sound|video|image|images|display|screen|audio|prints?|photos|bass|voices?|calls?|signal|reception|music|playback))(?![\\p{L}-])(?:\\s+(?:is|was|are|were)\\s+(?:${DEGREE}\\s+)*(${WORD})(?![\\p{L}-]))?`,
  'giu',
);

// "my order was ready for pick up by noon", "the cakes were ready within an hour": an order made ready quickly, told by
// the clock. "Usually ready in 15 minutes" is a habit, not this order.
const READY_BY =
  /\b(?:(?:my|our|the)\s+)(?:order|orders|cakes?|food)\s+(?:was|were)\s+(?:all\s+)?ready\s+(?:for\s+(?:pick\s*-?\s*up|collection)\s+)?(?:by\s+(?:noon|lunch(?:time)?|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)|(?:in|within)\s+(?:(?:about|around|under|less than|only|just)\s+)?(?:(?:an?|one|two|three|\d+)\s+hours?|half an hour|(?:\d+|ten|fifteen|twenty)(?:-\d+)?\s+min(?:ute)?s|no time))/giu;

// "The installation went flawlessly", "the move went like clockwork": a job, an event or a stay that went well, told
// back as the reviewer said it went.
const WENT_WELL =
  /\b(?:the|our|my) ((?:[a-z]+ )?(?:installation|install|move|removal|repair|job|surgery|procedure|wedding|event|party|delivery|check-?in|checkout|fitting|closing|renovation|remodel|transfer|process|transaction|appointment))\s+went\s+(?:so |very |really |just |absolutely |completely |incredibly )?(flawlessly|smoothly|perfectly|seamlessly|beautifully|like clockwork|(?:off )?without a hitch)(?![\p{L}-])/giu;

function loved(sentence: string): Praise[] {
  const out: Praise[] = [];
  for (const m of sentence.matchAll(WENT_WELL)) {
    const thing = (m[1] ?? '').toLowerCase();
    const how = /^(?:flawlessly|smoothly|perfectly|seamlessly|beautifully)$/i.test(m[2] ?? '')
      ? (m[2] ?? '').toLowerCase()
      : 'smoothly';
    out.push({
      subject: `the ${thing}`,
      staff: false,
      plural: false,
      words: [],
      strong: true,
      how: `${how} the ${thing} went`,
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(READY_BY)) {
    if (/\b(?:usually|normally|always|typically|not|never)\b/i.test(sentence.slice(0, m.index ?? 0)))
      continue;
    // Told as the turnaround, so the note's own line about "your order" does not name the order twice; a dish
    // described beside it comes first.
    out.push({
      subject: 'the turnaround',
      staff: false,
      plural: false,
      words: [],
      strong: false,
      how: 'quick the turnaround was',
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(QUALITY_OF)) {
    const at = m.index ?? 0;
    // "not the best quality of sound": the praise word must stand, unnegated, before or after the thing.
    if (!m[1] && !m[3]) continue;
    if (NEGATED.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    const thing = subjectOf(m[2] ?? '', 'the');
    if (thing)
      out.push({
        ...thing,
        words: [],
        strong: [m[1], m[3]].some((w) => w && STRONG_WORD.test(w.toLowerCase())),
        at,
      });
  }
  for (const m of sentence.matchAll(DREAMT)) {
    const det = /^(?:the|that|those|these)$/i.test(m[1] ?? '') ? 'the' : (m[1] ?? 'the');
    const thing = subjectOf(m[2] ?? '', det);
    const at = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    if (thing && !thing.staff) out.push({ ...thing, words: [], strong: true, star: true, at });
  }
  for (const m of sentence.matchAll(ESPECIALLY)) {
    // "the hotel was lovely, especially the spa": a part of the business singled out, though the word alone may name
    // a business of its own.
    const subject = subjectOf(m[2] ?? '', m[1] ?? 'the') ?? partOfBusiness(m[2] ?? '');
    const at = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    if (subject && !subject.staff) out.push({ ...subject, words: [], strong: true, star: true, at });
  }
  for (const m of sentence.matchAll(HELP_WITH)) {
    const det = /^(?:my|our|all of my)$/i.test(m[1] ?? '') ? 'my' : 'the';
    // "insurance issues": the trouble is the reviewer's; the help was with the insurance.
    const thing = subjectOf(
      (m[2] ?? '').replace(/\s+(?:issues|problems|questions|matters|stuff|side)$/, ''),
      det,
    );
    // "helpful with suggestions": advice is how the staff helped, not a matter they took off the reviewer's hands.
    if (!thing || thing.staff || VAGUE_HELP.test(thing.subject.split(' ').pop() ?? '')) continue;
    out.push({
      ...thing,
      subject: `the help with ${thing.subject}`,
      plural: false,
      words: [],
      strong: true,
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(JOTTED)) {
    const nouns = m[2] ?? '';
    if (nouns.split(' ').some((w) => NOT_JOTTED.test(w))) continue;
    const p = praiseOf(
      thingOf(nouns, m[1]?.trim() ?? 'the', [m[4], m[5]]),
      [m[4], m[5]],
      m[3] ?? '',
      m.index ?? 0,
    );
    // A bare verdict with no degree ("service good") says too little to tell a thing from a verb; "super nice" does.
    if (p && (p.words.length > 0 || (m[3] ?? '').trim().length > 0)) out.push(p);
  }
  for (const m of [...sentence.matchAll(STAFF_ASIDE), ...sentence.matchAll(STAFF_DID)]) {
    const who = subjectOf(m[2] ?? '', m[1] ?? 'the');
    const p = who?.staff ? praiseOf(who, [m[4], m[5]], m[3] ?? '', m.index ?? 0) : null;
    if (p) out.push(p);
  }
  for (const m of sentence.matchAll(DETAIL)) {
    if (NEGATED.test(sentence.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0))) continue;
    const at = m.index ?? 0;
    out.push({
      subject: 'the attention to detail',
      staff: false,
      plural: false,
      words: [],
      strong: true,
      at,
    });
  }
  for (const m of sentence.matchAll(KEPT_UPDATED)) {
    // "they never kept me informed", "nobody kept us updated": a fault, not praise.
    const lead = sentence.slice(Math.max(0, (m.index ?? 0) - 16), (m.index ?? 0) + m[0].length);
    if (NEGATED.test(lead) || /\b(?:nobody|no one|no-one)\b/i.test(lead)) continue;
    out.push({
      subject: 'the progress updates',
      staff: false,
      plural: true,
      words: [],
      strong: true,
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(QUICK_WORK)) {
    // "they couldn't get it fixed in ten minutes": a hope, not what happened.
    if (NEGATED.test(sentence.slice(0, m.index ?? 0))) continue;
    out.push({
      subject: 'the quick work',
      staff: false,
      plural: false,
      words: [],
      strong: true,
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(LOCATION)) {
    if (NEGATED.test(sentence.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + m[0].length)))
      continue;
    const words = /convenient/i.test(m[0]) ? ['convenient'] : [];
    // "Great location" is said of most hotels; "perfect", "ideal" or "so convenient" are said with feeling.
    const strong = !/\bgreat\b/i.test(m[0]) || /\b(?:so|very|really|super)\b/i.test(m[0]);
    out.push({ subject: 'the location', staff: false, plural: false, words, strong, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(FRIENDLY_TO)) {
    if (NEGATED.test(sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) continue;
    const subject = `the ${(m[2] ?? '').toLowerCase()}-friendly welcome`;
    out.push({
      subject,
      staff: false,
      plural: false,
      words: [],
      strong: m[1] !== undefined,
      at: m.index ?? 0,
    });
  }
  for (const m of sentence.matchAll(EVERYONE_WORKING)) {
    const words = [m[1], m[2]]
      .filter((w): w is string => w !== undefined)
      .map((w) => w.toLowerCase())
      .filter((w) => DESCRIBING.test(w));
    out.push({ subject: 'the team', staff: true, plural: false, words, strong: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(TOP_MARK)) {
    const subject = subjectOf(m[2] ?? '', m[1]?.trim() ?? 'the');
    if (subject && !subject.staff) out.push({ ...subject, words: [], strong: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(HOW)) {
    // "how good the attention and food was": each of the things joined by "and".
    for (const thing of (m[4] ?? '').split(' and ')) {
      const p = praiseOf(
        thingOf(thing, m[3]?.trim() ?? 'the', [m[1], m[2]]),
        [m[1], m[2]],
        'so',
        m.index ?? 0,
      );
      if (p) out.push(p);
    }
  }
  for (const m of sentence.matchAll(THEY_WERE)) {
    const words = [m[1], m[2]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
    out.push({ subject: 'the team', staff: true, plural: false, words, strong: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(ACTION)) {
    const subject = subjectOf(m[2] ?? '', m[1]?.trim() ?? 'the');
    if (subject) out.push({ ...subject, words: [], strong: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(ROCKS)) {
    const nouns = (m[2] ?? '').replace(/\s+(?:'n|n'|and)\s+.*$/, '');
    const subject = subjectOf(nouns, m[1]?.trim() ?? 'the');
    if (subject) out.push({ ...subject, words: [], strong: true, at: m.index ?? 0 });
  }
  for (const m of [
    ...sentence.matchAll(LOVED),
    ...sentence.matchAll(PLEASED_WITH),
    ...sentence.matchAll(BEST),
  ]) {
    const determiner = m.length > 2 ? (m[1]?.trim() ?? 'the') : 'the';
    // "we all loved the super thin crust": the degree word is how much, not part of the thing.
    const nouns = (m.length > 2 ? m[2] : m[1])?.replace(/^(?:super|very|really|so)\s+/, '');
    // "I really enjoyed their flavor and texture": both things, named together as the reviewer joined them.
    const [one, two] = (nouns ?? '').split(' and ');
    const subject =
      (two !== undefined ? pairOf(one ?? '', two, determiner, true, 2) : null) ??
      subjectOf(one ?? '', determiner);
    if (subject) out.push({ ...subject, words: [], strong: true, at: m.index ?? 0 });
  }
  for (const m of [...sentence.matchAll(STAR_FIRST), ...sentence.matchAll(STAR_AFTER)]) {
    // "The highlight of our stay was the spa": a part of the business, though the word alone may name a business.
    const subject = longestThing(m[2] ?? '', m[1]?.trim() ?? 'the') ?? partOfBusiness(m[2] ?? '');
    if (subject) out.push({ ...subject, words: [], strong: true, star: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(PLACE_FOR)) {
    const subject = subjectOf(m[1] ?? '', 'the');
    // "a perfect place for an antique mall", "a great spot for families": the place itself or who it suits.
    if (!subject || subject.staff || NOT_PLACE_FOR.test(subject.subject.split(' ').pop() ?? '')) continue;
    out.push({ ...subject, words: [], strong: true, star: true, at: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(FOUND_TO_BE)) {
    const p = praiseOf(
      thingOf(m[2] ?? '', m[1]?.trim() ?? 'the', [m[4], m[5]]),
      [m[4], m[5]],
      m[3] ?? '',
      m.index ?? 0,
    );
    if (p) out.push(p);
  }
  for (const m of sentence.matchAll(MOST)) {
    const p = praiseOf(subjectOf(m[2] ?? '', 'the'), [m[1]], 'most', m.index ?? 0);
    if (p) out.push(p);
  }
  // "the coconut based pumpkin ice cream, which was creamy": the longest run before "which" that names one thing.
  for (const m of sentence.matchAll(WHICH_WAS)) {
    // "the saganaki appetizer and mozzarella sticks which were both excellent": the two things, named together.
    const [one, two, more] = (m[1] ?? '').split(' and ');
    const both = two !== undefined && more === undefined ? pairOf(one ?? '', two, 'the', true, 2) : null;
    const pair = both ? praiseOf(both, [m[2]], '', m.index ?? 0) : null;
    if (pair) {
      out.push(pair);
      continue;
    }
    const words = (m[1] ?? '').split(/\s+/);
    // "the joystick is easy to move, which…": a clause, not a thing.
    if (words.some((w) => NOT_NOUN.test(w) || /^(?:to|is|are|was|were)$/.test(w))) continue;
    for (let i = 0; i < words.length; i++) {
      // "coconut based pumpkin ice cream": a run starting at a participle describes, it does not name.
      if (/ed$/.test(words[i] ?? '')) continue;
      const p = praiseOf(subjectOf(words.slice(i).join(' '), 'the'), [m[2]], '', m.index ?? 0);
      if (p) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}

// What the reviewer raved about most: said with feeling, described, praised more than once, or named again and again.
// How often the review names the thing, one or many ("the donut", "these donuts").
const timesNamed = (p: Praise, text: string): number => {
  const head = p.subject.split(' ').pop() ?? '';
  const stem = head.replace(/(?<=[^s])s$/, '');
  return text.toLowerCase().split(new RegExp(`(?<![a-z])${stem}s?(?![a-z])`)).length - 1;
};

const score = (p: Praise, text: string): number => {
  const named = timesNamed(p, text);
  return (
    (p.star ? 2 : 0) +
    (p.strong ? 2 : 0) +
    (p.words.length > 0 ? 1 : 0) +
    Math.min(2, (p.mentions ?? 1) - 1) +
    (named >= 3 ? 2 : 0)
  );
};

/** True when the reviewer opened with this praise: in the first sentence, which is what a reader takes as the point. */
const ledWith = (p: Praise, text: string): boolean => {
  const end = /[.!?](?:\s|$)/.exec(text);
  return p.at < (end ? end.index : text.length);
};

// "one of the best wireless phones I've had" of the phone itself: the product's own kind, one or many.
const singular = (word: string): string => word.replace(/(?<=[^s])s$/, '');
const sameHead = (subject: string, head: string): boolean =>
  singular(subject.split(' ').pop() ?? '') === singular(head);

const nounsOf = (p: Praise): string[] => p.subject.split(' ').slice(1);
const sharesNoun = (a: Praise, b: Praise): boolean => nounsOf(a).some((w) => nounsOf(b).includes(w));

// What a kitchen or a salon offers as a whole ("the food", "the treatments"): vaguer than any one dish or treatment.
const UMBRELLA =
  /^(?:food|foods|fare|cuisine|cooking|dishes|menu|treatments|services|products|goods|baked goods)$/;
const isUmbrella = (p: Praise): boolean => UMBRELLA.test(p.subject.split(' ').slice(1).join(' '));

/**
 * The one or two things a reply names, most warmly praised first and then in the reviewer's order, and a praise of
 * the staff to hand on; the product itself is left to the lines about the product.
 */
export function choosePraise(
  all: readonly Praise[],
  product: string | null,
  text = '',
): { named: Praise[]; staff: Praise | null; more: Praise[] } {
  const productHead = product?.split(' ').pop() ?? null;
  const things = all.filter(
    (p) =>
      !p.staff &&
      !(productHead && sameHead(p.subject, productHead)) &&
      !MINOR.test(p.subject.split(' ').pop() ?? ''),
  );
  const staff = all.find((p) => p.staff) ?? null;
  // "How clean the hotel was" is for a review that praised nothing more particular: beside the rooms or the pedicure
  // the place itself is the vaguer thing to name.
  const isPlace = (p: Praise) => {
    const head = p.subject.split(' ').pop() ?? '';
    return PLACE.test(head) && NOT_PRAISE.has(head);
  };
  // A place the reviewer picked out as the highlight ("the highlight of our stay was the spa") is a part of the
  // business, not the business itself.
  const particular = things.filter((p) => !isPlace(p) || (p.star && things.length > 1));
  // "the fried alligator was amazing … fantastic food": a dish or a treatment praised with feeling is named before
  // the food or the treatments as a whole, however often the review says "food".
  const warmDetail = particular.some((p) => !isUmbrella(p) && (p.strong || p.star));
  const rank = (p: Praise): number => score(p, text) - (warmDetail && isUmbrella(p) ? 10 : 0);
  const ranked = [...(particular.length > 0 ? particular : things)].sort(
    // Of two praised as warmly, the one the reviewer singled out ("I have dreams about that bread pudding") leads.
    (a, b) => rank(b) - rank(a) || Number(b.star ?? false) - Number(a.star ?? false) || a.at - b.at,
  );
  // A second thing is named only when it was praised about as warmly as the first.
  const top = ranked[0];
  // "the sushi and the sushi rolls", "the breakfast and the breakfast buffet": one thing named twice in a row reads as
  // a slip, so the second must share no word with the first.
  // "our flavor and texture" already names two things: a third would read as a list.
  // "the green beans and the food" names the whole after the part: the whole is not named beside a thing in it.
  const second = ranked
    .slice(1)
    .find(
      (p) =>
        !top ||
        (!sharesNoun(p, top) &&
          !`${p.subject} ${top.subject}`.includes(' and ') &&
          !(isUmbrella(p) && !isUmbrella(top))),
    );
  // What the review keeps coming back to is its centrepiece: a thing named a third as often beside it is left out, so the reply
  // does not dwell on the side order.
  const centrepiece =
    top && second && !second.star && timesNamed(top, text) >= Math.max(3, 3 * timesNamed(second, text));
  const pair =
    top && second && !centrepiece && score(second, text) >= score(top, text) - 1
      ? [top, second]
      : top
        ? [top]
        : [];
  const named = joinedAsSaid(
    pair.sort((a, b) => a.at - b.at),
    text,
  );
  // "Staff were lovely, the room was clean": a review that leads with the people is thanked for them first, and the
  // one thing it praised most beside them.
  // So is one that praises the people before the thing, and more warmly ("The staff was very professional &
  // courteous … The waiting area was clean as well").
  const led =
    staff &&
    top &&
    ((ledWith(staff, text) && !ledWith(top, text) && score(staff, text) + 1 >= score(top, text)) ||
      (staff.at < top.at && score(staff, text) > score(top, text)));
  const chosen = led && top ? [staff, top] : named.length > 0 ? named : staff ? [staff] : [];
  // What else was praised, warmest first: a note still short says a word about it rather than a stock line.
  const more = ranked.filter(
    (p) => !chosen.includes(p) && !chosen.some((c) => sharesNoun(p, c)) && !p.subject.includes(' and '),
  );
  return { named: chosen, staff, more };
}

/**
 * "The beans and rice were both delicious": two things the reviewer praised in one breath, with one word, are named
 * together as said ("the delicious beans and rice"), never each with the word again ("the delicious beans and the
 * delicious rice").
 */
function joinedAsSaid(named: Praise[], text: string): Praise[] {
  const [a, b] = named;
  if (!a || !b || a.staff || b.staff || a.words.length === 0 || a.words.join() !== b.words.join())
    return named;
  // The second thing's place may be its "and": the words up to just past it are read.
  const between = text.slice(a.at, b.at + 5);
  if (a.at !== b.at && !(between.length <= 45 && /\band\b/.test(between) && !/[.!?,;]/.test(between)))
    return named;
  return [{ ...a, subject: `${a.subject} and ${b.subject.replace(/^\S+ /, '')}`, plural: true }];
}

// Service a maker gives its owners: the support line, the warranty, the service desk.
const SERVICE_HEAD = /\b(?:support|service|warranty|helpline|help line)$/;
// Words that put the service in the shop: its counter, its staff, the store itself.
const SHOP_SERVICE =
  /(?<!\p{L})(?:store|shop|staff|salesman|salesperson|sales (?:guy|girl|person|staff|associate|assistant)s?|clerks?|counter|in person|walked in|came in|went in)(?!\p{L})/iu;

/**
 * True when a product's review praises the service of the maker or the seller it came through ("They provide
 * excellent customer support" of APC, "Griffin's tech support was great"): a shop's reply does not take it as its own.
 * Only where the sentence puts the service in a shop is it the shop's.
 */
export function makersService(p: Praise, text: string): boolean {
  if (p.staff || !SERVICE_HEAD.test(p.subject)) return false;
  const sentence = splitSentences(text).find((s) => p.at >= s.start && p.at < s.end)?.text ?? '';
  return !SHOP_SERVICE.test(sentence);
}

// A treatment a salon or a spa gives, as a reviewer names it, and as a reply names it back.
const TREATMENTS: Record<string, string> = {
  pedi: 'pedicure',
  pedis: 'pedicures',
  mani: 'manicure',
  manis: 'manicures',
  'mani-pedi': 'mani-pedi',
  'mani pedi': 'mani-pedi',
  'mani-pedis': 'mani-pedis',
};
const TREATMENT =
  'mani[- ]pedis?|pedis?|manis?|pedicures?|manicures?|facials?|massages?|body wraps?|scrubs?|waxing|wax|brow (?:wax|threading|tint)|threading|lash (?:lift|extensions)|eyelash extensions|blow ?outs?|blow ?dry|haircut|hair ?cut|highlights|balayage|colou?r|trim|perm|shave|hot towel shave|gel nails|acrylics|reflexology';
// "I had a facial and a massage", "we got pedis", "I booked a hot stone massage": what the reviewer came for.
const HAD_TREATMENT = new RegExp(
  `\\b(?:i|we|we all|both of us|all of us|all three of us)\\s+(?:(?:just|recently|finally|also|both|all)\\s+)?(?:had|got|get|getting|booked|received|tried|went for|came (?:in )?for|treated (?:myself|ourselves) to)\\s+(?:(?:a|an|my|our|the|some|their)\\s+)?(?:(?:hot stone|deep tissue|swedish|couples?|full body|signature|classic|spa|gel|deluxe|express|basic)\\s+)?(${TREATMENT})(?:\\s+(?:and|&|plus)\\s+(?:(?:a|an|my|our|the|some)\\s+)?(?:(?:hot stone|deep tissue|swedish|full body|gel|deluxe|basic)\\s+)?(${TREATMENT}))?(?![\\p{L}-])`,
  'giu',
);

// A sentence that praises as it tells: "I had a facial with Jen and it was fantastic", "we got pedis and loved them".
const PRAISING = new RegExp(`(?<![\\p{L}-])(?:${WORD}|lov(?:e|ed|ing)|enjoy(?:ed)?)(?![\\p{L}-])`, 'iu');

/**
 * The treatments a happy salon or spa customer tells they had, for a note that found nothing more particular to name:
 * "the facial and the massage" is truer than a reply that could sit under anyone's review. Treatments told in passing
 * further on ("I had a facial and a massage", then the sauna, the pool and the prices raved about) are not what the
 * review is about: they are named only where the review opens on them or praises them as it tells them.
 */
export function treatmentsHad(text: string): Praise[] {
  const m = HAD_TREATMENT.exec(lowerStarts(text));
  HAD_TREATMENT.lastIndex = 0;
  if (!m) return [];
  const sentences = splitSentences(text);
  const told = sentences.find((s) => m.index >= s.start && m.index < s.end);
  if (told && told !== sentences[0] && !PRAISING.test(told.text)) return [];
  const name = (x: string) => TREATMENTS[x.toLowerCase()] ?? x.toLowerCase().replace(/\s+/g, ' ');
  const said = [m[1], m[2]].filter((x): x is string => x !== undefined).map(name);
  return [...new Set(said)].map((x) => ({
    subject: `the ${x}`,
    words: [],
    staff: false,
    plural: /s$/.test(x) && !/^(?:highlights)$/.test(x) ? true : /^highlights$/.test(x),
    strong: false,
    at: m.index,
  }));
}

// "good value the case is" is a noun phrase: told as "how good a buy the case is", which fits after "writing about"
// as well as after "glad to hear", never "how good value" nor the stilted "what good value the case is". A page on
// which that was said lately tells it as what the thing costs for what it does, or how far the money goes with it.
const VALUE_TOLD: readonly { said: RegExp; tell: (thing: string, verb: string) => string }[] = [
  { said: /\bgood a buy\b/i, tell: (thing, verb) => `how good a buy ${thing} ${verb}` },
  {
    said: /\bcosts? for what\b|\bcost for what\b/i,
    tell: (thing, verb) => {
      const one = verb === 'is' || verb === 'was';
      const past = verb === 'was' || verb === 'were';
      const cost = past ? 'cost' : one ? 'costs' : 'cost';
      const does = past ? 'did' : one ? 'does' : 'do';
      return `how little ${thing} ${cost} for what ${one ? 'it' : 'they'} ${does}`;
    },
  },
  {
    said: /\bhow far the money\b/i,
    tell: (thing, verb) =>
      `how far the money ${verb === 'was' || verb === 'were' ? 'went' : 'goes'} with ${thing}`,
  },
];

/**
 * "how clean the room was", "how clear and crisp the sound is": the thing as the reviewer described it. `lately` are
 * the business's latest replies, oldest first: praise of the price is told in the way they used least lately.
 */
export function describe(p: Praise, tense: 'past' | 'present', lately: readonly string[] = []): string {
  const value = p.how ? /^good value (.+) (is|are|was|were)$/.exec(p.how) : null;
  if (value?.[1] && value[2]) {
    const lastUse = (said: RegExp) => lately.findLastIndex((reply) => said.test(reply));
    const way = VALUE_TOLD.reduce((best, x) => (lastUse(x.said) < lastUse(best.said) ? x : best));
    return way.tell(value[1], value[2]);
  }
  const worth = p.how ? /^worth the money (.+) (is|are|was|were)$/.exec(p.how) : null;
  if (worth?.[1] && worth[2]) return `how well worth the money ${worth[1]} ${worth[2]}`;
  if (p.how) return `how ${p.how}`;
  const verb = p.plural ? (tense === 'present' ? 'are' : 'were') : tense === 'present' ? 'is' : 'was';
  return `how ${p.words.join(' and ')} ${p.subject} ${verb}`;
}

// "works great", "worked like a charm" — but not "works well most of the time" nor "worked well for a few months and
// then…", praise the reviewer's own story takes back.
const WORKS =
  /(?:^|[.!?]\s+|,\s*|\b(?:it|they|which)(?:\s+(?:has|have|had)|'s|'ve)?\s+(?:been\s+)?|\b(?:this|these|the)\s+((?:[a-z]+\s+){0,2}))(?:works?|worked|working|performs?|performed|runs?|running|functions?|functioned)\s+(?:very\s+|really\s+|so\s+|just\s+|extremely\s+|incredibly\s+)?(?:great|well|perfectly|perfect|flawlessly|beautifully|like a charm|like a dream|wonderfully|fine|very good|right away|properly|smooth(?:ly)?)(?!\s+(?:most|some|usually|for now|at first|enough|but|except|until|and then|then|for (?:a|the first)(?: few| couple of)? (?:days?|weeks?|months?|while)|for (?:a )?(?:few|couple of) (?:days|weeks|months)))/i;
const EASY =
  /\b(?:very\s+|really\s+|super\s+|so\s+)?(easy|simple|quick)\s+(?:to\s+)?(set up|setup|install|use|connect|operate|program|clean|carry|hook up|configure|learn|move|adjust|attach|pair|charge|assemble|register)\b/i;
// "Set up was easy", "installation was a breeze": the same praise said of the task. "Set up was easy once I found the
// manual" or "easy enough" is no praise of it.
const SETUP_WAS =
  /\b(set ?-?up|installation|install)\s+(?:was|is)\s+(?:very\s+|really\s+|super\s+|so\s+|quite\s+|pretty\s+)?(easy|simple|quick|a breeze|a snap|a cinch)\b(?!\s+(?:enough|once|after|except|but|until))/i;
// "It does the job", "this hub does its job well": plain praise that it works.
const DOES_JOB =
  /(?:\b(it|they)|(?:^|[.!?]\s+|,\s*|\band\s+)(?:this|these|the)\s+(?:[a-z0-9-]+\s+){0,2}?[a-z0-9-]+)\s+(?:really\s+|certainly\s+|definitely\s+|just\s+)?(?:does|do|did)\s+(?:the|its|their|a (?:great|good|fine|nice) )\s*job\b(?!\s+(?:of|at|in|with|on|most|some|for now|at first|but|except|until|for (?:a|the first)))/i;
// "It fits great, and it doesn't move", "they fit perfectly": a fit the reviewer praised. "Fits well enough" or "fits
// fine until…" is no praise of it.
const FITS_WELL =
  /(?:^|[.!?,]\s*|\band\s+|\bbut\s+)(it|they)\s+(?:really\s+|also\s+|just\s+)?(?:fits?)\s+(?:so\s+|really\s+|very\s+)?(great|perfectly|perfect|well|nicely|snugly|like a glove)(?![\p{L}])(?!\s+(?:enough|but|except|until|at first|most|some))/iu;
// "Just plug in and use!", "plug and play": nothing to set up. "Supposed to be plug and play" is the maker's claim.
const PLUG_AND_PLAY =
  /(?<!\b(?:supposed(?:ly)?|claims?|claimed|advertised|meant) (?:to be )?)\b(?:plug[- ](?:and|n|&|'n'?)[- ]play|(?:just |simply )?plug (?:it |them |this |these )?in and (?:use|go|play|start)|(?:just |simply )?plug (?:it|them) in,? and (?:it|they|you)(?:'re| are| is|'s)? (?:works?|worked|done|good to go|ready|set|networked))\b/i;
// "Just love it", "this one is my favorite on the market": the whole product loved, with nothing more said of it.
const LOVED_IT =
  /(?:^|[.!?,]\s*|\b(?:i|we)\s+)(?:just |really |absolutely |simply |totally )?(?:love|adore) (?:it|them|this (?:one|thing|unit|product)|these)\b|\b(?:it|this one|this|they|these) (?:is|are) (?:now )?(?:my|our) (?:new |absolute |all-time |personal )?favou?rites?\b/i;
// "Great value for the money", "price was reasonable", "worth the extra money": the product's price praised.
const VALUE =
  /(?<!\p{L})(?:(?:good|great|excellent|fantastic|amazing|real|best|terrific) (?:value|deal|price)|value for (?:the |your )?money|ban[gk] for (?:the|your|my) bucks?|(?:nice|good|great|excellent|fantastic|terrific|solid) (?:(?:product|item|buy|purchase|unit|one|deal) )?for (?:the|your) (?:money|price)|(?:reasonabl[ey]|fairly|well|competitively) priced|(?:a|such a|real) bargain|worth (?:every (?:penny|cent)|the (?:extra )?(?:money|price|cost))|(?:the )?price (?:is|was) (?:(?:very|so|really|pretty|quite|also|more than) )*(?:right|reasonable|fair|great|good|low|unbeatable|hard to beat))(?!\p{L})/iu;
const VALUE_FAULTED =
  /(?<!\p{L})(?:overpriced|pricey|(?<!not (?:too |that |very |so )?)expensive|rip-?off|charg\w* (?:more|too much|extra)|(?:costs?|costing|priced) too (?:much|high)|not (?:worth|a (?:good|great) (?:value|deal))|could have (?:bought|gotten|got) it (?:\p{L}+ ){0,4}(?:for )?(?:less|cheaper))(?!\p{L})/iu;

// "easily configured", "easily installed": the same praise said with the adverb.
const EASILY = /\beasily\s+(set up|installed|configured|connected|programmed|paired|assembled)\b/i;
// "It's small, sleek…", "it is so speedy": what a reviewer praises the product itself for being, size and speed
// included.
const PRODUCT_WORDS =
  'comfortable|comfy|portable|compact|sturdy|solid|reliable|durable|quiet|lightweight|handy|convenient|intuitive|accurate|responsive|fast|speedy|quick|bright|clear|sharp|stylish|versatile|small|tiny|sleek|slim';
// Whole products the reviewer may call by their kind: "the headphones are very comfortable" describes the product, as
// "they are" would.
const WHOLE_KINDS =
  '(?:headphones|earphones|earbuds|headset|speakers?|phones?|keyboards?|mouse|mice|monitors?|cameras?|printers?|players?|radios?|routers?|chargers?|remote|controller)';
// "It's small, sleek and elegant": the first two of the reviewer's words, told back together. "Small for my hands",
// "small enough" or "small but…" is no praise of its size.
const IT_IS = new RegExp(
  `(?:^|[.!?]\\s+|,\\s*|\\band\\s+|\\bbut\\s+)(it|they|th(?:is|ese)\\s+(?:[a-z0-9-]+\\s+){0,2}?[a-z0-9-]+|the\\s+${WHOLE_KINDS})(?:'s|'re| is| are) (?:${DEGREE}\\s+)*(${PRODUCT_WORDS})(?:(?:,\\s*|\\s+and\\s+)(?:${DEGREE}\\s+)*(${PRODUCT_WORDS}))?(?![\\p{L}-])(?!\\s+(?:enough|but|except|for (?:a|an|my|our|the|me|us|some|people)|when|to (?:see|read|hold|use|press|reach)))`,
  'iu',
);
// "The nylon covers really hold up over time": a part that has lasted.
const HOLDS_UP =
  /\b(?:the|these|its|their)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:really\s+|have\s+|has\s+|always\s+)?(holds?|held)\s+up\s+(?:well|great|over time|nicely|beautifully|perfectly)\b/i;
const SOUNDS =
  /\b(it|they|these\s+(?:[a-z0-9.]+\s+){0,2}(?:speakers|headphones|earbuds|earphones|monitors))\s+(?:really\s+|just\s+)?(?:sounds?|sounded)\s+(?:so\s+|really\s+|very\s+)?(?:great|good|awesome|amazing|fantastic|excellent|wonderful|superb|incredible|terrific)\b(?!\s+(?:at first|on paper|in theory|until|but))/i;
// "it stays put", "they stay in place": what holds where it is set. "Doesn't stay put" never reads here.
const STAYS_PUT =
  /(?:^|[.!?,]\s*|\band\s+|\bbut\s+)(it|they)\s+(?:really\s+|always\s+|just\s+|still\s+|actually\s+)?(?:stays?|stayed)\s+(put|in place|firmly in place)(?![\p{L}])(?!\s+(?:most|some|for (?:a|the first)|until|at first|unless|only))/iu;
// "Got my order quickly", "they were delivered quickly", "received it pretty quick": the goods came fast.
export const QUICK_DELIVERY =
  /(?<!\p{L})(?:(?:got|received) (?:my|the|our|it|them)(?: (?:order|package|parcel|shipment)s?)? (?:very |really |so |super |pretty )?(?:quickly|fast|promptly|quick)|(?:order|package|parcel|shipment|it|they) (?:arrived|came|was delivered|were delivered|shipped) (?:very |really |so |super |pretty )?(?:quickly|fast|promptly|quick|ahead of (?:time|schedule)))(?!\p{L})/iu;
const SPEED = /^(?:fast|quick)$/;
// Describing words a title may give the product: "Unbelievably Durable", "Easy and Affordable!".
const TITLE_WORDS =
  /\b(durable|sturdy|reliable|dependable|easy|simple|affordable|compact|portable|quiet|comfortable|comfy|fast|quick|handy|convenient|bright|clear|lightweight|solid|versatile)\b(?!\s+(?!and\b|or\b|but\b|to\b|for\b|&)[a-z])/gi;
// "Great picture quality", "Excellent sound!": a part of the product praised in the title, named again in the text.
const TITLE_THING =
  /^(?:(?:very|really|super|so)\s+)?(?:great|excellent|awesome|amazing|fantastic|superb|outstanding|good|nice|wonderful|perfect|incredible|terrific|brilliant|crisp|clear)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})(?=\s*(?:[,.!;:]|\band\b|\bat\b|\bfor\b|\bbut\b|$))/i;
const NOT_TITLE_THING =
  /^(?:service|seller|shipping|delivery|buy|value|price|product|item|deal|purchase|choice)$/;

// Names of whole products: a title praising one praises the product, not a part of it.
const PRODUCT_HEAD =
  /^(?:headphones|earphones|earbuds|headset|speakers?|phones?|cards?|batter(?:y|ies)|printers?|cameras?|mouse|mice|keyboards?|monitors?|tvs?|cables?|chargers?|drives?|cases?|players?|routers?|radios?|units?|system|set|kit|pack|joystick|controller|remote|stick|adapter|mount)$/;

// What a small thing's owner finds wrong with its size: "so small it gets tossed in a pocket and scratched".
const SMALL_TROUBLE =
  /(?<!\p{L})(?:los[et]|losing|misplac\w*|scratch\w*|drop\w*|fiddly|hard to|difficult|awkward|cramped|tossed)(?!\p{L})/iu;
const SIZE_WORD = /^(?:small|tiny|slim|compact)$/i;

/** True when the size the reviewer names is told with the trouble it brings, in the rest of the same sentence. */
function sizeFaulted(m: RegExpExecArray, text: string): boolean {
  if (!SIZE_WORD.test(m[2] ?? '') && !SIZE_WORD.test(m[3] ?? '')) return false;
  const rest = /^[^.!?]*/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  return SMALL_TROUBLE.test(rest);
}

/** Where the reviewer calls it easy to set up or use; "not an easy setup", "never easy to use" are no praise. */
function saidEasy(text: string): RegExpExecArray | null {
  const m = EASY.exec(text);
  if (!m || NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "Easy to use once you get the hang of it", in a review that calls it hard to learn: ease won by effort is no
  // ease to thank for.
  const rest = /^[^.!?]*/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  return EASE_EARNED.test(rest) ? null : m;
}
const EASE_EARNED =
  /^[^.!?]{0,20}?\b(?:once (?:you|i|we) (?:get|got|learn|learned|learnt|figure|figured|master|mastered|work|worked)|after (?:a|some) (?:while|time|practice)|with (?:some |a little )?practice|eventually)\b/i;

/**
 * How a product was praised as a whole, for a shop's thank-you: it works well, it was easy to set up, the title's
 * "durable". Said of "it" unless the reviewer named the product.
 */
export function productPraise(
  text: string,
  title: string | null | undefined,
  product: string | null,
): Praise[] {
  const it = product ?? 'it';
  const is = product && /s$/.test(product) && !/(?:case|glass|lens)$/.test(product) ? 'are' : 'is';
  const base = { subject: it, words: [], staff: false, plural: is === 'are', strong: true };
  const out: Praise[] = [];
  // "Super easy setup" in the title is the reviewer's headline, told back as surely as the same words in the text.
  const inText = saidEasy(text);
  const inTitle = !inText && title ? saidEasy(title) : null;
  const easy = inText ?? inTitle;
  const easily = EASILY.exec(text);
  const verbs: Record<string, string> = {
    installed: 'install',
    configured: 'configure',
    connected: 'connect',
    programmed: 'program',
    paired: 'pair',
    assembled: 'assemble',
  };
  if (easy?.[1] && easy[2])
    out.push({
      ...base,
      at: inTitle ? -1 : easy.index,
      how: `${easy[1].toLowerCase()} ${it} ${is} to ${easy[2].toLowerCase().replace('setup', 'set up')}`,
    });
  else if (easily?.[1]) {
    const verb = easily[1].toLowerCase();
    out.push({ ...base, at: easily.index, how: `easy ${it} ${is} to ${verbs[verb] ?? verb}` });
  } else {
    const task = SETUP_WAS.exec(text);
    if (task && !NEGATED.test(text.slice(Math.max(0, task.index - 12), task.index + task[0].length)))
      out.push({
        ...base,
        at: task.index,
        how: `easy ${it} ${is} to ${/^install/i.test(task[1] ?? '') ? 'install' : 'set up'}`,
      });
  }
  const plugged = out.length === 0 ? PLUG_AND_PLAY.exec(text) : null;
  if (plugged && !NEGATED.test(text.slice(Math.max(0, plugged.index - 12), plugged.index)))
    out.push({ ...base, at: plugged.index, how: `easy ${it} ${is} to set up` });
  // "They are super comfortable", "it is so portable": the product itself, described.
  const itIs = IT_IS.exec(text);
  // Without the product's name, the reviewer's own "it" or "they" says how many there are.
  const pronounOf = (m: RegExpExecArray) =>
    product
      ? [it, is]
      : /^(?:they|these)\b|^the [a-z]+s$/i.test(m[1] ?? '') && !/(?:ss|mouse)$/i.test(m[1] ?? '')
        ? ['they', 'are']
        : ['it', 'is'];
  if (itIs?.[2] && out.length === 0 && !sizeFaulted(itIs, text)) {
    const [doer, be] = pronounOf(itIs);
    const words = [
      ...new Set([itIs[2], itIs[3]].filter((x): x is string => !!x).map((x) => x.toLowerCase())),
    ];
    out.push({ ...base, at: itIs.index, how: `${words.join(' and ')} ${doer} ${be}` });
  }
  // "they sound awesome": how good it sounds.
  const sounds = SOUNDS.exec(text);
  if (sounds && out.length === 0) {
    const [doer, be] = pronounOf(sounds);
    out.push({ ...base, at: sounds.index, how: `good ${doer} ${be === 'are' ? 'sound' : 'sounds'}` });
  }
  const fits = out.length === 0 ? FITS_WELL.exec(text) : null;
  if (fits) {
    const [doer, be] = pronounOf(fits);
    out.push({ ...base, at: fits.index, how: `well ${doer} ${be === 'are' ? 'fit' : 'fits'}` });
  }
  // "Even in aggressive driving, it stays put": a mount or a pair of earbuds that holds where it is set.
  const stays = STAYS_PUT.exec(text);
  if (stays && out.length === 0) {
    const [doer, be] = pronounOf(stays);
    out.push({
      ...base,
      at: stays.index,
      how: `well ${doer} ${be === 'are' ? 'stay' : 'stays'} ${stays[2]?.toLowerCase() ?? 'put'}`,
    });
  }
  const works = WORKS.exec(text) ?? (title ? WORKS.exec(title) : null);
  // "This car kit works very well": the reviewer's own name for it, when the shop's word list has none.
  const named = !product && works?.[1] ? subjectOf(works[1].trim(), 'the') : null;
  // A misspelt name read back ("the accesories") looks like mockery.
  const own = named && readsCleanly(named.subject, []) ? named : null;
  const doer = own && !own.staff ? own.subject : it;
  const plural = own ? own.plural : is === 'are';
  if (works)
    out.push({ ...base, subject: doer, at: works.index, how: `well ${doer} ${plural ? 'work' : 'works'}` });
  // "It does the job": said the way the reviewer said it, since "how well it works" claims more than they did.
  const job = works ? null : DOES_JOB.exec(text);
  if (job && !NEGATED.test(job[0]) && out.length === 0) {
    const [doer, be] = job[1] ? pronounOf(job) : [it, is];
    out.push({ ...base, at: job.index, how: `well ${doer} ${be === 'are' ? 'do' : 'does'} the job` });
  }

  // "Just love it": said of the whole product and nothing more particular, told back as how much it is liked.
  const loved = out.length === 0 ? LOVED_IT.exec(text) : null;
  if (loved && !NEGATED.test(text.slice(Math.max(0, loved.index - 12), loved.index + loved[0].length)))
    out.push({ ...base, at: loved.index, how: `much you like ${it === 'it' && is === 'are' ? 'them' : it}` });

  // "Nice but not solid": a describing word the title denies is no praise. "Fast and friendly" over "got my order
  // quickly" is the delivery's speed, never the product's.
  const quickDelivery = QUICK_DELIVERY.test(text);
  const said = [
    ...new Set(
      [...(title ?? '').matchAll(TITLE_WORDS)]
        .filter(
          (m) =>
            !/(?:\b(?:not|never|hardly|barely|less than)|n't)\s+(?:very\s+|so\s+|that\s+|too\s+)?$/i.test(
              (title ?? '').slice(0, m.index),
            ),
        )
        .map((m) => (m[1] ?? '').toLowerCase())
        .filter((word) => !(quickDelivery && SPEED.test(word))),
    ),
  ];
  if (said.length > 0 && out.length === 0)
    out.push({ ...base, at: -1, how: `${said.slice(0, 2).join(' and ')} ${it} ${is}` });
  const held = HOLDS_UP.exec(text);
  // The fullest run that names one thing: "the nylon covers", or else "the covers".
  const runs = (held?.[1] ?? '').split(/\s+/).map((_, i, all) => all.slice(i).join(' '));
  const part = runs.map((r) => (r ? subjectOf(r, 'the') : null)).find((x) => x !== null) ?? null;
  if (held && part && !part.staff && readsCleanly(part.subject, []) && out.length === 0)
    out.push({
      ...part,
      words: [],
      strong: true,
      at: held.index,
      // The reviewer's own verb says whether the thing is one or many ("the feet hold up").
      how: `well ${part.subject} ${held[2]?.toLowerCase() ?? 'holds'} up`,
    });
  const thing = titleThing(text, title, product);
  // "Great value for the money": what they paid, told back only where nothing else was praised, since the sound or
  // the fit the reviewer spent their words on comes first (a line on the price may still follow).
  // "Not really offering a great deal" is the opposite.
  const unsaid = (m: RegExpExecArray | null, said: string) =>
    m && !NEGATED.test(said.slice(Math.max(0, m.index - 20), m.index)) ? m : null;
  const valueInTitle = title ? unsaid(VALUE.exec(title), title) : null;
  const value = unsaid(VALUE.exec(text), text) ?? valueInTitle;
  if (
    value &&
    out.length === 0 &&
    !thing &&
    !VALUE_FAULTED.test(`${title ?? ''} ${text}`) &&
    readPraise(text).length === 0
  )
    out.push({
      ...base,
      at: value === valueInTitle ? -1 : value.index,
      // "Worth the extra money" says it cost more and earned it: never told back as costing little.
      how: `${/^worth the extra\b/i.test(value[0]) ? 'worth the money' : 'good value'} ${it} ${is}`,
    });
  if (thing) out.push(thing);
  return out;
}

/** A part of the product the title praises ("Great picture quality") when the text speaks of it too. */
function titleThing(text: string, title: string | null | undefined, product: string | null): Praise | null {
  const m = TITLE_THING.exec((title ?? '').trim().toLowerCase());
  const subject = m?.[1] ? subjectOf(m[1], 'the') : null;
  const head = subject?.subject.split(' ').pop() ?? '';
  if (!subject || subject.staff || NOT_TITLE_THING.test(head) || MINOR.test(head)) return null;
  // The product itself ("Great headphones") is thanked by the lines about the product.
  if (product?.endsWith(` ${head}`) || PRODUCT_HEAD.test(head)) return null;
  const phrase = subject.subject.replace(/^the /, '');
  if (!new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'iu').test(text)) return null;
  return { ...subject, words: [], strong: true, at: -1 };
}
