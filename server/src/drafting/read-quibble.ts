import { splitSentences } from '../triage/situation/sentences.ts';
import { muddledOrderAt, PRICEY, readPlainFault } from '../triage/situation/stance.ts';
import { isNounPhrase, toSecondPerson } from './phrase-problem.ts';
import { isEnglishWord } from './spelling.ts';
import { REWARD_WORDS } from './thanks-praise.ts';

export type Quibble =
  | { found: false }
  | { found: true; noun: string | null; clause: string | null; sentence: string; plain?: boolean };

// "Except for colour", "apart from the size": a cue that as often limits the praise as states a fault.
const LIMITING =
  /(?<!\p{L})(?:except(?: for| that)?|(?:with )?(?:the |one |possible |the possible |the only )?exception (?:of|being)|apart from|other than|aside from)(?!\p{L})/giu;
/** True when the sentence states a criticism with a cue that leaves no doubt: "cons:", "only complaint", "a star". */
export const isPlainCue = (sentence: string): boolean => isCue(sentence.replace(LIMITING, ' '));

// Words a reviewer uses when they really do state a criticism of an otherwise happy visit or product.
const CUE =
  /(?<!\p{L})(?:(?:the|this|that) [a-z]+(?: [a-z]+)? (?:really |kind of |a bit |a little |slightly |does |still )?(?:bothers|bugs|annoys|irritates) (?:me|us)|(?:we|i) (?:had to |did have to )?wait(?:ed)? (?:about |around |over |almost |nearly |a good )?(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes|mins)|(?:seemed|tasted|looked) (?:like|as if) it had been (?:sitting|left) (?:around|out)|unfortunately,? (?:the|it|this|they)|(?:pretty |a bit |a little |slightly |somewhat |rather )?disappointed (?:that|with)|(?:has|had|have) (?:a |an )?(?:slight |small |minor )?(?:defect|fault|flaw|leak|stain|crack|tear|chip|dent)|(?:only|one) thing (?:i|we) (?:could have used|would have liked|missed|wanted)|(?:only|one|minor|small|slight|little|biggest|main|sole|tiny) (?:complaint|gripe|issue|problem|down ?side|negative|drawback|criticism|quibble|niggle|con|fault|flaw|thing (?:i|we) (?:didn't|did not|don't|do not) like)s?|cons?\s*[:-]|complaints?\s*[:-]|down ?sides?|drawbacks?|except(?: for| that)?|(?:with )?(?:the |one |possible |the possible |the only )?exception (?:of|being)|not a (?:huge|big|major) deal|reason (?:i|we) (?:gave|give) (?:it|them|this) (?:\d|four|three)|(?:though|but|although) (?:a bit|slightly|a little|somewhat|very|too|quite) (?:costly|pricey|expensive|slow|loud|small|big|heavy|bulky|flimsy)|(?:while|although|though) (?:they|it) (?:don't|doesn't|do not|does not|isn't|aren't|is not|are not)|(?:i was|we were|i am|we are|i'm) (?:a (?:bit|little) |slightly |somewhat )?disappointed (?:that|with|by|in)|(?:they|you) (?:really )?(?:need|needs|should|could) (?:to )?(?:do some|update|add|get(?! (?:such|so|great|good|amazing|excellent|top|quality|a (?:great|good|fantastic|top))(?!\p{L}))|fix|improve|provide|offer|use|consider)|minor (?:issue|annoyance|problem)|could have been (?:a little |a bit |slightly |much |a lot )?(?:cleaner|better|quieter|warmer|hotter|bigger|faster|friendlier|fresher)|not sure (?:if|whether) (?:i|we) (?:would|will|'d) (?:stay|come|go|return|be back)|there needs? to be|(?:only|just) (?:have |had )?(?:two|2|three|3|a couple of|a few) (?:quibbles?|complaints?|gripes?|issues?|niggles?)|only thing (?:is|was|that|i)|(?:only|one) (?:annoying|irritating|frustrating|bad|negative) thing (?:is|was|about)|(?:only|one|small|minor) caveat|caveats?\s*:|problems?\s*:|(?:i|we) (?:do not|don't|didn't|did not) (?:like|love|care for) (?:the|that|how)|there (?:is|was|are) (?:one |a few |a couple of )?(?:thing|things|something)(?: about [a-z]+(?: [a-z]+){0,3})? (?:that )?(?:i|we) (?:do not|don't|didn't|did not) (?:like|love|care for)|could (?:be )?improve|could (?:use|do with) (?:some|a|an|more|better|less)\b|(?:the )?negatives? (?:are|is|were|was)\b|negatives?\s*:|room for improvement|needs? (?:some )?(?:work|improvement)|(?:was|were|is|are|got|felt) (?:a bit|a little|slightly|somewhat|rather|kind of|kinda) (?:too )?(?:slow|small|loud|noisy|pricey|expensive|crowded|cold|salty|dry|bland|cramped|dated|tight|long|heavy|weak|short|hard|difficult|tricky|awkward|confusing|stiff|dark|dim|stuffy|musty|sour|sweet|spicy|chewy|oily|greasy|soggy)|(?:i|we) (?:just |only )?wish|(?:i|we) (?:just |only |really )?wished (?:there|it|they|the [a-z]+) (?:was|were|had|would|could)|could have (?:definitely |easily |really |certainly )?(?:used|done with) (?:a (?:bit|little|tad|touch) (?:more|of)|some|more|a (?:lot|few|couple|little) more|a couple of more)|(?:only|just) wish|wish (?:they|it|there|the|that)|if only|would have (?:given|been|gotten|got|received|earned) \w+ (?:stars?|better)|lost (?:a|one) star|minus (?:one|a) star|(?:taking|took|take|docked|knocked off|deduct(?:ed)?)(?: away| off)? (?:a|one|1) star|(?:leaving|left|leave|holding|held|hold) (?:out|off|back) (?:a|one|1) star|(?:one|1) less star|(?:a )?4 (?:rather|instead) (?:than|of) (?:a )?5|(?:\d|four|4) stars? (?:instead of|rather than|because|due to|only because))(?!\p{L})/iu;
// "The wait for a service slot is long though.": the thing, and the plain fault the closing turn leaves standing.
const CLOSING_FAULT =
  /((?:the|our|my) [a-z][a-z-]*(?: [a-z][a-z-]*){0,4}?) (is|are|was|were|can be|gets?) (?:(?:a bit|a little|quite|rather|very|pretty|really|so|too|kind of|sometimes) )?(long|slow|pricey|expensive|loud|noisy|cramped|crowded|limited|steep|cold),? (?:though|however)(?=\s*[.!]*\s*$)/;
// Words a fault is said in, beside its thing: "the lunch menu is more limited", "shorter than described".
const FAULT_WORDS =
  'limited|unavailable|disappointing|lacking|underwhelming|mediocre|lukewarm|overpriced|inconsistent|less consistent|over[- ]?seasoned|over[- ]?salted|recessed|sour|greasy|soggy|flimsy|uncomfortable';
// "in a run-down neighbourhood": a fault of the area, not of us.
const NEIGHBOURHOOD =
  '(?:run[- ]down|sketchy|dodgy|seedy|rough|shady|unsafe|sketchy|not (?:the )?(?:best|nicest|safest)) (?:neighbou?rhood|area|part of town)|(?:neighbou?rhood|area|part of town|location itself|surroundings) (?:is|was|are|were|seems?|seemed|felt) (?:a (?:bit|little) |kind of |pretty |rather )?(?:run[- ]down|sketchy|dodgy|dicey|seedy|rough|shady|unsafe)';
const HEARD =
  '(?:could|can) be heard|(?:we|i) (?:could|can) (?:still |easily |clearly )?hear (?!(?:the )?(?:waves|ocean|sea|birds|river|surf|fountain|creek|music from the stage))|(?:paper-?|very |so |quite |a bit )?thin walls';
const SMALL_TROUBLE =
  '(?:a (?:little|small|slight|minor) |a few |some |minor |slight |small )(?:problems?|issues?|trouble|difficult(?:y|ies)) with';
const LACK_OF = '(?:about|with|is|was|by) the (?:complete |total )?(?:lack|absence) of';
const HEARD_HERE = new RegExp(HEARD, 'i');
const NOW_AND_THEN =
  '(?:freezes?|froze|frozen|locks? up|locked up|crash(?:es|ed)?|hangs)(?: up)?(?: on (?:me|us))? (?:occasionally|sometimes|now and then|from time to time|once in a while|every so often|a couple of times|a few times|once or twice)';
const NO_FEATURE =
  /\bthere (?:is|was) no ([a-z]+ (?:button|switch|option|setting|light|display|remote|case|cover|strap|clip|manual|charger|adapter|control|dial|port|jack|slot))\b/i;
