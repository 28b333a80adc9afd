import { readFileSync } from 'node:fs';
import escapeRegExp from 'escape-string-regexp';
import wordListPath from 'word-list';
import { isPlainNounPhrase } from './describe-complaint.ts';
import type { Sentence } from './sentences.ts';

const STAFF_ROLE =
  'manicurist|pedicurist|nail artist|lash tech|coach|physio|physiotherapist|chiropractor|housekeeper|bellman|doorman|sommelier|barista|innkeeper|manager|server|waiter|waitress|bartender|host|hostess|stylist|hairdresser|barber|colorist|technician|tech|mechanic|doctor|dentist|hygienist|nurse|assistant|agent|rep|representative|manager|receptionist|trainer|instructor|teacher|therapist|masseuse|massage therapist|concierge|valet|driver|salesman|salesperson|sales rep|associate|advisor|adviser|consultant|attorney|lawyer|accountant|planner|coordinator|chef|cook|owner|guy|gal|girl|lady|plumber|electrician|installer|optometrist|vet|groomer|nail tech|esthetician|aesthetician';
const capitalised = (alternatives: string): string =>
  alternatives
    .split('|')
    .map((a) => a.charAt(0).toUpperCase() + a.slice(1))
    .join('|');
const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
// Capitalised words that follow the cues below but are not people.
const NOT_NAMES = new Set(
  'The This That They There Then She He It We You Our My His Her Their Its And But So Was Were Is Are Very Really Super Also Just Always Never Everyone Everything Everybody Someone Somebody Anyone Anybody Nobody Reception Housekeeping Maintenance Security Support Sales Thanks Thank Great Amazing Awesome Excellent Management Manager Service Staff Yelp Google Amazon Sir Ma Mr Mrs Ms Miss Dr Hotel Restaurant Customer German French Italian Mexican Chinese Japanese Thai Indian Korean Vietnamese Greek Spanish American English British Irish Asian European African Cuban Peruvian Brazilian Turkish Lebanese Persian Filipino Hawaiian Cajun Southern Fedex Usps Dhl Ups Ebay Newegg Costco Walmart Target Staples Apple Sony Samsung Canon Epson Panasonic Toshiba Logitech Belkin Monster Garmin Bose Philips Microsoft Dell Lenovo Nikon Kodak Lexar Sandisk Netgear Linksys Motorola Nokia Jabra Creative Griffin Kingston Seagate Verizon Comcast'.split(
    ' ',
  ),
);

const peoplePatterns: readonly RegExp[] = [
  new RegExp(`(?:[Oo]ur|[Mm]y|[Tt]he|[Yy]our) (?:${STAFF_ROLE}),? (?:was |named |called )?(${NAME})`, 'gu'),
  new RegExp(`(${NAME})(?:(?:,| was| is) (?:our|my|the)| (?:our|my)) (?:${STAFF_ROLE})(?![\\p{L}])`, 'gu'),
  new RegExp(
    `(?:[Tt]hank you|[Tt]hanks|[Ss]hout ?out|[Kk]udos|[Aa]sk for|[Ss]pecial thanks to|[Tt]hank you to|[Tt]hanks to|[Ss]ee) (${NAME})(?![\\p{L}])`,
    'gu',
  ),
  new RegExp(`(?:Dr\\.?|Doctor) (${NAME})`, 'gu'),
  // "I took it to Ozzie and Tonya", "spoke with Dana": the people the reviewer dealt with.
  new RegExp(
    `(?:took (?:it|my car|the car|him|her) to|spoke (?:to|with)|talked (?:to|with)|worked with|dealt with) (${NAME})(?: and (${NAME}))?(?![\\p{L}])`,
    'gu',
  ),
  // "Miss Tara", "Ms. Lopez": a courtesy title before a capitalised word.
  new RegExp(`(?:Miss|Ms\\.?|Mrs\\.?) (${NAME})`, 'gu'),
  // "Innkeeper Steven was...", "(ages 25 to 96), Innkeeper Steven": a role with a capital before a name.
  new RegExp(`(?:^|[.!?,(]\\s*|\\s)(?:${capitalised(STAFF_ROLE)}) (${NAME})`, 'gu'),
  new RegExp(
    `(${NAME}) (?:is|was) (?:the|our|my) (?:best|greatest|nicest|favou?rite|sweetest|kindest) (?:${STAFF_ROLE}|[a-z]+er)\\b`,
    'gu',
  ),
  new RegExp(
    `(?:^|[.!?]\\s+)(${NAME}) (?:cut|coloured|colored|styled|trimmed|waxed|fixed|repaired|cleaned|served|helped|took care of|looked after|gave (?:me|us)|did (?:my|our)) (?:my|our|us|me|a|an|great|the)\\b`,
    'gu',
  ),
  new RegExp(
    `(?:[Hh]elped|[Ss]erved|[Ww]aited on|[Tt]reated|[Ff]ixed it|[Aa]ssisted|[Gg]reeted) by (${NAME})`,
    'gu',
  ),
  new RegExp(
    `(?<=(?<![\\p{L}])\\p{Ll}+ |, )(${NAME}) (?:was|is|did|went|made|took) (?:so |very |super |really |extremely |incredibly )?(?:great|amazing|awesome|wonderful|fantastic|excellent|friendly|helpful|kind|lovely|sweet|attentive|pleasant|patient|professional|knowledgeable|a (?:great|pleasure|delight|star)|an (?:amazing|awesome|excellent)|above and beyond|rude|unprofessional|dismissive|condescending)`,
    'gu',
  ),
  // "a technician called Isabelle", "the driver, named Martin".
  new RegExp(`(?:${STAFF_ROLE}),? (?:called|named) (${NAME})(?![\\p{L}])`, 'gu'),
  // "Bill and the other guys that work there": one of the staff, named beside the rest.
  new RegExp(
    `(?:^|[.!?,]\\s+|\\band )(${NAME}) and the (?:other |rest of the )?(?:guys|gals|ladies|girls|staff|team|crew|folks|people|employees|mechanics|techs|technicians)(?![\\p{L}])`,
    'gu',
  ),
  // "while doing the checkup, Rich found a buildup": a capitalised word inside a sentence doing a member of staff's work.
  // "…and Cloud delivered!" with nothing delivered is a firm that kept its promise, not a person.
  new RegExp(
    `(?<=, |\\band )(${NAME}) (?:found|noticed|fixed|repaired|diagnosed|explained|called|recommended|showed|walked (?:me|us)|checked|replaced|installed|drove|delivered(?!\\s*(?:[.!?,;]|$))|brought|helped|answered|greeted|took the time)(?![\\p{L}])`,
    'gu',
  ),
  // "Martin, the van driver", "Israel (the barber, not the country)", "Steve (innkeeper)": set off by a comma or a
  // bracket, one word may stand between "the" and the role.
  new RegExp(
    `(${NAME})(?:, ?the (?:[a-z]+ )?| \\((?:the |our |my )?(?:[a-z]+ )?)(?:${STAFF_ROLE})(?![\\p{L}])`,
    'gu',
  ),
];

