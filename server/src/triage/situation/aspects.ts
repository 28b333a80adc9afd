import QuickLRU from 'quick-lru';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { splitSentences } from './sentences.ts';

/**
 * What the reviewer said about a named thing, read from the words around it: "the queso fundido was runny and
 * greasy", "bland pasta", "our waitress was lovely and attentive", "the room was not clean". A reply can tell such
 * a judgement back in the reviewer's own words without guessing, because both the thing and the words are theirs.
 *
 * Only plain descriptions are read: a noun phrase the reviewer judges with an adjective, by a linking verb
 * ("was", "tasted", "came out") or in front of it. Adjectives whose sense turns on the thing ("loud" speakers,
 * "small" rooms) count only with "too" in front of them, which makes any of them a fault.
 */
export type Aspect = {
  /** The thing judged, with its determiner turned to face the reviewer: "the sauce", "your bun", "your waitress". */
  subject: string;
  /** The adjectives as the reviewer put them, at most two: ["runny", "greasy"]; with "not" in front when negated. */
  words: string[];
  /** "so", "too" or "": how strongly it was said. */
  degree: '' | 'so' | 'too';
  polarity: 'negative' | 'positive';
  /** A description (soggy, rude, spotless) rather than a bare verdict (bad, great): it can be told back as said. */
  descriptive: boolean;
  /** The word faults only with "too" ("too small"), so "too" is part of what was said. */
  turns: boolean;
  /** The subject is one of the business's people (waiter, staff, technician). */
  staff: boolean;
  plural: boolean;
  /** Said in the present ("is loose") rather than the past. */
  present: boolean;
  /** Offset in the text of the sentence it was read from. */
  start: number;
};

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
const load = (): Nlp => {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
};

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

// Faults a reply can repeat as the reviewer said them.
const FAULTS = words(`
  bland tasteless flavorless flavourless stale soggy greasy oily salty overcooked undercooked overdone underdone raw
  burnt burned dry tough chewy rubbery mushy watery runny lukewarm cold soggy bitter sour rancid spoiled inedible
  dirty filthy grimy dusty stained dingy sticky smelly musty moldy mouldy damp grubby unclean unsanitary
  rude dismissive unfriendly unhelpful unprofessional inattentive condescending impatient rushed arrogant curt
  disorganized disorganised unorganized clueless incompetent careless sloppy slow late wrong missing
  overpriced pricey expensive cramped crowded uncomfortable outdated dated shabby worn rundown run-down broken
  flimsy loose faulty defective damaged cracked scratched leaky noisy unreliable unresponsive confusing blurry
  fuzzy dim understaffed overbooked overcrowded lumpy thin weak cheap tiny meager meagre skimpy
  disrespectful hostile aggressive argumentative pushy forgotten ignored missing broken overcharged delayed
  loud deafening old harsh scratchy itchy threadbare clunky bulky unwieldy fiddly murky cloudy slimy mildewy
`);
// Things whose loudness is what they are for.
const MEANT_LOUD = words(`speaker speakers sound volume ringer alarm horn bass audio siren`);
// Verdicts that name no fault of their own: the subject can be named, the words are not repeated.
const BAD = words(`
  bad terrible horrible awful poor mediocre disappointing subpar sub-par nasty gross disgusting lame dismal
  atrocious horrendous appalling unacceptable pathetic lousy crappy inferior average underwhelming okay ok
  so-so meh
`);
// Praise a thank-you can repeat.
const PRAISE = words(`
  delicious tasty flavorful flavourful fresh tender juicy crispy crisp perfect perfectly excellent amazing awesome
  wonderful fantastic great good nice lovely superb outstanding incredible phenomenal beautiful gorgeous stunning
  friendly helpful attentive welcoming knowledgeable professional polite courteous kind sweet patient caring
  thorough efficient quick fast prompt speedy clean spotless tidy comfortable comfy cozy cosy spacious quiet
  relaxing reasonable affordable fair generous sturdy solid reliable durable easy simple intuitive accurate sharp
  clear crisp bright responsive smooth quality fabulous terrific brilliant exceptional impeccable yummy divine
  authentic charming cute fun enjoyable pleasant accommodating informative honest moist
`);
// Words that praise or fault depending on the thing: a fault only after "too".
const TURN_ON_THING = words(
  `small big large hot warm heavy light soft hard dark strong sweet spicy rich long short high`,
);

