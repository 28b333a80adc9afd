import type { Evidence } from '@rebound/shared';
import { isPutRight, isThePoint, LIKED_ANYWAY } from './aspects.ts';
import { type Sentence, splitSentences } from './sentences.ts';

// Words that end a noun phrase: verbs, prepositions, conjunctions and the like.
const PHRASE_STOP = new Set(
  "a an the this that these those it its is was were are be been being has had have do does did and or but so because for from with without at in on of to into onto by as than then when while which who whom whose what where why how if about after before since until up down out off over under again also just only very really too not no never i me my we us our you your he him his she her they them their there here any some all every each both other another one ones which can could would should will won't wouldn't can't couldn't didn't doesn't don't isn't wasn't weren't aren't even still ever much many more most less least lot lots few same such own though although however anyway everything everyone anything something nothing later earlier first second third two three four five last lasts junk dreaded sound sounds work works look looks seem seems feel feels taste tastes smell smells come comes go goes make makes get gets keep keeps take takes need needs run runs fit fits play plays back ago around away home myself himself herself themselves itself ourselves yourself almost nearly also just even literally actually completely totally simply already suddenly eventually finally overall yet either neither today tonight yesterday tomorrow now".split(
    ' ',
  ),
);
const VAGUE_HEADS = new Set(
  'thing things stuff product products item items experience experiences place time way money deal unit units one price prices quality service company business store shop website site review reviews error errors message messages people person guy lady part parts kind restaurant hotel motel location locations establishment salon office clinic practice dealership joint spot branch chain franchise outlet team staff management sort piece day days week weeks month months year years hour hours minute minutes night visit trip problem problems issue issues star stars'.split(
    ' ',
  ),
);
// Other parties: the business is not answerable for them, and "sorry about the seller" reads as nonsense.
export const THIRD_PARTIES =
  /(?<![\p{L}])(?:seller|sellers|manufacturer|maker|amazon|ebay|walmart|best buy|ups|fedex|usps|dhl|post office|mailman|courier|shipper|insurance|yelp|google|groupon|uber|doordash|grubhub|ebay|apple|microsoft|sony|samsung|the company)(?![\p{L}])/iu;