const ARTICLE_BEFORE = /\b(?:the|a|an|my|our|this|that|their|your)\s+$/i;

// Things people praise, which a review may open a sentence with ("Food was great"): never read as a name.
const COMMON_NOUNS = new Set(
  `food service staff room rooms breakfast lunch dinner brunch pizza pizzas coffee prices price place location atmosphere
  ambiance ambience decor music drinks drink beer beers wine wines selection menu dessert desserts pastries bread
  bagels sandwiches sandwich burgers burger fries tacos sushi salad salads soup pasta steak chicken fish seafood
  cocktails margaritas portions everything everyone view views pool beds bed bathroom bathrooms shower lobby hotel
  motel restaurant shop store salon spa gym studio classes class instructors teachers parking checkin check-in
  value quality sound picture setup installation delivery shipping packaging price performance battery screen
  display design build service customer customers results work job team people owners owner management manager
  staffers employees crew technicians mechanics cleaning cleanliness housekeeping facilities facility equipment
  machines sauna jacuzzi pricing product products selection variety options service staff wifi internet location
  neighborhood area vibe mood lighting seating patio bar cake cakes cookies cupcakes pie ice cream tea latte
  espresso chai smoothies juice wings ribs brisket barbecue bbq noodles ramen pho curry rice dumplings appetizers
  entrees sides sauce salsa chips guacamole nachos burritos enchiladas eggs pancakes waffles omelets donuts muffins
  croissants scones hair cut color colour nails pedicure manicure massage facial wax waxing brows eyebrows`.split(
    /\s+/,
  ),
);

/** A capitalised word that is a person's name, not a sentence-opening common noun or a brand the text repeats. */
function looksLikeName(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(word) || COMMON_NOUNS.has(lower)) return false;
  // A word the reviewer also writes in lower case is an ordinary word ("Breakfast was good… the breakfast").
  return !new RegExp(`(?<!\\p{L})${lower}(?!\\p{L})`, 'u').test(text);
}

const PERSON_PRAISE =
  'fantastic|amazing|awesome|wonderful|great|excellent|friendly|helpful|kind|lovely|sweet|attentive|patient|professional|knowledgeable|the best|a gem|a star|a delight|a pleasure|incredible|phenomenal|outstanding|gentle|thorough|talented|fabulous|superb|brilliant';