const FOUND_WORD = (w: string): 'fault' | 'bad' | 'praise' | 'turn' | null =>
  FAULTS.has(w)
    ? 'fault'
    : BAD.has(w)
      ? 'bad'
      : PRAISE.has(w)
        ? 'praise'
        : TURN_ON_THING.has(w)
          ? 'turn'
          : null;

const COPULA = words(`was were is are tasted tastes looked looks seemed seems felt feels smelled smells`);
const STRONG = words(`so very really extremely super incredibly terribly horribly way insanely ridiculously`);
const SOFT = words(
  `pretty quite rather fairly a bit little kinda kind of somewhat slightly just also still always`,
);
const STAFF = words(`
  staff waiter waitress server servers waitstaff bartender bartenders host hostess receptionist clerk cashier
  technician tech mechanic stylist nurse doctor dentist hygienist cook chef driver salesman salesperson employee
  employees associate agent rep representative advisor attendant valet housekeeping housekeeper manager crew team
  workers worker people guy lady girl man woman owner front desk
`);
// Nouns that name no particular thing, or the business as a whole: "the experience was bad" names nothing.
const VAGUE = words(`
  experience place time times visit trip day night everything thing things stuff way lot part review reviews star
  stars one ones reason fact problem issue question overall end deal hotel motel restaurant store shop company business
  establishment location salon clinic office dealership bar cafe spa gym studio practice firm garage website site
  app side it this that which what who mess disaster nightmare idea turn note point moment surprise twist
`);
// Things that are not the business's to answer for: the journey, the town, the reviewer's family.
const NOT_OURS =
  words(`train bus plane flight airport traffic weather road street town city neighborhood neighbourhood
  area neighbors neighbours kids kid children child wife husband family friend friends son daughter mom dad mother
  father boyfriend girlfriend baby dog cat pet house home car`);
// The reviewer's own body: "my hair is thin" describes them, not our work.
const BODY = words(
  `hair skin face eyes eye body back head throat stomach neck feet foot hands hand teeth tooth nails`,
);
// Words for how people behaved: said only of people.
const ATTITUDE =
  words(`rude dismissive unfriendly unhelpful unprofessional inattentive condescending impatient arrogant curt
  disrespectful hostile aggressive argumentative pushy clueless incompetent friendly helpful attentive welcoming
  knowledgeable professional polite courteous kind patient caring accommodating honest`);
// An adjective and a noun that name one thing: "sour cream" is no complaint about the cream.
const COMPOUNDS = new Set([
  'sour cream',
  'dry cleaners',
  'dry cleaning',
  'cold cereal',
  'cold brew',
  'raw bar',
  'hot dog',
  'hot dogs',
  'cold cuts',
  'cheap seats',
  'small plates',
  'sweet tea',
  'hot sauce',
  'fast food',
  'light bulb',
  'hard drive',
  'soft drink',
  'soft drinks',
  'dark chocolate',
  'long island',
  'high school',
  'short rib',
  'short ribs',
  'fresh air',
]);
const DRINKS = words(
  `beer beers drink drinks soda water tea coffee milk wine cocktail cocktails lemonade ice`,
);
// Sentences that speak of another place, another time or what would be: their judgements are not about this visit.
// A sentence that only guesses ("perhaps I got a defective unit", "if so, both drivers were defective") states no
// fault either.
const NOT_THIS =
  /\b(?:one of the|if|would|could|should|usually|normally|used to|last time|other (?:places?|restaurants?|stores?)|elsewhere|compared|unlike|expect(?:ed)?|hope|wish|perhaps|maybe|possibly|probably|might|i guess|i suspect|i wonder)\b/i;

