import type { Situation } from '@rebound/shared';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { readsCleanly } from './spelling.ts';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
const tagsOf = (text: string): string[] => {
  nlp ??= winkNLP(model, ['pos']);
  return nlp.readDoc(text).tokens().out(nlp.its.pos) as string[];
};

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT', 'CCONJ']);
const PREDICATE_START_TAGS = new Set(['AUX', 'VERB', 'PART', 'ADV']);

// A clause that goes on with "still": what the goods still do after being seen to.
const STILL_AFTER = /^(?:(?:is|are|was|were) )?still\b/i;

/**
 * True when "{item} {predicate}" reads as a sentence: the item is a plain noun phrase ending in a noun ("the rice
 * cooker", not "the it's" or "the bag online") and the predicate opens with a verb. Read back in full, a mangled
 * phrase is worse than a general sentence.
 */
export function readsAsClause(item: string, predicate: string): boolean {
  const itemWords = item.split(/\s+/).length;
  const tags = tagsOf(`${item} ${predicate}`);
  const itemTags = tags.slice(0, itemWords);
  const last = itemTags[itemTags.length - 1];
  const next = tags[itemWords];
  const nounPhrase =
    (itemTags.every((t) => NOUN_PHRASE_TAGS.has(t)) && (last === 'NOUN' || last === 'PROPN')) ||
    isNounPhrase(item, STILL_AFTER.test(predicate));
  return nounPhrase && next !== undefined && PREDICATE_START_TAGS.has(next);
}

// The tagger reads some plural nouns alone as verbs ("the gears"); the singular says which they are.
const PLURAL_END = /(?<=[a-z]{2}[^s])s$/;

/**
 * True when the text is a plain noun phrase. With `pluralMisread`, a plural the tagger takes for a verb ("the gears")
 * counts too; it is asked only where the clause goes on with "still", so a side detail read so ("the mirrors") is not
 * put ahead of what another reading names.
 */
export function isNounPhrase(text: string, pluralMisread = false): boolean {
  const tags = tagsOf(text);
  const last = tags[tags.length - 1];
  if (tags.every((t) => NOUN_PHRASE_TAGS.has(t)) && (last === 'NOUN' || last === 'PROPN')) return true;
  if (!pluralMisread) return false;
  const head = tags.slice(0, -1);
  // "this thing sucks" is a clause: the word before must not be a noun already.
  const before = head[head.length - 1];
  if (last !== 'VERB' || !PLURAL_END.test(text) || (before !== 'DET' && before !== 'ADJ')) return false;
  if (!head.every((t) => NOUN_PHRASE_TAGS.has(t))) return false;
  const singular = tagsOf(text.replace(PLURAL_END, ''));
  return singular.length === tags.length && singular[singular.length - 1] === 'NOUN';
}

// The reviewer's words turned to face them: "my order never came" → "your order never came".
const SWAPS: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
};