// "Tom Butka was a pleasure to work with": a first name, with or without a surname, praised at a sentence's start.
const OPENING_NAME = new RegExp(
  `(?:^|[.!?]\\s+)(${NAME})(?: ${NAME})? (?:is|was|has been) (?:so |very |super |really |absolutely |truly |just |simply |always )*(?:${PERSON_PRAISE})(?![\\p{L}])`,
  'gu',
);
// "I followed Billy to this salon", "we have followed Ana here from her old shop": a person the reviewer follows from
// one business to the next.
const FOLLOWED = new RegExp(
  `(?:[Ff]ollowed|[Ff]ollowing|[Ff]ollow) (${NAME}) (?:to|here|over|from|when|after)(?![\\p{L}])`,
  'gu',
);
const IN_PARTICULAR = new RegExp(
  `,? (${NAME}) in particular|(?:especially|particularly) (${NAME})(?![\\p{L}])`,
  'gu',
);
// "Martin and Marco were very nice": two people praised together.
// "Steve and Kristian are two of the nicest owners": the pair praised as the best of their kind.
// "Leo and Devon (and their awesome team), are simply the best": an aside in brackets may stand between.
const PAIR = new RegExp(
  `(${NAME}) (?:and|&) (${NAME})(?: \\([^()]{1,40}\\))?,? (?:were|are) (?:so |very |super |really |always |both |simply |truly |just )*(?:nice|pleasant|${PERSON_PRAISE}|(?:two of |some of )?the (?:nicest|kindest|friendliest|sweetest|greatest|best|most helpful|most knowledgeable))(?![\\p{L}])`,
  'gu',
);
// "…taking classes with Maureen. She's amazing": a name closing a sentence, praised by "she" or "he" in the next.
// "I love Gabriel. He does an amazing job every single time": praised for the work done, in the next sentence.
const NAME_THEN_PRAISED = new RegExp(
  `(?<=[\\p{Ll},] )(${NAME})[.!]+\\s+(?:She|He)(?:(?:'s|’s| is| was| has been) (?:so |just |really |absolutely |truly |always |simply |such an? |an? )*(?:${PERSON_PRAISE})| (?:always |really |truly )?(?:does|did) (?:an? |such an? )(?:amazing|great|fantastic|excellent|wonderful|awesome|incredible|phenomenal|outstanding|brilliant|superb|terrific) job)(?![\\p{L}])`,
  'gu',
);
// "Maria at the front desk", "request Annie", "book with Jodi": someone working there, when the word is no ordinary
// word ("Coffee at the counter", "request Express shipping" are not people).
const AT_DESK = new RegExp(
  `(?<![\\p{L}])(${NAME}) (?:(?:at|on|behind) the (?:front desk|desk|front|reception|reception desk|counter|register|check-in)|(?:in|at) the (?:front |leasing |main |rental )?office)(?![\\p{L}])|(?:[Rr]equest|[Bb]ook (?:in )?with) (${NAME})(?![\\p{L}])`,
  'gu',
);
// "Janelle and Mark teach an awesome TRX class", "Liz runs the spin class": who teaches or runs what the reviewer came
// for.
const TEACHES = new RegExp(
  `(?:^|[.!?,;]\\s+|\\band )(${NAME})(?: and (${NAME}))? (?:teach|teaches|taught|run|runs|ran|lead|leads|led|coach|coaches|coached) (?:an? |the |my |our |their |all )(?:[\\p{L}-]+ ){0,3}?(?:class(?:es)?|sessions?|workouts?|lessons?|courses?|bootcamps?|group)(?![\\p{L}])`,
  'gu',
);
/**
 * "Tap into Eytan's knowledge of the knives": what only a person has to draw on, said of a name ("Eytan's knowledge",
 * "Eytan’s advice"), as a pattern to build on. A firm or a thing has none of these.
 */
export const PERSONS_QUALITY =
  "(?:'s|’s) (?:knowledge|expertise|advice|patience|guidance|recommendations?)(?![\\p{L}])";
/**
 * "Veronica has colored my hair for years": a stylist's work on the reviewer, said of a name, as a pattern to build on.
 * Only a person does it.
 */
export const PERSONS_WORK =
  ' (?:has|had|have)(?: been)? (?:cut|cutting|colou?red|colou?ring|styled|styling|trimmed|trimming|done|doing|waxed|waxing|shaped|shaping) (?:my|our|his|her) (?:hair|nails|brows|eyebrows|lashes|beard|feet)(?![\\p{L}])';
const KNOWLEDGE_OF = new RegExp(`(?<![\\p{L}])(${NAME})${PERSONS_QUALITY}`, 'gu');
// "brows done by Shelby", "my appointment with Jodi".
const WORK_BY = new RegExp(
  `(?:executed|done|performed|cut|styled|colou?red|waxed|threaded|shaped|highlighted|massaged|trained|taught|taken care of) by (${NAME})|(?:appointment|session|consultation|lesson|class|facial|massage|cut|experience) with (${NAME})`,
  'gu',
);