// The reviewer saying which grievance matters most to them: "my biggest upset was…", "the worst part", "what really
// got me", "the main reason", "most disappointing", "the last straw", "to top it off" (which most often marks the worst).
export const SAYS_THE_POINT = new RegExp(
  [
    /\b(?:my|the|our) (?:main |real |biggest |big |only |major |actual )?(?:problem|issue|complaint|gripe)(?: for (?:me|us))? (?:is|was|here)\b/
      .source,
    /\bthe (?:worst|bad|biggest|main) (?:part|thing)\b|\bworst of all\b/.source,
    /\b(?:biggest|main|major|greatest) (?:upset|issue|problem|complaint|gripe|concern|disappointment|letdown|frustration)\b/
      .source,
    /\bwhat (?:really |truly )?(?:got|gets|bothered|bothers|upset|upsets|annoyed|irked) (?:me|us)\b/.source,
    /\b(?:the )?(?:main|real|biggest) reason (?:i|we|for)\b|\bmost (?:disappointing|upsetting|frustrating|annoying|infuriating)\b/
      .source,
    /\b(?:the )?last straw\b|\bto top (?:it|it all|things|everything) off\b/.source,
  ].join('|'),
  'i',
);
// "And that's not even the bad part!": the sentence that follows is the point.
export const POINT_NEXT =
  /\bnot even the (?:bad|worst|real|main) (?:part|thing)\b|\b(?:here's|here is) the (?:bad|worst) (?:part|thing)\b|\b(?:it|that|this) gets (?:even )?worse\b/i;

/** Whether the reviewer marks a sentence as their main grievance, in it or in the sentence just before it. */
export const isThePoint = (sentence: string, before: string): boolean =>
  (SAYS_THE_POINT.test(sentence) && !POINT_NEXT.test(sentence)) || POINT_NEXT.test(before);

/** A review's sentences as the point readers split them: at end punctuation or a line break, curly apostrophes plain. */
export const saidSentences = (text: string): string[] => text.replace(/’/g, "'").split(/(?<=[.!?])\s+|\n+/);

/** The sentences the reviewer marks as what matters most to them, joined; null when they mark none. */
export function pointSentences(text: string): string | null {
  const said = saidSentences(text);
  const marked = said.filter((sentence, i) => isThePoint(sentence, said[i - 1] ?? ''));
  return marked.length > 0 ? marked.join(' ') : null;
}

// A fault the reviewer says was put right there and then: "so they changed our room", "they moved us", "they brought
// a new one", "fixed it right away". Where other grievances remain, it is not the one to apologise for.
const PUT_RIGHT =
  /\b(?:they|he|she|staff|the staff|the manager|the waiter|the waitress|the server|the desk|reception) (?:quickly |promptly |immediately |kindly |then |soon )?(?:moved us|moved me|changed (?:our|my|the) (?:room|table)|switched (?:our|my|the) (?:room|table)|gave (?:us|me) (?:a |another )(?:new |different |better )?(?:room|table|one)|found (?:us|me) (?:a |another )(?:new |different |better )?(?:room|table|one)|brought (?:us |me )?(?:a |another )(?:new|fresh|replacement|different)\b|replaced it|remade it|fixed it|sorted it)|\b(?:fixed|sorted|replaced|remade|resolved|taken care of) (?:it )?(?:right away|straight away|immediately|quickly|promptly|on the spot|within minutes)\b|\b(?:we|i) (?:were|was) (?:quickly |promptly |immediately )?(?:moved|upgraded) to\b/i;
// "They moved us, but the new room was worse": what was done did not settle it.
const NOT_SETTLED = /\b(?:but|still|again|same|also|too|never|didn't|did not|refused|tried)\b/i;

/** Whether a sentence, or the one after it, says its fault was put right on the spot. */
export function isPutRight(sentence: string, next: string): boolean {
  const settledIn = (text: string): boolean => {
    const m = PUT_RIGHT.exec(text);
    if (!m) return false;
    // Only the words from the start of the clause that did the putting right to the end of the sentence count.
    const clauseStart = Math.max(0, text.lastIndexOf(',', m.index) + 1);
    return (
      !NOT_SETTLED.test(text.slice(m.index + m[0].length)) &&
      !/\b(?:never|didn't|did not|refused|tried to|wouldn't)\b/i.test(text.slice(clauseStart, m.index))
    );
  };
  return (
    settledIn(sentence) ||
    (/^(?:so |and |then )?(?:they|he|she|staff|the staff|we|i)\b/i.test(next.trim()) && settledIn(next))
  );
}

// "The pizza was greasy, which I like": a description the reviewer enjoys is no fault, and nor is one they shrug off
// in the same breath ("It was loud, but hey, it's Vegas!", "but what do you expect downtown").
export const LIKED_ANYWAY =
  /\b(?:(?:which|and|but|though) (?:i|we) (?:really )?(?:like|love|liked|loved|enjoy|enjoyed|prefer|don't mind|do not mind|didn't mind)|(?:i|we) (?:like|love|prefer) (?:it|them|mine|my \w+) (?:that way|like that|\w+)|but (?:hey|then again|what (?:do|can|did|else do|else can) (?:you|i|we|one) expect|(?:that|it)(?:'s| is) (?:vegas|to be expected|expected|normal|new york|downtown|the city|a big city)))\b/i;

type Token = { value: string; lower: string; pos: string };

function tokensOf(text: string): Token[] {
  const doc = load().readDoc(text);
  const values = doc.tokens().out(load().its.value) as string[];
  const tags = doc.tokens().out(load().its.pos) as string[];
  return values.map((value, i) => ({ value, lower: value.toLowerCase(), pos: tags[i] ?? 'X' }));
}

// A reply is often worded a few times for one review; the reading of its text is kept for the latest few texts.
const recentReads = new QuickLRU<string, Aspect[]>({ maxSize: 8 });

/** Every judgement of a named thing the text makes, in the order written. */
export function readAspects(text: string): Aspect[] {
  const known = recentReads.get(text);
  if (known) return known;
  const read = readAspectsOf(text);
  recentReads.set(text, read);
  return read;
}

function readAspectsOf(text: string): Aspect[] {
  const out: Aspect[] = [];
  const first: Aspect[] = [];
  // A pause written as dots between two words ("the soup was...cold") does not end the sentence; spaces of the same
  // length keep every offset.
  const plain = text
    .replace(/’/g, "'")
    .replace(/(?<=\p{L})(?:\.{2,}|…)(?=\p{L})/gu, (dots) => ' '.repeat(dots.length));
  const sentences = splitSentences(plain);
  for (const [i, sentence] of sentences.entries()) {
    if (NOT_THIS.test(sentence.text) || LIKED_ANYWAY.test(sentence.text)) continue;
    // What the reviewer says matters most ("the worst part was…", "to top it off…") is read before the rest.
    const into = isThePoint(sentence.text, sentences[i - 1]?.text ?? '') ? first : out;
    // A capital that only starts the sentence ("Staff were lovely") is not a name. A bracketed aside ("documents
    // (thin paper, heavy card)", "the keyboard (terrible response)") gives an example or a gloss, not the fault.
    const tokens = tokensOf(
      sentence.text.replace(/\([^()]*\)/g, ' ').replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase()),
    );
    for (const aspect of [...predicated(tokens), ...attributive(tokens)]) {
      into.push({ ...aspect, start: sentence.start });
    }
    const answered = askedAndAnswered(sentence.text, sentences[i + 1]?.text ?? '');
    if (answered)
      for (const aspect of predicated(tokensOf(answered))) into.push({ ...aspect, start: sentence.start });
  }
  return dedupe(withoutPutRight([...first, ...out], text));
}

// A thing asked about and answered in one word: "My mashed potatoes? Cold.", "The fries? Soggy!". A word in quotes
// ("my \"homemade\" mash") is the reviewer's scorn for the menu's claim, and is left out.
const ASKED = /^((?:the|my|our) (?:(?:"[^"]*"|[a-z-]+) ){0,2}[a-z-]+)\?$/i;
const ANSWERED = /^([a-z]+)[.!]+$/i;

/** "the mashed potatoes was cold" for a question about a thing answered by a word for a fault; null otherwise. */
function askedAndAnswered(sentence: string, next: string): string | null {
  const asked = ASKED.exec(sentence.trim());
  const answer = ANSWERED.exec(next.trim());
  const word = answer?.[1]?.toLowerCase() ?? '';
  if (!asked || !FAULTS.has(word)) return null;
  const thing = (asked[1] ?? '').replace(/"[^"]*"\s*/g, '');
  return `${thing.replace(/^(\p{Lu})/u, (c) => c.toLowerCase())} was ${word}.`;
}

/** The faults told, less any the reviewer says was put right on the spot, where other faults remain. */
function withoutPutRight(aspects: Aspect[], text: string): Aspect[] {
  const sentences = splitSentences(text.replace(/’/g, "'"));
  const settled = new Set(
    sentences.filter((s, i) => isPutRight(s.text, sentences[i + 1]?.text ?? '')).map((s) => s.start),
  );
  if (settled.size === 0) return aspects;
  const isSettled = (a: Aspect): boolean => a.polarity === 'negative' && settled.has(a.start);
  const remain = aspects.some((a) => a.polarity === 'negative' && !isSettled(a));
  return remain ? aspects.filter((a) => !isSettled(a)) : aspects;
}

type Read = Omit<Aspect, 'start'>;

/** "the sauce was bland", "our waitress was lovely and attentive", "the room wasn't clean". */
function predicated(tokens: Token[]): Read[] {
  const out: Read[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i];
    if (!verb || !COPULA.has(verb.lower)) continue;
    const subject = nounPhraseBefore(tokens, i);
    if (!subject) continue;
    let k = i + 1;
    let negated = false;
    if (tokens[k]?.lower === 'not' || tokens[k]?.lower === "n't") {
      negated = true;
      k++;
    }
    // "smelled of stale smoke", "looked like a cheap toy": the words describe the smell or the likeness, not it.
    if (/^(?:of|like)$/.test(tokens[k]?.lower ?? '')) continue;
    const said = adjectivesFrom(tokens, k);
    if (!said) continue;
    // "Dinner is expensive but OK": the fault is conceded in the same breath, not held against us.
    if (concededAfter(tokens, said.next)) continue;
    const read = judge(
      subject,
      said,
      negated,
      /^(?:is|are|tastes|looks|seems|feels|smells)$/.test(verb.lower),
    );
    if (read) out.push(read);
  }
  return out;
}

const CONCEDED =
  /^(?:ok|okay|fine|acceptable|decent|alright|reasonable|worth|tasty|good|nice|understandable)$/;

/** "… but OK", "… but worth it", "… but still good": what follows the fault takes it back. */
function concededAfter(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === ',') k++;
  if (tokens[k]?.lower !== 'but') return false;
  k++;
  while (
    /^(?:it|its|it's|is|was|'s|still|pretty|quite|totally|well|really|very|definitely|overall)$/.test(
      tokens[k]?.lower ?? '',
    )
  )
    k++;
  const word = tokens[k]?.lower ?? '';
  if (!CONCEDED.test(word)) return false;
  // "but OK food" goes on to name something else; only the word closing the phrase takes the fault back.
  const after = tokens[k + 1];
  return word === 'worth' || !after || after.pos === 'PUNCT' || after.lower === 'and' || after.lower === 'so';
}

// Words that say something smelled, tasted or was marked of something else: "reeks (of)", "smelled (like)",
// "stained (with)", "a stench (of)".
const SMELT_OR_STAINED =
  /^(?:reek\w*|smell\w*|smelt|stink\w*|stank|stunk|stench|odou?rs?|whiff|tast(?:ed|es|ing)|stain\w*|splattered|smeared|soaked|covered)$/;

/** "bland pasta", "a thin, flavorless alfredo sauce", "very friendly staff". */
function attributive(tokens: Token[]): Read[] {
  const out: Read[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = tokens[i - 1];
    // After a linking verb the adjective belongs to the predicate, read above.
    if (before && COPULA.has(before.lower)) continue;
    if (before && (before.pos === 'ADJ' || STRONG.has(before.lower) || SOFT.has(before.lower))) continue;
    // "reek of sour wine", "smelled like old smoke", "stained with cheap dye": the smell or the stain is the fault,
    // not the thing it comes from.
    // The phrase may start on the "of" itself, which the softeners ("kind of") take in.
    const sensedAt = [i - 1, i].find((j) => /^(?:of|like|with)$/.test(tokens[j]?.lower ?? ''));
    if (sensedAt !== undefined && SMELT_OR_STAINED.test(tokens[sensedAt - 1]?.lower ?? '')) continue;
    const said = adjectivesFrom(tokens, i);
    if (!said || said.words.length === 0) continue;
    let end = said.next;
    const nouns: Token[] = [];
    while (tokens[end] && tokens[end]?.pos === 'NOUN' && nouns.length < 3) {
      nouns.push(tokens[end] as Token);
      end++;
    }
    // A noun followed by more of its phrase ("bland pasta sauce recipe of") is not plainly closed: skip it.
    if (nouns.length === 0 || !closesPhrase(tokens[end])) continue;
    // "bland tasting", "cheap looking": the word after the adjective says how it seemed, and names no thing.
    if (nouns.some((n) => SENSED.test(n.lower))) continue;
    const owner = tokens[i - 1]?.lower ?? '';
    const subject = phrase(owner, nouns);
    // "a late arrival", "an early start" say when, not what was wrong; "the old veggie sandwich", "my old phone" mean
    // the one there was before.
    if (said.words.some((w) => w === 'late' || w === 'early' || w === 'old')) continue;
    // "Dirty plates were left in the corridor": used dishes are dirty; that they were left there is the fault.
    if (
      said.words.includes('dirty') &&
      USED_DISHES.test(nouns[nouns.length - 1]?.lower ?? '') &&
      tokens.slice(end).some((t) => /^(?:left|sitting|sat|piled|stacked|lying|outside)$/.test(t.lower))
    )
      continue;
    // "a very expensive dining table" says what it cost, not that it was a fault.
    if (said.words.some((w) => w === 'expensive' || w === 'pricey')) continue;
    if (!subject || COMPOUNDS.has(`${said.words[said.words.length - 1]} ${nouns[0]?.lower}`)) continue;
    const read = judge(subject, said, false, false);
    if (read) out.push(read);
    i = end;
  }
  return out;
}

const USED_DISHES = /^(?:plates?|dishes|glasses|cups|mugs|trays?|cutlery|bowls?|pans?|pots?)$/;

const SENSED =
  /^(?:tasting|looking|sounding|smelling|feeling|seeming|[a-z]+-(?:tasting|looking|sounding|smelling))$/;

// A listed item ends at a comma, a full stop or "and": "bland pasta, cold fries". Anything else may carry it on
// ("the salty camp when it comes to beef").
const closesPhrase = (next: Token | undefined): boolean =>
  !next || next.pos === 'PUNCT' || next.lower === 'and' || next.lower === 'or';

type NounPhrase = { text: string; head: string; plural: boolean };

function nounPhraseBefore(tokens: Token[], verbAt: number): NounPhrase | null {
  const nouns: Token[] = [];
  let j = verbAt - 1;
  while (j >= 0 && tokens[j]?.pos === 'NOUN' && nouns.length < 3) {
    nouns.unshift(tokens[j] as Token);
    j--;
  }
  if (nouns.length === 0) return null;
  // "The mashed potatoes were cold", "the fried chicken was dry": how the dish was made is part of its name.
  const made = tokens[j];
  if (
    made &&
    /^[a-z]+ed$/.test(made.value) &&
    (made.pos === 'VERB' || made.pos === 'ADJ') &&
    /^(?:the|my|our|your)$/.test(tokens[j - 1]?.lower ?? '') &&
    !STAFF.has(nouns[nouns.length - 1]?.lower ?? '')
  ) {
    nouns.unshift(made);
    j--;
  }
  // "The Hawaiian pizza was…": the name on the menu tells one dish from another, and keeps its capital.
  const named = tokens[j];
  if (
    named?.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}+$/u.test(named.value) &&
    /^(?:the|my|our|your)$/.test(tokens[j - 1]?.lower ?? '') &&
    !STAFF.has(nouns[nouns.length - 1]?.lower ?? '')
  ) {
    const read = phrase(tokens[j - 1]?.lower ?? '', nouns);
    return read && { ...read, text: read.text.replace(/^(\w+) /, `$1 ${named.value} `) };
  }
  const owner = tokens[j];
  // "I think the food was …" is fine; "of the salsa was" or "dish the sauce was" is a phrase cut from a longer one.
  if (
    owner &&
    !/^(?:the|my|our|your|this|these|that|those|their)$/.test(owner.lower) &&
    owner.pos !== 'PUNCT'
  )
    return j === -1 ? phrase('', nouns) : null;
  return phrase(owner?.lower ?? '', nouns);
}

// Words a reviewer adds in passing ("a bad employee right", "the manager lol"): the phrase is talk, not a thing.
const TALK = words(`right lol haha ok okay though tho either`);

function phrase(owner: string, nouns: Token[]): NounPhrase | null {
  const head = nouns[nouns.length - 1];
  if (!head || VAGUE.has(head.lower) || BODY.has(head.lower) || NOT_OURS.has(head.lower)) return null;
  if (nouns.some((n) => TALK.has(n.lower))) return null;
  if (nouns.some((n) => /[^a-z-]/i.test(n.value) || n.value.length < 3)) return null;
  // A capital inside a sentence marks a name ("Maria", "Publix"), which the reply does not repeat.
  if (nouns.some((n, i) => i > 0 && /^\p{Lu}/u.test(n.value))) return null;
  const determiner = /^(?:my|our|your)$/.test(owner) ? 'your' : 'the';
  const text = `${determiner} ${nouns.map((n) => n.lower).join(' ')}`;
  const plural = /[^s]s$/.test(head.lower) || STAFF_PLURAL.has(head.lower);
  return { text, head: head.lower, plural };
}

const STAFF_PLURAL = words(`people workers employees servers staff`);

type Said = {
  words: string[];
  kinds: ReturnType<typeof FOUND_WORD>[];
  degree: '' | 'so' | 'too';
  next: number;
};

/** Adjectives from a position: "so runny and greasy", "too loud", "pretty good". */
function adjectivesFrom(tokens: Token[], from: number): Said | null {
  let k = from;
  let degree: Said['degree'] = '';
  const found: string[] = [];
  const kinds: ReturnType<typeof FOUND_WORD>[] = [];
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    // "too bad" is a shrug, not a judgement.
    if (t.lower === 'too' && tokens[k + 1]?.lower === 'bad') return null;
    if (t.lower === 'too') degree = 'too';
    else if (STRONG.has(t.lower)) degree = degree || 'so';
    else if (!SOFT.has(t.lower)) break;
    k++;
  }
  // A fault said as what the thing was rather than how: "barely edible", "the beans are mush", "the salsa is peppery
  // water at best". It is told back as a plain description ("barely edible", "mushy", "watery"), said alone.
  const verdict = nounVerdict(tokens, k);
  if (verdict) return { words: [verdict.word], kinds: ['fault'], degree: '', next: verdict.next };
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    const kind = t.pos === 'ADJ' || t.pos === 'VERB' ? FOUND_WORD(t.lower) : null;
    if (!kind) break;
    if (found.length < 2) {
      found.push(t.lower);
      kinds.push(kind);
    }
    k++;
    const join = tokens[k];
    const after = tokens[k + 1];
    if (join && (join.lower === 'and' || join.lower === ',') && after && FOUND_WORD(after.lower)) k++;
    else break;
  }
  if (found.length === 0) return null;
  return { words: found, kinds, degree, next: k };
}

// How the thing ends a verdict of this kind: the end of the clause, or "at best".
const VERDICT_ENDS = (t: Token | undefined, after: Token | undefined): boolean =>
  closesPhrase(t) || (t?.lower === 'at' && after?.lower === 'best');

/** "barely edible", "mush", "peppery water": a fault said as a verdict, with where its words end. */
function nounVerdict(tokens: Token[], at: number): { word: string; next: number } | null {
  const [a, b, c] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!a) return null;
  if (
    /^(?:barely|hardly|scarcely)$/.test(a.lower) &&
    b?.lower === 'edible' &&
    VERDICT_ENDS(c, tokens[at + 3])
  )
    return { word: `${a.lower} edible`, next: at + 2 };
  if (a.lower === 'mush' && VERDICT_ENDS(b, c)) return { word: 'mushy', next: at + 1 };
  // Water with a taste to it ("peppery water", "brown water") is a sauce or a soup with nothing else in it.
  if (a.pos === 'ADJ' && b?.lower === 'water' && VERDICT_ENDS(c, tokens[at + 3]))
    return { word: 'watery', next: at + 2 };
  return null;
}