export function toSecondPerson(text: string): string {
  return text
    .replace(/’/g, "'")
    .replace(/(?<![\p{L}'])[\p{L}]+(?:'[\p{L}]+)?(?![\p{L}'])/gu, (word) => {
      const swapped = SWAPS[word.toLowerCase()];
      return swapped ?? word;
    })
    .replace(/\byou was\b/g, 'you were')
    .replace(/\byou am\b/g, 'you are')
    .replace(/\byou wasn't\b/g, "you weren't")
    .replace(/\byour (\w+) and you\b/g, 'you and your $1');
}

// Words that open a complete clause (it has its own subject), so the reply can use it as is.
const SUBJECT_START =
  /^(?:the|this|that|these|those|your|a|an|it|he|she|you|nobody|no one|no|someone|somebody|everything|nothing|staff|they|one|two|three|both|all|every|each|none|our|his|her|their)\b/i;
// Words that open a verb phrase, whose subject is the item ("stopped heating after two weeks").
const VERB_START =
  /^(?:was|were|is|are|had|has|have|did|does|do|didn't|doesn't|don't|wasn't|weren't|isn't|aren't|never|stopped|broke|arrived|came|took|kept|leaked|failed|died|quit|started|would|wouldn't|won't|could|couldn't|can't|cannot|will|only|still|just|also|barely|not|fell|cracked|tore|ripped|smelled|tasted|looked|felt|went|got|gave|made|lasted|turned|wore|melted|burned|burnt|overheated|jammed|stuck|sticks|rusted|peeled|chipped|shattered|ran|works|worked|[\p{L}]+ed)\b/iu;

const MAX_WORDS = 16;
// A bare verdict ("was terrible", "was a joke") says nothing about what happened, and repeating it about a person
// reads as agreeing with an insult: the reply names the item instead.
const VERDICT_ONLY =
  /^(?:is|was|were|are) (?:just |so |very |really |absolutely |completely |totally )?(?:terrible|horrible|awful|horrendous|atrocious|the worst|a joke|a disaster|a nightmare|disgusting|pathetic|useless|garbage|trash|crap|bad|poor|unacceptable|ridiculous)$/i;
// The business itself is not an item to apologise for: "the hotel" is better said as "your stay".
const THE_BUSINESS =
  /^the (?:hotel|motel|restaurant|place|location|store|shop|salon|spa|dealership|clinic|office|company|business|establishment|bar|cafe|café|diner|garage|gym|studio|practice)$/i;

// Words read as the item that are what a thing gives off or is coated in ("the chemical smell" read as "the
// chemical"): put in place of "it", they would make the reviewer's goods into something else.
const NOT_THE_GOODS = /^the (?:chemicals?|smell|odou?r|fumes?|stench|coating|residue)$/i;

// Words a review of goods uses as the subject of a fault that are no part of the goods: "the responsibility did not
// work" (the seller's word for whose fault it was), "the chance does not work" (a chance the reviewer took), "the
// combination did not work" (the lock's code, which says nothing of the lock jamming shut). Told back, each names a
// fault the reviewer never had.
const NOT_A_PART =
  /^(?:responsibility|chance|point|balance|combination|effect|data|route|link|mail|catalog|catalogue|monster|idea|fact|reason|result|experience|way|rest|whole|concept|implementation|purpose|problem|issue|thing|things)$/i;
const GOODS_GROUPS = new Set(['retail', 'software']);
// The goods called by a word any product could be called, and a failure said with nothing of how.
const GENERAL_GOODS = /^(?:the|this|that|your) (?:model|unit|product|item|device|one|thing|purchase)$/i;
const BARE_FAILURE =
  /^(?:just |simply |totally |completely |utterly )?(?:failed|fails|has failed|did not work|didn't work)(?: (?:miserably|completely|totally|badly|entirely))?$/i;

/** Whether the item read as the subject of a product's fault is something other than the goods or a part of them. */
const notAPart = (situation: Situation, item: string): boolean =>
  GOODS_GROUPS.has(situation.sectorGroup) && NOT_A_PART.test(item.split(/\s+/).pop() ?? '');

// A subject and verb that do not agree once put together ("the devices doesn't work", "the sd card never work"): the
// reviewer's slip, which told back would read as ours. "Was" and "is" after a plural are put right further on.
const PLURAL_HEAD = /[^su]s$/;
const SINGULAR_VERB = /^(?:doesn't|does not)\b/i;
const BARE_AFTER_NEVER =
  /^(?:never|always|often|still|just) (?!\w+(?:s|ed)\b)(?:work|charge|turn|play|fit|stay|hold|connect|last)\b/i;
const disagrees = (situation: Situation, item: string, predicate: string): boolean => {
  if (!GOODS_GROUPS.has(situation.sectorGroup)) return false;
  const head = item.split(/\s+/).pop() ?? '';
  return PLURAL_HEAD.test(head) ? SINGULAR_VERB.test(predicate) : BARE_AFTER_NEVER.test(predicate);
};

// A clause that says only that the thing would not do what it is named for ("the player does not play", "the charger
// won't charge"): it tells no more than "it did not work", and stands in the way of what the reviewer said was wrong
// with it ("it would not play discs from other regions").
const ONLY_ITS_NAME =
  /^(?:does not|doesn't|did not|didn't|will not|won't|would not|wouldn't|cannot|can't|could not|couldn't) ([a-z]+)(?: at all| anymore| any more)?$/i;
const saysOnlyItsName = (situation: Situation, item: string, predicate: string): boolean => {
  const verb = ONLY_ITS_NAME.exec(predicate)?.[1]?.toLowerCase();
  const head = (item.split(/\s+/).pop() ?? '').toLowerCase();
  return (
    GOODS_GROUPS.has(situation.sectorGroup) &&
    verb !== undefined &&
    verb.length >= 4 &&
    head.startsWith(verb.replace(/e$/, '')) &&
    head.length <= verb.length + 3
  );
};

/**
 * Whether the situation's item reads as the reviewer's goods or a part of them, said with a verb that agrees with it:
 * not "the responsibility" or "the chance", nor "the devices doesn't work"; nor a word any product could be called
 * with a bare failure ("the model failed"), which gives way to what the reviewer said went wrong.
 */
export const itemReadsAsGoods = (situation: Situation): boolean => {
  const item = cleanPhrase(situation.item);
  const problem = cleanPhrase(situation.problem);
  if (!item) return true;
  if (problem && GENERAL_GOODS.test(item) && BARE_FAILURE.test(lowerFirst(toSecondPerson(problem))))
    return false;
  return !notAPart(situation, item) && !(problem && disagrees(situation, item, problem));
};

// A past tense after a negative ("didn't worked", "doesn't charged"), but not words that only end in "ed" ("need").
const NEGATED_PAST =
  /\b(?:didn't|didnt|did not|doesn't|doesnt|does not|don't|dont|do not|won't|can't|cannot)\s+(?!(?:need|feed|speed|bleed|seed|proceed|exceed|succeed)\b)\w+ed\b/i;

// The reviewer on their own understanding ("I don't get why I have to wait", "no idea where the space went"): told
// back, it reads as a jibe at them rather than an apology for what went wrong.
const OWN_UNDERSTANDING =
  /\b(?:i|we|you)\b(?: \w+){0,2}? (?:don't|do not|didn't|did not|can't|cannot|couldn't|could not|never|still (?:don't|can't|haven't))\s+(?:really |even |quite )?(?:get|understand|see|know|figure(?:d)? out|fathom|comprehend|grasp)\b|\b(?:have|had|has) no (?:idea|clue)\b|\bbeyond (?:me|you|us)\b|\b(?:i|we|you) (?:am|are|was|were|'m|'re) (?:so |still |just )?(?:confused|baffled|puzzled|lost)\b|\b(?:i|we|you) (?:wonder|wondered|wondering)\b/i;

/** Whether a clause is about the reviewer's own grasp of things, which the reply must never tell back. */
export const aboutOwnUnderstanding = (text: string): boolean =>
  OWN_UNDERSTANDING.test(text.replace(/’/g, "'"));

// A clause that stops at its auxiliary ("it just hasn't for you"): what it has not done was said before it.
const ELLIPTICAL =
  /\b(?:is|was|are|were|do|does|did|has|have|had|can|could|would|will|should)(?: not|n't)?(?: (?:for|to|with) (?:you|me|us|them|it))?$|\b(?:isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|couldn't|wouldn't|won't|shouldn't)(?: (?:for|to|with) (?:you|me|us|them|it))?$/i;

/** Whether a clause stops at its auxiliary, leaving what did not happen to the words before it. */
export const isFragment = (text: string): boolean => ELLIPTICAL.test(text.replace(/’/g, "'").trim());

export type ProblemWords =
  | { form: 'clause'; text: string }
  | { form: 'noun'; text: string }
  | { form: 'none'; item: string | null };

/**
 * The complaint as words the reply can carry: a whole clause ("your order never arrived"), a noun phrase
 * ("the cold food"), or nothing when the situation is not sure of it. A wrong detail in the key sentence is the
 * worst thing a draft can do, so anything doubtful falls back to a general sentence.
 */
export function problemWords(situation: Situation, allowDetail: boolean): ProblemWords {
  const found = readProblemWords(situation, allowDetail);
  // A misspelt word or a lower-case product name read back to the reviewer looks careless: say it another way.
  const item = found.form === 'none' ? found.item : allowDetail ? cleanPhrase(situation.item) : null;
  const cleanItem =
    item && readsCleanly(item, situation.people) && !THE_BUSINESS.test(item) && !NOT_THE_GOODS.test(item)
      ? item
      : null;
  if (found.form === 'none') return { form: 'none', item: cleanItem };
  if (!readsCleanly(found.text, situation.people)) return { form: 'none', item: cleanItem };
  return found;
}

// The complaint read from a clause that only tells when something else happened: "a set that was three years old
// when the scroll wheel stopped working". What failed there is often another thing (the reviewer's old one), so it is
// no detail to name; "when it stopped working" speaks of the goods themselves and is kept.
const TIME_CLAUSE = /^(?:when|whenever|while|by the time)\s+(?!(?:it|they|this|these|mine)\b)/i;

/** Whether the problem was read from a clause that tells only when something else happened. */
const readFromTimeClause = (situation: Situation): boolean => {
  const problem = (situation.problem ?? '').trim().toLowerCase();
  if (!problem) return false;
  // A situation built without its evidence (as some callers make one) has no clause to read it from.
  return (situation.evidence ?? []).some(
    (found) => found.text.trim().toLowerCase().endsWith(problem) && TIME_CLAUSE.test(found.text.trim()),
  );
};

// How many minutes a step of setting the goods up took and nothing more ("the software took about 10 minutes"): a
// step the reviewer timed on the way to the fault, not the fault itself. A meal that took 40 minutes is a wait.
const SETUP_STEP =
  /\b(?:software|install(?:ation|er)?|set ?up|update|upgrade|download|drivers?|firmware|program|app|scan|sync|charge|boot)$/i;
const MINUTES_ONLY =
  /^(?:took|takes|taking) (?:about |around |roughly |approximately |nearly |almost |maybe |only |just |over )?(?:a (?:few|couple of) |\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)? ?(?:seconds?|secs?|minutes?|mins?)\.?$/i;

function readProblemWords(situation: Situation, allowDetail: boolean): ProblemWords {
  if (!allowDetail || situation.confidence !== 'high') return { form: 'none', item: null };
  if (readFromTimeClause(situation)) return { form: 'none', item: null };
  const item = restoreNames(cleanPhrase(situation.item), situation.people);
  if (item && THE_BUSINESS.test(item)) return { form: 'none', item: null };
  const problem = cleanPhrase(situation.problem);
  if (problem && VERDICT_ONLY.test(problem)) return { form: 'none', item };
  if (problem && item && SETUP_STEP.test(item) && MINUTES_ONLY.test(problem)) return { form: 'none', item };
  if (!problem || problem.split(/\s+/).length > MAX_WORDS || /["“”]/.test(problem))
    return { form: 'none', item };
  // "the tapes didn't worked": a slip told back in the reply would read as ours.
  if (NEGATED_PAST.test(problem)) return { form: 'none', item };
  // "you don't get why you have to wait", "it just hasn't for you": a jibe or a fragment once told back.
  if (aboutOwnUnderstanding(problem) || isFragment(problem)) return { form: 'none', item };
  const swapped = lowerFirst(toSecondPerson(problem));
  if (/^(?:they|them|their)\b/i.test(swapped)) return { form: 'none', item };
  if (SUBJECT_START.test(swapped)) return { form: 'clause', text: swapped };
  if (item && !isNounPhrase(item, STILL_AFTER.test(swapped))) return { form: 'none', item: null };
  if (item && notAPart(situation, item)) return { form: 'none', item: null };
  // "This model is meant to hold 25 lb; it failed miserably": failing, said of the goods in general, tells nothing of
  // what went wrong, which the reviewer said around it.
  if (item && GENERAL_GOODS.test(item) && BARE_FAILURE.test(swapped)) return { form: 'none', item: null };
  // A plural read where the reviewer meant one ("the devices doesn't work") is no name to call their goods by either.
  if (item && saysOnlyItsName(situation, item, swapped)) return { form: 'none', item };
  if (item && disagrees(situation, item, swapped))
    return { form: 'none', item: PLURAL_HEAD.test(item.split(/\s+/).pop() ?? '') ? null : item };
  if (VERB_START.test(swapped) || (item && readsAsClause(item, swapped))) {
    return item && readsAsClause(item, swapped)
      ? { form: 'clause', text: `${item} ${agreeWith(item, swapped)}` }
      : { form: 'none', item };
  }
  return isNounPhrase(swapped) ? { form: 'noun', text: swapped } : { form: 'none', item };
}

// "the enchiladas was cold" → "the enchiladas were cold": the verb follows a plural item.
function agreeWith(item: string, predicate: string): string {
  const head = item.split(/\s+/).pop() ?? '';
  const plural = /[^su]s$/.test(head) && !/(?:ss|us|is|news|series)$/.test(head);
  if (!plural) return predicate;
  return predicate
    .replace(/^was\b/, 'were')
    .replace(/^wasn't\b/, "weren't")
    .replace(/^is\b/, 'are')
    .replace(/^isn't\b/, "aren't")
    .replace(/^has\b/, 'have');
}

/** "the owner betty" → "the owner Betty": a name the reviewer wrote keeps its capital. */
function restoreNames(phrase: string | null, people: readonly string[]): string | null {
  if (!phrase) return null;
  let text = phrase;
  for (const person of people) {
    text = text.replace(new RegExp(`(?<!\\p{L})${person.toLowerCase()}(?!\\p{L})`, 'gu'), person);
  }
  return text;
}

// Initials a reviewer may write in lower case ("the lcd display", "the sd card"), told back as they are spelt; "led"
// and "mac" are words of their own and are left alone.
const INITIALS = /(?<![\p{L}\d'-])(lcd|sd|usb|dvd|cd|tv|pc|gps|hdmi|vcr|hd|mp3)(s?)(?![\p{L}\d'-])/gu;
export const asInitials = (text: string): string =>
  text.replace(INITIALS, (_all, initials: string, plural: string) => `${initials.toUpperCase()}${plural}`);

export function cleanPhrase(value: string | null | undefined): string | null {
  const text = (value ?? '')
    .trim()
    .replace(/[.!?;:,]+$/u, '')
    .replace(/\s+/g, ' ');
  if (text.length < 2 || /@|https?:|\d{5,}/.test(text)) return null;
  return lowerFirst(asInitials(toSecondPerson(text)));
}

// Keep acronyms and names ("DVD", "Maria") as written; lower-case a sentence-initial capital.
function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (
    /^\p{Lu}{2,}/u.test(first) ||
    (/^\p{Lu}/u.test(first) && !/^(?:The|This|That|My|Your|A|An|It|I)$/.test(first))
  )
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "the pasta and the view"; at most two, as a thank-you that lists everything reads like a form. */
export function joinPhrases(items: readonly string[]): string {
  const [a, b] = items;
  if (!a) return '';
  return b ? `${a} and ${b}` : a;
}
