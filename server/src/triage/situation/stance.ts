import type { ReviewLabel, Stance } from '@rebound/shared';
import { analyzeText } from '../analyze-text.ts';
import { mentionsProblem } from './describe-complaint.ts';
import { splitSentences } from './sentences.ts';

/** How much the text leans each way: summed sentence scores, and how many sentences are clearly either. */
export type Balance = {
  positive: number;
  negative: number;
  positiveSentences: number;
  negativeSentences: number;
};

/**
 * The reviewer's overall stance from the rating and the balance of the text. The rating is what they chose to tell
 * the world, so it sets the frame; the text only moves the stance within it: a glowing 4-star review that mentions a
 * slow starter is happy with a quibble, and a 3-star review that is mostly criticism is unhappy.
 *
 * `text` (the title and the review, when given) lets the words overrule four or five stars where they plainly do not
 * praise: see `readPlainWords`.
 */
export function readStance(
  rating: number | null,
  balance: Balance,
  textLabel: ReviewLabel,
  text?: string,
): Stance {
  const { positive, negative, negativeSentences } = balance;
  const total = positive + negative;
  const negativeShare = total > 0 ? negative / total : 0;
  if (rating === null) {
    if (textLabel === 'positive') return negativeSentences > 0 ? 'happy_with_quibble' : 'happy';
    if (textLabel === 'negative') return 'unhappy';
    return textLabel === 'mixed' ? 'mixed' : 'neutral';
  }
  // Someone who chose one or two stars is unhappy even when their words are polite or mostly kind, unless the words
  // take the complaint back or hold nothing but praise: then the stars were a slip or left from before.
  if (rating <= 2) return text !== undefined && praiseOnly(text) ? 'happy_with_quibble' : 'unhappy';
  if (rating >= 4) {
    const words = text === undefined ? null : readPlainWords(text);
    // Trouble told first and a verdict of content last ("once it was working it has worked well and consistently"):
    // the four or five stars are for how it ended.
    if (words === 'unhappy' && text !== undefined && endsContent(text)) return 'happy_with_quibble';
    if (words) return words;
    // Only a review that is overwhelmingly criticism despite the stars is treated as mixed.
    if (negativeShare >= 0.8 && negative >= 4 && negativeSentences >= 3) return 'mixed';
    // "Everything tastes bland", "my pizza was wet": a fault the sentiment words score as nothing is still one.
    const faulted =
      text !== undefined && (hasPlainFault(text) || QUIBBLE_TOLD.test(text) || MILD_FAULT.test(text));
    return negativeSentences > 0 || negative >= 1 || faulted ? 'happy_with_quibble' : 'happy';
  }
  if (total < 0.5) return 'neutral';
  if (negativeShare >= 0.6) return 'unhappy';
  if (negativeShare <= 0.25) return negative > 0 ? 'happy_with_quibble' : 'happy';
  return 'mixed';
}