const pairTurns = (kinds: ReturnType<typeof FOUND_WORD>[]): ReturnType<typeof FOUND_WORD>[] =>
  kinds[0] === 'turn' && kinds.slice(1).some((k) => k === 'fault')
    ? kinds.map((k) => (k === 'turn' ? 'fault' : k))
    : kinds;

function judge(subject: NounPhrase, said: Said, negated: boolean, present: boolean): Read | null {
  const staff = STAFF.has(subject.head);
  if (!staff && said.words.some((w) => ATTITUDE.has(w))) return null;
  // Sweet is kindness in a person but a taste in a dish, a fault when too much: "too sweet" is no praise.
  const tooSweet = (i: number): boolean => !staff && said.degree === 'too' && said.words[i] === 'sweet';
  // "dark and smelly": a word that turns on the thing takes the side of the fault it is paired with.
  const kinds = pairTurns(said.kinds.map((kind, i) => (tooSweet(i) ? 'turn' : kind)));
  const first = kinds[0];
  let polarity: Aspect['polarity'];
  let descriptive = true;
  if (negated) {
    // "wasn't clean" is a fault said plainly; "wasn't bad" is faint praise and is left alone.
    if (first !== 'praise') return null;
    polarity = 'negative';
  } else if (first === 'fault') polarity = 'negative';
  else if (first === 'bad') {
    polarity = 'negative';
    descriptive = false;
  } else if (first === 'praise') {
    polarity = 'positive';
    descriptive = ![
      'great',
      'good',
      'nice',
      'amazing',
      'awesome',
      'excellent',
      'fantastic',
      'wonderful',
    ].includes(said.words[0] ?? '');
  } else if (first === 'turn' && said.degree === 'too') polarity = 'negative';
  else return null;
  // Praise and fault in one breath ("fresh but greasy") is left to the rest of the reading.
  if (kinds.some((k) => (k === 'praise') !== (first === 'praise') && !negated)) return null;
  if (
    said.words.some((w) => w === 'loud' || w === 'deafening') &&
    MEANT_LOUD.has(subject.head) &&
    said.degree !== 'too'
  )
    return null;
  // A cold drink is no fault.
  if (said.words.includes('cold') && DRINKS.has(subject.head)) return null;
  return {
    subject: staff && subject.text.startsWith('the ') ? subject.text.replace(/^the /, 'our ') : subject.text,
    words: negated ? [`not ${said.words[0]}`] : said.words,
    degree: said.degree,
    turns: first === 'turn',
    polarity,
    descriptive,
    staff,
    plural: subject.plural,
    present,
  };
}

function dedupe(aspects: Aspect[]): Aspect[] {
  const seen = new Set<string>();
  return aspects.filter((a) => {
    const key = `${a.subject}|${a.polarity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "the sauce was so bland", "your bun was soggy", "the pillows were lumpy and thin": a fault told back. */
export function sayAspect(aspect: Aspect, tense: 'past' | 'as-said'): string {
  const present = tense === 'as-said' && aspect.present;
  const verb = aspect.plural ? (present ? 'are' : 'were') : present ? 'is' : 'was';
  const degree = aspect.degree && !aspect.words[0]?.startsWith('not ') ? `${aspect.degree} ` : '';
  const said = aspect.words.length === 2 ? `${aspect.words[0]} and ${aspect.words[1]}` : aspect.words[0];
  return `${aspect.subject} ${verb} ${degree}${said}`;
}