// "especially Charlotte she is such a sweet girl", "Josh is very pleasant and always does my hair": a name inside a
// sentence, taken up by "she" or "he" at once or doing the reviewer's hair or nails, is a person even when it is also a
// word. A sentence's first word is left out: "Today she was…" is no name.
const SURE_PERSON = [
  // "Tom Butka was a pleasure to work with": a first name and a surname praised together.
  new RegExp(
    `(?:^|[.!?]\\s+)(${NAME}) ${NAME} (?:is|was|has been) (?:so |very |super |really |absolutely |truly |just |simply |always )*(?:${PERSON_PRAISE})(?![\\p{L}])`,
    'gu',
  ),
  // "Maria at the front desk was so helpful": placed at the desk and praised as only a person is.
  new RegExp(
    `(?<![\\p{L}])(${NAME}) (?:at|on|behind) the (?:front desk|desk|front|reception|counter)(?: [a-z]+){0,3}? (?:is|was|has been) (?:so |very |super |really |always |just )*(?:friendly|helpful|kind|sweet|patient|welcoming|attentive|professional|knowledgeable|a star|a gem|a delight|a sweetheart|the nicest|the sweetest|the friendliest|the kindest)(?![\\p{L}])`,
    'gu',
  ),
  new RegExp(
    `(?<=[\\p{Ll},] )(${NAME}),? (?:she|he)(?:'s|’s| is| was| has| always| really| did| does)(?![\\p{L}])`,
    'gu',
  ),
  // "Martin drives the shuttle and is always helpful": a name doing a job for the business and praised as only a
  // person is (not "great", which a firm may be too), even where the name is also a word.
  new RegExp(
    `(?<![\\p{L}])(${NAME}) (?:drives|drove|runs|ran|manages|managed|cooks|cooked|tends|tended|handles|handled|cleans|cleaned|works|worked) (?:the|our) [a-z]+(?: [a-z]+)? (?:desk |bar |kitchen |shuttle |van |bus )?and (?:is|was|has been) (?:so |very |super |really |always |just |truly )*(?:helpful|friendly|kind|sweet|attentive|patient|courteous|polite|cheerful|a gem|a star|a delight|a sweetheart)(?![\\p{L}])`,
    'gu',
  ),
  new RegExp(
    `(?<=[\\p{Ll},] )(${NAME}) (?:is|was|has been) [^.!?]{0,40}?(?:does|did|cuts?|colou?rs?|styles?|styled|trims?|trimmed|waxe?s?d?|shapes?|shaped) (?:my|our|his|her) (?:hair|nails|brows|eyebrows|lashes|beard|feet)(?![\\p{L}])`,
    'gu',
  ),
  // "Jenny has been cutting my hair for years", "Veronica has colored my hair": years of a stylist's work on the
  // reviewer, at the start of a sentence too.
  new RegExp(`(?<![\\p{L}])(${NAME})${PERSONS_WORK}`, 'gu'),
  // "Jenny is an amazing hair stylist": a name said to be one of the people who do the work.
  new RegExp(
    `(?<![\\p{L}])(${NAME}) (?:is|was|has been) (?:an?|the|such an?) (?:[a-z]+ ){0,3}?(?:${STAFF_ROLE})(?![\\p{L}])`,
    'gu',
  ),
];

// Cues that say plainly the next word is a member of staff: a role beside it, a title, or "ask for". Other cues
// ("spoke with Gray", "Love was great") also fit a business, a dish or a sentence's first word.
// "Tiffany gave me great feet": a capitalised word opening a sentence and doing a member of staff's work on the
// reviewer is a person even when it is also a word; the pronouns and departments that do the same are not names.
const SURE_CUES = new Set([0, 1, 3, 5, 6, 7, 8, 11, 12, 13, 14]);
const ASK_FOR = new RegExp(
  `(?:[Aa]sk for|[Ss]ay (?:hi|hello) to|(?:[Tt]hank you|[Tt]hanks|[Tt]y|[Tt]hx),? (?:to )?(?:our |the |my )?(?:${STAFF_ROLE})|[Tt]hanks(?: again)?,?|[Tt]hank you(?: again)?(?: so much)?,?(?: to)?|[Ss]pecial thanks to|[Kk]udos to|[Ss]hout ?out to) (${NAME})(?![\\p{L}])`,
  'gu',
);
// Titles and roles that may stand before a first name without making it part of a business's name.
const TITLE_BEFORE =
  /^(?:Dr|Doctor|Miss|Ms|Mrs|Mr|Thanks|Thank|Ask|Kudos|Chef|Owner|Manager|Nurse|Stylist|Innkeeper|Technician|Trainer|Instructor|Coach|And|Love|Loved|Adore|Adored)$/;

// First names that are also ordinary words ("Mike", "Bill", "Frank") but, capitalised and praised as a person is
// ("Mike is so knowledgeable"), are far more often someone's name than the word.
const NAME_WORDS = new Set(
  'Mike Bill Frank Mark Pat Rob Bob Sue Ray Jack Art Gene Jean Kim Don Carol Rusty Chuck Grace'.split(' '),
);

let dictionary: Set<string> | undefined;
/** True when the word, in lower case, is an ordinary English word ("Love", "Gray", "Maybe"). */
function isWord(word: string): boolean {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary.has(word.toLowerCase());
}

/**
 * True when every place the reviewer writes the word reads as one person's name: never beside another capitalised
 * word that makes it part of a business's or a thing's name ("Love Carpet Care", "Po Boys", "Lakes Lounge",
 * "Whitey's Auto"), and, for an ordinary English word, only after a cue that says it is a person.
 */