const PERSONAL =
  /(?<![\p{L}'’])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours|you|your|you're|yours)(?![\p{L}'’])/iu;

const NOUN_PHRASE = "((?:[a-z][a-z'-]*\\s){0,2}[a-z][a-z'-]*)";

/** A noun phrase right after a purchase or visit verb: "bought this rice cooker" → "the rice cooker". */
const ITEM_CUES: readonly RegExp[] = [
  new RegExp(
    `(?:bought|buy|purchased|purchase|ordered|order|received|got|owned|own|have had|had|tried|used|returned|return|recommend|avoid) (?:this|these|the|a|an|my|our|two|one|both|their) (?:new |brand new |little |cheap |expensive |\\d+ )?${NOUN_PHRASE}`,
    'iu',
  ),
  new RegExp(`(?:brought|took|dropped off|left) (?:my|our|the) ${NOUN_PHRASE} (?:in|to|off|for)`, 'iu'),
  new RegExp(`\\b(?:this|these) ${NOUN_PHRASE}`, 'iu'),
];

const STAFF_HEADS = new Set(
  'husband wife son daughter kids kid child children friend friends family mom mother dad father boyfriend girlfriend sister brother partner baby dog dogs cat cats pet pets puppy kitten server waiter waitress bartender host hostess staff manager owner employee employees guy lady woman man girl boy receptionist stylist technician tech mechanic doctor dentist nurse agent rep cashier clerk associate chef cook driver'.split(
    ' ',
  ),
);

/** True when every word could sit in a plain noun phrase (no function words, pronouns or names). */
export function isPlainNounPhrase(words: readonly string[]): boolean {
  return words.every((w) => /^[a-z][a-z'-]*$/.test(w) && !PHRASE_STOP.has(w));
}

// Describing words the reviewer put before the noun; the item is named without them ("the beautiful balloon").
const LEADING_ADJECTIVES = new Set(
  'new brand old little big small large cheap expensive beautiful nice lovely great good bad awful terrible horrible cute pretty fancy simple basic whole entire first second last same other entire quality decent solid reliable'.split(
    ' ',
  ),
);
// Words that cannot end a noun phrase naming a thing: describing words and units of measure.
const NOT_HEADS = new Set(
  'annoying amazing awesome great good bad worst best only main whole other real actual nice cool cheap poor inch inches foot feet pound pounds ounce ounces gb mb tb mm cm minute second'.split(
    ' ',
  ),
);
// Nouns that end like adverbs.
const LY_NOUNS = new Set(
  'belly jelly family supply assembly lily rally ally fly reply bully panoply anomaly'.split(' '),
);
// Nouns that end like verbs, often the second half of a compound ("the air conditioning", "the wifi speed", "the sofa
// bed"): the phrase keeps them whole rather than stopping at them.
const ING_ED_NOUNS = new Set(
  'conditioning heating cooling lighting plumbing wiring flooring carpeting roofing siding railing ceiling seating parking bedding clothing packaging housing building booking setting settings icing frosting dressing filling fillings topping toppings stuffing seasoning pudding dumpling dumplings wedding ring string spring bed beds shed speed feed seed'.split(
    ' ',
  ),
);

// Words after a noun that make one thing with it ("blow out", "check up", "take off"): cut there, the noun would
// name something else.
const PARTICLES = new Set('out up off down over back away around'.split(' '));
// Words that point at something said before ("the next dish", "the other one"), which the reply's reader lacks.
const POINTING = new Set('next following previous other same latter former'.split(' '));
// Words a reviewer adds in passing ("a bad employee right", "the manager lol"): the phrase is talk, not a thing.
const TALK = new Set('right lol haha ok okay though either tho'.split(' '));

/** Trims a captured run of words to its leading noun phrase, or null when it does not end in a plausible noun. */
// Faults told in the present of the goods' own doing, which never name a part.
const FAULT_VERBS = new Set(
  'breaks snaps cracks leaks drips dies fails jams sticks wobbles rattles squeaks bends peels overheats stops quits freezes crashes malfunctions'.split(
    ' ',
  ),
);

export function cleanNounPhrase(raw: string): string | null {
  const words: string[] = [];
  for (const word of raw.toLowerCase().split(/\s+/)) {
    if (words.length === 0 && POINTING.has(word)) return null;
    if (words.length > 0 && (PARTICLES.has(word) || TALK.has(word))) return null;
    // "The extendable arm breaks very easily": a fault told of the thing ends its name.
    if (words.length > 0 && FAULT_VERBS.has(word)) break;
    if (
      PHRASE_STOP.has(word) ||
      (/(?:ly|ing|ed)$/.test(word) && !LY_NOUNS.has(word) && !ING_ED_NOUNS.has(word) && words.length > 0)
    )
      break;
    if (/\d/.test(word)) break;
    if (words.length === 0 && LEADING_ADJECTIVES.has(word)) continue;
    words.push(word);
  }
  const head = words[words.length - 1];
  if (!head || head.length < 3 || VAGUE_HEADS.has(head) || PHRASE_STOP.has(head) || NOT_HEADS.has(head))
    return null;
  if (/(?:ly|ful|ous|ive|able|ible|est)$/.test(head) && !LY_NOUNS.has(head)) return null;
  return `the ${words.join(' ')}`;
}

/** The product or service the review is about, when it is named plainly; null when unsure. */
export function findItem(sentences: readonly Sentence[]): { item: string; evidence: Evidence } | null {
  for (const sentence of sentences.slice(0, 5)) {
    for (const cue of ITEM_CUES) {
      const m = cue.exec(sentence.text);
      const raw = m?.[1];
      if (!m || !raw) continue;
      if (/\s\p{Lu}/u.test(raw)) continue;
      const item = cleanNounPhrase(raw);
      if (!item || THIRD_PARTIES.test(item) || STAFF_HEADS.has(item.split(' ').pop() ?? '')) continue;
      const start = sentence.start + m.index + m[0].lastIndexOf(raw);
      return { item, evidence: { text: raw, start, end: start + raw.length } };
    }
  }
  return null;
}

// What went wrong, as a predicate that follows its subject: "stopped working after two weeks", "arrived cold".
const INTENSITY =
  '(?:(?:very|extremely|so|really|too|way too|completely|totally|super|incredibly|pretty|quite|absolutely|rather|a bit|a little|somewhat|slightly|still|also|just|always|often) )?';
const BAD_STATE =
  'broken|defective|dead|weak|too high|(?:painful|awkward|tiring|uncomfortable) to (?:use|wear|type on|hold|read|carry)|(?:unsuitable|not suitable|no good) for (?:heavy|large|big|thick|long|wide|everyday|daily|outdoor) [a-z]+|high|watery|chewy|mushy|tough|pricey|expensive|crowded|damaged|cracked|bent|dented|leaking|missing|wrong|incorrect|stale|cold|lukewarm|raw|undercooked|overcooked|burnt|burned|bland|tasteless|soggy|greasy|dry|salty|inedible|rotten|spoiled|expired|moldy|mouldy|filthy|dirty|unclean|rude|dismissive|condescending|unprofessional|overpriced|late|faulty|flimsy|noisy|loud|uncomfortable|slow|outdated|run-down|rundown|worn out|stained|smelly|sticky|disorganized|disorganised|unhelpful|unfriendly|hostile|careless|cramped|out of order|out of stock|understaffed|chaotic|inaccurate|mislabeled|mislabelled|unsanitary|infested|clogged|torn|ripped|scratched|warped|loose|wobbly|crooked|uneven|patchy|streaky|frizzy|uneven|freezer[- ]burn(?:ed|t)|basic(?!,? but\\b)|(?:too|so|overly|sickly|way too) sweet(?! of\\b| and (?:kind|nice|friendly|helpful|lovely|delicious|tasty))';
const NOT_STATE =
  'clean|cleaned|fresh|hot|warm|cooked|working|ready|done|fixed|repaired|helpful|friendly|available|included|refunded|honou?red|as (?:described|advertised|pictured|promised)';
// What went wrong, as a predicate that follows its subject: "stopped working after two weeks", "arrived cold".
// A state word that goes on to describe a noun ("was really high quality") is praise, not a fault.
// A headline's job not done, told without its verb: "Bike not ready as promised", "Brakes still not fixed".
const HEADLINE_NOT_DONE =
  "(?<=^(?:the |my |our )?[a-z][a-z'-]*(?: [a-z][a-z'-]*)? )(?:still )?not (?:ready|done|finished|fixed|repaired|back)(?: (?:as|when) promised| on time)?(?= by | until | after |\\s*[.!,;]|\\s*$)";
const FAILURE = `(?:(?:started|starting|start|kept|keep|were|was) (?:barking|howling|yelling|screaming|shouting|banging|slamming doors)(?: (?:at|from|until|all) [a-z0-9: ]{1,30}?(?= *[.,;!]|$))?|(?:is|are|was|were) still (?:slipping|skipping|squeaking|rattling|grinding|leaking|dripping)(?! (?:in|out|by|into|away)\\b)|still (?:slips|slip|slipping|skips|skipping|squeaks|squeaking|rattles|rattling|grinds|grinding|leaks|leaking|drips|dripping)(?! (?:in|out|by|into|away)\\b)(?: under load)?|stopped (?:working|heating|charging|cooling|spinning|playing|recording|printing|holding a charge|turning on|responding|connecting|draining)|quit (?:working|on (?:me|us))|(?<!(?:almost|nearly) )broke(?: down| apart| in half| in two)?|(?:breaks|snaps|cracks|tears|chips|scratches|bends|dents|stains|rusts|peels|falls apart|comes apart|comes off|falls off) (?:very |so |too |really |quite )?easily|died|fell apart|came apart|came off|fell off|cracked|leaked|leaks|failed(?! (?:as\\b|(?:the |its |an? |my |our |state |safety |emissions? )?(?:inspection|test|emissions|smog|mot|exam|check)))|shorted out|burned out|wore out|rusted|peeled|chipped|warped|melted|(?:never|still hasn't|still has not|hasn't|has not) (?:arrived|shown up|showed up|come|came|worked(?! (?:smoothly|well|right|reliably|consistently|perfectly|quite|as|like))|been fixed|been repaired|been delivered|been cleaned)|arrived (?:${INTENSITY}(?:broken|damaged|cracked|late|cold|dented|open|opened|used|dead|missing|wrong|incomplete|soggy)|(?:a week|days|hours|weeks) late)|came (?:out )?${INTENSITY}(?:broken|damaged|cracked|cold|dead|used|missing|raw|burnt|wrong|late)|(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wouldn'?t|would not|can'?t|cannot|could not|couldn'?t|never) (?:even )?(?:work(?:ed)?|turn on|power on|charge|hold a charge|heat(?: up)?|cool|fit|connect|pair|stay connected|stay on|close|lock|open|drain|flush|start|spin|print|play|read|sync|boot|load|respond|last)(?: at all| properly| correctly)?(?! (?:smoothly|well|right|reliably|consistently|perfectly|quite|as|like|a|an|one|two|three|more|long|past|through|beyond|\\d))|(?:is|was|were|are) (?:the |a |an )?(?:completely |totally )?wrong (?:model|size|part|colou?r|item|one|version|type|kind|style|length)s?(?![a-z])|(?:is|was|were|are|seemed|looked|tasted|felt) ${INTENSITY}(?:${BAD_STATE})(?! (?:quality|end|grade|standards?|marks|praise|hopes|expectations|definition|resolution)\\b)(?:(?:,| and) ${INTENSITY}(?:${BAD_STATE}))?|(?:is|was|were|are)(?: not|n'?t| never) ${INTENSITY}(?:${NOT_STATE})(?: well| properly| at all)?|(?:is|was|were|are)(?: not|n'?t)(?: \\w+)? (?:up to (?:par|scratch|standard)|what (?:it|they) used to be)|(?:had|has) (?:a |an )?${INTENSITY}(?:bad|strong|awful|terrible|horrible|funky|musty|foul|weird|strange) (?:smell|odou?r|stench|taste|aftertaste)|(?:had|has) (?:stains|holes?|mold|mould|bugs|bed ?bugs|roaches|hair (?:in|on) it|a crack)(?: and (?:were|was|are|is) ${INTENSITY}(?:${BAD_STATE}))?|(?:smelled|smelt|smells|reeked|stunk) (?:like|of) (?:[a-z]+ ){0,1}[a-z]+|took (?:over |almost |nearly |more than |about )?(?:an hour|\\d+ (?:minutes|mins|hours|days|weeks)|(?:two|three|four|five|six|several) (?:hours|days|weeks|months)|forever)|${HEADLINE_NOT_DONE})(?![a-z])`;
// Where or when the fault shows, kept with it so the reply does not overstate it: "doesn't work in rural areas" is
// not "doesn't work".
const CONDITION =
  ' (?:in|at|on|with|under|during|outside|inside) (?:the |a |an |high |low |full |cold |hot |bright |direct |heavy |rural |remote |most |some |many |certain )?(?:[a-z-]+ )?(?:areas?|weather|rain|cold|heat|sun|sunlight|night|dark|volume|volumes|speeds?|temperatures?|windows(?: (?:xp|vista|7|8|10))?|vista|xp|macs?|cars?|traffic|tunnels?|buildings?|basements?|winter|summer|distances?|range)(?![a-z])';
const QUALIFIER = `((?: (?:after|within|in) (?:just |only |less than |about |only about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a few|several|a couple of) (?:days?|weeks?|months?|uses?|hours?|minutes|wash(?:es)?)(?![a-z])| the (?:next|first|second) (?:day|week|time)| on (?:the )?(?:first|second|third) (?:use|day|try|night)|${CONDITION})?)`;
const SUBJECT =
  "(?:(?:the|my|our|this|that|these|both|his|her|their) ((?:[a-z][a-z'-]*\\s){0,2}?[a-z][a-z'-]*)(?: in (?:the|our|my) (?:room|suite|apartment|unit|cabin))?|(it|they|mine|this|one)|(?!(?:and|but|or|then|when|because|so|until|now|that|it|they|i|we|he|she)\\s)([a-z][a-z'-]+(?:\\s[a-z][a-z'-]+)?))";
const CLAIM = new RegExp(
  `(?:^|[,;:(]\\s*|\\b(?:and|but|then|when|because|so|until|now|that)\\s+|(?<=[a-z] )(?=(?:it|they) (?:was|were|tasted|seemed|looked|felt)\\b))${SUBJECT}(?:,\\s+(?:despite|in spite of|contrary to|unlike|according to)\\s[^,.!?]{1,40},)?\\s+(?:(?:also|just|then|completely|totally|simply|already|literally|even|all|both|suddenly|eventually|finally|actually)\\s+)?(${FAILURE})${QUALIFIER}`,
  'giu',
);

// Sayings whose nouns are not the complaint ("the straw that broke the camel's back").
const IDIOM =
  /\b(?:straw that broke|took the cake|takes the cake|icing on the cake|insult to (?:to )?injury|cherry on top|tough as (?:nails|old boots)|hard as nails)\b/i;
// Another maker's product the reviewer tried instead: "I've tried an Invisible Shield protector, and it was…".
export const TRIED_OTHER =
  /\b(?:I(?:'ve| have)?|We(?:'ve| have)?|we(?:'ve| have)?) (?:also |then |since |just |now )?(?:tried|switched to|went with|moved to) an? (?:\w+ )?\p{Lu}(?=[^.!?;]{0,40}\b(?:protectors?|case|model|brand|one|unit|version|charger|cable|player|phone|headset|headphones|card|drive|router|mouse|keyboard|printer|camera|battery|adapter|remote|instead)\b)/u;

/** The review without its sentences about another maker's product the reviewer tried instead. */
export function withoutTriedOther(text: string): string {
  if (!TRIED_OTHER.test(text)) return text;
  return splitSentences(text)
    .filter((sentence) => !TRIED_OTHER.test(sentence.text))
    .map((sentence) => sentence.text)
    .join(' ');
}

const GUESS =
  /\b(?:if so|perhaps|maybe|possibly|probably|might have|may have|must have|i guess|i suspect)\b/i;
// The thing this purchase replaced, and what went wrong with it: "I bought this set to replace a combo whose scroll
// wheel stopped working". That fault is the old one's, not ours.
const REPLACED_OLD =
  /\b(?:bought|got|purchased|ordered|picked up|chose)\b[^.!?]{0,40}\bto replace (?:my|our|an?|the)\b|\bto replace (?:my|our) (?:old|older|previous|broken|dead)\b/i;

const PREDICATE_FIRST = new RegExp(`^(${FAILURE})${QUALIFIER}`, 'iu');
// Most sentences name no failure at all; one pass without the subject rules them out before the costly reading.
const ANY_FAILURE = new RegExp(`(?<![a-z])${FAILURE}`, 'iu');

export const BODY_PARTS =
  /\b(?:feet|foot|toes?|hands?|fingers?|nails?|skin|face|scalp|eyes?|brows?|eyebrows?|lashes|legs?|arms?|back|neck|teeth|tooth|gums?|head|body|pits|armpits|underarms?|bikini line|lips?|chin|ears?|knees?|shoulders?|stomach|belly)$/;
const CRUDE = /\b(?:shit\w*|crap\w*|fuck\w*|ass|damn\w*|hell|piss\w*)\b/i;
const TRAILING = /\s+(?:because|and|but|so|when|which|that|as|like|of|the|a|an|to|for|with)$/i;

/** Lower-cased, without a dangling conjunction, and null when it would put the reviewer's words or a curse in our mouth. */
function tidyPredicate(raw: string): string | null {
  let text = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  while (TRAILING.test(text)) text = text.replace(TRAILING, '');
  if (PERSONAL.test(text) || CRUDE.test(text) || text.length === 0) return null;
  return text;
}

const CLAIM_ANYWHERE = new RegExp(CLAIM.source, 'iu');

/** True when some sentence states something going wrong, whoever or whatever it is about. */
export function mentionsProblem(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => {
    const plain = s.text.replace(/’/g, "'");
    return ANY_FAILURE.test(plain) && (PREDICATE_FIRST.test(plain) || CLAIM_ANYWHERE.test(plain));
  });
}

// A thing named with its determiner, for reading a pronoun back to it.
const NAMED_THING =
  /\b(?:the|my|our|his|her|their|your|this|these|that|those|a|an|some)\s+(?=((?:[a-z][a-z'-]*\s){0,2}[a-z][a-z'-]*))/giu;
const JOINED_THINGS =
  /\b(?:the|my|our|a|an)\s+[a-z'-]+(?:\s[a-z'-]+){0,2}\s+and\s+(?:the|my|our|a|an|some)\b/i;
// Verbs of getting or trying the thing, which name nothing new: "when I got them they were lukewarm".
const GETTING = new Set(
  'got received tried opened ate tasted served brought arrived came finally'.split(' '),
);
const NOT_ANTECEDENT = new Set('dollars bucks cents pounds euros'.split(' '));

/**
 * The thing "it" or "they" stands for: the one named earlier in the same sentence, or else in the sentence before
 * ("I asked for rice noodles. When I got them they were lukewarm" → "the noodles"). Null unless every thing of the
 * pronoun's number named there shares one head noun; a wrong thing named is worse than none.
 */
function antecedentOf(pronoun: string, before: string, previous: string): string | null {
  const plural = pronoun.toLowerCase() === 'they';
  // The sentence before counts only where this one names nothing first: "Fridge was unplugged, and it was dirty" is
  // the fridge, not the room named before.
  const namesNothing = before
    .toLowerCase()
    .split(/[^a-z']+/)
    .every((word) => word === '' || PHRASE_STOP.has(word) || GETTING.has(word));
  for (const text of namesNothing ? [before, previous] : [before]) {
    // "the steak and the fries. They were cold": "they" may be both.
    if (plural && JOINED_THINGS.test(text)) return null;
    const things = [...text.replace(/’/g, "'").matchAll(NAMED_THING)]
      .map((m) => (m[1] && !/\p{Lu}/u.test(m[1]) ? cleanNounPhrase(m[1]) : null))
      .filter((thing): thing is string => {
        const head = thing?.split(' ').pop() ?? '';
        if (!thing || NOT_ANTECEDENT.has(head) || STAFF_HEADS.has(head) || THIRD_PARTIES.test(thing))
          return false;
        return !BODY_PARTS.test(thing) && !OUTSIDE.test(thing) && /[^s]s$/.test(head) === plural;
      });
    const heads = new Set(things.map((thing) => thing.split(' ').pop()));
    if (heads.size > 1) return null;
    const [head] = heads;
    if (!head) continue;
    // The reviewer's own phrase where it is the only mention; the head alone where the thing is told several ways
    // ("rice noodles for the usual spaghetti noodles").
    const mentions = text.toLowerCase().match(new RegExp(`\\b${head}\\b`, 'g'))?.length ?? 0;
    return new Set(things).size === 1 && mentions === 1 ? (things[0] ?? null) : `the ${head}`;
  }
  return null;
}

export type Complaint = { subject: string | null; problem: string; evidence: Evidence };

// What lies outside the business's doors: "parking is tough", "the traffic was awful". A reply that apologises for it
// owns what nobody there could change, and it is seldom what the review is about.
const OUTSIDE = /^the (?:parking|traffic|weather|neighbou?rhood|area|street|road|roads|commute|drive there)$/;
/** Whether a thing the reviewer found fault with lies outside the business: the parking, the traffic, the weather. */
export const isOutsideBusiness = (subject: string): boolean => OUTSIDE.test(subject.toLowerCase());
// A sentence added in passing ("Also, the rice was basic", "(the music was loud)", "The only thing…"): a complaint
// told there comes after any told in the body of the review.
const ASIDE =
  /^(?:[-–•*(]\s*)?(?:also|plus|and also|oh and|p\.?s\.?|btw|by the way|side note|on a side note|the only|though|although)\b/i;
const isAside = (sentence: Sentence): boolean => ASIDE.test(sentence.text.trim());

/**
 * A headline's "Bike not ready" or "Brakes still not fixed" with its verb put back, to follow the thing: "the bike was
 * not ready", "the brakes were still not fixed". Any other predicate is returned as it is.
 */
function withVerb(predicate: string, subject: string | null, nounRaw: string | undefined): string {
  const head = subject?.split(' ').pop() ?? '';
  // "These dogs starting barking at six": the reviewer's slip of tense is told back in the past.
  if (/^(?:starting|start|keep) (?=[a-z]+ing\b)/.test(predicate))
    return predicate.replace(/^(?:starting|start)/, 'started').replace(/^keep/, 'kept');
  // "Gears still slipping": a headline's -ing form takes back the verb it was told without.
  if (/^still [a-z]+ing\b/.test(predicate)) return `${/[^s]s$/.test(head) ? 'are' : 'is'} ${predicate}`;
  if (!/^(?:still )?not\b/.test(predicate)) return predicate;
  const still = /\sstill$/i.test(nounRaw ?? '') && !predicate.startsWith('still') ? 'still ' : '';
  return `${/[^s]s$/.test(head) ? 'were' : 'was'} ${still}${predicate}`;
}

// A step of getting the goods going, whose minutes are told in passing.
const SETUP_STEP =
  /\b(?:software|install(?:ation|er)?|set-?up|update|upgrade|firmware|drivers?|download|registration|activation|sync)$/;

// A fault told as happening some of the time: "3 out of 4 times I tried", "half the time", "every other day".
const NOW_AND_THEN =
  /\b(?:(?:\d|one|two|three|four|five|six|seven|eight|nine) (?:out )?of (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:times|tries|attempts|clicks)|half (?:of )?the time|some of the time|most of the time|every (?:other|few|now and then)|now and (?:then|again)|from time to time|(?:on and off|off and on)|sometimes|occasionally|intermittent(?:ly)?|hit (?:or|and) miss)\b/i;
const PLAIN_FAIL = /^(?:would not|wouldn't|did not|didn't|does not|doesn't|will not|won't) work$/;

/** "Would not work", told of a fault that came and went, as "would not work reliably": the plain words overstate it. */
const asToldOften = (predicate: string, sentence: string): string =>
  PLAIN_FAIL.test(predicate) && NOW_AND_THEN.test(sentence) ? `${predicate} reliably` : predicate;

/** Complaints stated as "<subject> <what went wrong>", most negative sentences first. */
export function findComplaints(
  sentences: readonly Sentence[],
  scoreOf: (s: Sentence) => number,
  praised: readonly string[],
): Complaint[] {
  // What the reviewer says matters most comes first, an aside last, the rest by how negative it is.
  const point = new Set(sentences.filter((s, i) => isThePoint(s.text, sentences[i - 1]?.text ?? '')));
  const ordered = [...sentences].sort(
    (a, b) =>
      Number(point.has(b)) - Number(point.has(a)) ||
      Number(isAside(a)) - Number(isAside(b)) ||
      scoreOf(a) - scoreOf(b),
  );
  const out: Complaint[] = [];
  const settledOut: Complaint[] = [];
  for (const sentence of ordered) {
    // A fault put right on the spot ("the TV would not work so they moved us") counts only where no other is told.
    const at = sentences.indexOf(sentence);
    const into = isPutRight(
      sentence.text.replace(/’/g, "'"),
      sentences[at + 1]?.text.replace(/’/g, "'") ?? '',
    )
      ? settledOut
      : out;
    if (
      scoreOf(sentence) > 0.5 ||
      /\?$/.test(sentence.text) ||
      /^(?:if|when you|would|should|hope)/i.test(sentence.text) ||
      IDIOM.test(sentence.text)
    )
      continue;
    // Curly apostrophes read as straight ones; the length, and so every offset, stays the same.
    const plain = sentence.text.replace(/’/g, "'");
    if (!ANY_FAILURE.test(plain)) continue;
    // "Greasy, which I like" is no fault, and "if so, both were defective" only a guess.
    if (LIKED_ANYWAY.test(plain) || GUESS.test(plain) || REPLACED_OLD.test(plain) || TRIED_OTHER.test(plain))
      continue;
    // "Died after two days." — the subject is the item, left unsaid.
    const bare = PREDICATE_FIRST.exec(plain);
    if (bare) {
      const predicate = tidyPredicate(`${bare[1] ?? ''}${bare[2] ?? ''}`);
      if (predicate) {
        const end = sentence.start + bare[0].length;
        into.push({
          subject: null,
          problem: asToldOften(predicate, plain),
          evidence: { text: bare[0], start: sentence.start, end },
        });
      }
    }
    for (const m of plain.matchAll(CLAIM)) {
      // A subject without "the" counts only at the start of a sentence ("Carpet was stained").
      if (m[3] && m.index !== 0) continue;
      const nounRaw = m[1] ?? m[3];
      // A capital after "the" or inside the phrase is a name or a brand ("the Alpine"), not a thing to repeat.
      // Short acronyms ("the TV", "their AC") are things and stay.
      const named = nounRaw?.replace(/\b\p{Lu}{2,4}\b/gu, 'x') ?? '';
      if (/[\s-]\p{Lu}/u.test(named) || (m[1] && /^\p{Lu}/u.test(named))) continue;
      const predicateText = tidyPredicate(`${m[4] ?? ''}${m[5] ?? ''}`);
      if (!predicateText) continue;
      // "This is very late, but…": a bare "this" said to be late is the review or the news, not the item.
      if (m[2]?.toLowerCase() === 'this' && /^(?:is|was) (?:\w+ )?late$/.test(predicateText)) continue;
      let subject: string | null = null;
      const pronoun = m[2]?.toLowerCase();
      if (pronoun === 'it' || pronoun === 'they') {
        // Only the clause the pronoun's sentence opens with counts, up to a dash or a semicolon.
        const before =
          sentence.text
            .slice(0, m.index ?? 0)
            .split(/\s[-–—]\s|;/)
            .pop() ?? '';
        subject = antecedentOf(pronoun, before, sentences[at - 1]?.text ?? '');
        // "They were lukewarm" with nothing clear for "they" to stand for names nothing.
        if (pronoun === 'they' && !subject) continue;
      }
      if (nounRaw) {
        subject = cleanNounPhrase(nounRaw);
        if (!subject || THIRD_PARTIES.test(subject) || BODY_PARTS.test(subject) || OUTSIDE.test(subject))
          continue;
        if (praised.includes(subject)) continue;
      }
      // "The software took about 10 minutes to install": how long a setup step took is told in passing, not the fault.
      if (/^took\b/.test(predicateText) && SETUP_STEP.test(subject ?? '')) continue;
      // A person is sweet in kindness, not in taste.
      if (/\bsweet\b/.test(predicateText) && STAFF_HEADS.has(subject?.split(' ').pop() ?? '')) continue;
      const start = sentence.start + (m.index ?? 0);
      into.push({
        subject,
        problem: asToldOften(withVerb(predicateText, subject, nounRaw), plain),
        evidence: { text: m[0].trim(), start, end: start + m[0].length },
      });
    }
  }
  return out.length > 0 ? out : settledOut;
}