const DOES_NOT_OFFER =
  /\b(?:it|they|the [a-z]+) (?:does not|doesn't|do not|don't|did not|didn't) (?:offer|have|include|come with|provide) (?:a |an |any )?([a-z]+(?: (?:or|and) [a-z]+| [a-z]+ (?:key|button|setting|option|port|jack))?)(?=\s*(?:[,.;:!?]|so\b|which\b|and\b|but\b|$))/i;
// "It doesn't have a problem", "does not offer much": no feature is named.
const NOT_A_FEATURE =
  /^(?:problems?|issues?|much|many|lot|clue|chance|way|choice|option|effect|impact|time)$/i;
/** "Lack of a 4th angle…" after "Cons:" is "the lack of a 4th angle…". */
const lackOf = (raw: string): string =>
  /^\s*(?:lack|absence) of /i.test(raw)
    ? raw
        .replace(/^\s*(lack|absence) of /i, (_, word: string) => `the ${word.toLowerCase()} of `)
        .replace(/\s+(?:for|to|so|that|-|–|\()(?:\s|$).*$/s, '')
    : raw;
const TROUBLE_WITH = new RegExp(`${SMALL_TROUBLE} (.+)`, 'iu');
// "Some trouble with my booking, but the staff sorted it": a hitch put right is praise, not a quibble.
const PUT_RIGHT = /\b(?:fixed|sorted|resolved|solved|took care of|handled|dealt with|straightened out)\b/i;
const LACKING = /\b(?:about|with|is|was|by) the (?:complete |total )?(lack|absence) of (.+)/i;
// "Some more highchairs would be helpful": a want said as what would help, both a cue and the thing wanted.
const WOULD_HELP =
  'would (?:be|have been) (?:very |really |so |a )?(?:helpful|nice|great|welcome|handy|useful|plus|bonus)';
const MORE_WOULD_HELP = new RegExp(`(?<!\\p{L})more ([a-z]+(?: [a-z]+)?) ${WOULD_HELP}(?!\\p{L})`, 'iu');
// More ways a happy reviewer states a criticism: "my only beef is", "the only reason it is not 5 stars",
// "would be better if", "not as bright as I expected", "for the lunch buffet though, I would not rave".
const MORE_CUES = new RegExp(
  [
    `more [a-z]+(?: [a-z]+)? ${WOULD_HELP}`,
    '(?:only|one|minor|small|slight|main|biggest|sole)(?: \\((?:big|real|major|main|huge)\\))?(?: (?:real|possible|other|little|minor|small|slight))? (?:beef|critique|nitpick|knock|reservation|concern|complaint|gripe|issue|problem|criticism|quibble|niggle)s?',
    '(?:the |my |one |main |only )?reasons? (?:that |why )?(?:i|it|this|they|we|he|she)\\b[^.!?]{0,40}?\\b(?:5|five|4|four) stars?',
    '(?:dropped|knocked|took|docked|deducted|lost) (?:one|a|1) star',
    '(?:leaving|left|leave|holding|held|hold) (?:out|off|back) (?:one|a|1) star',
    'would (?:be|have been) (?:even |so much |much |a lot )?(?:better|nicer|perfect|ideal|great|nice|a (?:great|perfect|better) [a-z]+)(?: \\([^)]*\\))? if',
    "not (?:quite )?as [a-z]+ as (?:described|advertised|expected|pictured|listed|stated|(?:i|we) (?:had )?(?:expected|hoped|thought|wanted|would like|'d like)|(?:i|we) (?:was|were) (?:expecting|hoping for))",
    '(?:shorter|smaller|slower|louder|thinner|heavier|bigger|dimmer|weaker) than (?:described|advertised|expected|pictured|listed|stated|(?:i|we) (?:had )?(?:expected|hoped|thought))',
    `(?:was|were|is|are) (?:(?:a bit|a little|slightly|somewhat|rather|more|quite|pretty|very|really|kind of|definitely) )?(?:${FAULT_WORDS})`,
    '(?:situation|parking|access|signage) (?:is|was|can be) (?:pretty |quite |a bit |very |really |a little )?(?:difficult|a nightmare|a pain|tricky)',
    '(?:though|however),? (?:was|were|is|are) (?:(?:a bit|a little|very|so|really|pretty|quite|rather|somewhat|kind of) )?(?:slow|small|loud|noisy|pricey|expensive|cold|salty|dry|bland|cramped|dated|weak|rude)',
    "(?:for|as for) (?:the )?[a-z]+(?: [a-z]+)?,? (?:though|however),? (?:i|we) (?:wouldn't|would not|didn't|did not|don't|do not|can't|cannot|won't)",
    '(?:was|were|is|are|gets?|got|felt|runs?|loads?) (?:a bit|a little|slightly|somewhat|rather|noticeably|much) (?:slower|louder|smaller|heavier|bulkier|shorter|dimmer|weaker|noisier|hotter|harder)',
    '(?:a bit of a |a slight |a small |a steep |quite a |some )learning curve',
    '(?:most|one|only|biggest) (?:annoying|irritating|frustrating) (?:part|thing|feature)',
    // "Good cables, but way overpriced", "it just isn't worth the asking price": the price, said plainly.
    'but (?:(?:way|a bit|a little|slightly|rather|very|quite|seriously|totally|far) )?(?:overpriced|too expensive)',
    "(?:isn't|is not|wasn't|was not|aren't|are not) (?:really |quite )?worth the (?:asking )?(?:price|money|cost)",
    "(?:not|isn't|wasn't|aren't|weren't) (?:very |that |particularly |the most |overly )?(?:intuitive|user[- ]friendly)",
    'could (?:be|use) (?:a (?:bit|little) |much |slightly |a lot )?(?:more|better|bigger|longer|larger|brighter|louder|faster|cheaper|lighter|sturdier|clearer|quieter)',
    '(?:a )?(?:four|4|three|3)[- ]stars? (?:rating )?(?:was|is) (?:given|provided|all)',
    '(?:very |rather |quite |pretty )?poorly (?:designed|made|built|thought out)',
    '(?:was|were|is|are) (?:a (?:little|bit) |slightly |somewhat )?more (?:complex|complicated|involved|fiddly|difficult) than',
    '(?:was|were|is|are) (?:a (?:little|bit) |slightly |somewhat )more (?:complex|complicated|involved|fiddly|difficult)',
    '(?:just |really |still )?needs? to (?:get|release|put out|bring out|make|add) (?:the |a |an )?[a-z]+ (?:version|model|app|driver|update)',
    `${NEIGHBOURHOOD}`,
    '(?:still )?not sure why (?:we|i) (?:were|was|had to)',
    "should (?:work|be|fit|have)[^.!?]{0,40}\\bso (?:they|it) (?:don't|doesn't|won't|do not|does not)",
    'more [a-z]+ than (?:necessary|needed|it needs to be)',
    'no great shakes|nothing (?:special|to write home about|spectacular)',
    '(?:was|were) (?:just|only) (?:ok|okay|alright|so-so)',
    // "The wait for a service slot is long though.": a plain fault closed by a turn, with nothing after it.
    `${CLOSING_FAULT.source}`,
    // "A bit more expensive than I expected": the price, against what the reviewer had in mind.
    '(?:more (?:expensive|costly)|pricier|dearer) than (?:i|we) (?:had )?(?:expected|thought|hoped|imagined|planned)',
    // "there is no mute button and it is annoying to…": a missing feature the reviewer found a nuisance.
    "(?:it's|it is|is|was|that's|that is) (?:a bit |a little |slightly |kind of |rather |quite )?annoying",
    // "the guests upstairs could be heard", "we could hear the traffic", "thin walls": noise, never the waves.
    `${HEARD}`,
    // "just a little problem with tracking", "a few problems with the email and web features".
    `${SMALL_TROUBLE}`,
    // "I agree with the other reviews about the lack of base maps": never "a lack of fuss", said as praise.
    `${LACK_OF}`,
    // "Garmin needs a better antenna plug", "the case interferes with the buttons", "the plug does not attach very
    // firmly and can disconnect easily": a fault of the design said plainly, with no cue word.
    "(?<!(?:not|n't|never|no) )(?:needs?|could do with) (?:a |an )?(?:better|sturdier|stronger|firmer|tighter|more secure|longer|bigger) [a-z]+",
    'interfer(?:es|ed|ing) with',
    "(?:does not|doesn't|do not|don't|won't|will not) (?:attach|stay attached|stay (?:on|put|in place)|hold (?:firmly|securely|tight)|connect (?:firmly|securely))",
    '(?:can|could|tends? to|will) (?:easily )?(?:disconnect|come loose|come unplugged|fall off|pop out|slip off)',
    // "the unit falls off the dash", "the power cord comes out too easily", "the sound is cutting out": a fault told
    // as what the thing does, with no cue word; only parts of goods fall off, never "the pounds fell off".
    '(?:it|they|the (?:whole |entire )?(?:unit|mount|holder|cradle|stand|case|cover|cord|cable|plug|strap|clip|handle|knob|button|lid|battery|back|earpiece|ear ?pads?|cushions?)) (?:keeps? |always |often |sometimes |constantly |just )?(?:falls?|fell|falling) (?:off|out|apart)',
    '(?:comes?|came|coming) (?:out|loose|off|unplugged|undone) (?:too |very |so |rather |quite )?easily',
    '(?:sound|audio|signal|connection|picture|video|calls?|power|wi-?fi|reception) (?:is |keeps |kept |will |would |sometimes |often |constantly |still )?(?:cut(?:s|ting)? (?:out|off)|drop(?:s|ping|ped)? out|break(?:s|ing)? up)',
    // "I don't think it is that comfortable", "not very sturdy": a virtue the goods were sold on, found wanting.
    "(?:not|isn't|wasn't|aren't|weren't|(?:don't|do not|didn't|did not) (?:think|find) (?:it|they|them|the [a-z]+)(?: (?:is|are|was|were|to be))?) (?:very |that |all that |particularly |really |overly |too )?(?:comfortable|comfy|sturdy|durable|reliable|accurate|ergonomic)",
    // "I had to send it in to have the screen replaced. A hassle.": trouble the fault put the reviewer to.
    "(?<!(?:no|not|n't|without|never) )a (?:real |bit of a |big )?hassle(?![- ]free)",
    '(?:had|have|needed) to (?:send|take|return|ship) (?:it|them|the [a-z]+) (?:back|in)',
    // "Would give 5 stars if staff paid attention to orders", "if the price was friendlier I'd give it five stars",
    // "it would be 5 stars if the pool was open": what keeps the review from full marks.
    "(?:would|'d|will) (?:give|rate) (?:it |them |this |this place |the [a-z]+ )?(?:a )?(?:5|five|full)(?: out of (?:5|five))?(?:[- ]stars?| marks)? (?:if|once|when)",
    '(?:would|could) (?:be|get|earn|deserve) (?:a )?(?:5|five|full)(?:[- ]stars?| marks) (?:if|once|when)',
    "\\bif\\b(?! you\\b| anyone\\b| someone\\b)[^.!?]{3,80}?(?:i|we)(?:'d| would| will| could) (?:have )?(?:given?|give|rate[d]?) (?:it |them |this |this place )?(?:a )?(?:5|five|full)(?: out of (?:5|five))?(?:[- ]stars?| marks)?",
    // "They failed to ask about any food allergies", "the waiter forgot to bring the bread": a step left out.
    '(?:they|staff|he|she|the (?:server|waiter|waitress|staff|host|hostess|front desk|receptionist|clerk|technician)) (?:failed|forgot|neglected) to',
    // "very good definition but is slow", "works well but it is a bit noisy": a fault after the turn, said plainly.
    '\\bbut (?:it |they |the [a-z]+ )?(?:is|are|was|were|can be|gets|runs) (?:a bit |a little |rather |quite |pretty |very |too |kind of |somewhat |really )?(?:slow|noisy|loud|heavy|bulky|flimsy|pricey|expensive|fiddly|awkward|laggy|dim)\\b',
    // "the rebate takes some time to arrive", "shipping took forever".
    '(?:rebates?|refunds?|shipping|delivery|deliveries|parts?|orders?) (?:takes?|took|can take) (?:some |a (?:long |bit of )?)?(?:time|while|forever|ages|weeks|months)',
    // "$65 is a bit much", "a little steep for what it is": the price, said gently.
    "(?:is|was|are|were|seems?|seemed|felt|feels|it's) (?:a (?:bit|little|tad) |slightly |rather )(?:too )?(?:much|steep)(?= for| considering|\\s*[,.;:!?)]|$)",
    // "the price went up", "the price is too high now".
    '(?:prices?|cost) (?:has |have )?(?:went|gone|go|goes|shot|jumped|crept) up',
    '(?:prices?|cost) (?:is|are|was|were) (?:now |just |a (?:bit|little) )?(?:too|way too|far too) high',
    // "they really need to tidy up", "someone should clean up the shelves".
    '(?:they|you|staff|someone|management) (?:really |seriously |definitely |just )?(?:need|needs|should|ought) (?:to )?(?:tidy|clean|sort out|organi[sz]e|declutter)',
    // "they charge extra for cards", "a fee to pay by card".
    "(?<!(?:not|n't|never|no) )(?:charges?|charged|charging) (?:you |us )?(?:extra|more|a fee|a surcharge|an extra fee)(?: to pay)? (?:for|to|if|when|on)",
    // "the air conditioning was not fixed even when we left", "no manager ever available".
    '(?:was|were|is|are|has|have|had)(?: been)? (?:not|never) (?:been )?(?:fixed|repaired|sorted out|seen to)',
    'no (?:manager|supervisor|one in charge) (?:was |is |ever |was ever |is ever )?(?:available|around|on duty|to be found|to speak to)',
    // "The hotel needs some updating and it could be cleaner": a place that wants work, said gently.
    '(?<!(?:that|which|to) )(?:needs?|could (?:use|do with)|in need of) (?:some |a (?:little |bit of )?|a few |more )?(?:updating|updates|renovat(?:ing|ions?)|refurbish(?:ing|ment)|modernis(?:ing|ation)|moderniz(?:ing|ation)|sprucing up|(?:a )?(?:fresh|new) coat of paint|tlc|upkeep|maintenance|cleaning|attention)',
    '(?:could|should|might) (?:be|get|stand to be) (?:a (?:little|bit|tad|lot) |much |slightly |somewhat )?(?:cleaner|tidier|quieter|warmer|cooler|friendlier|fresher|newer)',
    // "the only two things I didn't like were…", "a couple of things we did not like".
    "(?:only|one|two|2|three|3|a (?:couple|few) of|few|couple of) (?:little |small |minor )?things? (?:that )?(?:i|we) (?:didn't|did not|don't|do not|wasn't|was not) (?:like|love|care for|happy about|keen on)",
    // "It can not be used with the Garmin 330", "they do not work with compact fluorescent lights well".
    "(?:can ?not|cannot|can't|won't|will not|does not|doesn't|do not|don't|did not|didn't) (?:be used|work|fit)(?: (?:well|properly|correctly|at all))? (?:with|on|in)(?! (?:a |any )?(?:problems?|issues?|trouble|hitch|fuss)\\b)",
    // "Lots of dust", "there was hair in the bathroom", "a half used bottle of shampoo": housekeeping left undone.
    '(?:lots of|a lot of|some|much|thick|layers? of) dust|(?:was|were|is|are|a bit|a little|very|quite|rather|bit|slightly) dusty|(?:hairs?|stains?|crumbs|residues?) (?:in|on|left in|left on) (?:the|our|my)|(?:half[- ]used|partly used|(?:a|an|the) (?:used|opened)) bottles? of',
    // "Cash only", "staff were rude at the desk": a point about how the place is run.
    "(?:is |it's |they're |they are |was )?cash only",
    'only (?:accept|accepts|accepted|take|takes|took) (?:debit and cash|cash and debit|cash or debit|debit or cash|cash|debit)',
    "(?:don't|do not|doesn't|does not|didn't|did not) (?:take|accept) (?:credit )?cards?",
    // "the pancakes are on the greasy side", "a bit on the loud side": a fault said gently; "on the minus side".
    '(?:a (?:bit|little|tad) |somewhat |rather )?on the (?:greasy|oily|salty|sweet|loud|noisy|pricey|expensive|small|slow|dry|heavy|bland|thin|weak|short|bulky|spicy|dark) side',
    'on the (?:minus|negative) side',
    // "it does freeze occasionally", "the driver has crashed on me a couple of times": a fault that comes and goes.
    `${NOW_AND_THEN}`,
    '(?:staff|receptionists?|clerks?|cashiers?|servers?|waiters?|waitress|girl|guy|lady|woman|man|someone|people) (?:at the (?:front )?desk |at the counter |at reception |there )?(?:was|were|is|are|seemed) (?:a (?:bit|little) |kind of |rather |quite |very |so |pretty )?(?:rude|curt|unfriendly|short with (?:me|us)|dismissive)',
  ]
    .map((x) => `(?:${x})`)
    .join('|')
    .replace(/^/, '(?<!\\p{L})(?:')
    .concat(')(?!\\p{L})'),
  'iu',
);
const isCue = (sentence: string): boolean => CUE.test(sentence) || MORE_CUES.test(sentence);
/** The words after a sentence's cue ("my only complaint is…"), or null when it has none. */
function afterCue(sentence: string): string | null {
  const plain = sentence.replace(/’/g, "'");
  const m = CUE.exec(plain) ?? MORE_CUES.exec(plain);
  // Only a cue that says the fault comes next ("the things I didn't like", "my only gripe"): after "I wish…" or
  // "while they don't…" the words run on to what makes up for it.
  return m && INTRODUCES.test(m[0]) ? sentence.slice(m.index + m[0].length).trim() : null;
}
/** The words of a sentence's cue itself ("was a bit too dark"), or ''. */
function cueWords(sentence: string): string {
  const plain = sentence.replace(/’/g, "'");
  return (CUE.exec(plain) ?? MORE_CUES.exec(plain))?.[0] ?? '';
}
/** The words of a sentence after its cue. */
function afterCueWords(sentence: string): string {
  const plain = sentence.replace(/’/g, "'");
  const m = CUE.exec(plain) ?? MORE_CUES.exec(plain);
  return m ? plain.slice(m.index + m[0].length) : '';
}
const INTRODUCES =
  /(?:like|love|care for|happy about|keen on|complaints?|gripes?|issues?|problems?|quibbles?|niggles?|down ?sides?|drawbacks?|negatives?|cons?|criticisms?)\s*[:-]?$/i;

// "Cons: none", "no complaints": the cue word is there, the criticism is not.
const NONE_STATED =
  /(?<!\p{L})(?:(?:\p{L}*n'?t|not|never|without|no) (?:had |have |having |got |found |even |a single )*(?:one|a single|any) (?:problem|issue|complaint|fault)s?|cons?\s*[:-]\s*(?:none|nothing|n\/?a|not (?:a thing|really|much|one)|zero|nada|can't think)|no (?:complaints?|cons|downsides?|drawbacks?|negatives?)|nothing (?:to complain|bad|negative)|wish (?:this|it|they|there|the \p{L}+) (?:was|were|is|had) (?:my|our|closer|nearer|near|in my|in our|one|more (?:locations?|branches|stores|places|restaurants|shops|businesses|people) like|locations?|branches|stores)|wish (?:i|we) (?:lived|had found|found|knew|had known|could (?:come|go|visit|eat|stay))|wish (?:i|we) had (?:found|known|discovered|tried)|wish(?:ing)? (?:them|you|the (?:owners?|staff|team|family)) (?:all )?(?:the )?(?:very )?(?:best|well|luck|success|every success))(?!\p{L})/iu;
// A criticism of somewhere else ("the other studio keeps the lights on", "a place around the corner that left me a
// little cold") is not a quibble with this business, nor
// one of an earlier make of the goods ("the 1st gen nanos have a short battery life", "older versions crashed").
const ELSEWHERE =
  /(?<!\p{L})(?:other|another|previous|last|old|former|different) (?:studio|salon|place|places|shop|shops|store|stores|location|locations|gym|gyms|groomer|groomers|mechanic|mechanics|garage|dealer|dealership|restaurant|restaurants|hotel|hotels|spa|spas|clinic|doctor|dentist|company|companies|brand|brands|one|ones|model|models)|(?:elsewhere|before (?:i|we) found|(?:those|the|these) (?:\p{L}+ ){0,2}others|(?:1st|first|earlier|older|previous|prior|original|old) gen(?:eration)?s?|(?:earlier|older|previous|prior) (?:versions?|editions?|releases?)|(?:place|spot|restaurant|shop|store|diner|caf[eé]|bar|joint|one) (?:just |right )?(?:(?:around|round|down|up|across) the (?:corner|street|road|block)|next door|nearby|(?:a (?:couple of |few )?|\d+ |two |three )blocks? (?:away|down|over)))(?!\p{L})/iu;

// "If only MY doctor would fit me in": a stressed "my" sets the reviewer's own provider against this one, in a
// sentence not itself written in capitals.
const STRESSED_MINE =
  /(?<!\p{L})(?:MY|OUR) (?:own |regular |usual |old )?(?:doctors?|dentists?|vets?|physicians?|pediatricians?|paediatricians?|gp|mechanics?|garage|stylists?|hairdressers?|barbers?|salon|groomers?|bank|gym|store|shop|restaurant|hotel|clinic|practice|provider)(?!\p{L})/u;
const stressesMine = (sentence: string): boolean =>
  STRESSED_MINE.test(sentence) &&
  (sentence.match(/\p{Ll}/gu)?.length ?? 0) > (sentence.match(/\p{Lu}/gu)?.length ?? 0) * 3;

/** True when the sentence is about another business ("the other studio keeps the lights on"). */
export const aboutElsewhere = (sentence: string): boolean =>
  ELSEWHERE.test(sentence) || stressesMine(sentence);

// Phrases after "only complaint is" or "except for" that say nothing the reply could repeat.
const VAGUE =
  /^(?:one|a few|a couple|some|that|this|it|they|there|the fact|maybe|perhaps|possibly|for|when|if)\b/i;

/** A short noun phrase the reply can name ("the limited hours", "the always-on light"), or null. */
function nounFrom(raw: string): string | null {
  const text = toSecondPerson(raw)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.!?;:,…]+.*$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "the pretty chilly draft", "the very short leads": how much is the reviewer's to say, not the reply's.
    .replace(
      /^((?:the|your) )(?:(?:pretty|very|really|quite|rather|so|super|somewhat|fairly|a bit|a little) )+/i,
      '$1',
    )
    // "the constant slamming of doors in the morning by housekeeping": the thing, without when and by whom.
    .replace(
      /^((?:the|your) \S+(?: \S+)*?) (?:in|at|on|by|during|when|while|after|before|from|which|that|every) .*$/i,
      '$1',
    );
  const words = text.split(' ');
  if (words.length === 0 || words.length > 6 || VAGUE.test(text)) return null;
  // A capital inside the phrase is a name or a brand, and a verb makes it a clause: both read badly after "about".
  if (/\s\p{Lu}|\d{3,}|["“”]/u.test(text)) return null;
  if (!/^(?:the|your) /i.test(text)) return null;
  if (
    /\b(?:is|are|was|were|be|been|being|has|had|have|do|does|did|can|could|would|will|should|i|you|he|she|we|they|it|gets?|got|goes|went|comes|came|keeps|kept|runs|ran|takes|took|makes|seems|feels|looks|tends|needs|stops|falls)\b/i.test(
      words.slice(1).join(' '),
    ) ||
    // "the suction cups aren't that great": a negated verb makes it a clause as surely.
    /\p{L}n['’]t\b|\bcannot\b/iu.test(words.slice(1).join(' '))
  )
    return null;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const NAMED = [
  /(?:(?:my|the|our) |^\s*)(?:only|one|minor|small|slight|biggest|main|sole)(?: \((?:big|real|major|main|huge)\))?(?: (?:real|possible|other|little|minor|small|slight))? (?:complaint|gripe|issue|problem|down ?side|drawback|negative|criticism|critique|quibble|niggle|beef|concern|nitpick|knock|reservation)(?: (?:i|we) (?:have|had))?(?: (?:with|about) [a-z ]+?)? (?:is|was|would be|would have to be) (?:with |about )?(.+)/iu,
  // "The only thing that missed the mark was the bread pudding": the thing itself.
  /(?:only|one) thing (?:that )?(?:missed the mark|let (?:it|us|me) down|disappointed(?: (?:me|us))?|(?:was|wasn't|was not) (?:great|good|up to (?:par|scratch))|(?:i|we) (?:was|were) (?:not|n't) (?:keen on|fond of|crazy about)) (?:was|is|were) (.+)/iu,
  /(?:only|one) thing (?:i|we) (?:don't|do not|didn't|did not) (?:like|love|care for|enjoy)(?: about [a-z ]+?)? (?:is|was|would be) (.+)/iu,
  // "The one thing that is a drawback was how sweet my drink was".
  /(?:only|one) thing (?:that )?(?:is|was) an? (?:drawback|downside|negative|complaint|issue|problem|letdown|let-down) (?:is|was|would be) (.+)/iu,
  /reasons? [^.!?]{0,60}?\bstars?\b[^.!?]{0,25}? (?:is|was|are|were)(?: simply| just)? (?:because (?:of )?|due to )(.+)/iu,
  // "I had to take away 1 star for customer service": what the star was taken for.
  /(?:(?:taking|took|take|docked|knocked off|deduct(?:ed)?)(?: away| off)?|(?:leaving|left|leave|holding|held|hold) (?:out|off|back)) (?:a|one|1) star (?:for|because of|due to) (.+)/iu,
  /(?:^|, )(?:except|apart from|other than|aside from) (?:for )?(.+)/iu,
  /(?:^|,\s*|\s)(?:with )?(?:the |one |possible |the possible |the only )?exception (?:of|being) (.+)/iu,
  /cons?\s*[:-]\s*(.+)/iu,
  /(?:could|should|need to|needs to|must) (?:improve|fix|update|work on|look at) (the [a-z]+(?: [a-z]+){0,2})(?= as\b| because\b|[,.;!]|$)/iu,
];

// A place that takes no cards: "cash only", "they only accept debit and cash", "they don't take cards".
const PAYING = 'not being able to pay by card';
const PAYMENT_LIMITED =
  /\bcash[- ]only\b|\bonly (?:accept|accepts|accepted|take|takes|took) (?:debit and cash|cash and debit|cash or debit|debit or cash|cash|debit)\b|\b(?:don't|do not|doesn't|does not|didn't|did not) (?:take|accept) (?:credit )?cards?\b/i;

// Said with displeasure ("…only accept debit and cash :(", "it is annoying that they are cash only"), as against a tip
// for the next customer ("they take CASH ONLY so keep that in mind") or part of the charm of an old-style parlour.
const DISPLEASED =
  /:\(|\b(?:unfortunate(?:ly)?|annoy\w*|inconvenien\w*|downside|drawback|bummer|pain|frustrat\w*|wish|stars?)\b|\bonly (?:complaint|gripe|negative|thing)\b/i;

/** How the place takes payment, where the reviewer faults it; null otherwise. */
const paymentFaulted = (sentence: string): string | null =>
  PAYMENT_LIMITED.test(sentence) && DISPLEASED.test(sentence) ? PAYING : null;

// What a quibble is about, when its own words do not make a phrase: the first topic its sentence names.
const TOPICS: ReadonlyArray<readonly [RegExp, string]> = [
  // "Music is jazzy but too loud": the noise has a source the reviewer named, and the reply names it too.
  // Read on the part after the turn ("…but too loud, and like the music in a chain"), the music may come after.
  [/\bmusic\b[^.!?]{0,30}\b(?:loud|noisy)\b|\b(?:loud|noisy)\b[^.!?]{0,30}\bmusic\b/i, 'the loud music'],
  [/\b(?:loud|noisy|noise)\b/i, 'the noise'],
  [/\bparking\b/i, 'the parking'],
  // "Cash only", "they only accept debit and cash": how the place takes payment.
  // "Needs some updating", "could be cleaner", "lots of dust": the upkeep and the cleaning of the place.
  [/\b(?:updating|updates|renovat\w*|refurbish\w*|upkeep|sprucing up)\b/i, 'the upkeep'],
  [/\b(?:clean(?:er|liness)|dust|dusty|dirty|hairs?|stains?|residues?|half[- ]used)\b/i, 'the cleanliness'],
  // "It can not be used with the Garmin 330": what it works with.
  [
    /\b(?:can ?not|cannot|can't|won't|will not|does not|doesn't|do not|don't|did not|didn't) (?:be used|work|fit)(?: (?:well|properly|correctly|at all))? (?:with|on|in)\b/i,
    'the compatibility',
  ],
  [/\bleak(?:s|ed|ing|y)?\b/i, 'the leak'],
  // "The unit falls off the dash", "the sound is cutting out", "I don't think it is that comfortable": what the goods
  // do wrong, named by the part or the virtue that fails.
  [
    /\b(?:mount|mounting|suction cup|holder|cradle)\b[^.!?]*\b(?:falls?|fell|falling|comes?|came) (?:off|loose|out)\b|\b(?:falls?|fell|falling) off (?:the )?(?:dash|window|windshield|windscreen)\b/i,
    'the mount',
  ],
  [
    /\b(?:sound|audio)\b[^.!?]{0,20}\b(?:cut(?:s|ting)? (?:out|off)|drop(?:s|ping|ped)? out|break(?:s|ing)? up)\b/i,
    'the sound cutting out',
  ],
  [
    /\b(?:signal|connection|reception|calls?)\b[^.!?]{0,20}\b(?:cut(?:s|ting)? (?:out|off)|drop(?:s|ping|ped)? out|break(?:s|ing)? up)\b/i,
    'the dropped connection',
  ],
  [/(?:\bnot|n't)\b[^.!?]{0,30}\b(?:comfortable|comfy|ergonomic)\b|\buncomfortable\b/i, 'the comfort'],
  // "Ours at the back was a bit too dark": the light in the room.
  [/\b(?:too dark|a bit dark|rather dark|quite dark|dimly lit|poorly lit|gloomy)\b/i, 'the lighting'],
  [/\$\s?\d|\bover \d{2,}\b|\bcosts? (?:over|more than|almost|nearly)\b/i, 'the price'],
  [/\b(?:shuttle|shuffle service)\b/i, 'the shuttle service'],
  [/\b(?:size|smaller|too small|very small|so small)\b/i, 'the size'],
  [/\bbattery\b/i, 'the battery life'],
  [/\bbatteries\b/i, 'the batteries'],
  [/\blearning curve\b/i, 'the learning curve'],
  [/\bscratch(?:es|ed|ing)?\b/i, 'the scratches'],
  [/\bwi-?fi\b/i, 'the wifi'],
  [/\b(?:instructions|manual)\b/i, 'the instructions'],
  [/\bsmells?\b/i, 'the strong smells'],
  [/\b(?:neighbou?rhood|part of town|surrounding area)\b/i, 'the neighbourhood'],
  [/\breservations?\b/i, 'reservations'],
  [/\b(?:opening hours|hours are|closes early|close early)\b/i, 'the opening hours'],
  [/\bportions?\b/i, 'the portion sizes'],
  // "The waiting room was small" is about the room, not a wait.
  [/\b(?:waits?|waited|waiting(?! (?:room|area|lounge))|queue|slow service)\b/i, 'the wait'],
  [
    /\b(?:pricey|overpriced|prices?\b(?! range)|costly|expensive(?! (?:option|model|one|brand|version|accessor)))/i,
    'the prices',
  ],
  // "The bass is tight" praises the bass: only a fit said to be wrong is about the fit, and "I didn't find them too
  // tight" says it is not.
  [
    /(?<!(?:\bnot|n't|\bnever)(?: [\w']+){0,4} )\b(?:(?:too|a bit|a little|very|quite|rather|slightly) (?:tight|loose)|(?:tight|snug|loose|poor|bad) fit|fits? (?:too |a bit |a little )?(?:tight|loosely|small|big))\b/i,
    'the fit',
  ],
  [/\bvolume\b/i, 'the volume'],
  [/\bremote\b/i, 'the remote'],
  [/\b(?:cord|cable)\b/i, 'the cable'],
  [/\bbuttons?\b/i, 'the buttons'],
  [/\bbreakfast\b/i, 'the breakfast'],
  [/\bdecor\b/i, 'the decor'],
];
/** The topic named first in the sentence, so "the shuttle … and the area" is about the shuttle. */
function topicOf(sentence: string): string | null {
  let best: { at: number; topic: string } | null = null;
  for (const [pattern, topic] of TOPICS) {
    const at = sentence.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, topic };
  }
  return best?.topic ?? null;
}

const CONTRAST = /\b(?:but|though|although|however|except)\b/i;
// "Cons: it's not as comfortable to hold as I would like but it is much better than my old one": the fault is told
// between the cue and the turn, and what follows the turn takes nothing from it. Only a short stretch is read.
const untilTurn = (tail: string): string => {
  const turn = CONTRAST.exec(tail);
  const head = turn ? tail.slice(0, turn.index) : '';
  return head.split(/\s+/).length <= 12 ? head : '';
};
// What follows a turn with no subject of its own: "…but too loud", "…but a bit noisy".
const NO_SUBJECT =
  /^\s*(?:(?:a bit|a little|a tad|rather|slightly|way|far|much|very|quite|really|just) )*(?:too )?(?:loud|noisy)\b/i;
const CRITICAL_WORDS =
  /\b(?:a bit|a little|too|wish|need|needs|should|not|only|very loud|noisy|small|tight)\b/i;

/**
 * The part of a sentence that holds the criticism: "the staff were lovely but the parking is tight" → "the parking is
 * tight"; a part with no criticism ("…but I liked living there") is never read for a topic.
 */
function quibblePart(sentence: string): string {
  const parts = sentence.split(CONTRAST);
  if (parts.length === 1) return sentence;
  const after = parts.slice(1).find((p) => topicOf(p) !== null);
  // "Music is jazzy but too loud": a turn with no subject of its own ("too loud") is said of the thing before it, so
  // the noise keeps the source the reviewer named.
  const before = parts[0] ?? '';
  if (after && NO_SUBJECT.test(after) && /^\s*(?:the )?(?:background )?music\b/i.test(before))
    return `music ${after}`;
  if (after) return after;
  // "Lots of dust under the beds, though.": a turn that closes the sentence leaves the fault before it.
  if (parts.slice(1).every((p) => /^\W*$/.test(p))) return parts[0] ?? '';
  return parts.find((p) => CRITICAL_WORDS.test(p) && topicOf(p) !== null) ?? '';
}

// Words that turn a sentence of an otherwise happy review into a criticism.
const CRITICAL =
  /\b(?:but|though|although|however|only|wish|need to|needs to|should|a bit|a little|too (?:loud|noisy|small|pricey|expensive|long|slow|tight)|not (?:the best|great|ideal|much)|dicey|sketchy)\b/i;

// In a review read as wholly happy, only a plain criticism counts ("it is very loud and they need to fix that").
const STRONG =
  /\b(?:needs? to (?:do something|fix|improve|update|add|get)|should (?:really )?(?:fix|improve|update|add|get)|(?:i|we) wish|too (?:loud|noisy|small|pricey|expensive|slow|tight|cramped)|(?:very|so|really|extremely) (?:loud|noisy|cramped|pricey|slow))\b/i;

const PRAISED_HERE =
  /\b(?:reasonable|affordable|fair|great|good|excellent|amazing|awesome|best|perfect|fine|nice|low|cheap|inexpensive|quick|fast|friendly|clean|love|loved)\b/i;
const FAULT_HERE =
  /\b(?:not|n't|never|too|overpriced|poor|bad|terrible|awful|rude|dirty|wish|only (?:complaint|issue|problem)|(?:a bit|a little|slightly|somewhat|rather|quite|very|so|really|pretty|kind of) (?:pricey|expensive|slow|loud|noisy|small|tight|cramped|cold|salty|dry|bland|dated|crowded|busy|hard|difficult))\b/i;

const NOT_ONLY = /\bnot only\b/gi;
const ASKS_READERS =
  /^(?:do|did|are|have|has|is|tired of|sick of|ever|want|looking)\b[^?]*\byou\b[^?]*\?\s*$/i;

/**
 * The quibble of a review read as happy with a quibble but without the usual cue words ("it is also very loud and
 * they need to do something about that"): the topic of its first critical sentence, or null.
 */
export function quibbleTopic(text: string, strict = false): string | null {
  const all = splitSentences(text).map((s) => s.text);
  for (const [i, said] of all.entries()) {
    // "Not only do I no longer have hair, it is very inexpensive!" praises twice; "Do you find waxing too painful?"
    // asks the review's readers, and faults nothing of ours.
    if (ASKS_READERS.test(said)) continue;
    const sentence = spareChores(said).replace(NOT_ONLY, 'not just');
    if (
      !(strict ? STRONG : CRITICAL).test(sentence) ||
      ELSEWHERE.test(sentence) ||
      ELSEWHERE.test(wrappedBefore(all, i)) ||
      NONE_STATED.test(sentence) ||
      TIP.test(sentence) ||
      WORTH_IT.test(sentence)
    )
      continue;
    // "The cost is not too expensive" praises the price; headphones that "go really loud" are praised for it.
    const part = quibblePart(sentence)
      .replace(/\bnot (?:too|overly|that|very|terribly|super) [a-z]+/gi, ' ')
      .replace(LOUD_PRAISED, ' ');
    // "…but they have such reasonable prices": the topic is praised in the very part read for a fault, and "life
    // is going to get more expensive" faults nothing of ours.
    if ((PRAISED_HERE.test(part) && !FAULT_HERE.test(part)) || !FAULT_HERE.test(part)) continue;
    // "It does not have active noise reduction but does a good job": a feature it lacks, and praise for what it does.
    const after = sentence.split(CONTRAST).slice(1).join(' ');
    if (LACKS.test(part) && PRAISED_HERE.test(after) && !FAULT_HERE.test(after)) continue;
    const topic = topicOf(part);
    if (topic) return topic;
  }
  return null;
}

/**
 * The lines before a sentence that it carries on from, where a review wraps its lines with no stop ("I had a
 * different brand of mouse, I can't\nrecall the brand, but it was awful"): the sentence is read with them.
 */
function wrappedBefore(sentences: readonly string[], at: number): string {
  let said = '';
  for (let i = at - 1; i >= 0 && !/[.!?)"”]\s*$/.test(sentences[i] ?? '.'); i--)
    said = `${sentences[i]} ${said}`;
  return said;
}

// A chore the goods spare the owner ("there is never a need to replace that battery", "no need to set the clock",
// "you don't have to charge it daily"): praise, so its words are not read for a fault. A wish to be spared one ("I
// wish I didn't have to charge it") is a fault, and a turn after it ("…, but the battery dies") is kept.
const SPARED =
  /\b(?:(?:there is |there's |there was )?(?:never|no) (?:a |any )?need to|(?:never|don'?t|do not|didn'?t|did not|won'?t|will not) (?:ever )?(?:have|need) to|without (?:having|needing) to)\b.*?(?=\b(?:but|though|although|however|except|yet)\b|[,;:.!?]|$)/gi;
const spareChores = (sentence: string): string =>
  /\bwish\b/i.test(sentence) ? sentence : sentence.replace(SPARED, ' ');

// Volume a speaker or a pair of headphones can reach ("they go really loud", "gets plenty loud"): a strength.
const LOUD_PRAISED =
  /\b(?:go(?:es)?|gets?|got|plays?|played|can (?:go|get|play)|cranks? up|pumps?(?: out)?) (?:really |very |so |super |extremely |plenty |nice and |pretty |quite )?(?:loud|noisy)(?: enough)?\b/gi;

// "Expect to wait if you don't have an appointment", "if you're waiting, there's coffee next door": a tip for the next
// customer, told in good part, not a fault.
const TIP =
  /^if (?:you|your|you're|you are)\b[^.!?]*\b(?:there's|there is|there are|try|bring|book|call|head)\b|\b(?:expect to|be prepared to|be ready to|plan to|you (?:may|might|will) (?:have|need) to) (?:wait|queue|pay|book)\b[^.!?]*\b(?:if|unless|without)\b|\b(?:i'd|i would|i'd recommend you|make sure (?:you|to)) (?:book|call|reserve|bring)\b/i;

const LACKS = /\b(?:does not|doesn't|do not|don't|did not|didn't) (?:have|need|use|come with|offer)\b/i;

// "I have read reviews that say the sound is thin, but I found otherwise": someone else's fault, and refuted.
const REFUTED =
  /\b(?:reviews?|reviewers?|people|others) (?:that |who )?(?:say|said|says|claim|claimed|complain|complained)\b[^.!?]*\b(?:but|however)\b/i;

// "Looks nothing special on the plate, but once you taste it…": a plain look owned up to, then praise, not a fault.
const PLAIN_LOOK =
  /\b(?:looks?|looked|seems?|seemed|sounds?|sounded|(?:may|might|does not|doesn't) (?:look|seem|sound))(?: like)? (?:nothing special|no great shakes|nothing to write home about|(?:very )?plain|(?:very )?ordinary)\b[^.!?]*\b(?:but|yet|until|then)\b/i;

// "Though service is a bit slow, it is totally worth the wait": a fault the reviewer weighs and finds worth it, in the
// same sentence, is taken back.
const WORTH_IT =
  /\b(?:(?:it|that|this|they)(?:'s| is| was| are| were)|but|still|and) (?:(?:totally|well|definitely|completely|absolutely|so|more than|still|really) )?worth (?:the wait|waiting|it|every (?:penny|cent|minute)|the price|the money|the trip)\b/i;

// A sentence in which the reviewer names their complaint as such: "the only (big) problem is…", "my main gripe",
// "cons:".
const NAMES_ITS_FAULT =
  /(?<!\p{L})(?:only|main|biggest|sole)(?: \([a-z]+\))?(?: real)? (?:complaint|gripe|issue|problem|drawback|criticism|beef|negative|down ?side)s?(?!\p{L})|(?<!\p{L})cons?\s*[:-]/iu;

// A booking muddled at the desk: "upon checking in they told me I had one stay booked", "our reservation was lost".
const BOOKING_MIXUP =
  /\b(?:upon|on|at|when) check(?:ing)?[- ]?in\b[^.!?]{0,60}\b(?:told|said|informed)\b[^.!?]{0,20}\b(?:(?:i|we) (?:only )?had (?:only )?(?:one|no|the wrong|a different)|(?:there was |there were )?(?:no|couldn'?t find|could not find|did not have|didn'?t have) (?:a |any |my |our )?(?:record of )?)[^.!?]{0,30}\b(?:booked|booking|reservations?|reserved)\b|\b(?:booking|reservation)s? (?:was|were|had been|got) (?:mixed up|messed up|lost|wrong|cancell?ed by mistake)\b|\bmix-?up (?:with|over|on) (?:my|our|the) (?:booking|reservation)s?\b/i;

// "The hiss bothers me", "that lag really annoys us": the thing that bothers the reviewer, named as they named it.
const BOTHERS =
  /(?<!\p{L})(?:the|this|that) ([a-z]+(?: [a-z]+)??) (?:really |kind of |a bit |a little |slightly |does |still )?(?:bothers|bugs|annoys|irritates) (?:me|us)(?!\p{L})/iu;
const botheredBy = (sentence: string): string | null => {
  const thing = BOTHERS.exec(sentence)?.[1]?.toLowerCase();
  return thing && !/^(?:it|one|thing|part|fact|only)$/.test(thing) ? `the ${thing}` : null;
};

// "The cordless handset has a pretty limited range", "with a short cord": a feature that falls short, named by its
// shortfall, never by the part that has it ("the cordless handset").
const SHORT_FEATURE =
  /(?<!\p{L})(?:has|have|had|with) (?:a |an )?(?:pretty |rather |very |quite |somewhat |fairly |really |a bit of a )?(limited|short|poor|weak|low|small|tiny) (range|reach|battery life|signal|volume|memory|storage|capacity|cord|cable)(?!\p{L})/iu;
const shortFeature = (sentence: string): string | null => {
  const m = SHORT_FEATURE.exec(sentence);
  return m?.[1] && m[2] ? `the ${m[1].toLowerCase()} ${m[2].toLowerCase()}` : null;
};

// "Made for every model except the smallest": what the product is for, not a fault found in it.
const SCOPE = /\b(?:every|all|any)\b[^.]{0,40}\bexcept(?:ion)?\b/i;

/**
 * The reviewer's own quibble, when they state one: "the only complaint is…", "cons: …", "except the…", "I wish…".
 * A happy review whose only criticism is of another business, or that says "cons: none", has none. The noun is
 * what the reply may name; null when the quibble is real but its words do not make a clean phrase.
 */
export function readQuibble(text: string, title: string | null | undefined): Quibble {
  // "Cons:" on a line of its own, with "none" on the next, is one statement.
  // "…were a little rude... which is why I gave it 1 less star": an ellipsis before a lower-case word goes on with the
  // same sentence, so the fault and the cue that says it cost a star are read together.
  const joined = text
    .replace(/(\bcons?\s*[:-])\s*\n+\s*/gi, '$1 ')
    // "My only gripe w/ this monitor is lack of swivel (sigh)": the shorthand read out, the sigh left out.
    .replace(/(?<!\p{L})w\/ ?(?=\p{L})/giu, 'with ')
    .replace(/\s*\((?:sigh|ugh|lol|meh|boo|grr+|oh well|sadly)\)/gi, '')
    .replace(/\s*(?:\.{2,}|…)\s*(?=(?:which|that|hence)\b)/g, ', ');
  const sentences = [...(title ? [title] : []), ...splitSentences(joined).map((s) => s.text)];
  const muddled = muddledOrderAt(sentences);
  const faulted = (s: string, i: number) => readPlainFault(s) !== null || i === muddled;
  const stated = sentences.filter(
    (s, i) =>
      (isCue(s) || faulted(s, i)) &&
      !NONE_STATED.test(s) &&
      !aboutElsewhere(s) &&
      !SCOPE.test(s) &&
      !REFUTED.test(s) &&
      !PLAIN_LOOK.test(s) &&
      !WORTH_IT.test(s) &&
      !ownSurroundings(s, text) &&
      !(TROUBLE_WITH.test(s) && PUT_RIGHT.test(s)),
  );
  // "Upon checking in they told me that I had one stay booked": a booking muddled at the desk, put right or not, is
  // the point that cost a happy guest a star, where nothing else the reviewer faulted can be named.
  const booking = sentences.find((s) => BOOKING_MIXUP.test(s));
  const mixUp = booking
    ? {
        found: true as const,
        noun: 'the mix-up over your booking',
        clause: null,
        sentence: booking,
        plain: true,
      }
    : null;
  if (stated.length === 0) return mixUp ?? { found: false };
  // "The only (big) problem is the battery life" is the point the reviewer chose to make: read before a fault
  // inferred from a describing word elsewhere ("it is slightly smaller").
  stated.sort((a, b) => Number(NAMES_ITS_FAULT.test(b)) - Number(NAMES_ITS_FAULT.test(a)));
  // A fault said plainly, with no cue word, is told in its own shape: "your pizza was wet".
  const plain = (s: string) => isPlainCue(s) || faulted(s, sentences.indexOf(s));
  for (const sentence of stated) {
    const own = isCue(sentence) ? null : toldFault(sentence, sentences);
    if (own) return { found: true, ...own, sentence, plain: true };
    const manner = staffManner(sentence);
    if (manner) return { found: true, noun: null, clause: manner, sentence, plain: plain(sentence) };
    // "…discovered they only accept debit and cash :( but overall…": the way to pay, however long the sentence.
    const named =
      paymentFaulted(sentence) ??
      turnedFault(sentence) ??
      botheredBy(sentence) ??
      shortFeature(sentence) ??
      namedIn(sentence);
    const clause = named ? null : clauseIn(sentence);
    const noun = named ?? (clause ? null : leadIn(sentence));
    // A topic word found somewhere in a long sentence is as likely an aside as the fault ("…with the cable connected").
    const short = sentence.split(/\s+/).length <= 16;
    // In a long one, only the words after the cue are read: "…the only two things I didn't like was that there was
    // hair in the bathroom" is about the cleaning, whatever the sentence praised before it; words after a turn ("…a
    // little loud, but that is what you need in a club") take the point back, so they name nothing.
    const tail = short ? null : afterCue(sentence);
    const topic =
      noun || clause
        ? null
        : short
          ? topicOf(quibblePart(sentence))
          : tail && tail.split(/\s+/).length <= 18 && !CONTRAST.test(tail)
            ? topicOf(tail)
            : // The cue's own words may name the topic ("…ours at the back was a bit too dark"): no aside there,
              // unless the sentence runs long or turns after it ("the bass is a little loud, but that is what you need").
              sentence.split(/\s+/).length <= 28 && !CONTRAST.test(afterCueWords(sentence))
              ? topicOf(cueWords(sentence))
              : tail
                ? topicOf(untilTurn(tail))
                : null;
    if (noun || clause || topic)
      return { found: true, noun: noun ?? topic, clause, sentence, plain: plain(sentence) };
  }
  // The cue ("needs improvement") may follow the sentence that says what was wrong.
  // Only the sentences beside a cue are read ("Cons:" then the fault, or the fault then "which is my only gripe"):
  // praise elsewhere in the review is never told back as the fault.
  const first = stated[0] ?? '';
  const beside = stated
    .flatMap((x) => [1, 2, -1].map((d) => sentences[sentences.indexOf(x) + d]))
    .filter((x): x is string => x !== undefined);
  for (const sentence of beside) {
    // The point beside a plain cue ("There is one small problem though. The lid is hard to take off") is as plainly
    // stated as the cue.
    const cued = stated.some(plain);
    const short = REFUTED.test(sentence) ? null : shortFeature(sentence);
    if (short) return { found: true, noun: short, clause: null, sentence, plain: cued };
    const clause =
      ELSEWHERE.test(sentence) || NONE_STATED.test(sentence) || REFUTED.test(sentence)
        ? null
        : clauseIn(sentence);
    // "…out of the poor post-grad's budget": a clause that runs on into the reviewer's own aside is not told back.
    if (clause && !/\p{L}'s\b/u.test(clause))
      return { found: true, noun: null, clause, sentence, plain: cued };
  }
  return mixUp ?? { found: true, noun: null, clause: null, sentence: first, plain: stated.some(plain) };
}

// Places that are the reviewer's own when they call them so ("our horse barn", "my garage"): a sentence that faults
// one ("the barn is dusty") tells where the thing they bought is used, not what is wrong with it or with us.
const SURROUNDINGS =
  /^(?:the|my|our) (?:[\p{L}-]+ )?(barn|stables?|stalls?|attic|basement|garage|shed|yard|backyard|garden|workshop|dorm|house|home|apartment|office) (?:is|was|are|were|gets|got|can get)(?!\p{L})/iu;

/** True when the sentence faults a place the review calls the reviewer's own. */
function ownSurroundings(sentence: string, text: string): boolean {
  const head = SURROUNDINGS.exec(sentence.trim())?.[1];
  if (!head) return false;
  return new RegExp(`(?<!\\p{L})(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}(?!\\p{L})`, 'iu').test(text);
}

// "A couple of them were a little rude", "some of the employees were rather cold": staff faulted for their manner, in
// a sentence whose own words say it cost a star. Told back as said, with "them" made "the staff".
const STAFF_MANNER =
  /\b((?:some|a couple|a few|one|two|several) of (?:them|the (?:staff|employees|workers|clerks|assistants|sales ?(?:people|staff|girls|assistants)))|the (?:staff|employees|workers|clerks|assistants|sales ?(?:people|staff|girls|assistants))) (was|were|seemed|acted) ((?:a (?:bit|little) |rather |quite |very |kind of |somewhat )?(?:rude|unfriendly|snobby|snooty|dismissive|cold|unhelpful|standoffish))\b/i;

function staffManner(sentence: string): string | null {
  const m = STAFF_MANNER.exec(sentence);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return `${m[1].toLowerCase().replace(/ of them$/, ' of the staff')} ${m[2].toLowerCase()} ${m[3].toLowerCase()}`;
}

// "…very good definition but is slow", "works well but it is a bit noisy": the fault after the turn, named by what
// it is about; "the rebate takes some time to arrive": the wait, named by what was waited for.
const TURNED_FAULT =
  /\bbut (?:it |they |the [a-z]+ )?(?:is|are|was|were|can be|gets|runs) (?:a bit |a little |rather |quite |pretty |very |too |kind of |somewhat |really )?(slow|laggy|noisy|loud|heavy|bulky|pricey|expensive|dim)\b/i;
const TURNED_NOUN: Record<string, string> = {
  slow: 'the speed',
  laggy: 'the lag',
  noisy: 'the noise',
  loud: 'the noise',
  heavy: 'the weight',
  bulky: 'the bulk',
  pricey: 'the price',
  expensive: 'the price',
  dim: 'the brightness',
};
const SLOW_TO_COME =
  /\b(?:the |my |our )?(rebates?|refunds?|shipping|delivery|parts?|orders?) (?:takes?|took|can take) (?:some |a (?:long |bit of )?)?(?:time|while|forever|ages|weeks|months)\b/i;

// "They failed to ask about any food allergies", "the waiter forgot to bring our drinks": a step left out.
const NOT_ASKED =
  /\b(?:failed|forgot|neglected) to ask (?:me |us )?about (?:any |our |my |the )?([a-z]+(?: [a-z]+)?)(?=\s*(?:[,.;:!?]|however\b|which\b|and\b|but\b|before\b|$))/i;
const NOT_BROUGHT =
  /\b(?:failed|forgot|neglected) to bring (?:out )?(?:me |us )?(?:the |our |my )([a-z]+(?: [a-z]+)?)(?=\s*(?:[,.;:!?]|however\b|which\b|and\b|but\b|until\b|$))/i;

// "I do not like the "beep" sound when the handset is docked": the thing the reviewer dislikes, named.
const DISLIKED =
  /\b(?:i|we) (?:really |just )?(?:do not|don't|did not|didn't) (?:really )?(?:like|love|care for) (?:the|its|their) ((?:["“]?[a-z-]+["”]? ){0,2}[a-z-]+)(?![a-z-])(?=\s*(?:[,.;:!?(]|when\b|that\b|which\b|on\b|in\b|at\b|and\b|but\b|because\b|as\b|$))/i;
// Heads that name no thing: "the way it looks", "the fact that…".
const NO_THING = /^(?:way|fact|idea|thing|things|look|feel|sound|feeling|one|ones|rest|most|whole|new|old)$/i;

// "It could have used some more red sauce", "I wished there was a bit more sauce": what the reviewer wanted more of.
const WANTED_MORE =
  /\b(?:could have (?:definitely |easily |really |certainly )?(?:used|done with)|could (?:definitely |really )?(?:use|do with)|(?:i|we) (?:just |only |really )?wish(?:ed)? (?:there (?:was|were|had been|would be)|(?:it|they) (?:had|gave|used|put|added))) (?:a (?:bit|little|tad|touch|lot|few|couple) |a couple of |a little bit |just |some |slightly )?more ([a-z]+(?: (?!(?:inside|outside|here|there|too|though|overall|please|really|again|on|in|with|for|but|and|to|at|or|as|because|than)\b)[a-z]+)?)(?=\s*(?:[,.;:!?)]|$)|\s(?:on|in|with|for|but|and|though|to|at|or|as|because|than|inside|outside|here|there|too|overall|please|really|again)\b)/i;
// What more of is a thing's quality, not an amount: "more variety" is "the variety".
const AS_ITSELF =
  /^(?:variety|choice|selection|space|room|seating|light|parking|flavou?r|seasoning|spice|heat|salt|privacy|storage|staff|attention|options|choices)$/i;
// More of what names nothing a note can repeat: "more time", "more of it", "more often".
const NOT_MORE_OF = /^(?:time|of|often|than|money|people|stars?|days?|hours?|it|them|that|this|like|to)$/i;

/** What the reviewer wanted more of, as the note names it: "the amount of red sauce", "the variety". */
function wantedMore(sentence: string): string | null {
  const m = WANTED_MORE.exec(sentence) ?? MORE_WOULD_HELP.exec(sentence);
  const what = m?.[1]?.toLowerCase();
  const head = what?.split(' ').pop() ?? '';
  if (!what || NOT_MORE_OF.test(what.split(' ')[0] ?? '') || NOT_MORE_OF.test(head)) return null;
  if (head === 'staff') return 'the staffing';
  if (AS_ITSELF.test(head)) return `the ${what}`;
  return /[^s]s$/.test(head) ? `the number of ${what}` : `the amount of ${what}`;
}

/** A fault said plainly after a turn, a step left out, or a wait for something to come, as a phrase of our own. */
function turnedFault(sentence: string): string | null {
  const wanted = wantedMore(sentence);
  if (wanted) return wanted;
  const disliked = DISLIKED.exec(sentence)?.[1]?.replace(/["“”]/g, '').toLowerCase();
  const head = disliked?.split(' ').pop() ?? '';
  if (disliked && (!NO_THING.test(head) || disliked.includes(' '))) return `the ${disliked}`;
  const asked = NOT_ASKED.exec(sentence)?.[1];
  if (asked) return `not being asked about ${asked.toLowerCase()}`;
  const brought = NOT_BROUGHT.exec(sentence)?.[1];
  if (brought) return `the forgotten ${brought.toLowerCase()}`;
  const turned = TURNED_FAULT.exec(sentence);
  if (turned?.[1]) return TURNED_NOUN[turned[1].toLowerCase()] ?? null;
  const waited = SLOW_TO_COME.exec(sentence)?.[1]?.toLowerCase();
  if (!waited) return null;
  return /^(?:shipping|delivery)$/.test(waited) ? 'the slow delivery' : `the wait for the ${waited}`;
}

const PAST: Record<string, string> = { is: 'was', are: 'were', taste: 'tasted', tastes: 'tasted' };
const PLURAL = /^(?:are|were|do)\b/i;
// A verdict of falling short ("overrated") is told as the reputation it fell short of.
const SHORT_WORD = /^(?:overrated|over-?hyped)$/i;
const TASTELESS = /^(?:bland|tasteless|flavou?rless)$/i;
const ORDERED_WHAT =
  /\b(?:i|we) (?:had )?ordered (?:an? |the |some |\d+ |two |three |four |a couple of )?(?:(?:shots?|cups?|glass(?:es)?|bowls?|plates?|slices?|pieces?|pots?|orders?) of )?([a-z]+)\b/i;
// Words after "ordered" that name no dish: "ordered online", and goods by their make ("ordered version 8", "the model").
const NOT_A_DISH =
  /^(?:it|them|this|that|one|something|food|takeout|delivery|online|ahead|here|from|at|for|and|with|the|a|an|my|our|some|version|model|edition|update|upgrade|unit|item|product|replacement)$/i;

/**
 * A fault said plainly, with no cue word, told back in the reply's words: "my pizza was wet" → "your pizza was wet",
 * "the dishes were not as fabulous as they said" → "the dishes did not live up to their reputation", "everything tastes
 * bland" → "the seasoning", a muddled coffee order → "the mix-up over your espresso order". Null when the thing's own
 * words do not read cleanly.
 */
function toldFault(
  sentence: string,
  sentences: readonly string[],
): { noun: string | null; clause: string | null } | null {
  const fault = readPlainFault(sentence);
  if (!fault) return orderMixUp(sentences.slice(0, sentences.indexOf(sentence) + 1));
  if (fault.kind === 'seating') return { noun: 'the spacing between tables', clause: null };
  // "Delivery guy was slow" opens its sentence: its capital is the sentence's, not a name's.
  const opens = fault.subject !== null && sentence.trimStart().startsWith(fault.subject);
  const said = opens ? fault.subject?.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : fault.subject;
  const subject = said && withDeterminer(said);
  if (fault.kind === 'short_of_name' || SHORT_WORD.test(fault.word)) {
    if (!subject) return null;
    const their = PLURAL.test(fault.verb) || /s$/.test(subject) ? 'their' : 'its';
    const told = readsAsQuibble(`${subject} did not live up to ${their} reputation`, true);
    return told ? { noun: null, clause: told } : null;
  }
  if (!subject) return TASTELESS.test(fault.word) ? { noun: 'the seasoning', clause: null } : null;
  // "Shipping was outrageous": the charge, named as the business would name it, never the reviewer's heat.
  if (PRICEY.test(fault.word)) {
    const head = subject.split(' ').pop() ?? '';
    return { noun: /^(?:shipping|delivery)$/i.test(head) ? `the ${head} charge` : subject, clause: null };
  }
  // "The frosting is relatively thinner on recent visits": told as a change noticed, "the frosting has been thinner".
  if (fault.kind === 'shrunk') {
    const has = PLURAL.test(fault.verb) || /^(?:have|seem)$/.test(fault.verb) ? 'have' : 'has';
    const told = readsAsQuibble(`${subject} ${has} been ${fault.word} lately`, true);
    return told ? { noun: null, clause: told } : null;
  }
  const verb = PAST[fault.verb] ?? fault.verb;
  // "Really close together" is a fault only for the "really": told back, it is "too close together".
  const word = fault.word.replace(/^close\b/, 'too close');
  const told = readsAsQuibble(`${subject} ${verb} ${word}`, false);
  return told ? { noun: null, clause: told } : null;
}

/** "nabeyaki udon" → "the nabeyaki udon"; "my pizza" and "the dishes" keep their own. */
const withDeterminer = (subject: string): string =>
  /^(?:the|my|our|their|your)\s/i.test(subject)
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : /^(?:this|that|these|those|his|her)\s/i.test(subject)
      ? subject.replace(/^\S+/, 'the')
      : `the ${subject}`;

/** The mix-up over an order brought muddled, named by what was ordered when it reads as one dish or drink. */
function orderMixUp(sentences: readonly string[]): { noun: string; clause: null } | null {
  if (muddledOrderAt(sentences) !== sentences.length - 1) return null;
  const what = sentences
    .slice(-4)
    .map((s) => ORDERED_WHAT.exec(s)?.[1]?.toLowerCase())
    .find((x) => x !== undefined);
  const dish = what && !NOT_A_DISH.test(what) ? `${what} ` : '';
  return { noun: `the mix-up over your ${dish}order`, clause: null };
}

const AREA_FAULT = new RegExp(`(?<!\\p{L})(?:${NEIGHBOURHOOD})(?!\\p{L})`, 'iu');
const ORDINARY =
  /\b(?:no great shakes|nothing special|nothing to write home about) (?:regarding|in terms of|when it comes to|as far as|as for|about|on|for) (?:the )?([a-z]+(?:, [a-z]+){0,2}(?:,? (?:or|and) [a-z]+)?)(?=\s*[,.;:!?)]|$)/i;
const TOLD_EARLY =
  /\b(?:told|asked) to (?:arrive|come in|be there|check in|show up|get there)\b[^.!?]{0,40}\b(?:early|before|for (?:an?|the|my|our) )/i;
const VERSION_WANTED =
  /\bneeds? to (?:get|release|put out|bring out|make|add) (?:the |a |an )?(\p{Lu}[\p{L}]+|[a-z]+) (version|model|app|driver)s?\b/u;
const BECAUSE_OF =
  /\bbecause of ((?:the|my|our|its) [a-z]+(?: [a-z]+){0,6})[^.!?]{0,40}\b(?:four|4|three|3)[- ]stars?/i;
const WITHOUT =
  /\bwould (?:be|have been) [^.!?]{0,40}?\bif (?:it|they) (?:did not|didn't|didnt|would not|wouldn't) (?:use|need|require|run on) (?:so many |any |the )?([a-z]+(?: [a-z]+)?)(?=\s*[,.;:!?)]|\s+(?:but|and|or)\b|$)/i;
const SET_APART =
  /(?:^|, |\b(?:but|and) )(?:for|as for) ((?:the )?[a-z]+(?: [a-z]+)?),? (?:though|however)\b/i;
// What follows a cue that names a criticism: "…only beef is …", "…criticisms: …", "…thing I don't like is …".
const AFTER_CUE =
  /(?:complaints?|gripes?|issues?|problems?|down ?sides?|drawbacks?|criticisms?|critiques?|quibbles?|niggles?|beefs?|concerns?|nitpicks?|cons|negatives?|caveats?|like(?: about [a-z ]+?)?)\s*(?:(?:is|was|would be|are|were)\b|:|-)\s*(.+)/i;
// The thing named first: "the case seems…", "how long I have to hold down the power switch…", "that the remote…".
const LEAD_NOUN =
  /^(?:that |with |how (?:long |much |often |hard )?(?:i|we|you) (?:have|had|need|needed) to [a-z]+(?: (?:down|up|in|out|on|off))? )?((?:the|my|our) [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?)(?= (?:is|are|was|were|seems?|seemed|feels?|felt|looks?|looked|sounds?|tends?|does|doesn't|did|didn't|can|can't|could|would|will|won't|has|had|have|to|on|in|for|when|and|gets?|got|keeps?|kept)\b|\s*[,.;:!?)]|$)/i;

/**
 * The thing a stated criticism is about, when what is said of it does not read back cleanly: "only minor criticisms:
 * the case seems like an afterthought" → "the case"; "my only beef is how long I have to hold down the power switch" →
 * "the power switch"; "the only downside is that if you want to switch back to TV mode, …" → "switching back to TV
 * mode".
 */
function leadIn(sentence: string): string | null {
  const rest = AFTER_CUE.exec(sentence)?.[1]?.trim();
  if (!rest) return null;
  const lead = LEAD_NOUN.exec(rest);
  const led = lead?.[1] ? nounFrom(lead[1]) : null;
  const head = led?.split(' ').pop() ?? '';
  // "the item", "the requirement" name nothing; "the leather case goes" is not a thing.
  if (led && !OWN_THINGS.test(head) && !GENERIC.test(head) && !MIDDLE_WORD.test(led)) return led;
  const act = WANT_TO.exec(rest);
  if (!act?.[1] || !act[2]) return null;
  const doing = `${gerund(act[1].toLowerCase())} ${act[2].trim()}`;
  const words = doing.split(' ');
  // Only a short phrase of plain words (an acronym such as "TV" may stay): no names, figures or quotes.
  if (words.length > 8 || /\d|["“”]|\b(?:i|we|you|my|your)\b/i.test(doing)) return null;
  if (words.some((x) => /^\p{Lu}\p{Ll}/u.test(x))) return null;
  return doing;
}
// "the battery only charges", "the leather case goes": the phrase ran on into what the thing does.
const MIDDLE_WORD =
  /\s(?:only|just|also|still|really|never|always|goes|gets|keeps|has|does|comes|sits|stays|falls)(?:\s|$)/i;
const GENERIC =
  /^(?:item|product|unit|thing|one|device|requirement|fact|way|need|ability|lack|issue|problem|part|side|time|stuff)s?$/i;
const WANT_TO =
  /^(?:that )?(?:if|when) (?:you|i|we) (?:want|need|have|try) to ([a-z]+) ([a-zA-Z][a-zA-Z -]{2,50}?)(?=\s*[,;:.!?]|$)/;
/** "switch" → "switching", "use" → "using", "plug" → "plugging". */
function gerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

// "Only wish they opened earlier on Saturdays", "I wish they stayed open later", "if only they were open on Sundays":
// the hours the reviewer wanted, named as the change itself ("opening earlier on Saturdays").
const HOURS_WISHED =
  /\b(?:wish(?:ed)?|if only|would (?:be|have been) (?:nice|great|good|better) if) (?:they|you|the (?:shop|store|place|café|cafe|restaurant|bakery|salon|gym|office|clinic|workshop)) (?:(opened|open|opened up|were open|stayed open|stay open|kept open|closed|close)(?: (earlier|later|longer|a (?:bit|little) (?:earlier|later|longer)))?)(?: (on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|the weekend|holidays)|at (?:the )?weekends?|in the (?:morning|evening)s?))?(?=\s*(?:[,.;:!?)]|and\b|but\b|so\b|$))/iu;

function hoursWished(sentence: string): string | null {
  const m = HOURS_WISHED.exec(sentence.replace(/’/g, "'"));
  if (!m?.[1]) return null;
  const verb = m[1].toLowerCase();
  const when = (m[2] ?? '').toLowerCase().replace(/^a (?:bit|little) /, '');
  const day = m[3]
    ? ` ${m[3].toLowerCase().replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/, (d) => d.charAt(0).toUpperCase() + d.slice(1))}`
    : '';
  // "Wish they closed later" wants longer hours; "wish they closed earlier" is no wish for us to answer.
  if (/^clos/.test(verb)) return when === 'later' ? `staying open later${day}` : null;
  if (/^(?:stay|kept)/.test(verb) || (verb === 'were open' && when !== 'earlier'))
    return when ? `staying open ${when}${day}` : day ? `opening${day}` : null;
  if (!when) return day ? `opening${day}` : null;
  return when === 'earlier' ? `opening earlier${day}` : `staying open ${when}${day}`;
}

// "how sweet my drink was", "how slow the service is": the thing and how it fell short, told as the reviewer put it.
const HOW_IT_WAS = /^how (\p{L}+) (?:my|the|our|their) (\p{L}+(?: \p{L}+)?) (was|were|is|are)(?!\p{L})/iu;

/** "how sweet my drink was" as the note would say it ("how sweet the drink was"), or null. */
function howItWas(said: string): string | null {
  const m = HOW_IT_WAS.exec(said.trim());
  if (!m?.[1] || !m[2] || !m[3] || !isEnglishWord(m[1].toLowerCase())) return null;
  const verb = /^(?:is|was)$/i.test(m[3]) ? 'was' : 'were';
  return `how ${m[1].toLowerCase()} the ${m[2].toLowerCase()} ${verb}`;
}

/** The quibble named after the reviewer's own cue: "my only complaint is the limited hours", "cons: the fan". */
function namedIn(sentence: string): string | null {
  const hours = hoursWished(sentence);
  if (hours) return hours;
  for (const pattern of NAMED) {
    const m = pattern.exec(sentence);
    // "The only reason I gave it 4 stars is because it's over 700": the topic its words name, when they make no phrase.
    const candidate = m?.[1]
      ? (nounFrom(lackOf(m[1])) ?? howItWas(m[1]) ?? (topicOf(m[1]) === 'the price' ? 'the price' : null))
      : null;
    if (candidate) return candidate;
  }
  // "a little problem with tracking" is about the tracking; "the lack of base maps" is named as it was said.
  const trouble = TROUBLE_WITH.exec(sentence)?.[1]?.replace(
    /\s+(?:but|though|although|however|and overall)\b.*$/i,
    '',
  );
  const troubled = trouble
    ? nounFrom(trouble.replace(/^(?!(?:the|my|our|your) )(?:its |their )?/i, 'the '))
    : null;
  if (troubled) return troubled;
  const lack = LACKING.exec(sentence);
  const lacking = lack?.[2] ? nounFrom(`the ${lack[1]?.toLowerCase()} of ${lack[2]}`) : null;
  if (lacking) return lacking;
  if (AREA_FAULT.test(sentence)) return 'the neighbourhood';
  if (HEARD_HERE.test(sentence)) return 'the noise';
  // "There is no mute button": the thing missing, as the reviewer would name it.
  const missing = NO_FEATURE.exec(sentence)?.[1];
  if (missing) return `the missing ${missing.toLowerCase()}`;
  // "It does not offer a dash or hyphen": what it goes without, named as the reviewer named it.
  const lacks = DOES_NOT_OFFER.exec(sentence)?.[1];
  if (lacks && !NOT_A_FEATURE.test(lacks)) return `the missing ${lacks.toLowerCase()}`;
  // "No great shakes regarding food, decor or service": the things the reviewer found ordinary.
  const ordinary = ORDINARY.exec(sentence);
  if (ordinary?.[1]) {
    const things = ordinary[1].split(/,? (?:or|and) |, /).filter((x) => x.length > 0);
    if (things.length > 0 && things.length <= 3 && !things.some((x) => OWN_THINGS.test(x)))
      return `the ${things.length === 1 ? things[0] : `${things.slice(0, -1).join(', ')} and ${things.at(-1)}`}`;
  }
  // "not sure why we were told to arrive at 5:30 for a 9:00 surgery".
  if (TOLD_EARLY.test(sentence)) return 'how early you were asked to arrive';
  // "Sling just needs to get the Mac version out": the version wanted, named as the reviewer named it.
  const version = VERSION_WANTED.exec(sentence);
  if (version?.[1]) return `the ${version[1]} ${version[2]?.toLowerCase()}`;
  // "because of the mounting system and power cord coming out too easily": the things, without what they do.
  const cause = BECAUSE_OF.exec(sentence);
  const caused = cause?.[1]
    ? nounFrom(cause[1].replace(/ [a-z]+ing (?:out|off|up|down|in|apart|loose|away)\b.*$/i, ''))
    : null;
  if (caused) return caused;
  // "It would be a great phone if it did not use batteries": what it uses is the quibble.
  const without = WITHOUT.exec(sentence);
  const used = without?.[1] ? nounFrom(`the ${without[1]}`) : null;
  if (used) return used;
  // "For the lunch buffet though, I would not rave about it": the thing set apart by "though".
  const apart = SET_APART.exec(sentence);
  const set = apart?.[1] ? nounFrom(apart[1].replace(/^(?!the )/i, 'the ')) : null;
  if (set) return set;
  // "Hours are very limited, which is my only complaint": the subject before the cue is the quibble.
  const before =
    /^(?:the |our |my )?([a-z]+(?: [a-z]+)?) (?:is|are|was|were) (?:a bit |a little |very |too |quite |rather )*([a-z-]+)(?:,)? which (?:is|was) (?:my|the|our) only/i.exec(
      sentence,
    );
  return before?.[1] && before[2] ? `the ${before[2].toLowerCase()} ${before[1].toLowerCase()}` : null;
}

// "…but the service was not that friendly", "because the pool was closed": what was wrong, as a clause.
const CLAUSE =
  /(?:^|[,;:(]\s*|\b(?:but|though|although|however|because|is that|was that|that|and|is|was|as)\s+|(?<!\b(?:with|of|for|on|in|at|from|to|by|about|than|into|onto))\s(?=(?:the|my|our|their)\s))(?!(?:as|so|and|but|because|if|when|while)\s)((?:(?:the|my|our|their)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?:\s+(?:of|for|on|with)\s+(?:the\s+|my\s+|our\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?\s+(?:was|were|is|are|isn't|aren't|wasn't|weren't|does not|doesn't|do not|don't|did not|didn't|can't|cannot|won't|will not|could be|could use)\s+[^,.;:!?()]{3,70})/gi;
// "it would be better if the arms were longer": the thing and what it could be.
const BETTER_IF =
  /\bwould (?:be|have been) [^.!?]{0,40}?\bif ((?:the|my|our|their) [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (?:was|were|could be) ([a-z][a-z-]*(?: [a-z][a-z-]*){0,5})/i;
// "…if it came with a case", "I only wish they had a dairy-free option for my toddler": what it could have had, up to
// the end of the clause or to who or what it was wanted for.
const BETTER_WITH =
  /\b(?:would (?:be|have been) [^.!?]{0,40}?\bif (?:it|they) (?:had|came with|included|offered)|wish (?:it|they|the [a-z]+) (?:had|came with|included)) ((?:an?|some|more) [a-z][a-z-]*(?: [a-z][a-z-]*(?:\/[a-z][a-z-]*)?){0,3})(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|in|on|at|when|so|because)\s)/i;
const WISH_THEY = /\bwish (?:they|you) (?:would|could) ((?:[a-z]+ ){1,6}[a-z]+)/i;
const BASE_FORM: Record<string, string> = {
  paid: 'pay',
  were: 'be',
  was: 'be',
  got: 'get',
  checked: 'check',
  'double-checked': 'double-check',
  listened: 'listen',
  took: 'take',
};
// "Would give 5 star if staff paid better attention to orders": the missing star's condition, said of the team.
const FULL_MARKS_IF =
  /\bwould (?:give|have given|rate)(?: (?:it|them|this|you|this place))?(?: an?)? (?:5|five|full)(?: stars?| marks)?(?: instead)? if (?:only )?(?:the )?(staff|team|servers|waiters|cashiers|employees|kitchen) ((?:paid|were|was|got|checked|double-checked|listened|took|read)\b(?: [a-z]+){1,6})/i;
// "I wish the remote was illuminated": the wish told back as what could be ("the remote could be illuminated").
const WISH =
  /\bwish(?:ed)?\s+((?:the|my|our|their)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:was|were|would be|could be)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})/i;
const PRONOUN =
  /^(?:it|this|that|they|these|those|there|he|she|i|we|you|which|what|who|everything|nothing|all|one)$/i;
// Where the clause stops being about the thing: "…closed down til the next day when I check out".
const CLAUSE_END =
  /\s+(?:til|till|until|when|while|which|because|so|since|as(?! [a-z]+ as\b)(?! (?:expected|hoped|described|advertised|pictured|listed)\b)|and (?:i|we|it|they|that|the|my|our|their)|or|but|due to|though|if|for (?:me|us)|compared)\b.*$/i;
// What makes a clause a criticism rather than one more piece of praise.
const CRITICAL_CLAUSE =
  /\b(?:[a-z]+n't|less consistent|inconsistent|short|just (?:ok|okay|alright|decent)|nothing special|could (?:be|use)|learning curve|intuitive|(?:shorter|smaller|slower|louder|thinner|heavier|bigger|dimmer|weaker) than|unavailable|disappointing|lacking|recessed|sour|not|never|no|n't|too(?= [a-z])|a bit|a little|slightly|somewhat|rather|closed|broken|missing|lacking|limited|slow|cold|loud|noisy|small|tiny|cramped|crowded|dirty|dated|old|expensive|pricey|overpriced|bland|salty|greasy|dry|thin|weak|lumpy|hard|uncomfortable|confusing|difficult|tricky|awkward|useless|poor|mediocre|average|so-so|harsh|watery|burnt|rude|heavy|flimsy|tight|loose|awful|terrible|horrible|bad|worn|stained|musty|smelly|squeaky|stale|soggy|undercooked|overcooked|wet|lukewarm|burned|close|clogged|blocked|jammed|stuck|sticky|wobbly|uneven|peeling|cracked|chipped|torn|ripped|faded|leaky|leaking)\b/i;

/** The critical clause of a quibble sentence in the reviewer's words, facing them; null when none reads cleanly. */
const SUGGESTED_WORK =
  /\b(?:they|the owners?|management|the hotel|the place) (?:really |definitely |just )?(?:need|needs|should|ought) to (?:do |make )?(?:some |a few |an? )?(updates?|upgrades?|replace|fix|redo|repaint|clean|refresh)(?: to| on| of)? ((?:the|their) [a-z ]{3,30})/i;
const GERUND: Record<string, string> = {
  update: 'updating',
  upgrade: 'upgrading',
  replace: 'replacing',
  fix: 'fixing',
  redo: 'redoing',
  repaint: 'repainting',
  clean: 'cleaning',
  refresh: 'refreshing',
};

// A clause that trails off ("…if illness etc") or ends on a word that needs more after it.
const TRAILS_OFF =
  /(?:\betc\.?|\band so on|\s(?:if|when|because|since|unless)(?:\s+[\p{L}'-]+)?|\s(?:and|or|but|so|the|a|an|of|to|with|for))$/iu;
const DANGLING =
  /\s(?:and|or|but|so|while|because|since)\s+(?:(?:the|some|other|a|an|their|our|my)\s+)?[\p{L}'-]+$/iu;

/** The reviewer's fault as a clause the reply can tell back whole, or null. */
export function clauseIn(sentence: string): string | null {
  const clause = clauseFound(sentence);
  // "there is no refund if illness etc": a clause that trails off is not told back.
  return clause && !TRAILS_OFF.test(clause) ? clause : null;
}

function clauseFound(sentence: string): string | null {
  const closing = new RegExp(CLOSING_FAULT.source, 'i').exec(sentence.trim());
  if (closing?.[1] && closing[2] && closing[3])
    return readsAsQuibble(`${closing[1]} ${closing[2]} ${closing[3]}`.toLowerCase(), true);
  const shaped = shapedFault(sentence);
  if (shaped) return shaped;
  // "you still need to buy extra mapping software": what the reviewer had to do, said to them.
  const need =
    /\byou (?:still |also |will )?(?:need|have) to ((?:buy|get|pay for|use|charge|replace|add) [a-z ]{3,40})/i.exec(
      sentence,
    );
  if (need?.[0]) return readsAsQuibble(need[0].replace(CLAUSE_END, ''), true);
  // "they need to do some updates to the lobby carpets": the thing could do with the work suggested.
  const suggested = SUGGESTED_WORK.exec(sentence);
  if (suggested?.[1] && suggested[2]) {
    const work = GERUND[suggested[1].toLowerCase().replace(/s$/, '')] ?? 'attention';
    return readsAsQuibble(`${suggested[2].replace(CLAUSE_END, '').trim()} could do with ${work}`, true);
  }
  const wish = WISH.exec(sentence) ?? BETTER_IF.exec(sentence);
  if (wish?.[1] && wish[2]) {
    // "I wish the extra phones were not so expensive": what they could be less of, never "could be not".
    const unwanted = /^not (?:so |as |that |quite so )?([a-z-]+)\b/i.exec(wish[2].trim())?.[1];
    if (
      unwanted &&
      /^(?:expensive|pricey|costly|heavy|bulky|loud|noisy|fiddly|complicated|slow|big|thick)$/i.test(unwanted)
    )
      return readsAsQuibble(`${wish[1]} could be less ${unwanted.toLowerCase()}`, true);
    const could = wish[2].replace(CLAUSE_END, '').trim();
    if (/^not\b/i.test(could)) return null;
    return readsAsQuibble(`${wish[1]} could be ${could}`, true);
  }
  // "it would be nice if it came with a longer cord": what would have made it better.
  const lacking = BETTER_WITH.exec(sentence);
  if (lacking?.[1] && plainWords(lacking[1])) return `${lacking[1].toLowerCase()} would be welcome`;
  const marks = FULL_MARKS_IF.exec(sentence);
  const condition = marks?.[2]?.replace(CLAUSE_END, '').trim();
  if (marks?.[1] && condition && plainWords(condition)) {
    const [verb = '', ...rest] = condition.split(' ');
    const base = BASE_FORM[verb.toLowerCase()] ?? verb.toLowerCase();
    return `the ${marks[1].toLowerCase()} could ${base} ${rest.join(' ')}`;
  }
  // "I wish they would tighten up on appointments": what would help, with nobody blamed.
  const wished = WISH_THEY.exec(sentence);
  const help = wished?.[1]?.replace(CLAUSE_END, '').trim();
  if (help && plainWords(help) && help.split(' ').length >= 2) return `it would help to ${help}`;
  const plain = sentence
    .replace(/\bit's\b/gi, 'it is')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    // "The service though was slow": the turn is not part of what was wrong.
    .replace(/\s+(?:though|however),?\s+(?=(?:was|were|is|are)\b)/gi, ' ')
    // "The reason it is not 5 stars is that the ink runs out fast": the cue is not part of what was wrong either.
    .replace(
      /^.*?\breasons? [^.!?]{0,60}?\bstars?\b[^.!?]{0,25}? (?:is|was|are|were)(?: simply| just)? (?:because (?:of )?|due to |that )?/i,
      '',
    )
    .replace(
      /^.*?\bthing (?:i|we) (?:don't|do not|didn't|did not) (?:like|love|care for)(?: about [a-z ]+?)? (?:is|was)(?: that)? /i,
      '',
    )
    // "The most annoying part of this whole product is that it turns off…": what annoyed, without the cue.
    .replace(
      /^.*?\b(?:most|one|only|biggest) (?:annoying|irritating|frustrating) (?:part|thing|feature)(?: (?:of|about) [a-z ]+?)?,? (?:is|was) that /i,
      '',
    )
    // "not as loud as I expected": what was expected, without the reviewer's "I".
    .replace(/\bas (?:i|we) (?:had )?(?:expected|thought)\b/gi, 'as expected')
    .replace(
      /\bas (?:i|we)(?: had hoped| hoped| wanted| would like|'d like| would have liked)(?![\p{L}'])/giu,
      'as hoped',
    )
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
    .replace(/^(?:the )?(?:negatives?|cons|downsides?|drawbacks?) (?:are|is|were|was)(?: that)?\s+/i, '')
    // "Only issue was the pillows were awful": the cue is not part of what was wrong.
    .replace(
      /^(?:the |my |our )?(?:only|one|main|biggest|minor|small)(?: (?:bad|real|negative|annoying|sad|possible|other|one))? (?:issue|complaint|problem|gripe|negative|drawback|downside|con|caveat|thing|beef|critique|concern|criticism)s? (?:(?:i|we) (?:had|have) )?(?:is|was|would be|are|were)(?: that)?\s+/i,
      '',
    );
  for (const m of plain.matchAll(CLAUSE)) {
    // "As expected, Netgear support is mediocre": a name told back in lower case reads as a typo.
    if (/^\p{Lu}/u.test(m[1] ?? '') && !/^(?:the|my|our|their)\s/i.test(m[1] ?? '')) continue;
    // "the LCD is pretty useless is fast paced games": the predicate ends where a second verb starts.
    // "…does not stay on as well as you would like": "on" there belongs to the verb.
    const raw = (m[1] ?? '').replace(
      /^(.*?\s(?:was|were|is|are|not|doesn't|don't|didn't|can't|won't)\s.*?)\s(?:is|are|was|were|(?:in|on|for|with|during)(?!\s(?:as|and|or)\b))\s.*$/i,
      '$1',
    );
    const cut = raw.replace(CLAUSE_END, '').trim();
    // "the dining room is closed and people" (cut before "are waiting"): a second subject left without its verb.
    if (DANGLING.test(cut)) continue;
    const told = readsAsQuibble(cut, false);
    if (told) return told;
  }
  return null;
}

// Faults with a shape of their own, told back plainly: "the power button has a defect", "we no longer do the
// monthly re-programs", "there are no drivers for Mac", "a second outlet would have been welcome".
const HAS_FAULT =
  /\b((?:the|my|our|their) [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (has|had|have) (?:a |an |some )?(?:slight |small |minor )?(defect|fault|flaw|glitch|bug|crack)s?\b/i;
const NO_LONGER =
  /\bthey (?:sadly |unfortunately )?no longer (do|offer|have|carry|serve|run|make|sell|stock|open) ([a-z][a-z' -]{2,40}?)(?=\s*(?:[,.;:!?)]|\.{2,}|\band\b|\bbut\b|\bwhich\b|$))/i;
const NONE_THERE =
  /\bthere (is|are|was|were) no ([a-z][a-z-]*(?: [a-z][a-z-]*){0,3}(?: for \p{L}+)?)(?=\s*(?:[,.;:!?)]|\band\b|\bbut\b|$))/iu;
const MISSED =
  /\b(?:only|one) thing (?:i|we) (?:could have used|would have liked|missed|wanted) (?:was|is|would be|would have been) ((?:an?|the|some) [a-z][a-z-]*(?: [a-z][a-z-]*){0,3})(?=\s*(?:[,.;:!?)]|$))/i;
const WAITED =
  /\b(?:we|i) (?:had to |did have to )?wait(?:ed)? ((?:about |around |over |almost |nearly |a good )?(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes|mins))(?: (?:to|for|before) ((?:be |get )?[a-z]+(?: (?:our|my|the|a) [a-z]+)?))?/i;
const STALE =
  /\b((?:the|my|our|their) [a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:seemed|tasted|looked) (?:like|as if) it had been (?:sitting|left) (?:around|out)/i;
const plainWords = (x: string): boolean =>
  x.split(/\s+/).length <= 10 && !/\d|["“”&]|\b(?:i|we|you|my)\b/i.test(x);

// "loading each time upon insertion is a little slower": the doing, and how it compares.
const SLOWER_DOING =
  /\b([a-z]+ing)\b(?: [a-z]+){0,4}? (?:is|was|gets?|got) (a little|a bit|slightly|somewhat|much|noticeably) (slower|longer|harder|louder|noisier|fiddlier|trickier)\b/i;

// "It does freeze occasionally", "the driver … has crashed on me a couple of times": told back as it happens.
const COMES_AND_GOES =
  /\b(it|the [a-z]+)(?: for (?:the |my |your )?[\w -]{1,30}?)? (?:does |did |will |can |has |have |tends to )?(freezes?|froze|frozen|crash(?:es|ed)?|locks? up|locked up)(?: up)?(?: on (?:me|us))? (occasionally|sometimes|now and then|from time to time|once in a while|every so often|a couple of times|a few times|once or twice)\b/i;
const PRESENT: Record<string, string> = { freeze: 'freezes', crash: 'crashes', lock: 'locks up' };
const PAST_DONE: Record<string, string> = { freeze: 'frozen', crash: 'crashed', lock: 'locked up' };
// "The pancakes are nice and crispy but it's on the greasy side": the thing, and how it was said to be.
const ON_THE_SIDE =
  /\b((?:the|my|our) [a-z-]+(?: [a-z-]+){0,2}) (is|are|was|were)\b(?:[^.!?]{0,40}?\b(?:it's|it is|they're|they are|is|are|was|were))? (?:a (?:bit|little|tad) )?on the (greasy|oily|salty|sweet|loud|noisy|pricey|expensive|small|slow|dry|heavy|bland|thin|weak|spicy|dark) side\b/i;

// "I couldn't read the red lettering in the daylight": the thing, and that it was hard to make out.
const HARD_TO =
  /\b(?:i|we) (?:couldn't|could not|can't|cannot|could barely|can barely|could hardly|can hardly) (read|see|hear) ((?:the|its|their) [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?)(?= (?:in|on|at|with|from|when|while|unless|without)\b|\s*[,.;:!?)]|$)/i;

// "…is that it turns off the radio transmitter after a period of no use": what the thing does of itself, told as said.
// Told with when it happens rather than what it cuts: "it turns itself off after a period of no use".
const SWITCHES_ITSELF_OFF =
  /\b(it|the [a-z]+) (turns|shuts|switches) (?:itself )?off(?: the [a-z]+(?: [a-z]+)?)?( (?:after|when|whenever) [a-z ]{3,30}?)(?=\s*[,.;:!?)]|$)/i;

function shapedFault(sentence: string): string | null {
  const off = SWITCHES_ITSELF_OFF.exec(sentence);
  if (off?.[1] && off[2] && off[3] && plainWords(off[3]))
    return `${off[1].toLowerCase()} ${off[2].toLowerCase()} itself off${off[3].toLowerCase()}`;
  const hard = HARD_TO.exec(sentence);
  if (hard?.[1] && hard[2] && plainWords(hard[2]))
    return `${hard[2].toLowerCase().replace(/^(?:its|their)\b/, 'the')} ${/s$/.test(hard[2]) && !/ss$/.test(hard[2]) ? 'were' : 'was'} hard to ${hard[1].toLowerCase()}`;
  const comes = COMES_AND_GOES.exec(sentence);
  if (comes?.[1] && comes[2] && comes[3]) {
    const kind = /^fr/i.test(comes[2]) ? 'freeze' : /^cr/i.test(comes[2]) ? 'crash' : 'lock';
    const subject = comes[1].toLowerCase();
    const once = /time|twice/i.test(comes[3]);
    return once
      ? `${subject} has ${PAST_DONE[kind]} ${comes[3].toLowerCase()}`
      : `${subject} ${PRESENT[kind]} now and then`;
  }
  const side = ON_THE_SIDE.exec(sentence);
  if (side?.[1] && side[2] && side[3] && plainWords(side[1]))
    return `${toSecondPerson(side[1])
      .replace(/^their\b/i, 'the')
      .toLowerCase()} ${side[2].toLowerCase()} a little ${side[3].toLowerCase()}`;
  const doing = SLOWER_DOING.exec(sentence);
  if (
    doing?.[1] &&
    doing[2] &&
    doing[3] &&
    !/^(?:nothing|something|anything|everything|thing)$/i.test(doing[1])
  )
    return `${doing[1].toLowerCase()} is ${doing[2].toLowerCase()} ${doing[3].toLowerCase()}`;
  const has = HAS_FAULT.exec(sentence);
  if (has?.[1] && has[2] && has[3] && !OWN_THINGS.test(has[1].split(' ')[1] ?? '')) {
    const thing = toSecondPerson(has[1])
      .replace(/^their\b/i, 'the')
      .toLowerCase();
    const told = `${thing} ${has[2].toLowerCase()} a ${has[3].toLowerCase()}`;
    if (plainWords(told.replace(/^your /, ''))) return told;
  }
  const stale = STALE.exec(sentence);
  if (stale?.[1] && plainWords(stale[1].replace(/^(?:my|our)\b/i, 'the')))
    return `${toSecondPerson(stale[1])
      .replace(/^their\b/i, 'the')
      .toLowerCase()} did not seem fresh`;
  const waited = WAITED.exec(sentence);
  if (waited?.[1]) {
    const what = (waited[2] ?? '').replace(/\b(?:our|my)\b/gi, 'your');
    return `you waited ${waited[1].replace(/mins$/, 'minutes')}${what ? ` to ${what}` : ''}`.replace(
      ' to to ',
      ' to ',
    );
  }
  const gone = NO_LONGER.exec(sentence);
  if (gone?.[1] && gone[2] && plainWords(gone[2]))
    return `we no longer ${gone[1].toLowerCase()} ${gone[2].trim()}`;
  const none = NONE_THERE.exec(sentence);
  if (
    none?.[1] &&
    none[2] &&
    plainWords(none[2]) &&
    !/^(?:problem|issue|complaint|way|need|doubt|reason)s?\b/i.test(none[2])
  )
    return `there ${none[1].toLowerCase()} no ${none[2]}`;
  const missed = MISSED.exec(sentence);
  if (missed?.[1] && plainWords(missed[1])) return `${missed[1].toLowerCase()} would have been welcome`;
  return null;
}

// "the cucumbers was not an option": a plural told with a singular verb reads as a slip when said back.
const MISMATCHED = /^(?:the|your|our) (?:[a-z-]+ )?[a-z-]+[^su\W]s (?:was|is|has)\b/i;
const ELLIPTIC = /\s(?:was|were|is|are|did|does|do|has|have|had|could|would|will|can)(?:\s+not|n't)?\s*$/i;

// Words a reply never repeats back, whatever the reviewer meant by them.
const COARSE = /\b(?:shit\w*|crap\w*|damn\w*|hell|ass|fuck\w*|piss\w*|sucks?)\b/i;
const FAULT_DENIED =
  /\b(?:not (?:too|overly) [a-z]+|not (?:the|a) (?:main |big |major |real )?(?:concern|issue|problem|deal)|(?:[a-z]+n't|do not|does not|did not) (?:care|mind|matter|bother)|(?:not|never|[a-z]+n't)(?: (?:at all|too|overly|that|very|even|remotely|the least bit))? (?:pushy|rude|rushed|disappointed|disappointing|bad|an issue|a problem|overpriced|expensive|pricey|crowded|noisy|loud|dirty|slow|a hassle|complicated|difficult|hard))\b/i;
const OWN_THINGS =
  /^(?:request|claim|rebate|application|laptop|computer|pc|desktop|mac|car|truck|house|home|apartment|wife|husband|kids?|son|daughter|dog|cat|eyes|ears|hands|wrists|back|old|tv|router|phone)$/i;

function readsAsQuibble(raw: string, wished: boolean): string | null {
  const text = toSecondPerson(raw).replace(/^their\b/i, 'the');
  const words = text.split(/\s+/);
  const subject = words[0] ?? '';
  // "it is a little hard to plug in" says plainly what was wrong with the thing reviewed; other pronouns do not.
  const plainIt =
    /^it is (?:a bit|a little|too|rather|quite|slightly|somewhat) [a-z]+\b/i.test(text) ||
    /^it (?:is not|isn't|was not|wasn't) (?:as [a-z]+ as (?:described|advertised|pictured|listed|expected|hoped)$|(?:very |that |particularly )?(?:intuitive|user[- ]friendly)$)/i.test(
      text,
    );
  const youNeed = /^you (?:still |also |will )?(?:need|have) to\b/i.test(text);
  if (words.length < 3 || words.length > 13 || (PRONOUN.test(subject) && !plainIt && !youNeed)) return null;
  if (!wished && !CRITICAL_CLAUSE.test(words.slice(2).join(' '))) return null;
  // "in that case there was not": a clause that ends on its verb leaves out what it is about.
  if (ELLIPTIC.test(text) || MISMATCHED.test(text)) return null;
  // "the staff weren't pushy at all": a fault denied is praise; "the horses don't care" waves a fault away.
  if (FAULT_DENIED.test(text)) return null;
  // "my other cases were flimsy": a fault of something the reviewer had before, not of this.
  if (/^(?:the|your) (?:other|old|previous|former|last)\b/i.test(text)) return null;
  if (COARSE.test(text)) return null;
  // "the screen is a bit larger than other players": a comparison, as often praise as fault.
  if (/\bthan (?:other|most|many|any|the other)\b/i.test(text)) return null;
  // A name, a figure or a quote inside reads badly when repeated; so does the reviewer's own "I".
  if (/\s\p{Lu}\p{Ll}|\d|["“”&]|\b(?:you|i|we)\b/u.test(words.slice(1).join(' '))) return null;
  // Repeated in a reply to a good review, "the free breakfast" reads like a reward.
  if (words.some((w) => REWARD_WORDS.test(w.toLowerCase()))) return null;
  // "You need to get a SMALL ring ,": told back in the reply's own case and punctuation.
  // "My laptop is old": a fault of the reviewer's own things is no quibble with us; nor is the cue itself.
  if (/^your$/i.test(subject) && OWN_THINGS.test(words[1] ?? '')) return null;
  if (/^the (?:only|one|main|biggest)\b/i.test(text)) return null;
  if (youNeed)
    return text
      .replace(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu, (w) => w.toLowerCase())
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/[\s,;:(]+$/, '')
      .replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (!plainIt && !/^(?:the|your|our)$/i.test(subject) && !isNounPhrase(subject)) return null;
  return withAcronyms(text.charAt(0).toLowerCase() + text.slice(1));
}

// Initials a reviewer typed in lower case ("the usb connector") are told back as they are written on the box.
const ACRONYMS = /\b(?:usb|hdmi|tv|dvd|cd|gps|lcd|led|ac|dc|sd|pc|wifi)\b/g;
const withAcronyms = (text: string): string =>
  text.replace(ACRONYMS, (w) => (w === 'wifi' ? 'Wi-Fi' : w.toUpperCase()));