function isPersonName(name: string, text: string, sure: boolean): boolean {
  if (NOT_NAMES.has(name) || (isWord(name) && !sure && !NAME_WORDS.has(name))) return false;
  const n = escapeRegExp(name);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'gu'))) {
    const at = m.index ?? 0;
    const next =
      /^(?:'s|’s)? (\p{Lu}[\p{L}]+)(?! (?:this|the|my|our|your|it|them|him|her|us|me|you)\b)/u.exec(
        text.slice(at + name.length),
      )?.[1];
    // "Jim and Robin Love this practice": a capitalised verb after the name is not part of it.
    if (next && isWord(next) && !NOT_NAMES.has(next)) return false;
    const before = /(\p{Lu}\p{Ll}+)\.? $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
    const sentenceStart = /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\.? $/u.test(text.slice(Math.max(0, at - 22), at));
    if (before && !TITLE_BEFORE.test(before) && !sentenceStart && isWord(before)) return false;
  }
  return true;
}

const FAULTED_PERSON = new RegExp(
  `(?:avoid|watch out for|steer clear of|stay away from|except(?: for)?|other than|apart from|but not) (${NAME})(?![\\p{L}])|(?:^|[.!?]\\s+|, )(${NAME}) (?:was|is|seemed) (?:a bit |kind of |rather |very |so |really |quite |extremely )?(?:rude|unfriendly|dismissive|condescending|unprofessional|careless|short with|cold|impatient|not (?:very )?(?:friendly|helpful|welcoming|nice))(?![\\p{L}])`,
  'gu',
);

/** The first name of a member of staff the reviewer faults ("just avoid Brandon", "Kyle was rude"), or null. */
export function findFaultedPerson(text: string): string | null {
  for (const m of text.matchAll(FAULTED_PERSON)) {
    const name = m[1] ?? m[2];
    if (name && looksLikeName(name, text) && isPersonName(name, text, false)) return name;
  }
  return null;
}

/** First names of people the reviewer names (staff, mostly), without duplicates. */
export function findPeople(said: string): string[] {
  // "Colleen is the NICEST receptionist": a word shouted in capitals reads as the word itself.
  const text = said.replace(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu, (w) => w.toLowerCase());
  const found = new Map<string, boolean>();
  const add = (name: string | undefined, sure: boolean) => {
    if (name) found.set(name, (found.get(name) ?? false) || sure);
  };
  for (const [i, pattern] of peoplePatterns.entries()) {
    for (const m of text.matchAll(pattern)) {
      for (const name of [m[1], m[2]]) {
        const at = (m.index ?? 0) + m[0].indexOf(name ?? '');
        // "the Batmobile", "our Dyson": a capital after an article or a possessive is a thing, not a person.
        if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 7), at))) add(name, SURE_CUES.has(i));
      }
    }
  }
  for (const m of text.matchAll(ASK_FOR)) add(m[1], true);
  for (const pattern of SURE_PERSON) for (const m of text.matchAll(pattern)) add(m[1], true);
  // Followed from one business to the next: only a person is, whatever else the word may mean ("Billy").
  for (const m of text.matchAll(FOLLOWED)) add(m[1], true);
  for (const pattern of [
    OPENING_NAME,
    IN_PARTICULAR,
    WORK_BY,
    AT_DESK,
    PAIR,
    NAME_THEN_PRAISED,
    TEACHES,
    KNOWLEDGE_OF,
  ]) {
    for (const m of text.matchAll(pattern)) {
      for (const name of [m[1], m[2]]) if (name && looksLikeName(name, text)) add(name, false);
    }
  }
  // "Martin and Marco were very nice", "Janelle and Mark teach…": beside a name that is no ordinary word, a
  // capitalised word that also is one ("Martin", "Tiffany", "Mark") is a name too.
  for (const m of [...text.matchAll(PAIR), ...text.matchAll(TEACHES)]) {
    const [one, two] = [m[1], m[2]];
    if (!one || !two || !looksLikeName(one, text) || !looksLikeName(two, text)) continue;
    if (!isWord(two)) add(one, true);
    if (!isWord(one)) add(two, true);
  }
  return [...found].filter(([name, sure]) => isPersonName(name, text, sure)).map(([name]) => name);
}

const PRAISE_WORD =
  'flawless|seamless|painless|a breeze|easy|simple|smooth|top quality|sturdy|durable|reliable|handy|quiet|vivid|crisp|pleasant|spacious|roomy|accommodating|welcoming|flavou?rful|efficient|relaxing|convenient|affordable|moist|juicy|crispy|solid|spot on|done (?:properly|well|right|perfectly)|great|amazing|awesome|excellent|fantastic|wonderful|delicious|tasty|perfect|outstanding|superb|lovely|friendly|helpful|attentive|beautiful|incredible|spotless|immaculate|clean|comfortable|comfy|cozy|professional|knowledgeable|fresh|phenomenal|good|nice|fabulous|gorgeous|stunning|exceptional|impeccable|top notch|on point|to die for|the best|spectacular|divine|yummy|fast|quick|reasonable|kind|courteous|sweet|polite|tidy|thorough|patient|gentle|prompt|punctual|honest|generous|caring|informative|responsive';