// A small fault told in plain words that score as nothing: a price above what was expected, a unit that runs hot, the
// one thing the reviewer wishes were different. "Not more expensive than I expected" and "never gets hot" are none.
const QUIBBLE_TOLD =
  /(?<!\b(?:not|never|no|n't) (?:\w+ )?)\b(?:(?:a (?:bit|little|tad|touch) |slightly |somewhat |rather )?(?:more expensive|pricier|dearer|costlier|more costly) than (?:i |we )?(?:had )?(?:expected|thought|hoped|planned|budgeted)|(?:a (?:bit|little|tad|touch) |slightly |somewhat )(?:pricey|pricy|expensive|steep|dear|overpriced)|(?:gets|got|runs|ran|becomes|became|can get) (?:pretty |very |quite |really |a (?:bit|little) |rather |too |extremely )?(?:hot|warm)(?! (?:food|meal|drinks?|coffee|tea|water|shower|bath|tub|pool|chocolate))|(?:only|one|my) (?:real |small |minor |slight )?(?:wish|complaint|gripe|downside|drawback|quibble|niggle|con|negative|issue|problem)\b(?! (?:was|is) (?:that )?(?:it|they) (?:ended|finished|closed))|(?:it|they|this place|the (?:room|rooms|place|hotel|store|shop|bathroom|restaurant|lobby|food|service|staff|wait)) could (?:be|use) (?:a (?:bit|little|lot) |much |some )?(?:cleaner|better|quicker|faster|friendlier|quieter|warmer|bigger|brighter|hotter|fresher|cheaper|more \w+|updating|an update|a refresh|a clean|cleaning|work)\b|(?:needs?|could use) (?:some |a bit of |a little |a lot of |more )?(?:updating|an update|renovating|renovation|refurbish\w*|a refresh|tlc|cleaning|a good clean|a deep clean)\b|(?:given|gave|giving|give) (?:it|this|them|the [\w-]+(?: [\w-]+)?) (?:a |only )?(?:4|four)(?: stars?)? (?:rather|instead) (?:than|of) (?:a )?(?:5|five)|(?:took|take|taking|knocked|knock|had to take) (?:off |away )?(?:a|one|1) star|(?:4|four) stars? (?:instead of|rather than) (?:5|five))/i;

// A fault told mildly, which sentiment words score as nothing or as praise: "I don't think it is that comfortable",
// "so-so design", "it takes some getting used to". "Not that bad" and "don't think it could be easier" are none.
const MILD_FAULT =
  /\b(?:(?:do|did)(?:n't| not) (?:think|find|feel) (?:it|they|this|that|the \w+)(?:'s| is| was| are| were)? (?:that|very|so|all that|particularly|especially|too) (?:comfortable|good|great|easy|sturdy|useful|clear|intuitive|well made)|(?:is|was|are|were)(?:n't| not) (?:that|all that|particularly|especially) (?:comfortable|sturdy|intuitive|well made)|so-so|(?:hard|difficult|tough) (?:getting|to get) used to|takes? (?:some |a (?:bit|while|little) of |a while )?getting used to)\b/i;

// Words of praise or contentment, from "great" to "does the job" and "never had a problem".
const PRAISE = new RegExp(
  `\\b(?:${[
    'great|good|love[sd]?|loving|excellent|awesome|amazing|perfect(?:ly)?|fantastic|wonderful|superb|brilliant|terrific|outstanding|incredible|fabulous|gorgeous|stellar|lovely|beautiful\\w*|delicious|tasty|yummy|cute|neat|cool(?! (?:off|down))|sweet|fun|gem|nice|nicely|best|fine|ok|okay|solid|sturdy|durable|handy|useful|convenient|reliable|accurate|clear|crisp|fast|quick\\w*|smooth(?:ly|ness|er|est)?|easy|easily|comfortable|comfy|affordable|fair|bargain|value|worth|cheap(?:er)?|plenty|quality|superior',
    'happy|pleased|satisfied|glad|impressed|impressive|enjoy\\w*|recommend\\w*|favou?rite|thanks?|thank you|kudos|wow|stars?|friendly|helpful|professional|honest|trust\\w*|on time|saved|fixed|lifesaver|pleasure|exceeded',
    'works?(?: \\w+)? (?:well|great|fine|perfectly|flawlessly|like a charm|as (?:advertised|described|expected))|(?:does|did|doing) (?:its |the )?(?:job|trick)|does what|exactly what|as (?:described|advertised)|fits (?:perfectly|great|well|nicely|exactly|like a glove)|well (?:made|built)|must[- ]have|should own|meets (?:all |every one of )?(?:my |our |your )?(?:expectations|needs)',
    "(?:i|we|they|you'll|you will|kids|everyone) (?:really |still |all |do |did |just |also |truly )?(?:like|liked|likes)|not (?:a |too |that |so )?bad|(?:tough|hard) to beat|can(?:'t|not) beat|makes up for|no (?:problems?|issues|complaints)|(?:error|trouble|hassle|worry)[- ]free|never (?:\\w+ )?(?:had )?(?:a |any )?(?:problems?|issues?|failed|fails|let (?:me|us) down|disappointed)",
  ].join('|')})\\b`,
  'gi',
);
// A word of praise right after a negation is none: "isn't always easy to tell".
const NEGATED = /(?:\b(?:not|never|no|hardly|barely)|n't)\s+(?:\w+\s+)?$/i;
// Words of a fault, a wish or a warning; "never had a problem" is praise, not this.
const CRITICAL =
  /\b(?:wish|hard to|difficult|problems?|issues?|broke|broken|fail\w*|stopped|stops working|quits|(?:won't|will not|wouldn't|would not) (?:work|start|restart|turn on|power on|charge|connect|boot)|drops? (?:the |my )?(?:connection|signal)|disappoint\w*|worse|worst|scratch\w*|still there|annoy\w*|missing|lacks?|lacking|poor(?:ly)?|flimsy|too (?:small|big|short|long|loud|quiet|expensive|hard|soft|bright|dim|heavy)|waste|terrible|awful|horrible|rude|useless|defective|junk|returned|refund|complain\w*|unfortunately|sadly|beware|misleading|(?:does|did|do|would|will|could|can)(?:n't| not) (?:even )?(?:work|fit|last|charge|play|connect|hold|stay|come with|include)|(?:is|was|are|were)(?:n't| not) (?:always |very |that |so |quite )?(?:easy|clear|obvious|intuitive|included|accurate|true|right|the (?:item|one|right))|not (?:including|included|the right))\b/i;
const NO_PROBLEM = /\bnever (?:\w+ )?(?:had )?(?:a |any )?(?:problems?|issues?|failed)/i;
// Name-calling aimed at someone, most often another reviewer ("You idiot, it works in phones too"). "You're a fool
// if you don't buy one" is praise in disguise, so a following "if" or "not to" keeps it out.
const INSULT =
  /(?:^|[.!?,;:-]\s*)(?:you|u|ur|you're)(?: \w+)? (?:idiots?|morons?|fools?|dumbass\w*|imbeciles?|dumm(?:y|ies)|jerks?|clowns?|numpty|numpties)\b(?! (?:if|not to|to (?:not|pass|miss)))|\bto the (?:idiots?|morons?|fools?|clowns?) who\b/i;
// A question put to the business or to readers: "Is it supposed to be like this?", "Could someone answer this?"
const ASKS =
  /\?\s*$|\b(?:could|can|would) (?:someone|anyone|somebody|you) (?:please )?(?:answer|tell|explain|help)|\bdoes anyone know\b/i;
// A longer review tells a story whose sentences are rarely all praise or all fault; the balance of its scores reads it.
const SHORT_REVIEW_SENTENCES = 8;

// A praise word that only sets the scene of a fault: "grainy even in good light", "drops out even with fresh batteries".
const SCENE_SET = /\beven (?:in|with|under|at|on|after|from) (?:a |an |the |full |bright |brand )?$/i;
const praises = (sentence: string): boolean =>
  [...sentence.matchAll(PRAISE)].some((m) => {
    const before = sentence.slice(0, m.index);
    return !NEGATED.test(before) && !SCENE_SET.test(before);
  });
// A warning to readers not to come: "If you are thinking of staying here, DON'T!!" (its "DON'T!!" often a sentence of
// its own), "stay away", "don't waste your money".
const WARNS =
  /\b(?:stay away|(?:do not|don'?t) (?:stay|eat|go|shop|buy|book|bother|waste)\b|thinking (?:of|about) [a-z]+ (?:here|there|at)\b[^.?]{0,30}\bdon'?t\b(?!\s*\p{L}))|^\W*(?:do not|don'?t)\W*$/iu;
const criticises = (sentence: string): boolean =>
  WARNS.test(sentence) ||
  (CRITICAL.test(sentence) && !NO_PROBLEM.test(sentence)) ||
  analyzeText(sentence).score <= -0.3 ||
  mentionsProblem([{ text: sentence, start: 0, end: sentence.length }]);

/**
 * What a 4–5 star review's own words say when they do not praise, or null when they leave it to the balance. Stars are
 * often given out of habit to a review that is really a complaint, a question about a fault, or a retort to another
 * reviewer, and a warm thank-you to any of those reads as if nobody read it:
 * - name-calling aimed at someone is neutral: there is nothing to thank for;
 * - a short review with no word of praise that finds fault twice, or finds fault and asks about it, is unhappy;
 * - a short review whose faults outnumber its praise more than two to one is mixed.
 */
export function readPlainWords(text: string): Stance | null {
  if (INSULT.test(text)) return 'neutral';
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length > SHORT_REVIEW_SENTENCES) return null;
  let praise = 0;
  let faults = 0;
  let asks = false;
  for (const sentence of sentences) {
    if (praises(sentence)) praise++;
    if (criticises(sentence)) faults++;
    if (ASKS.test(sentence)) asks = true;
  }
  if (praise === 0 && faults >= 1 && (asks || faults >= 2)) return 'unhappy';
  if (faults >= 2 && faults >= 2 * praise + 1) return 'mixed';
  return null;
}

// The reviewer withdrawing an earlier complaint: "I take my words back", or "it's a 4-star product" as the first
// words (not "everyone says it's a 5-star product, but…"). Finding a workaround is not one: "I found a workaround:
// uninstall the driver" is still the complaint.
const RETRACTED =
  /\bi take (?:my words|it all|that|everything(?: i said)?) back\b|^\W*(?:it'?s|it is|this is) (?:a|really a) (?:4|5|four|five)[- ]star (?:product|item|unit|place|shop|store)\b/i;

// The reviewer's own fix: "I found a website with an uninstaller", "we figured out a workaround", "I downloaded a patch".
const OWN_FIX =
  /\b(?:i|we) (?:finally |eventually |then |luckily )?(?:found|figured out|worked out|discovered|came across|ran into|stumbled (?:on|upon|across)|downloaded|installed|uninstalled|fixed|solved|sorted)\b|\b(?:found|there is|there's) (?:a |the |an )?(?:fix|solution|workaround|patch|uninstaller|update)\b/i;
// Content with the goods again since: "now I like my drive all over again", "it works perfectly now".
const NOW_CONTENT =
  /\b(?:now|since then|ever since)\b[^.!?]{0,30}\b(?:i|we) (?:really |truly |absolutely )?(?:like|love|enjoy)\b|\b(?:i|we) (?:like|love|enjoy) (?:it|them|my (?:[\w-]+ ){0,3}?[\w-]+|this (?:[\w-]+ ){0,3}?[\w-]+) (?:all over )?again\b|\b(?:works|working|runs|running) (?:great|perfectly|fine|flawlessly|like a charm|beautifully) now\b|\bnow (?:it|they) (?:works?|runs?) (?:great|perfectly|fine|flawlessly|like a charm|beautifully)\b|\b(?:happy|pleased|satisfied) with (?:it|them|my \w+) (?:again|now)\b/i;

/**
 * True when the reviewer tells of a fix they found themselves and ends content with the goods: the verdict they close
 * on ("now I like it all over again") comes in the second half of the review, with no fault after it.
 */
function solvedAndContent(text: string): boolean {
  return OWN_FIX.test(text) && closesContent(text, (s) => NOW_CONTENT.exec(s));
}
// The reviewer finding the fault was their own: "the fault was not with the scanner but with my computer", "it turned
// out to be my router", "user error on my part". Blaming another maker's part ("the problem was with the cable
// they sent") is not this.
const OWN_FAULT =
  /\b(?:the (?:fault|problem|issue|trouble) (?:was|is|lay|lies|turned out to be)(?: not (?:with|in) (?:the|this|my) (?:[\w-]+ ){0,2}?[\w-]+,? but)? (?:with |in )?my (?:own )?(?:computer|pc|laptop|mac|system|set-?up|router|network|cable|machine|software|drivers?|settings|fault)|(?:it|this) (?:was|turned out to be) (?:entirely |all |completely )?my (?:own )?(?:fault|mistake|error|computer|pc|laptop|router|doing)|user error on my part)\b/i;
// Content with the goods by the end: "It works well and I like it very much", "so far I love it".
const CONTENT_NOW =
  /\b(?:(?:it|they) (?:works?|runs?) (?:really |very )?(?:well|great|fine|perfectly|flawlessly)|(?:i|we) (?:really |truly |still )?(?:like|love|enjoy) (?:it|them)\b)/i;

/**
 * True when the reviewer found the fault was their own and ends content with the goods, with no fault told after:
 * the stars were left from before they found it.
 */
function ownFaultAndContent(text: string): boolean {
  return OWN_FAULT.test(text) && closesContent(text, (s) => CONTENT_NOW.exec(s) ?? NOW_CONTENT.exec(s));
}
// Working well for a while now, told as lasting: "it has worked well and consistently", "has been running fine since".
const WORKED_SINCE =
  /\b(?:it|they) (?:has|have) (?:worked|run|been working|been running) (?:really |very )?(?:well|great|fine|perfectly|flawlessly|reliably)\b/i;

/** True when a review's last word on the goods, in its second half with no fault after, is that they now work well. */
const endsContent = (text: string): boolean =>
  // "I had trouble at first, but once it was working it has worked well": the turn before the verdict is the trouble
  // it ended; only a turn after it keeps the complaint.
  closesContent(text, (s) => WORKED_SINCE.exec(s) ?? CONTENT_NOW.exec(s) ?? NOW_CONTENT.exec(s), true);

/**
 * True when the review's last verdict of content (what `verdict` finds in a sentence) comes in its second half, with
 * no turn in that sentence that keeps the complaint and no fault told after it. With `fromVerdict`, only the words
 * from the verdict on are read for the turn.
 */
function closesContent(
  text: string,
  verdict: (sentence: string) => RegExpExecArray | null,
  fromVerdict = false,
): boolean {
  const sentences = splitSentences(text).map((s) => s.text);
  const at = sentences.findLastIndex((s) => verdict(s) !== null);
  const said = sentences[at] ?? '';
  const turn = fromVerdict ? said.slice(verdict(said)?.index ?? 0) : said;
  return (
    at >= 0 &&
    at >= sentences.length / 2 &&
    !DOUBT_AFTER.test(turn) &&
    !sentences.slice(at + 1).some(criticises)
  );
}
// A turn after the verdict that keeps the complaint: "now I like it, but…", "works fine now, though…".
const DOUBT_AFTER = /\b(?:but|however|though|although|except|until|shouldn'?t have|should not have)\b/i;

/**
 * True when a short review's words hold only praise, at least twice and with no fault, question or retort, or when the
 * reviewer takes their complaint back: one or two stars on such a text were a slip or left from before.
 */
export function praiseOnly(text: string): boolean {
  if (RETRACTED.test(text) || solvedAndContent(text) || ownFaultAndContent(text)) return true;
  if (INSULT.test(text)) return false;
  const sentences = splitSentences(text).map((s) => s.text);
  const said = sentences.filter((s, i) => i > 0 || !NAME_ONLY.test(s.trim()));
  return (
    sentences.length <= PRAISE_ONLY_SENTENCES &&
    // Bare praise words ("Great, lovely, perfect.") under one or two stars are as likely sarcasm as a slip.
    text.split(/\s+/).length >= PRAISE_ONLY_WORDS &&
    !DOUBT.test(text.replace(NO_TROUBLE, '')) &&
    analyzeText(text).score >= PRAISE_ONLY_SCORE &&
    sentences.every((s) => !criticises(s) && !ASKS.test(s)) &&
    // Praise in every sentence, or in the first and the rest plain detail of what the goods do ("Very handy. It
    // runs at 1x as well as 2x."): either way, nothing in it is a complaint.
    !LOW_STARS.test(text) &&
    (said.every(praises) || (said.length <= 2 && praises(said[0] ?? '')))
  );
}
// A title that only names the goods ("Olympus WS-320M") says nothing either way.
const NAME_ONLY = /^[\p{Lu}\d][\p{L}\d-]*(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3}[.!]?$/u;
// The low stars named in the words, which explain them rather than slip: "two stars because…", "rated it low".
const LOW_STARS =
  /\b(?:one|two|1|2|low|lower)[- ]stars?\b|\brated (?:it |this |them )?(?:low|lower|one|two|1|2)\b|\bstars? (?:off|because|for now)\b/i;
// Only a very short text is read this way: a longer one nearly always holds the complaint the stars stand for.
const PRAISE_ONLY_SENTENCES = 3;
const PRAISE_ONLY_WORDS = 10;
// The text's own sentiment must lean clearly positive too: one word that looks like praise is not enough.
const PRAISE_ONLY_SCORE = 0.4;
// A negation that praises: "no tricks", "no problems at all".
const NO_TROUBLE = /\bno (?:tricks|problems?|issues?|complaints?|hassles?|fuss|surprises)\b/gi;
// Any negation, contrast or hedge may carry the complaint: "not as good as", "but", "would have been".
const DOUBT =
  /\b(?:not|no|never|nothing|but|however|though|although|yet|except|only|would(?:'ve| have)|could(?:'ve| have)|should(?:'ve| have)|wish|hope|until|after)\b|n't\b/i;

// Degree words that may stand between the verb and the fault: "tastes really bland", "was a bit soggy".
const DEGREE =
  '(?:(?:a bit|a little|a tad|kind of|kinda|rather|quite|really|very|so|pretty|way|far|somewhat|slightly|extremely|super|just|totally|completely|all|overall|definitely),? )*';
const VERB = '(tastes?|tasted|was|were|is|are|seemed|felt|came out|arrived)';
// A verdict on the whole of what was served or the place itself: "bland", "mediocre", "overrated".
const VERDICT =
  'bland|tasteless|flavou?rless|mediocre|overrated|over-?hyped|underwhelming|forgettable|unremarkable';
// A fault of a named thing: "wet", "soggy", "cramped", "too close together", "too loud", "slow".
const FAULT =
  'outrageous|exorbitant|extortionate|excessive|wet|soggy|cold|lukewarm|stale|burnt|burned|undercooked|overcooked|greasy|cramped|slow(?![- ](?:cooked|roasted|braised|smoked|burn))|(?:too|so|really|very|way) (?:loud|noisy|crowded)|too close|(?:too |so |really |very |way )?close (?:together|to each other)|too (?:dark|salty|sweet)|(?:difficult|hard|confusing|tricky|awkward) to (?:use|operate|work out|figure out|navigate)';
const SAID_FAULT = new RegExp(`\\b${VERB} ${DEGREE}(${VERDICT}|${FAULT})(?![\\w-])`, 'i');
// "Not as fabulous as they said", "did not live up to the hype": the place fell short of its name.
const SHORT_OF_NAME =
  /\b(?:(?:was|were|is|are|tastes?|tasted)(?:n't| not) (?:quite |really |exactly )?(?:as|that|so) [a-z]+ as (?:they|people|everyone|others|(?:the )?reviews?|(?:the )?reviewers?|(?:i|we) (?:had )?(?:heard|read)) (?:said|say|says|claim(?:ed)?|promised|made (?:it|them|out)|had (?:said|claimed))|(?:did|does|do)(?:n't| not) live up to (?:the |its |their )?(?:hype|reputation|billing|name))\b/i;
// Tables set too near one another, as the diner felt it: "we were sat pretty close to other people".
const SEATING =
  /\b(?:(?:tables?|seats?|seating) (?:was|were|is|are) (?:a bit |a little |far |way |really |pretty |very |so |quite )*(?:too |so |very |really )close(?: together| to each other)?|(?:sat|seated|squeezed in|put) (?:a bit |a little |really |pretty |very |so |quite |too )+close to (?:other|another|the (?:next|other)|strangers)|(?:tables?|seating) (?:was|were|is|are) (?:a bit |a little |really |pretty |very |so |quite |too )*(?:cramped|squeezed|packed in))\b/i;
// Words that fault a charge, and the charges they fault: "the shipping was outrageous", "prices are exorbitant".
export const PRICEY = /^(?:outrageous|exorbitant|extortionate|excessive)$/;
const PRICE_HEAD =
  /^(?:shipping|postage|delivery|price|prices|cost|costs|fee|fees|charge|charges|rates?|bill)$/i;
// Whose fault is not ours: the weather, the journey, the reviewer's own people and things.
const OUTSIDE =
  /^(?:weather|day|night|evening|morning|afternoon|weekend|drive|traffic|roads?|journey|trip|flight|train|bus|walk|streets?|neighbou?rs?|sea|ocean|lake|beach|air outside|wind|rain|snow|winter|summer|outside|city|town|area|husband|wife|kids?|son|daughter|baby|dog|cat|puppy|friends?|boyfriend|girlfriend|partner|mom|mum|dad|family|hands|feet|car|phone|laptop|i|we|you|he|she|they|it|me|us|nothing|none|no one|nobody)$/i;
// Drinks and cold dishes are meant to be cold: "the beer was cold" is praise.
const MEANT_COLD =
  /\b(?:beers?|drinks?|water|ice|sodas?|wine|pop|lemonade|pints?|cocktails?|margaritas?|milkshakes?|shakes?|smoothies?|gelato|ice cream|sorbet|a\/?c|air ?con\w*|air conditioning|brews?|oysters|fridge|freezer)$/i;
const CONDITION = /\b(?:if|unless|whether|in case|worried|afraid|expected|expecting|thought|heard)\b/i;
// A place elsewhere, or the reviewer's own home: "the food at the other location", "my coffee at home".
const NOT_HERE =
  /\b(?:other|another|previous|old|former) (?:location|place|restaurant|branch|shop|store|hotel|one)s?\b|\belsewhere\b|\bat home\b/i;

// Less of it than there used to be, as a regular notices: "the frosting is relatively thinner on my recent visits",
// "the portions have gotten smaller". A comparison with no sense of before ("thinner than the one next door") is none.
const SHRUNK =
  /\b(?:(has|have) (?:gotten|got|become|grown|gone) |(is|are|seems?|seem) (?:now )?)(?:(?:relatively|a bit|a little|a lot|much|noticeably|slightly|definitely|way) )?(smaller|thinn?er|skimpier|stingier|less generous)\b/i;
const BEFORE =
  /\b(?:lately|recently|recent (?:visits?|orders?|trips?)|these days|any ?more|used to|than (?:before|it was|they were|last time)|noticed|now|of late|over time|over the years)\b/i;

export type PlainFault = {
  /**
   * A verdict on the whole ("bland"), a fault of a named thing ("wet"), falling short of its name, the seating, or
   * less given than before ("thinner").
   */
  kind: 'verdict' | 'fault' | 'short_of_name' | 'seating' | 'shrunk';
  /** The thing, with its determiner when it had one ("my pizza", "nabeyaki udon"); null when a pronoun or "everything". */
  subject: string | null;
  /** The verb as the reviewer said it ("tastes", "were"). */
  verb: string;
  /** The fault word as said ("bland", "too close together"). */
  word: string;
};

/**
 * A fault a happy reviewer states of what they had here, with no cue word and often no negative sentiment: "everything
 * tastes bland overall", "my pizza was wet", "the dishes were not as fabulous as they said", "we were sat close to other
 * people". Praise of the same thing ("not bland at all", "never too loud", "the beer was cold") and a fault of
 * something outside the business (the weather, the drive, the place down the road) are none.
 */
export function readPlainFault(sentence: string): PlainFault | null {
  if (NOT_HERE.test(sentence)) return null;
  if (SEATING.test(sentence)) return { kind: 'seating', subject: null, verb: '', word: '' };
  const shrunk = SHRUNK.exec(sentence);
  if (shrunk?.[3] && BEFORE.test(sentence)) {
    const verb = (shrunk[1] ?? shrunk[2] ?? '').toLowerCase();
    const word = shrunk[3].toLowerCase().replace(/^thiner$/, 'thinner');
    const found = withSubject(sentence, shrunk.index, { kind: 'shrunk', verb, word });
    if (found?.subject) return found;
  }
  const short = SHORT_OF_NAME.exec(sentence);
  if (short) return withSubject(sentence, short.index, { kind: 'short_of_name', verb: short[0], word: '' });
  const said = SAID_FAULT.exec(sentence);
  if (!said?.[1] || !said[2]) return null;
  if (CONDITION.test(sentence.slice(0, said.index))) return null;
  const word = said[2].toLowerCase();
  const verdict = new RegExp(`^(?:${VERDICT})$`, 'i').test(word);
  const found = withSubject(sentence, said.index, {
    kind: verdict ? 'verdict' : 'fault',
    verb: said[1].toLowerCase(),
    word,
  });
  if (!found) return null;
  // "Shipping was outrageous" faults a charge; "the view was outrageous" may be praise.
  if (PRICEY.test(word) && !PRICE_HEAD.test(found.subject?.split(' ').pop() ?? '')) return null;
  // A named thing is needed for a fault ("it was too cold to sit outside" is the weather); a verdict may be on all.
  if (found.kind === 'fault' && found.subject === null) return null;
  if (word === 'cold' && found.subject !== null && MEANT_COLD.test(found.subject)) return null;
  return found;
}

// Words that end the run of a subject read backwards from its verb.
const SUBJECT_STOP =
  /^(?:and|but|or|so|then|though|although|because|as|that|which|with|of|for|in|on|at|to|from|by|after|before|when|while|if|also|still|just|only|even|overall|all)$/i;
const DETERMINER = /^(?:the|my|our|their|his|her|your|this|that|these|those)$/i;
const EVERYTHING = /^(?:everything|everything else|all of it|it|they|food|all the food|the food overall)$/i;

function withSubject(sentence: string, at: number, fault: Omit<PlainFault, 'subject'>): PlainFault | null {
  const words = sentence.slice(0, at).trim().split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 4; i--) {
    const word = words[i] ?? '';
    const bare = word.replace(/^[^\p{L}]+/u, '');
    if (!/^[\p{L}'-]+$/u.test(bare) || SUBJECT_STOP.test(bare)) break;
    taken.unshift(bare);
    // A word that opened on punctuation ("...nabeyaki"), or a determiner, starts the subject.
    if (bare !== word || DETERMINER.test(bare)) break;
  }
  const subject = taken.join(' ');
  const head = taken.at(-1) ?? '';
  if (taken.length === 0 || /^(?:not|never|no|n't)$/i.test(head)) return null;
  if (EVERYTHING.test(subject)) return fault.kind === 'fault' ? null : { ...fault, subject: null };
  if (OUTSIDE.test(head) || OUTSIDE.test(subject)) return null;
  return { ...fault, subject };
}

/** True when any sentence of the text states a plain fault of ours, or tells of an order muddled. */
export function hasPlainFault(text: string): boolean {
  const sentences = splitSentences(text).map((s) => s.text);
  return sentences.some((s) => readPlainFault(s) !== null) || muddledOrderAt(sentences) >= 0;
}

const ORDERED = /\b(?:i|we) (?:had )?ordered\b/i;
// What was brought was not what was asked for: "I ordered three shots… but they gave me two cups".
const MUDDLED =
  /\b(?:(?:but|instead) (?:they|she|he|the (?:server|waiter|waitress|barista|staff|kitchen|cashier|bartender))(?: \w+)? (?:gave|brought|handed|served) (?:me|us)|(?:but|and) (?:they|you|the (?:seller|shop|store)) (?:shipped|sent|delivered|mailed) (?:me |us )?(?:the |a |an )?[\w.-]+(?: [\w.-]+)? instead|(?:got|gave (?:me|us)|brought (?:me|us)|served (?:me|us)) (?:the )?wrong|wrong (?:order|drink|dish|coffee)|mixed up (?:my|our|the) order)\b/i;
// "…but they gave me a large for free": a bonus is no muddle, nor is a muddle that never happened.
const BONUS = /\b(?:free|bonus|on the house|upgrade\w*|complimentary|no charge|never|n't|not)\b/i;

/** The index of the sentence telling of an order brought muddled, within three of the one telling it, or -1. */
export function muddledOrderAt(sentences: readonly string[]): number {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] ?? '';
    if (!MUDDLED.test(s) || BONUS.test(s)) continue;
    const asked = sentences.slice(Math.max(0, i - 3), i + 1).some((x) => ORDERED.test(x));
    if (asked || /\bwrong\b|mixed up/i.test(s)) return i;
  }
  return -1;
}

/** The review label that goes with a stance. */
export function labelOfStance(stance: Stance): ReviewLabel {
  if (stance === 'happy' || stance === 'happy_with_quibble') return 'positive';
  if (stance === 'unhappy') return 'negative';
  return stance === 'mixed' ? 'mixed' : 'neutral';
}