const NP = "((?:the|our|my|their|your|his|her|this|these|\\p{L}+'s) (?:[a-z]+ ){0,2}?[a-z]+)";
// "The technicians that came to install it were very polite": a short clause on who or which may sit between.
const PRAISE_AFTER = new RegExp(
  `${NP}(?: (?:that|who) (?!was\\b|were\\b|is\\b|are\\b)[a-z]+(?: [a-z]+){0,4}?)? (?:itself |themselves )?(?:was|were|is|are|seems?|seemed|looks?|looked|tastes?|tasted|smells?|smelled|sounds?|sounded|feels?|felt) (?:also |just |always |absolutely |really |very |so |super |truly |extremely |incredibly |pretty |quite )*(?:${PRAISE_WORD})(?![a-z])`,
  'giu',
);
// "Food is great", "Staff were lovely": a bare noun at the start of a sentence.
const PRAISE_BARE = new RegExp(
  `^(\\p{Lu}[a-z]+(?: [a-z]+)?) (?:was|were|is|are) (?:also |just |always |absolutely |really |very |so |super |truly |extremely |incredibly |pretty |quite )*(?:${PRAISE_WORD})(?![a-z])`,
  'u',
);
const PRAISE_LOWER_BARE = new RegExp(
  `(?:^|, |and )([a-z]+) (?:was|were|is|are) (?:also |just |always |absolutely |really |very |so |super |truly |extremely |incredibly |pretty |quite )*(?:${PRAISE_WORD})(?![a-z])`,
  'gu',
);
// "The staff went above and beyond", "this kit works very well": praise said with a verb.
const PRAISE_ACTION = new RegExp(
  `${NP} (?:also |really |truly |always |just )?(?:went (?:above and beyond|out of (?:their|his|her|its) way)|did (?:a|an|such a) (?:great|amazing|fantastic|excellent|wonderful|awesome|superb|good|brilliant|terrific) job|took (?:great|good|such good|excellent|wonderful) care|works? (?:very |really |so |just |extremely )?(?:well|great|perfectly|flawlessly|beautifully|like a charm))(?![a-z])`,
  'giu',
);
// "…quite lovely, especially the spa!": the thing singled out in a sentence of praise.
const ESPECIALLY = new RegExp(`(?:especially|particularly|above all) ${NP}(?= |[,.!;)]|$)`, 'giu');
// A verb after the noun ends the phrase: "helpful attendant appears" is the attendant.
const VERB_AFTER =
  '(?:appears|appeared|came|comes|gave|gives|made|makes|helped|helps|took|takes|was|were|is|are|had|has|did|does|got|gets|brought|brings|showed|shows|went|goes|made|kept|keeps)\\b';
// "Loved private rooftop pool", "Enjoyed fresh bagels": a liked thing at the head of a sentence, with no article.
const LIKED_BARE = new RegExp(
  `(?:^|[.!] )(?:Loved|Love|Enjoyed|Liked|Adored) ((?!the |a |an |it\\b|this\\b|that\\b|how\\b|everything\\b|[a-z]+ing\\b)[a-z]+(?: (?!and |${VERB_AFTER})[a-z]+){0,2})(?=[,.!;]| and\\b|$)`,
  'gu',
);
const PRAISE_BEFORE = new RegExp(
  `(?:loved|love|enjoyed|liked|recommend|adored) ${NP}(?= (?:and|but|at|for|from|with|in|on|they|it|so|because|here|there|too|as|are|were|is|was|when|if|to|of)\\b|[,.!;)]|$)|(?:great|amazing|awesome|excellent|fantastic|wonderful|delicious|perfect|outstanding|superb|lovely|friendly|helpful|beautiful|incredible|friendly|attentive|phenomenal|exceptional|impeccable|spotless|tasty|yummy|authentic|polite|courteous|knowledgeable|gentle|efficient|reliable|sturdy|crisp|clear|speedy|prompt|affordable|reasonable|fair|comfortable|cozy|relaxing|fabulous|terrific|brilliant|stellar|superb) ((?!and |[a-z]+ing\\b)[a-z]+(?: (?!and |${VERB_AFTER})[a-z]+)?)(?= (?:and|but|at|for|from|with|in|on)\\b| ${VERB_AFTER}|[,.!;]|$)`,
  'giu',
);
const COUNTERFACTUAL =
  /\b(?:should|would|could|might|must) (?:have|be|use)\b|\b(?:wish|wished|if only|hope|hoped)\b/i;
const NOT_ASPECTS = new Set(
  'nephew niece son daughter wife husband kids kid children child family friend friends mom dad mother father grandson granddaughter boyfriend girlfriend partner baby feeling feelings hands shape care fun luck condition spirits side part kind sort type rest lots shop store business company establishment restaurant hotel motel salon experience experiences person people changes tho time place job way one thing things price prices value deal day night visit stay lot it this that everything all bit days nights times years months weeks hours minutes visits stays alternative option options choice choices buy purchase product products item items investment addition idea find stuff unit piece improved review reviews example comments comment downfall weekend mall enough'.split(
    ' ',
  ),
);

/** Aspects the reviewer praised, as short noun phrases in their words ("the pasta", "the staff"). */
export function findPraised<T extends Sentence>(
  sentences: readonly T[],
  isPositive: (s: T) => boolean,
): string[] {
  const out = new Set<string>();
  for (const sentence of sentences) {
    if (!isPositive(sentence)) continue;
    const bare = PRAISE_BARE.exec(sentence.text);
    // "Angela was fantastic": a capitalised word that is not a common noun is a name, thanked as a person.
    const bareWord = bare?.[1];
    const bareIsName =
      bareWord !== undefined && !bareWord.includes(' ') && looksLikeName(bareWord, sentence.text);
    const bareAspect = bareWord && !bareIsName ? normaliseAspect(bareWord.toLowerCase()) : null;
    if (bareAspect) out.add(bareAspect);
    for (const m of sentence.text.matchAll(PRAISE_LOWER_BARE)) {
      const word = m[1] ?? '';
      if (COMMON_NOUNS.has(word)) {
        const phrase = normaliseAspect(word);
        if (phrase) out.add(phrase);
      }
    }
    for (const pattern of [PRAISE_AFTER, PRAISE_ACTION, ESPECIALLY, PRAISE_BEFORE, LIKED_BARE]) {
      for (const m of sentence.text.matchAll(pattern)) {
        const raw = m[1] ?? m[2] ?? '';
        // "authentic Mexican", "Yummy Yummy": a capitalised word after a describing word is a name or a shout.
        // "Delicious Food" is still the food.
        const first = raw.split(' ')[0] ?? '';
        if (m[2] !== undefined && /^\p{Lu}/u.test(raw) && !COMMON_NOUNS.has(first.toLowerCase())) continue;
        // A capitalised word inside or right after the phrase is a name or a brand ("our server Maria", "my
        // improved Karve body"): people are listed on their own, and half a brand name is not a thing.
        if (/\s\p{Lu}/u.test(raw)) continue;
        // "It should have a great toner capacity" wishes for it: a wish is the reviewer's quibble, never praise.
        if (COUNTERFACTUAL.test(sentence.text.slice(0, (m.index ?? 0) + m[0].length))) continue;
        const after = sentence.text.slice((m.index ?? 0) + m[0].length);
        if (/^ \p{Lu}/u.test(after)) continue;
        const phrase = normaliseAspect(raw.toLowerCase());
        if (phrase) out.add(phrase);
      }
    }
  }
  return [...out].slice(0, 6);
}

/** "our waitress" → "the waitress"; drops vague heads ("the experience") and pronouns. */
export function normaliseAspect(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  const head = words[words.length - 1];
  if (!head || NOT_ASPECTS.has(head) || /^(?:i|we|you|he|she|they|me|us)$/.test(head)) return null;
  const [first, ...rest] = words;
  // "porta's pizza" is the pizza: the business's name before the noun is not part of the thing praised.
  const body = first && /^(?:our|my|their|your|his|her|this|these|the|\p{L}+'s)$/u.test(first) ? rest : words;
  if (body.length === 0 || !isPlainNounPhrase(body)) return null;
  return `the ${body.join(' ')}`;
}

const RETURNING =
  /(?<![\p{L}])(?:(?:i'm|i am|we're|we are|been|become|became|one of the|(?:this|it) is (?:my|our)) (?:a |one of the |your )?regulars?(?! (?:basis|ticket|seats?|price|menu|size|chips|coffee|hours|customers? service))|regular (?:customers?|guests?|clients?|patients?|here|there)|returning (?:customer|guest|client|patient)|(?:loyal|long[- ]?time|repeat) (?:customer|guest|client|patient)s?(?! base\b)|been (?:coming|going|a customer|a client|a patient|a member) (?:here |there )?(?:for|since)|(?<!\b(?:read|asked|explained|called|tried|told|said|repeated|checked|rang|phoned|emailed|texted|it|them|him|her|me|us|this|that) )(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th|umpteenth|many|several|multiple|countless|numerous) (?:times?|visits?|stays?) (?:here|there|at|to|and)|(?:every|each) time (?:i|we) (?:come|go|visit|stay)|(?:always|usually) (?:come|go|order|stay|get) (?:here|there|to this)|(?:come|came) back (?:again|time and again)|years? of (?:coming|business|going)|been (?:here|there|coming|going) (?:a ton of|tons of|lots of|so many|many|several|countless|a (?:bunch|lot) of|\d+) times|(?:long[- ]?time|loyal) (?:member|patient|fan|guest|client|customer)s?(?! base\b)|(?:have|has|'ve) been (?:a (?:member|patient|client|customer))|(?<!(?:found|find|finding|discovered) )(?:my|our) (?:go-to|usual|regular) (?:place|spot|shop|salon|garage|restaurant|gym|hotel|dentist|doctor|mechanic))(?![\p{L}])/iu;

// How long a customer has kept coming, told in everyday words: "for almost seven years", "since 2015", "since about
// 2002", "since before we were married", "for the past decade".
const SPAN =
  '(?:for (?:(?:over|almost|nearly|about|around|roughly|close to|more than|well over|at least|the (?:past|last)|a good) )?(?:(?:\\d+\\+?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a few|a couple(?: of)?|many|several|so many) )?(?:years?|yrs?|decades?|months|ages|a long time|a long while|forever)|since (?:(?:(?:about|around|roughly|at least|circa) )?(?:19|20)\\d\\d|before\\b|(?:i|we|my|our|they|it|he|she) \\w+|childhood|forever|day one|the (?:day|start|beginning|early|late|\\d+)))';

// A reviewer who says this was their first visit is no regular, whatever "our usual spot" they name elsewhere.
const FIRST_VISIT =
  /(?<![\p{L}])(?:(?:our|my|his|her) (?:very )?first (?:time|visit)(?= (?:here|there|at|to|trying|visiting|eating|in (?:the|this|your))\b|\s*[.,!?;]|$)|first time (?:here|there|trying|visiting|eating at|at this)|(?:finally|decided to) (?:give (?:it|this place|them) a (?:try|shot|go)|try (?:it|this place|them)(?: out)?|tried (?:it|this place|them))|never been (?:here|there) before)(?![\p{L}])/iu;

/**
 * A regular told in everyday ways: "been going there for almost seven years", "been bringing our pets here since
 * before we were married", "we've used them for years", "my go-to place", "third time this month", "loyal customer
 * of ten years". A product in use ("been using this lock for a few months") is no return. Finding a go-to ("finally found my go-to nail place") is a first visit, not a return. A wait ("been waiting for years"), a trouble ("been going on for months"), a visit to the area, a
 * first visit, a past spent nearby or a promise to go back ("will be going back") is not a return, and nor is the
 * reviewer's own way of doing things ("As usual, I was very careful: I always read manuals").
 */
const LONG_STANDING = new RegExp(
  `(?<![\\p{L}])(?:been (?:going|coming|bringing|taking|shopping|eating|ordering|buying|getting (?:my|our)|using (?:them|him|her|these guys|their|this (?:company|firm|shop|store|garage|salon|place|practice|business|service|clinic|spa|gym|studio|mechanic|dentist|vet|groomer)))(?! (?:on|through|downhill|up|out|off|along|to the (?:area|town|city|island|region|beach|coast|country))\\b)(?: [\\p{L}'’\\d-]+){0,4}? ${SPAN}|(?:(?:i|we|they)(?:'ve|’ve)|have|has|had) used (?:them|him|her|these guys|this (?:company|firm|shop|store|garage|salon|place|practice|business|service|clinic)) ${SPAN}|(?<!(?:treat|treated|treating|serve|served|serving|help|helped|helping|see|seen|seeing|after|welcomed|welcoming) )(?:customers?|clients?|patients?|members?|regulars?|guests?) (?:of|for) (?:(?:over|almost|nearly|about|more than|well over) )?(?:(?:\\d+\\+?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several|a few) )?(?:years?|decades?)|(?:customers?|clients?|patients?|members?|regulars?) since (?:(?:19|20)\\d\\d|before\\b|(?:i|we) \\w+)|(?<!(?:will|would|could|might|to) (?:be|become) )(?<!(?:found|find|finding|discovered) )(?:my|our) (?:(?:absolute|favou?rite|usual|regular|trusted|family|local) )?go-?to\\b|(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\\d+th|umpteenth) (?:time|visit|stay|trip|order)s? (?:this|in (?:a|one|two|three|as many|the (?:past|last))|since|(?:i|we|i've|we've) (?:have |had )?(?:been|come|came|gone|went|stayed|visited|ordered|used(?! (?:it|this|that|the|my)\\b)))\\b|(?:keeps?|kept) (?:me |us |bringing (?:me|us) )?coming back|(?:(?:i|we|they)(?:'ve|’ve)|have|has|had) been (?:here|there) (?:before|a few times|lots of times|plenty of times)|\\bas (?:always|usual|ever)\\b(?!,?\\s+(?:i|we)\\s+(?:was|were|am|are)\\b)|(?:visit|come|go|eat|order|stay) (?:here |there )?(?:every|each) (?:week|weekend|month|year|summer|winter|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|(?<!(?:will|to|be|on|start|starting) )(?:going|coming|go|come|training|train) (?:here |there )?(?:(?:multiple|several|a few|a couple of|two|three|four|five|\\d) times|twice) (?:a|per|each|every) week\\b)(?![\\p{L}])`,
  'iu',
);

// "I come to DS Fitness Studio on Sundays and Mondays": a day of the week, made plural, is a habit. Case is kept, so
// only the business by its capitalised name is where they come ("we go to church on Sundays" is elsewhere).
const WEEKLY =
  /(?<![\p{L}])(?:I|[Ww]e) (?:come|go|head) (?:here |there |to (?:the )?(?:\p{Lu}[\p{L}'’&]* ){1,4})?on (?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)days(?![\p{L}])/u;

// "I call back and get conflicting opinions... this keeps me coming back": calling a helpline again and again, said
// in bitter jest, is no loyalty.
const CALLING_BACK =
  /\bcall(?:s|ed|ing)? (?:them |him |her |it |support )?(?:back|again)\b[\s\S]{0,160}?\b(?:keeps?|kept) (?:me|us) coming back\b/iu;

/** True when the reviewer says they have come before, and never when they say this was their first visit. */
export function isReturningCustomer(text: string): boolean {
  const told = text.replace(CALLING_BACK, '');
  return !FIRST_VISIT.test(told) && (RETURNING.test(told) || LONG_STANDING.test(told) || WEEKLY.test(told));
}
