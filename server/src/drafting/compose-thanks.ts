import escapeRegExp from 'escape-string-regexp';
import { findFaultedPerson, PERSONS_QUALITY, PERSONS_WORK } from '../triage/situation/praise.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import type { BusinessProfile } from './business-profile.ts';
import { asInitials, capitalise, joinPhrases } from './phrase-problem.ts';
import { ownWords, type ToldQuibble, tellQuibble } from './quibble-told.ts';
import { wordingGroupOf } from './sector-words.ts';
import * as t from './templates.ts';
import { areaOf, PRODUCT_HEARS, whoHears } from './thanks-areas.ts';
import { ASK_SPAN, asksBack, CLOSE_SPAN, templatePattern, wishesWell } from './thanks-close.ts';
import { deedLines, deedOf } from './thanks-deed.ts';
import { listingNoun } from './thanks-listing.ts';
import { withPlainStaff } from './thanks-people.ts';
import {
  choosePraise,
  describe,
  makersService,
  mayBeAName,
  type Praise,
  productPraise,
  QUICK_DELIVERY,
  readPraise,
  treatmentsHad,
} from './thanks-praise.ts';
import { asksOnly, questionParts } from './thanks-question.ts';
import { boughtAsGift, closeForReviewer, giftClose } from './thanks-reviewer-close.ts';
import {
  accidentOfOthers,
  boughtElsewhere,
  experienceNoun,
  firstVisit,
  namesAProduct,
  occasionOf,
  plansToReturn,
  praisesValue,
  productNoun,
  pronounFor,
  recommends,
  spanTold,
  tellsOfAccident,
  tellsOfLoss,
  tellsOfRegular,
  tellsOfVisits,
  timeInUse,
  visitNotTold,
  yearsWithUs,
} from './thanks-subject.ts';
import { fitsWarmth, measuredPraise } from './thanks-warmth.ts';
import * as tw from './thanks-wording.ts';
import { type Part, part, type Writer } from './writer.ts';

// A person's name as written in the review: a capitalised word, nothing else.
const PERSON = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u;
// A thank-you shorter than this reads as a form letter; longer than the upper bound, as a speech. The upper bound
// leaves room for a greeting and the sign-off within 80 words.
const MIN_WORDS = 30;
const MAX_WORDS = 70;

/**
 * True when a capitalised word the reader took for a person is the name of a place: "Porta Pizza", "at Porta",
 * "love Porta". Thanking a business's own name as a colleague would embarrass it.
 */
function namesAPlace(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  // "I love Gabriel. He does an amazing job": a name that "he" or "she" takes up next is a person's.
  if (new RegExp(`(?<!\\p{L})${n}[.!,]*\\s+(?:he|she)(?!\\p{L})`, 'iu').test(text)) return false;
  // "Tap into Eytan's knowledge": only a person has knowledge, advice or patience to draw on.
  if (new RegExp(`(?<!\\p{L})${n}${PERSONS_QUALITY}`, 'u').test(text)) return false;
  // "…until I found Veronica", when "Veronica has colored my hair for years": only a person does the work.
  if (new RegExp(`(?<!\\p{L})${n}${PERSONS_WORK}`, 'u').test(text)) return false;
  return new RegExp(
    `(?<!\\p{L})(?:at|from|love|loved|visit|visited|tried|found|into) ${n}(?!\\p{L})|(?<!\\p{L})${n}(?:'s)? (?:Pizza|Pizzeria|Cafe|Café|Grill|Bar|Salon|Spa|Nails|Studio|Yoga|Fitness|Gym|Auto|Motors|Hotel|Inn|Bakery|Kitchen|Diner|Deli|Tavern|Pub|Market|Store|Shop|Foods?|Sliders|Burgers?|Tacos|Sushi|Coffee|Tea|Books|Records|Music|Plumbing|Electric|Services?|Academy|Dental|Dentistry|Family|Collision|Group|Center|Centre)(?!\\p{L})`,
    'u',
  ).test(text);
}

/** True when a word the reader took for a person reads as one's name: not a place, not a sentence's "What". */
const namesPerson = (name: string, text: string): boolean =>
  PERSON.test(name) && mayBeAName(name) && !namesAPlace(name, text);

// "Dr. Roach" is thanked as the reviewer named him, never as a bare "Roach"; "dr. matsumoto", written all in lower
// case, as "Dr. Matsumoto".
const TITLE = '(Dr\\.?|Doctor|Nurse|Chef|Coach|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)';
const LOWER_DOCTOR = (name: string): RegExp =>
  new RegExp(`(?<!\\p{L})dr\\. ${escapeRegExp(name.toLowerCase())}(?!\\p{L})`, 'u');
const withTitle = (name: string, text: string): string => {
  const m = new RegExp(`(?<!\\p{L})${TITLE} ${escapeRegExp(name)}(?!\\p{L})`, 'u').exec(text);
  if (m?.[1]) return `${m[1].replace(/^(Dr|Mr|Mrs|Ms)$/, '$1.')} ${name}`;
  return LOWER_DOCTOR(name).test(text) ? `Dr. ${name}` : name;
};

export type ThanksReview = {
  text: string;
  title?: string | null;
  itemName?: string | null;
  rating?: number | null;
};

// Warm words and the names of what the customer had: said twice in a short note, either reads as a form.
const SHARED_WORDS =
  /\b(?:lovely|great|wonderful|pleased|glad|delighted|thrilled|pleasure|warm|kind|treat|joy|thanks?|read(?:ing)?|work(?:s|ing|ed)?|appointments?|visits?|stay|meal|trip|went|ask|help|touch|reach)\b/gi;
// "worked" and "working", "thanks" and "thank" are one word to a reader's ear; "just ask", "help again", "get in
// touch" and "reach out" are one offer of help, said once in a note.
const stem = (word: string): string =>
  word
    .toLowerCase()
    .replace(/^(work|read|thank).*/, '$1')
    .replace(/^(?:ask|help|touch|reach)$/, 'offer');
const firstWords = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
const lastWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\s']+/gu, ' ')
    .trim()
    .split(/\s+/)
    .slice(-4)
    .join(' ');
/**
 * True when the line ends on the same four words as a sentence of the note: "…means a great deal to us. Being
 * recommended by you means a great deal to us." says one ending twice.
 */
export function endsLike(note: string, line: string): boolean {
  const closes = lastWords(line);
  return (
    closes.split(' ').length === 4 && splitSentences(note).some(({ text }) => lastWords(text) === closes)
  );
}
// Openings a reader hears as one shape whatever follows them.
const SHAPE_OPENER = /^(?:Knowing|Hearing|Seeing|Reading)(?= )/i;
/** True when the line opens on a shape ("Knowing…", "Hearing…") a sentence of the note already opened on. */
const opensAlike = (line: string, note: string): boolean => {
  const shape = SHAPE_OPENER.exec(line)?.[0].toLowerCase();
  return (
    shape !== undefined && splitSentences(note).some(({ text }) => text.toLowerCase().startsWith(`${shape} `))
  );
};
/** The pool's lines that open unlike the note so far, or the whole pool where none does. */
const unlikeNote = (w: Writer, pool: readonly string[], note: string): readonly string[] => {
  const kept = pool.filter((line) => !opensAlike(w.say(line), note));
  return kept.length > 0 ? kept : pool;
};

/**
 * True when the new sentence opens like any sentence before it in the note ("It is good to know… It is good to
 * know…"), ends like one, or repeats one of their warm words.
 */
function echoes(first: string, second: string): boolean {
  if (first.length === 0) return false;
  const opens = firstWords(second);
  if (splitSentences(first).some(({ text }) => firstWords(text) === opens)) return true;
  if (endsLike(first, second)) return true;
  // "Knowing the batteries suit you… Knowing you got your money's worth…": one shape, whatever follows it.
  if (opensAlike(second, first)) return true;
  const used = new Set((first.match(SHARED_WORDS) ?? []).map(stem));
  return (second.match(SHARED_WORDS) ?? []).some((m) => used.has(stem(m)));
}

/**
 * A line from the pool, chosen per review; one that opens like the sentence before it or leans on the same warm word
 * ("What a lovely review… It is lovely to hear") reads as stitched, so the next line in the pool is taken instead.
 */
function sayAfter(
  w: Writer,
  pool: readonly string[],
  salt: string,
  vars: Record<string, string>,
  before: string,
  frames: readonly RegExp[] = [],
): string {
  // "What a lovely note to find today. What heartening words to read.": one stock exclamation to a note.
  const opened = splitSentences(before).some(({ text }) => tw.STOCK_OPENER.test(text));
  const fits = (line: string): boolean =>
    !echoes(before, w.say(line, vars)) && !(opened && tw.STOCK_OPENER.test(line));
  // A sentence the note already says is never said again, whatever else the pool has left.
  const unsaidHere = pool.filter((line) => !before.includes(w.say(line, vars)));
  // A sentence said before on the page is worse than an echo inside the note.
  const allowed = (unsaidHere.length > 0 ? unsaidHere : pool).filter(mayBeSaid(w));
  const usable = allowed.length > 0 ? allowed : unsaidHere.length > 0 ? unsaidHere : pool;
  const unsaid = usable.filter((line) => !saidOnPage(w, line));
  // On a long page, a line last said well back reads better than an echo inside the note.
  const notLately = usable.filter(
    (line) => fits(line) && w.usedInLatest(NOT_LATELY, (reply) => saysAgain(line, reply)) === 0,
  );
  const lines =
    [unsaid.filter(fits), notLately, unsaid, usable.filter(fits)].find((x) => x.length > 0) ?? usable;
  return w.say(frames.length > 0 ? pickFresh(w, lines, salt, frames) : w.pick(lines, salt), vars);
}

/**
 * A line from the pool whose frame and wording none of the business's replies used, else the one used longest ago.
 * A reader of a page hears "fair point…", "a seat…" or "welcome you back" however the words around it change, and
 * notices any run of four words said twice.
 */
function pickFresh(w: Writer, pool: readonly string[], salt: string, frames: readonly RegExp[]): string {
  // A sentence said before on the page is worse than a frame heard before: lines whose wording no reply used come
  // first, and among them the one whose frame was heard longest ago.
  const allowed = pool.filter(mayBeSaid(w));
  const unsaid = (allowed.length > 0 ? allowed : pool).filter((line) => !saidOnPage(w, line));
  // Where every line was said before, the usual choice spreads the repeats.
  if (unsaid.length === 0) return w.pick(pool, salt);
  // A line heard by two frames ("come back… in the shop") is as recent as the later of them.
  const heardIn = (line: string, reply: string): boolean => frames.some((f) => f.test(line) && f.test(reply));
  // A frame is held back for the latest notes while any line of another frame is left.
  const fresh = (line: string): boolean => w.usedInLatest(FRAME_HELD, (reply) => heardIn(line, reply)) === 0;
  const held = unsaid.filter(fresh);
  return w.pickBy(held.length > 0 ? held : unsaid, salt, heardIn);
}

// How many of a page's latest notes a frame of closing, thanks or quibble is kept out of.
const FRAME_HELD = 8;
// The latest notes a reader of the page sees together: praise of a price is told a different way across them.
const PAGE = 20;

/** True when any of the business's recent replies carries a run of four words of the line's own wording. */
// How many of the latest replies a line is kept out of before an echo inside the note is preferred to it.
const NOT_LATELY = 8;
const saidOnPage = (w: Writer, line: string): boolean =>
  w.usedInLatest(Number.MAX_SAFE_INTEGER, (reply) => saysAgain(line, reply)) > 0;

/** True when a reply carries a run of four words of the template's own wording. */
const saysAgain = (line: string, reply: string): boolean => {
  const runs = remembered(templateRuns, line, runsOf);
  // "Good to hear {p} hit the mark" has no run of four words of its own between its blanks: it is found whole.
  if (runs.length === 0 && /\{\w+\}/.test(line))
    return remembered(shortTemplates, line, templatePattern).test(reply);
  const said = remembered(saidRuns, reply, replyRuns);
  return runs.some((run) => said.has(run));
};

/**
 * The value for a key, worked out once: every line of a pool is checked against every recent reply of the page, for
 * every note drafted, so the same replies and templates are read over and over. Each table is emptied when it grows
 * past a page's worth of entries many times over, which keeps a long run of drafts from holding every reply.
 */
function remembered<T>(table: Map<string, T>, key: string, work: (key: string) => T): T {
  const known = table.get(key);
  if (known !== undefined) return known;
  if (table.size >= REMEMBERED_MAX) table.clear();
  const value = work(key);
  table.set(key, value);
  return value;
}
const REMEMBERED_MAX = 2_000;
const saidRuns = new Map<string, ReadonlySet<string>>();
const templateRuns = new Map<string, string[]>();
const shortTemplates = new Map<string, RegExp>();

const plainWords = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}']+/gu, ' ')
    .trim()} `;

/** Every run of four words in a template's own wording, between its blanks. */
const runsOf = (line: string): string[] => line.split(/\{\w+\}/).flatMap(runsOfChunk);
const runsOfChunk = (chunk: string): string[] => {
  const words = plainWords(chunk).trim().split(' ');
  return words.length < 4 ? [] : words.slice(0, -3).map((_, k) => ` ${words.slice(k, k + 4).join(' ')} `);
};
/** Every run of four words in a reply, looked up rather than searched for: each reply is asked about many lines. */
const replyRuns = (reply: string): ReadonlySet<string> => new Set(runsOfChunk(reply));

// The frames a page's closings are heard by.
const CLOSE_FRAMES = [
  /\b(?:seat|table|tables)\b/i,
  /\bwelcom\w* (?:you )?back\b/i,
  /\bcome back\b|\bdo come\b/i,
  /\bsee you\b|\bseeing you\b/i,
  /\blook(?:ing)? forward\b/i,
  /\bhope\b/i,
  /\b(?:pop|drop|stop) (?:in|by)\b|\bpassing\b/i,
  /\bsafe\b|\btravel/i,
  /\bcall\b|\bring\b|\bnumber\b|\bget in touch\b/i,
  /\bwhenever\b/i,
  /\bsay hello\b/i,
  /\bready for you\b|\bkeep an eye out\b/i,
];
// The frames a shop's closings on a product are heard by, besides those of any close: every one asks the reviewer
// back, so the place, the errand and the words of asking are what a page's reader hears repeat.
const PRODUCT_CLOSE_FRAMES = [
  /\benjoy\b/i,
  /\bjust ask\b|\bask (?:away|us)\b|\bcome (?:and|in and) ask\b/i,
  /\b(?:glad|happy) to help\b/i,
  /\bglad (?:we|you)\b/i,
  /\b(?:in|to) the (?:shop|store)\b|\bat the counter\b|\bon the shelves\b/i,
  /\bbrowse\b/i,
  /\bkit\b|\bwhat is new\b|\bsomething new\b/i,
  /\bsettings?\b|\bset-?up\b/i,
  /\bcable\b|\bto go with\b/i,
  /\bserves? you well\b|\blong may\b/i,
  /\bsee (?:you|us) again\b|\bsee you\b/i,
  /\blocal shop\b|\bsupply\b|\bfound .+ with us\b|\bcame to us\b|\byour custom\b/i,
  /\bpoint you right\b|\bwhatever\b/i,
  /\bthink of us\b|\bhelp with that too\b|\bknow where we are\b/i,
  /\btrack it down\b|\bhelp you (?:find|choose)\b/i,
  /\bnext piece\b|\bon your list\b|\bupgrade\b/i,
  ...CLOSE_FRAMES,
];
// The frames a page's quibble lines are heard by.
const QUIBBLE_FRAMES = [
  /\bfair (?:point|one)\b/i,
  /\bmade a note\b|\bnoted\b/i,
  /\bhonest word\b|\bcandid\b|\bstraight with\b/i,
  /\bI hear you\b|\bwe hear you\b/i,
  /\bfor mentioning\b/i,
  /\bhears? about\b/i,
  /\bAs for\b/,
  /\bthe note about\b|\bnote (?:that|about|on)\b/i,
];

const wordsIn = (parts: readonly Part[]): number =>
  parts.reduce((n, p) => n + p.text.split(/\s+/).filter((x) => x.length > 0).length, 0);

// Words with which a reviewer tells of a fault in what they bought, read even where the quibble could not be.
const FAULT_SAID =
  /(?<!\p{L})(?:defect(?:ive)?|faulty|broke|broken|stopped working|died|dead|cracked|sticks|problem|issue|downside|drawback|cons:|complaint|flaw|glitch|fails?|failed|worn out|disappoint(?:ed|ing))(?!\p{L})/iu;

const JOB = /\b(?:job|work)\b/i;
const ENJOY = /\benjoy/i;
// How many of a page's latest replies an "Enjoy…" close is kept from: a page of twenty hears it again at fifteen.
const ENJOY_SPAN = 20;
// Things that are used up or simply hold things: nobody wishes paper or a case "long may it keep working".
const NOT_WORKING_KIND =
  /\b(?:paper|discs|cartridge|ink|case|covers|rack|mouse pad|cleaner|armband|cards|envelopes|labels)\b/i;
// Kit with settings or a set-up a shop can help with; a review that tells of setting it up counts too.
const SETTINGS_KIND =
  /\b(?:router|modem|access point|range extender|camera|camcorder|phone|smartphone|tablet|laptop|notebook|computer|pc|printer|scanner|tv|television|receiver|amplifier|player|recorder|dvr|tivo|gps|navigation|navigator|sat-?nav|projector|monitor|webcam|smart plug|thermostat|console|handheld|pda|palm|ipod|mp3|e-?reader|kindle|remote|software)\b/i;
const SET_UP_TOLD =
  /\b(?:set(?:ting)?[ -]?up|install(?:ed|ing|ation)?|configur\w*|settings|firmware|driver|drivers|pair(?:ed|ing)?)\b/i;
const hasSettings = (product: string | null, text: string): boolean =>
  product !== null ? SETTINGS_KIND.test(product) : SET_UP_TOLD.test(text);
// Devices that take a case, a cable or a charger.
const TAKES_ACCESSORIES =
  /\b(?:phone|smartphone|camera|camcorder|tablet|laptop|notebook|ipod|mp3|player|handheld|pda|palm|gps|console|e-?reader|kindle)\b/i;
// Lines for someone who kept what they bought.
const FOR_ONESELF = /\benjoy\b|\byour setup\b|\bfor you\b|\bhow you get on\b/i;
// A close that asks the reviewer to come into the shop, read from the last sentence of a reply on the page.
const VISIT_CLOSE =
  /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|come in|come and|say hello|see (?:you|us)|come back|visit|browse|welcome back|in the (?:shop|store)|at the counter)\b/i;
// Praise of how the goods were sent rather than of the goods.
const POSTAGE = /\b(?:shipping|shipment|delivery|packaging|packing)$/i;
// The goods praised as a whole in words no line tells back: "very happy with the Garmin", "of the best quality".
const GOODS_PRAISED =
  /\b(?:(?:very |so |really |extremely )?(?:happy|pleased|satisfied|delighted) with (?:the|my|this|these|it|them)|(?:best|great|excellent|top|high|good) quality|works? (?:great|perfectly|beautifully|flawlessly|like a charm)|(?:love|loving) (?:it|this|these|them|the|my))\b/i;
// Goods sent to the buyer rather than taken home from the counter.
const SHIPPED =
  /\b(?:shipping|shipped|shipment|arrived|(?:was|were|got|had it|had them) delivered|delivered (?:in|on|within|quickly|fast|promptly|the next|next|on time|to my)|delivery was|in the mail|by post|in the post|(?:ordered|bought|purchased) (?:it |them |this |these |one |mine )?online|online order|mail[- ]order)\b/i;
// A close that asks the reviewer back for their next purchase rather than into the shop.
const NEXT_PURCHASE =
  /\b(?:next piece|anything else|whatever you need next|whatever you are after|something (?:new|else)|on your list|upgrade|down the line|think of us|track it down|help you (?:find|choose))\b/i;
/** A reply's last sentence, its sign-off aside. */
const lastSentenceOf = (reply: string): string =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .at(-1) ?? '';
const GONE = /\{thing\} (?:went|turned out)/;
const WORKS = /\bwork(?:s|ing|ed)?\b/i;

// A meal that came to the customer's door: nobody is "welcomed back" to a delivery. A dish "delivered to the table"
// or a word about take-away boxes at a sit-down dinner is no delivery.
const DELIVERED =
  /(?<!\p{L})(?:(?:ordered|order|ordering|got|get|gets|getting)(?: \p{L}+){0,3} (?:for |via |through )?(?:delivery|take-?out|take-?away|carry-?out)|(?:delivered|delivers|deliver) (?:to|right to) (?:my|our|the) (?:door|house|home|office|work|apartment|flat|hotel)|(?:delivery|take-?out|take-?away|carry-?out) (?:order|orders|driver|guy|came|arrived|was (?:fast|quick|on time|early|hot))|doordash|uber ?eats|grubhub|deliveroo|postmates|seamless)(?!\p{L})/iu;
// The delivery app is named with its capitals; "I'd rather just eat the real thing" orders nothing.
const JUST_EAT = /(?<!\p{L})Just ?Eat(?!\p{L})/u;
const delivered = (text: string): boolean => DELIVERED.test(text) || JUST_EAT.test(text);
// A meal brought to the door, not one collected at the counter: only then is the next order "on your doorstep".
const AT_THE_DOOR =
  /(?<!\p{L})(?:deliver(?:y|ed|s)?|doordash|uber ?eats|grubhub|deliveroo|postmates|seamless|driver)(?!\p{L})|(?<!\p{L})Just ?Eat(?!\p{L})/iu;
// Collected by the reviewer: "picked up at the counter", "grabbing the food from the back".
const COLLECTED =
  /(?<!\p{L})(?:pick(?:ed|ing)? (?:it |them |the food |the order )?up|pick-?up|collected|grabb(?:ed|ing))(?!\p{L})/iu;
// A delivery the reviewer found quick: the next one can promise to arrive "just as quickly".
const QUICK_ARRIVAL =
  /(?<!\p{L})(?:fast|quick(?:ly)?|speedy|prompt(?:ly)?|on time|early|in no time|right away|within (?:\d+|twenty|thirty|fifteen|half an hour))(?!\p{L})/iu;
// Lines that tell of the meal coming to the door, and of it coming fast.
const DOORSTEP = /\bdoorstep\b|\bnight in\b|\barrives\b/i;
const ARRIVES_QUICKLY = /\bjust as quickly\b/i;

/**
 * The lines for a meal ordered out, fitted to what the reviewer told: a take-away collected at the counter is never
 * said to have come to the door, and no delivery is promised to arrive "just as quickly" unless it did.
 */
function deliveryLines(text: string): readonly string[] {
  const atDoor = AT_THE_DOOR.test(text) && !COLLECTED.test(text);
  const quick = atDoor && QUICK_ARRIVAL.test(text);
  return tw.inviteBack.delivery.filter(
    (line) => (atDoor || !DOORSTEP.test(line)) && (quick || !ARRIVES_QUICKLY.test(line)),
  );
}
// What a meal invitation says of a meal; a bakery's or an ice-cream parlour's customer is invited back without it.
const MEAL_WORDS = /\b(?:meal|table|tables|seat|feed|menu|cooking|appetite|bite|hungry)\b/i;
// A job done at the customer's place ("came out to the house", "hired them to clean a carpet"): they call, not visit.
const ON_SITE =
  /(?<!\p{L})(?:came (?:out|over|round|around|to (?:my|our|the) (?:house|home|place|apartment|flat|office))|come (?:out|over) to|showed up (?:at|on time)|hired (?:them|him|her|this company))(?!\p{L})/iu;
// Words that tell of a car looked after: without them a garage's "keep you on the road" answers someone else's review.
const CAR_WORK =
  /(?<!\p{L})(?:repair\w*|servic\w*|mechanic\w*|garage|brakes?|oil|tyres?|tires?|engine|transmission|inspection|mot|alignment|battery|fixed|diagnos\w*|warranty|bodywork|dent|paint ?job|shop)(?!\p{L})/iu;

// Work done in a shop's workshop rather than goods bought off its shelves, and the lines that speak of shopping.
const SERVICE_DONE =
  /(?<!\p{L})(?:repair\w*|fix(?:ed|es)?|servic(?:e|ed|ing)|tune-?up|trued|fitting|fitted|adjust(?:ed)?|puncture|mechanic|squeezed (?:me|us) in|workshop|indexed)(?!\p{L})/iu;
const SHOPPING = /\b(?:shopping|browse)\b/i;

// A review about an animal in the business's care, and the invitation lines that speak of the reviewer's own looks.
const PET =
  /(?<!\p{L})(?:dogs?|pupp(?:y|ies)|pups?|pets?|cats?|kitt(?:y|ies|en|ens)|pooch|fur ?bab(?:y|ies))(?!\p{L})/iu;
const OWN_LOOKS = /\b(?:in the chair|new look)\b/i;
const NEW_LOOK = /\bnew look\b/i;
const LOOKS_DONE =
  /\b(?:hair|haircuts?|cuts?|colou?r(?:ed|ing|ist)?|highlights|balayage|blow-?(?:dry|out)|fringe|bangs|perm|styl(?:e|ed|ing|ist)|updo|brows?|eyebrows|lashes|make-?up|extensions)\b/i;

/** The invitation back in the trade's own words, fitted to what the review says the customer had. */
function inviteLines(profile: BusinessProfile, thing: string, text: string): readonly string[] {
  if (profile.regulated) return tw.inviteBack.health;
  if (profile.sector === 'hospitality' && thing !== 'your stay' && delivered(text))
    return deliveryLines(text);
  if (ON_SITE.test(text) && !['hospitality', 'beauty', 'fitness', 'automotive'].includes(profile.sector))
    return tw.inviteBack.trades.filter((line) => thing === 'the work' || !JOB.test(line));
  if (profile.sector === 'automotive' && !CAR_WORK.test(text)) return tw.inviteBack.general;
  switch (profile.sector) {
    case 'hospitality':
      return thing === 'your stay'
        ? tw.inviteBack.stay
        : thing === 'your meal'
          ? tw.inviteBack.meal
          : [...tw.inviteBack.meal.filter((line) => !MEAL_WORDS.test(line)), ...tw.inviteBack.general];
    // A shop that also fixes things: a repair or a service told of is no shopping trip to come back for.
    case 'retail':
      return SERVICE_DONE.test(text)
        ? tw.inviteBack.shop.filter((line) => !SHOPPING.test(line))
        : tw.inviteBack.shop;
    // A business of no named trade (a block of flats, a venue) has no shop floor to have the reviewer in.
    case 'general':
      return tw.inviteBack.general;
    // A trade comes to the customer, whatever the review was about: never "come and see us"; and no "next job" for a
    // review that tells of no job done.
    case 'trades':
      return tw.inviteBack.trades.filter((line) => thing === 'the work' || !JOB.test(line));
    case 'automotive':
      return tw.inviteBack.car;
    // A groomer's customer brought a pet: no chair to be back in, no new look for the owner to enjoy. A wax, a
    // pedicure or a massage leaves no new look either: only hair, brows, lashes or make-up do.
    case 'beauty':
      return PET.test(text)
        ? tw.inviteBack.appointment.filter((line) => !OWN_LOOKS.test(line))
        : LOOKS_DONE.test(text)
          ? tw.inviteBack.appointment
          : tw.inviteBack.appointment.filter((line) => !NEW_LOOK.test(line));
    case 'fitness':
      return tw.inviteBack.class;
    case 'software':
      return tw.inviteBack.software;
    default:
      return tw.inviteBack.professional;
  }
}

type Facts = {
  people: string[];
  /** A member of staff the reviewer faulted by name: answered in one line, never thanked. */
  faulted: string | null;
  named: Praise[];
  /** What else the reviewer praised, warmest first, for a note still short. */
  more: Praise[];
  /** The reviewer recommends us, or what they bought, to others. */
  recommends: boolean;
  staff: Praise | null;
  product: string | null;
  thing: string;
  quibble: ToldQuibble;
  /** The reviewer lived through an accident: nothing in the note is glad that "it went well". */
  accident: boolean;
  /** The accident was someone else's (a daughter's car): never "glad you are safe". */
  othersAccident: boolean;
  /** The quibble cost the reviewer trouble (a return, a repair, "a hassle"): the note is sorry for the bother. */
  hassle: boolean;
  /** The review tells it all went smoothly ("no hassle", "so easy"): only then may a line say so. */
  smoothTold: boolean;
  /** The review says so in as many words ("smooth", "seamless", "like clockwork"): a line then says it back. */
  smoothSaid: boolean;
  /** The review holds something back ("Otherwise fine", "apart from that"), whether or not the fault is read. */
  heldBack: boolean;
  /** The review praises how easy the thing is to live with ("so easy to set up"): only then "making life easier". */
  easeTold: boolean;
  /** The review tells of the product in use over time ("for a year now", "still going"): only then "serving you well". */
  useTold: boolean;
  /** The review tells of no visit of the reviewer's own (a present, an order sent out, someone else's appointment). */
  noVisit: boolean;
  /** The reviewer says they are a regular ("every week", "a member", "for years"): greeted as one. */
  regular: boolean;
  /** The review tells of visit after visit, if only by praise ("never disappoints"): no one visit is the success. */
  visits: boolean;
  /** The reviewer told how long they have kept coming: only then "after all this time". */
  span: boolean;
  /** Five stars: whatever the reviewer held back, the note is not lukewarm about the whole ("on balance", "seems to"). */
  fiveStars: boolean;
};

// Words with which a reviewer tells that things went smoothly or easily.
const SMOOTH_TOLD =
  /(?<!\p{L})(?:smooth(?:ly)?|seamless(?:ly)?|hassle[- ]free|no hassle|(?:without|no) (?:a |any )?(?:hitch|hitches|hiccups?|fuss|problems?|issues?|trouble|hassle)|easy|easily|effortless(?:ly)?|painless(?:ly)?|straightforward|a breeze|quick (?:visit|appointment|check-?in|check-?out|service|turnaround)|in and out|went (?:well|perfectly|great|fine)|as planned|to plan|on time|on schedule|like clockwork)(?!\p{L})/iu;
// The same said outright, about the visit or the job as a whole.
const SMOOTH_SAID =
  /(?<!\p{L})(?:smooth(?:ly)?|seamless(?:ly)?|hassle[- ]free|no hassle|without (?:a |any )?(?:hitch|hitches|hiccups?|fuss)|painless(?:ly)?|like clockwork|went (?:perfectly|to plan)|as planned)(?!\p{L})/iu;
// Words with which a reviewer praises how easy a thing is to live with ("so easy to set up", "a breeze to use",
// "hassle-free"); "easily the best bass" ranks the sound, "smooth mids" and "no issues" praise how it sounds or runs,
// and none of them is a life made easier.
const EASE_TOLD =
  /(?<!\p{L})(?:easy(?! on the (?:ears?|eyes?))|easily(?! (?:the|one|beats|outperforms|worth|better|best))|effortless(?:ly)?|a breeze|hassle[- ]free|no hassle)(?!\p{L})/iu;
// Words with which a product's owner tells of using it over time.
const USE_TOLD =
  /(?<!\p{L})(?:for (?:several |a few |many |\d+ |two |three |six )?(?:weeks|months|years)|so far|still (?:works|working|going|runs|running)|every ?day|daily|(?:have|has|had) been using|been using (?:it|them|this|these)|(?:months|years) (?:now|later|of use)|since (?:i|we) (?:bought|got))(?!\p{L})/iu;

// Trouble a reviewer went to over a fault: sending the thing away, a replacement, a return, "a hassle".
const HASSLE =
  /(?<!\p{L})(?:a (?:real |big |bit of a )?hassle|a pain|(?:had|have|needed) to (?:send|take|return|ship|bring) (?:it|them|the [a-z]+) (?:back|in)|send (?:it|them|the [a-z]+) (?:back |in )?(?:to have|for)|(?:to have|had) (?:its|the|my) [a-z]+ replaced|sent (?:it|them) (?:back|in) for)(?!\p{L})/iu;

/**
 * True when the trouble is told with the quibble: in a sentence that names it or in one of the two after it ("the
 * hinge broke. I had to send it back"). "It was a pain to switch stations" in another part of the review is a remark
 * on something else, and the quibble it sits beside (a display hard to read) put the reviewer to no bother. A quibble
 * whose words the note cannot name is judged by the review as a whole.
 */
function hassleTold(text: string, said: string | null): boolean {
  const keys = (said ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((x) => x.length > 3 && !NOT_KEY.test(x));
  if (keys.length === 0) return HASSLE.test(text);
  const sentences = splitSentences(text).map((s) => s.text.toLowerCase());
  return sentences.some(
    (sentence, i) =>
      HASSLE.test(sentence) &&
      sentences.slice(Math.max(0, i - 2), i + 1).some((near) => keys.some((k) => near.includes(k))),
  );
}
const NOT_KEY =
  /^(?:your|their|were|have|been|that|this|with|hard|read|hear|could|would|very|really|little)$/;

// Words that make a sentence about a person a criticism of them ("avoid Brandon", "Jay was rude").
const FAULTED =
  /(?<!\p{L})(?:not|n't|never|avoid|watch out|rude|unprofessional|dismissive|condescending|careless|forgot|forgotten|ignored|mistake|messed|wrong|bad|worst|slow|attitude|problem)(?!\p{L})/iu;

// Praise put in the negative ("never tries to up-sell you", "never had a problem", "not pushy at all"): no fault of
// the person named, so it is taken out before the sentence is read for one.
const PRAISE_IN_NEGATIVE =
  /(?<!\p{L})(?:never|not|n't|no|without)(?:\s+[\p{L}'-]+){0,4}?\s+(?:up-?sell\w*|upsell\w*|sell\w*|need\w*|pushy|pushing|push\w*|rush\w*|hurr\w*|overcharg\w*|rip\w* (?:me|us|you) off|problems?|issues?|complain\w*|disappoint\w*|pressur\w*|hassle|judg\w*|let (?:me|us) down|fail\w*|unnecessary|wrong|sh(?:y|ied|y-ed)(?: away)?|skimp\w*|cut\w* corners)(?!\p{L})/giu;

// Praise that says it with "not": "could not do enough for us", "couldn't have been nicer", "can't thank her enough".
const PRAISE_WITH_NOT =
  /(?<!\p{L})(?:could|can)(?:n't|n’t|not| not) (?:do enough|have been (?:more|nicer|better|kinder|friendlier|happier|more helpful)|say enough|(?:recommend|thank|praise) [\p{L}]+(?: [\p{L}]+)? enough|ask for (?:more|better|anything more))(?!\p{L})/giu;

/** The sentences that name a person, split so "…but avoid Brandon" is read apart from the praise before it. */
const sentencesNaming = (name: string, text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\.{2,}|\s+but\s+/i)
    .filter((s) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(s));

/** How many sentences naming the person carry a fault word, and how many do not. */
function mentionsOf(name: string, text: string): { faulted: number; clean: number } {
  const sentences = sentencesNaming(name, text);
  const faulted = sentences.filter((s) =>
    FAULTED.test(s.replace(PRAISE_IN_NEGATIVE, ' ').replace(PRAISE_WITH_NOT, ' ')),
  ).length;
  return { faulted, clean: sentences.length - faulted };
}

/**
 * True when the sentences naming the person praise or merely mention them: every one, or all but one among many
 * (a long tribute to Robin is not undone by one sentence that names her beside "I was not putting weight on it").
 */
const praisedPerson = (name: string, text: string): boolean => {
  const { faulted, clean } = mentionsOf(name, text);
  return faulted === 0 || clean >= 3 * faulted;
};

/** True when the review says at least as much against the person as it says of them otherwise. */
const faultedPerson = (name: string, text: string): boolean => {
  const { faulted, clean } = mentionsOf(name, text);
  return faulted > 0 && faulted >= clean;
};

// "well it works" is the commonest praise of a product; a shop's page says it in more than one way.
const WORKS_WAYS = [
  (doer: string, plural: boolean) => `well ${doer} ${plural ? 'work' : 'works'}`,
  (doer: string) => `well ${doer} ${/^(?:they|them)$|s$/.test(doer) ? 'have' : 'has'} worked for you`,
  (doer: string, plural: boolean) => `well ${doer} ${plural ? 'do' : 'does'} the job`,
  (doer: string, plural: boolean) => `well ${doer} ${plural ? 'perform' : 'performs'}`,
];

// How a reply that used each of those ways reads, in the same order.
const WORKS_SAID = [
  /\bhow well (?:it|they|the [\w -]+?) works?\b/i,
  /\b(?:has|have) worked for you\b/i,
  /\b(?:does|do) the job\b/i,
  /\bperforms?\b/i,
];

function worksAnotherWay(w: Writer, how: string | undefined): string | undefined {
  const m = how ? /^well (.+) (works?)$/.exec(how) : null;
  if (!m?.[1]) return how;
  // Each way is known by its own words ("has worked for you", "does the job"): one the latest replies used is passed over.
  const way = w.pickBy(
    WORKS_WAYS,
    'works',
    (make, reply) => WORKS_SAID[WORKS_WAYS.indexOf(make)]?.test(reply) ?? false,
  );
  return way(m[1], m[2] === 'work');
}

/**
 * True when the reviewer calls the praised thing "this box" or "these things": in a product review that is the
 * product itself, which the lines about the product thank, never a part of it to single out.
 */
const callsTheProduct = (p: Praise, text: string): boolean => {
  const head = p.subject.split(' ').pop() ?? '';
  return new RegExp(`(?<!\\p{L})(?:this|these) ${escapeRegExp(head)}(?!\\p{L})`, 'iu').test(text);
};

/** True when a praised "the palm" is the maker's name in "the Palm handheld". */
const sameMaker = (subject: string, product: string): boolean => {
  const said = subject.replace(/^the /i, '').toLowerCase();
  return said.length > 2 && product.toLowerCase().split(' ').slice(1, -1).includes(said);
};

// What a listing calls a thing that holds another: a dock, a cradle or a stand is each its own kind to its owner.
const HOLDER = /(?<!\p{L})(dock|cradle|stand)s?(?!\p{L})/iu;

/**
 * The listing's own word for a holder, where the shop's word for the kind ("mount") is not it: "the Apple dock",
 * never "the Apple mount" for a dock the reviewer set on their desk.
 */
function listedKind(noun: string | null, itemName: string | null | undefined): string | null {
  if (!noun?.endsWith(' mount') || !itemName) return noun;
  // What the product is for ("Dock for iPod") is not what it is.
  const own = itemName.split(/\s+(?:for|with|to fit|compatible with)\s+/i)[0] ?? itemName;
  if (/(?<!\p{L})mounts?(?!\p{L})/iu.test(own)) return noun;
  const word = HOLDER.exec(own)?.[1]?.toLowerCase();
  return word ? `${noun.slice(0, -' mount'.length)} ${word}` : noun;
}

function readFacts(w: Writer, review: ThanksReview): Facts {
  const { situation, profile } = w;
  // A practice may not tell back what the visit was for, but its own staff named in praise are thanked by name.
  const mentioned =
    w.canQuote || profile.regulated
      ? withPlainStaff(situation.people, review.text).filter((p) => namesPerson(p, review.text))
      : [];
  const people = mentioned.filter((p) => praisedPerson(p, review.text)).map((p) => withTitle(p, review.text));
  const faulted = w.canQuote
    ? (mentioned.find((p) => faultedPerson(p, review.text)) ?? findFaultedPerson(review.text))
    : null;
  // The listing's own name for the product, where the feed gives one, is surer than a noun read from the text.
  const product =
    profile.sector === 'electronics' && w.canQuote
      ? (listedKind(listingNoun(review.itemName, review.text, review.title), review.itemName) ??
        productNoun(review.text, review.title))
      : null;
  const read = (w.canQuote ? readPraise(review.text, situation.people) : []).filter(
    (p) =>
      !hedgeRead(p, review.text) &&
      (profile.sector !== 'electronics' ||
        (!callsTheProduct(p, review.text) && !makersService(p, review.text))),
  );
  const whole =
    profile.sector === 'electronics' && w.canQuote ? productPraise(review.text, review.title, product) : [];
  // "Fast shipping, very happy with the Garmin": beside praise of the goods, the post is an aside, never what a shop's
  // thanks leads with.
  const goodsPraised =
    profile.sector === 'electronics' &&
    (whole.length > 0 || read.some((p) => !POSTAGE.test(p.subject)) || GOODS_PRAISED.test(review.text));
  const praise = goodsPraised ? read.filter((p) => !POSTAGE.test(p.subject)) : read;
  const sent =
    profile.sector === 'electronics' && w.canQuote
      ? deliveryInRecordTime(review.text, praise, goodsPraised)
      : null;
  const chosen = choosePraise(sent ? [...praise, sent] : praise, product, review.text);
  // "I love my palm" praises the Palm handheld: the maker's name is the product, said as the shop would say it.
  if (product)
    chosen.named = chosen.named.map((p) =>
      !p.how && p.words.length === 0 && sameMaker(p.subject, product) ? { ...p, subject: product } : p,
    );
  // A product praised as a whole comes first; one of its parts may follow ("how well it works" and the sound).
  const first = whole[0] ? { ...whole[0], how: worksAnotherWay(w, whole[0].how) } : undefined;
  // The whole product's praise may already name the part praised ("the sound quality"): it is not named twice.
  const others = chosen.named.filter(
    (p) => !first || (p.subject !== first.subject && !p.words.some((x) => first.how?.startsWith(x))),
  );
  const staff = chosen.staff;
  const quibble = quibbleOf(w, review);
  // "Thank you for rating the curry so highly" above "the salty curry": the thing faulted is not thanked for.
  // A bare noun the reviewer passed over on the way to something else ("the beef was high quality" deep in a story
  // about a group outing) is not what the note thanks for: a general thanks is truer than a stitched one.
  // "Courtney is the best waxer": the one member of staff the reviewer names is thanked by name, not as "the waxer".
  const found = (first ? [first, ...others].slice(0, 2) : chosen.named).filter(
    (p) =>
      !isFaulted(p, quibble) &&
      !isAside(p, review.text, praise, quibble) &&
      !besidePerson(p, review.text, praise, people) &&
      !(p.staff && !p.plural && people.length > 0 && ROLE.test(p.subject)),
  );
  // A salon or spa customer who praised nothing more particular is thanked for the treatments they told of having.
  const named =
    found.length === 0 && profile.sector === 'beauty' && w.canQuote && situation.stance !== 'neutral'
      ? treatmentsHad(review.text).filter((p) => !isFaulted(p, quibble))
      : found;
  const productHead = product?.toLowerCase().split(' ').pop();
  const more = chosen.more.filter(
    (p) =>
      !isFaulted(p, quibble) &&
      p.subject.toLowerCase().split(' ').pop() !== productHead &&
      !(
        profile.sector === 'electronics' &&
        (callsTheProduct(p, review.text) || namesAProduct(p.subject.split(' ').pop() ?? ''))
      ) &&
      !named.some((n) => n.subject === p.subject) &&
      !(first && (p.subject === first.subject || p.words.some((x) => first.how?.startsWith(x)))),
  );
  // Initials the reviewer wrote in lower case ("the gps") are thanked for as they are spelt ("the GPS"); the rest are
  // kept as they are, since later lines know them again by identity.
  const spelt = <T extends { subject: string }>(p: T): T => {
    const subject = asInitials(p.subject);
    return subject === p.subject ? p : { ...p, subject };
  };
  return {
    people,
    faulted,
    named: named.map(spelt),
    more: more.map(spelt),
    staff,
    product,
    // A product the review is known to be of is what the reviewer had: "the Sony earphones", not "your purchase".
    // A garage's customer had "the work" only where the review tells of work on the car.
    thing: profile.sector === 'electronics' && product ? product : experienceNoun(profile, review.text),
    quibble,
    accident: tellsOfAccident(review.text),
    othersAccident: accidentOfOthers(review.text),
    hassle: quibble.found && hassleTold(review.text, quibble.clause ?? quibble.noun),
    smoothTold: SMOOTH_TOLD.test(review.text),
    smoothSaid: SMOOTH_SAID.test(review.text),
    heldBack: HELD_BACK.test(review.text),
    fiveStars: (review.rating ?? 0) >= 5,
    recommends: recommends(review.text),
    easeTold: EASE_TOLD.test(review.text),
    useTold: timeInUse(review.text) !== null || USE_TOLD.test(review.text),
    noVisit: visitNotTold(
      review.text,
      profile.sector === 'electronics' && product ? product : experienceNoun(profile, review.text),
    ),
    // A product's owner on their third one is a fan of the product; a practice never confirms a patient's visits.
    ...customOf(w, review.text),
  };
}

// "We received our TV stand in record time": goods that came sooner than hoped, which a shop thanks for as the fast
// delivery. A meal that "came in record time" is no delivery, so this is read only of goods sent out.
const RECORD_TIME =
  /(?<!\p{L})(?:received|got|delivered|shipped|arrived|came)(?:\s+[\p{L}'-]+){0,6}?\s+in record time(?!\p{L})/iu;
const SENT = /^(?:delivery|shipping|shipment)$/;

/**
 * The delivery praised with feeling where the reviewer says the goods came in record time and praised it no other way.
 * Goods that merely came quickly ("got my order quickly") are thanked for only where nothing else was praised: the
 * speakers' sound comes before the courier.
 */
function deliveryInRecordTime(
  text: string,
  praise: readonly Praise[],
  productPraised: boolean,
): Praise | null {
  const quick = praise.length === 0 && !productPraised ? QUICK_DELIVERY.exec(text) : null;
  const m = RECORD_TIME.exec(text) ?? quick;
  if (!m || praise.some((p) => SENT.test(p.subject.split(' ').pop() ?? ''))) return null;
  // Named plainly: "how fast the delivery is" would tell a delivery long over in the present.
  return { subject: 'the fast delivery', words: [], staff: false, plural: false, strong: true, at: m.index };
}

// One member of staff named by their role alone: "the waxer", "the stylist".
const ROLE = /^the (?!(?:team|staff|crew|people)$)[a-z]+$/;

/** What the review tells of the reviewer's custom: a regular, visit after visit, and for how long. */
function customOf(w: Writer, text: string): Pick<Facts, 'regular' | 'visits' | 'span'> {
  const { profile, situation } = w;
  if (profile.regulated || profile.sector === 'electronics' || !w.canQuote)
    return { regular: false, visits: false, span: false };
  return {
    regular: tellsOfRegular(text, situation.isReturning),
    visits: tellsOfVisits(text, situation.isReturning),
    span: spanTold(text),
  };
}

/** True when the thing is named by a bare noun, one word after "the": "the beef", "the help", "the text". */
const isBareNoun = (p: Praise): boolean => /^the [\p{L}-]+$/iu.test(p.subject);
/** True when the praise is a bare noun with no describing words and no "how". */
const isLoneNoun = (p: Praise): boolean => p.words.length === 0 && p.how === undefined && isBareNoun(p);

/**
 * True when a bare noun is an aside rather than the point of the review: praised once, without feeling, and not in
 * its opening sentence or title. A review that opens on its quibble ("The bathroom had mold… The buffet was good")
 * opens its praise in the first sentence that praises anything.
 */
function isAside(p: Praise, text: string, praise: readonly Praise[], quibble: ToldQuibble): boolean {
  if (!isLoneNoun(p) || p.strong || p.star || (p.mentions ?? 1) > 1) return false;
  const sentences = splitSentences(text);
  const first = sentences[0];
  if (first === undefined) return false;
  const praisesFirst = praise.some((x) => x.at < first.end);
  const opensOnQuibble = opensWith(first.text, quibble) && !praisesFirst;
  const opening = opensOnQuibble
    ? (sentences.find((s) => praise.some((x) => x.at >= s.start && x.at < s.end)) ?? first)
    : first;
  // "This place is pretty good. It offers a great brunch": an opening verdict that names nothing leaves the sentence
  // after it to say what was good.
  const next = sentences[1];
  if (!opensOnQuibble && !praisesFirst && next && p.at < next.end) return false;
  return p.at >= opening.end;
}

// Words that say a thing was in order rather than loved: "the locker room is clean", "the rooms were nice".
const IN_ORDER = /^(?:clean|tidy|neat|nice|good|fine|decent|ok|okay|comfortable|convenient)$/i;

/**
 * True when a thing said to be in order, once and after the review's opening, sits beside a named person praised with
 * feeling ("I love taking classes with Maureen, she's an amazing instructor… The locker room is clean"): the person is
 * the heart of the review and is thanked by name, and the note does not thank for the side detail instead.
 */
function besidePerson(
  p: Praise,
  text: string,
  praise: readonly Praise[],
  people: readonly string[],
): boolean {
  if (people.length === 0 || p.staff || p.strong || p.star || p.how !== undefined || (p.mentions ?? 1) > 1)
    return false;
  if (!p.words.every((word) => IN_ORDER.test(word))) return false;
  if (!praise.some((x) => x.staff && (x.strong || x.star))) return false;
  const first = splitSentences(text)[0];
  return first !== undefined && p.at >= first.end;
}

/** True when the sentence tells the quibble: it holds the quibble's head noun ("the bathroom had mold"). */
function opensWith(sentence: string, quibble: ToldQuibble): boolean {
  if (!quibble.found) return false;
  const said: readonly string[] =
    (quibble.clause ?? quibble.noun ?? '').toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const words: readonly string[] = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  return said.some(
    (x) => !/^(?:the|had|was|were|and|but|not|too|our|their|your)$/.test(x) && words.includes(x),
  );
}

/** True when the thing praised is the very thing the quibble faults, by its head noun ("the curry"). */
function isFaulted(praise: Praise, quibble: ToldQuibble): boolean {
  const head = praise.subject.toLowerCase().match(/\p{L}+$/u)?.[0];
  const faulted: readonly string[] =
    `${quibble.noun ?? ''} ${quibble.clause ?? ''}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  return head !== undefined && faulted.includes(head);
}

/**
 * The reviewer's quibble; where the business may not quote the review (a practice), one read as it would be
 * elsewhere still counts as found, with no words to tell back, so the note acknowledges it without naming it and
 * never calls the visit smooth.
 */
function quibbleOf(w: Writer, review: ThanksReview): ToldQuibble {
  const told = redeemed(tellQuibble(w, review), review.text);
  if (told.found || w.canQuote) return told;
  const read = tellQuibble({ ...w, canQuote: true }, review);
  const untold = { found: true, noun: null, clause: null };
  if (read.found) return { ...untold, stated: read.stated };
  const { stance } = w.situation;
  if (stance === 'mixed') return untold;
  // A review read as wholly or mostly happy needs a real fault after a turn: "but I ended up not needing it" is no
  // complaint, and "a review that gives the full picture" beside pure praise reads as a complaint desk. Five stars
  // with no fault named is read the same way: "I dread the dentist, but after not going for years…" turns toward praise.
  const strict = stance === 'happy' || (review.rating ?? 0) >= 5;
  return turnsToFault(review.text, strict) ? untold : told;
}

// A trait the reviewer turns to a virtue in the same breath ("a little dated but for that quite charming", "small but
// cosy"): something they liked, never a point to take up.
const REDEEMED =
  /^[^.!?;]{0,12}?(?<!\p{L})(?:but|yet|though|which)(?!\p{L})([^.!?;]{0,30}?)(?<!\p{L})(?:charming|charm|character|characterful|cosy|cozy|quaint|homely|cute|part of (?:the|its) (?:charm|appeal)|adds? to (?:the|its) (?:charm|character|appeal)|authentic|did(?:n't| not) mind|do(?:n't|es not| not) mind)(?!\p{L})/iu;
// "…small, but the staff were charming": the virtue belongs to something new.
const NEW_SUBJECT = /(?<!\p{L})(?:the|our|my|their|his|her|staff|everyone|people|they)(?!\p{L})/iu;

function redeemed(told: ToldQuibble, text: string): ToldQuibble {
  const said = told.clause ?? told.noun;
  if (!told.found || !said) return told;
  const last = said.toLowerCase().split(/\s+/).pop() ?? '';
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(last); at >= 0 && last; at = lower.indexOf(last, at + 1)) {
    const m = REDEEMED.exec(lower.slice(at + last.length));
    if (m && !NEW_SUBJECT.test(m[1] ?? '')) return { found: false, noun: null, clause: null };
  }
  return told;
}

// A turn a reviewer takes from praise to a fault ("…, but the wait was over an hour"; "everyone was lovely apart
// from one nurse"), and words that make what follows it a fault: read only where the quibble is never told back, so
// reading one too many costs a short acknowledgement, and one too few a "so glad it went well" beside a complaint.
const TURN =
  /(?<!\p{L})(?:but|however|though|although|unfortunately|sadly|apart from|save for|save one|except)(?!\p{L})/iu;
const FAULT_AFTER_TURN =
  /(?<!\p{L})(?:not|n't|wait(?:ed|ing)?|queue|late|slow|rude|curt|short with|unkind|cold|dismissive|expensive|pricey|higher|steep|long|hours?|dirty|confus(?:ed|ing)|unclear|nightmare|difficult|hard to|problem|issue|mix-up|lost|forgot(?:ten)?|rushed)(?!\p{L})/iu;
const OK_AFTER_TURN =
  /(?<!\p{L})(?:worth it|no problem|not (?:a|one) (?:problem|issue)|not too|never|didn't mind|(?:could|can)(?:not| not|n't)(?: have been| be| fault| recommend)|not enough)(?!\p{L})/iu;

const FAULTS_AFTER_TURN = new RegExp(FAULT_AFTER_TURN.source, 'giu');

/**
 * True when a sentence of the review turns from praise to a fault, read after the turn; `strict`, a bare "not" after
 * the turn is no fault by itself.
 */
function turnsToFault(text: string, strict = false): boolean {
  return splitSentences(text).some(({ text: sentence }) => {
    const m = TURN.exec(sentence);
    if (!m) return false;
    const after = sentence.slice(m.index + m[0].length);
    const faults = [...after.matchAll(FAULTS_AFTER_TURN)].filter(
      (f) => !strict || !/^(?:not|n't)$/i.test(f[0]),
    );
    return faults.length > 0 && !OK_AFTER_TURN.test(after);
  });
}

const THANKS_FOR_HOW = /\b(?:Thank you|Thanks|Many thanks) for (?:[\w-]+ ){1,5}how\b/i;
// A product's praise told back as the reviewer put it: "how easy the router is", "how well it works".
const HOW_TOLD = /\bhow [a-z]+ (?:the|it|they|your|our)\b/i;

/** True when one of the business's latest notes thanked the reviewer "for saying how…" in any wording. */
const thankedForHowLately = (w: Writer): boolean =>
  w.usedInLatest(FAMILY_WINDOW, (reply) => THANKS_FOR_HOW.test(reply)) > 0;

// Praise told back as the reviewer described it: "how clean the room was", "how friendly the staff were".
const TOLD_BACK = /\bhow (?:[a-z-]+ ){1,2}(?:the|your|our|it|they) (?:[a-z-]+ ){0,3}(?:was|were|is|are)\b/i;

// Describing words that do not sit well before the thing ("the easy set-up" reads as a different claim), and words of
// more than one word ("well made"): such praise is named by its noun alone.
// Words said of people, which only go before the people praised.
const PEOPLE_WORDS =
  /^(?:friendly|helpful|attentive|welcoming|knowledgeable|professional|polite|courteous|kind|patient|caring|accommodating|enthusiastic|cheerful|down-to-earth)$/i;
const NOT_BEFORE_NOUN =
  /^(?:easy|fun|quiet|intuitive|handy|convenient|rich|deep|warm|calm|honest|clear|solid)$|[\s-]/i;

/**
 * What was praised, named with the reviewer's own describing word where they gave one: "the clean power", "the
 * delicious risotto", "the friendly and helpful staff", never "the power" alone where the reviewer said what was good
 * about it. A phrase already longer than a noun and its qualifier ("the big sound quality") keeps its own words.
 */
function namedPhrase(x: Praise, alone: boolean): string {
  const m = /^the ([a-z]+(?: [a-z]+)?)$/.exec(x.subject);
  // "Helpful" or "friendly" is said of people: set before "the rooms" it would misread the review.
  const words = x.words.filter(
    (word) =>
      !NOT_BEFORE_NOUN.test(word) &&
      !x.subject.includes(word) &&
      (x.staff || /\bservice$/.test(x.subject) || !PEOPLE_WORDS.test(word)),
  );
  if (!m || words.length === 0 || x.how) return x.subject;
  const told = alone && words.length === 2 ? `${words[0]} and ${words[1]}` : words[0];
  return `the ${told} ${m[1]}`;
}

/** The things praised, as the opening names them. */
const namedPhrases = (named: readonly Praise[]): string => {
  const plain = named.filter((x) => !x.how);
  return joinPhrases(plain.map((x) => namedPhrase(x, plain.length === 1)));
};

/** The opening: thanks that name what was praised, or tell back how the reviewer described it. */
function opening(w: Writer, facts: Facts): Part[] {
  const { named } = facts;
  const tense = w.profile.sector === 'electronics' ? 'present' : 'past';
  const described = named.filter((p) => p.words.length > 0 || p.how !== undefined);
  // Only the first described thing is told back as the reviewer put it: two "how … was" clauses in a row read as a
  // form being filled in.
  const h = described[0] ? describe(described[0], tense, w.latest(PAGE)) : '';
  const p = namedPhrases(named);
  const vars = { p, P: capitalise(p), h, H: capitalise(h) };
  // Telling back how it was suits a note whose named things were all described; otherwise they are named plainly.
  // "How clean the room was" in one note after another reads as a form being filled in: where one of the business's
  // latest replies told praise back that way, a note that can name the thing plainly does.
  const toldBackLately = w.usedInLatest(3, (reply) => TOLD_BACK.test(reply)) > 0;
  const canDescribe =
    described.length > 0 && described.length === named.length && named.length === 1 && !toldBackLately;
  const plans = !p
    ? ['described', 'glad-first']
    : canDescribe
      ? ['named', 'described', 'glad-first', 'praised-first', 'personal-first']
      : ['named', 'praised-first', 'personal-first'];
  // "Thank you for saying how…", "Thank you for letting others know how…" is one frame to a page's reader, heard
  // about once in ten notes.
  const framed = thankedForHowLately(w) && plans.length > 1 ? plans.filter((x) => x !== 'described') : plans;
  // A page where every note opens "Thank you for…" reads as one form: the opening a recent reply did not use is taken.
  const plan = w.pick(freshOpenings(w, framed), 'plan');
  if (plan === 'described') return [part(w.say(w.pick(tw.describedOpen, 'thanks'), vars))];
  const lone = named.every(isBareNoun);
  // "Brunch was pretty good": praise with a hedge on it is thanked for, never told back as raved about.
  const mild = named.every((x) => !x.strong && !x.star);
  const goods = w.profile.sector === 'electronics';
  if (plan === 'praised-first') {
    const first = w.say(
      withoutPride(unpicked(framesFor(tw.praisedFirst, lone, mild), facts), goods, (x) =>
        w.pick(x, 'praised-first'),
      ),
      vars,
    );
    if (facts.people.length === 0 && foldsThanks(w)) return [part(foldThanks(w, first))];
    return [part(first), part(sayAfter(w, tw.plainThanks, 'thanks', vars, first))];
  }
  if (plan === 'personal-first') {
    const first = w.say(
      w.pick(
        mild
          ? [...tw.personalFirst.filter((line) => !GUSHING_FIRST.test(line)), ...tw.personalFirstMeasured]
          : tw.personalFirst,
        'personal-first',
      ),
      vars,
    );
    // "What a nice review… What a lovely thing to say…": the thanks does not open on the same word.
    const opener = first.split(' ')[0] ?? '';
    const thanks = unpicked(framesFor(tw.praisedOpen, lone, mild), facts).filter(
      (line) => !line.startsWith(opener),
    );
    return [part(first), part(withoutPride(thanks, goods, (x) => sayAfter(w, x, 'thanks', vars, first)))];
  }
  if (plan === 'glad-first') {
    const glad = w.say(
      withoutPride(tw.describedGlad, goods, (x) => w.pick(x, 'glad')),
      vars,
    );
    if (facts.people.length === 0 && foldsThanks(w)) return [part(foldThanks(w, glad))];
    return [part(glad), part(sayAfter(w, tw.plainThanks, 'thanks', vars, glad))];
  }
  const open = w.say(
    withoutPride(unpicked(framesFor(tw.praisedOpen, lone, mild), facts), goods, (x) => w.pick(x, 'thanks')),
    vars,
  );
  // A description kept for when the note is short: "I am so glad to hear how clean the room was."
  // Only when the opening did not name that thing already: "the breakfast and the service… how delicious the
  // breakfast was" says one thing twice in a row.
  const more =
    described[0]?.how !== undefined && named.length > 1
      ? [
          part(
            withoutPride(tw.describedGlad, goods, (x) => sayAfter(w, x, 'glad', vars, open)),
            true,
          ),
        ]
      : [];
  return [part(open), ...more];
}

// Frames that hold a bare noun up on its own ("your thoughts on the beef", "the shout-out to the help", "the text got
// a mention", "what a lovely thing to say about the text"): with one word lifted from the review they read stitched.
const STITCHED = /\bthoughts on \{p\}|\bshout-out to \{p\}|\{p\} got a mention\b|\bthing to say about \{p\}/i;

/** The opening lines that fit what is named: none that holds a bare noun up on its own. */
const framesFor = (pool: readonly string[], lone: boolean, mild = false): readonly string[] =>
  pool.filter((line) => !(lone && STITCHED.test(line)) && !(mild && WARMER.test(line)));

// Lines that take pride in the praise itself ("Hearing the quick access buttons got a mention is a real pleasure",
// "Seeing the sound praised like this is a joy", "It warms my heart to hear how well it works", "I am pleased you
// noticed how easy it is to set up"): the maker's pride, which a shop that only sold the goods reads as claiming; a
// shop is glad the reviewer is pleased, and thanks them.
const MAKERS_PRIDE =
  /\bgot a mention\b|\bpraised like this\b|\bsee \S.{0,60}? singled out\b|\bwarms my heart\b|\bpleased you noticed\b/i;

// Lines that say the reviewer picked one thing out of several ("It is lovely to see the pedicures singled out", "So
// pleased the clean store stood out for you", "Thank you for picking out…"): wrong of the one thing a visit was for,
// and of one thing among many the reviewer praised alike. Where the reviewer did not pick it out, each is said in
// its plain twin, in its place in the pool, so the choice of line is otherwise the same.
const PLAIN_TWIN: Readonly<Record<string, string>> = {
  'Thank you for singling out {p}.': 'Thank you for the words on {p}.',
  'Thank you for the warm review, and for picking out {p}.':
    'Thank you for the warm review, and for the words on {p}.',
  'It means a lot that {p} stood out for you; thank you.': 'It means a lot that you liked {p}; thank you.',
  'It is lovely to see {p} singled out.': 'It is lovely to read what you thought of {p}.',
  'So pleased {p} stood out for you.': 'So pleased you liked {p}.',
  'Thank you for singling out {p}; {s} will be delighted.':
    'Thank you for the words on {p}; {s} will be delighted.',
  'Thank you for picking out {p}, and I know {s} will be proud to read it.':
    'Thank you for the words on {p}, and I know {s} will be proud to read it.',
};

/**
 * True when the note's things were picked out: the reviewer's favourite or highlight among other things praised, or
 * every thing the reviewer praised, named together ("the risotto and the tiramisu").
 */
const pickedOut = (facts: Facts): boolean =>
  (facts.named.some((x) => x.star) && facts.named.length + facts.more.length >= 2) ||
  (facts.named.length >= 2 && facts.more.length === 0);

/** The pool with each line that says a thing was picked out said plainly, where the reviewer did not pick it out. */
const unpicked = (pool: readonly string[], facts: Facts): readonly string[] =>
  pickedOut(facts) ? pool : pool.map((line) => PLAIN_TWIN[line] ?? line);

/**
 * The line `choose` takes from the pool; for goods a shop sold (`goods`), where that line takes the maker's pride in
 * them, the one `choose` takes from the lines that do not. Notes that would not have said such a line keep theirs.
 */
function withoutPride(
  pool: readonly string[],
  goods: boolean,
  choose: (lines: readonly string[]) => string,
): string {
  const line = choose(pool);
  if (!goods || !MAKERS_PRIDE.test(line)) return line;
  const humble = pool.filter((x) => !MAKERS_PRIDE.test(x));
  return humble.length > 0 ? choose(humble) : line;
}

// Openings that gush ("a review to keep", "a treat to read"), kept from thanks for measured praise ("pretty good").
const GUSHING_FIRST = /\breview to keep\b|\ba treat to read\b|\bhappy reading\b/i;

// Lines of gladness that weigh good points against bad.
const WEIGHED =
  /\bcarry the day\b|\bwin out\b|\bon the whole\b|\bbalanced view\b|\bmost of all\b|\ball told\b/i;
// A line that hedges its gladness: "… seem to be proving useful to you".
const HEDGED = /\bseems?\b/i;

// Frames that tell praise back warmer than "pretty good" ("rating the brunch so highly", "praised like this"): kept
// for praise said with feeling.
// "So pleased the rooms stood out for you" claims as much: a thing praised in passing did not stand out.
const WARMER =
  /\bso highly\b|\bso warmly\b|\bpraised like this\b|\bgenerous (?:words|review)\b|\blovely things\b|\bstood out\b|\bmade an impression\b/i;

let plainThanksPatterns: RegExp[] | null = null;
/** True when a reply has a sentence of its own thanking the reviewer for writing, after an opening without thanks. */
const thanksApart = (reply: string): boolean => {
  // A whole sentence that is one of the plain thanks, in either voice.
  plainThanksPatterns ??= tw.plainThanks.map((line) => new RegExp(`^${templatePattern(line).source}$`, 'i'));
  const patterns = plainThanksPatterns;
  return splitSentences(bodyOf(reply))
    .slice(1)
    .some(({ text }) => patterns.some((pattern) => pattern.test(text)));
};

/**
 * True when the thanks goes into the glad sentence itself ("So pleased the panel stood out for you, and thank you for
 * saying so"): a page where every note that opens on the praise then thanks in a sentence of its own reads as one
 * outline. Where the latest note thanked apart, this one folds; otherwise about every other time.
 */
function foldsThanks(w: Writer): boolean {
  // Each folded thanks is said once on a page: with all of them said, the thanks stands apart.
  if (tw.foldedThanks.every((line) => saidOnPage(w, line))) return false;
  if (w.usedInLatest(1, thanksApart) > 0) return true;
  return w.pick(['fold', 'apart'], 'fold-thanks') === 'fold';
}

/** The glad sentence with the thanks folded into its end. */
function foldThanks(w: Writer, glad: string): string {
  const unsaid = tw.foldedThanks.filter((line) => !saidOnPage(w, line));
  const tail = w.pick(unsaid.length > 0 ? unsaid : tw.foldedThanks, 'folded-thanks');
  return `${glad.replace(/[.!]$/, '')}${w.say(tail).replace(/^./, (c) => c.toLowerCase())}`;
}

// How an opening plan starts a note, as `openingOf` reads a reply.
const OPENING_OF_PLAN: Record<string, string> = {
  named: 'thanks',
  described: 'thanks',
  'glad-first': 'glad',
  'praised-first': 'glad',
  'personal-first': 'personal',
  one: 'thanks',
  two: 'thanks',
};
const PERSONAL_FIRST = new RegExp(`^(?:${tw.personalFirst.map((x) => escapeRegExp(x)).join('|')})`);

/**
 * The opening plans that do not open as the latest reply did; all of them when none is left. A short personal line
 * first ("What a lovely note to find today") is one a page can carry about once in five notes.
 */
function freshOpenings(w: Writer, plans: readonly string[]): readonly string[] {
  const fresh = plans.filter((plan) => {
    const opens = OPENING_OF_PLAN[plan];
    return w.usedInLatest(opens === 'personal' ? 4 : 1, (reply) => openingOf(reply) === opens) === 0;
  });
  return fresh.length > 0 ? fresh : plans;
}

/** How a reply opens: with thanks, with a glad line, with a short personal line, or otherwise. */
function openingOf(reply: string): string {
  const body = reply.replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '').trim();
  if (PERSONAL_FIRST.test(body)) return 'personal';
  if (/^(?:Thank|Thanks|Many thanks|How kind|Your (?:words|praise|kind))/i.test(body)) return 'thanks';
  // "A review like this is always welcome, thank you" opens on thanks as much as "Thank you…" does.
  const first = splitSentences(body)[0]?.text ?? '';
  return /\bthank|\bappreciate|\bgrateful\b/i.test(first) ? 'thanks' : 'glad';
}

/** Thanks for what was praised and the hand-on to whoever earned it, in one sentence. */
function passedOpening(w: Writer, facts: Facts, who: string): string {
  const p = namedPhrases(facts.named);
  return w.say(w.pick(unpicked(tw.praisedOpenPassed, facts), 'thanks'), {
    p,
    P: capitalise(p),
    s: who,
    S: capitalise(who),
  });
}

/**
 * A line about the experience or the product as a whole, true of any happy reviewer of this business. A product the
 * note already named is "it" or "they" here.
 */
function wholeLine(w: Writer, facts: Facts, before: string, said: readonly Part[] = []): Part {
  const it = pronounFor(facts.product);
  const named = facts.product !== null && said.some((p) => p.text.includes(facts.product ?? ''));
  const vars = {
    item: named ? it : (facts.product ?? 'it'),
    subj: named ? (it === 'them' ? 'they' : 'it') : (facts.product ?? 'it'),
    thing: facts.thing,
    are: it === 'them' ? 'are' : 'is',
    s: it === 'them' ? '' : 's',
    its: it === 'them' ? 'their' : 'its',
  };
  const isProduct = w.profile.sector === 'electronics';
  // Goods the note already called "they" ("how good they sound") are not "it" a line later.
  const saidAsThey = said.some((p) => /\b(?:they|them|their)\b/i.test(p.text));
  // "Your meal" in note after note reads as a form: where any of the latest eight replies named it (as a page a
  // visitor reads at a glance), this one is glad of it all without naming it again.
  const thingLately = !isProduct && w.usedInLatest(8, (reply) => reply.includes(facts.thing)) > 0;
  // Glad "we could make things easier" after an accident is said by a business that helped through it, never by a
  // shop that sold the goods.
  const pool =
    facts.accident && !isProduct
      ? tw.gladAfterAccident
      : w.profile.regulated
        ? tw.gladGeneral
        : isProduct && facts.quibble.found && (facts.quibble.noun || facts.quibble.clause || !facts.fiveStars)
          ? // "The good points carry the day" beside a point the note never tells reads as hinting at faults unnamed,
            // and a five-star reviewer whose point goes untold is not told "on balance, it seems to be doing right by
            // you": the note is as plainly glad of the product as the stars are.
            // Five stars are not hedged either: "Overall, they seem to be proving useful" undersells "one satisfied
            // customer".
            (facts.quibble.noun || facts.quibble.clause
              ? tw.gladProductOverall
              : tw.gladProductOverall.filter((line) => !WEIGHED.test(line))
            ).filter((line) => !facts.fiveStars || !HEDGED.test(line))
          : isProduct
            ? facts.product
              ? tw.gladProduct
              : saidAsThey
                ? tw.gladProductGeneric.filter((line) => !/\bits?\b/i.test(line))
                : tw.gladProductGeneric
            : facts.thing === 'the work'
              ? tw.gladWork
              : // "So glad your stay hit the mark" to someone who books every year makes one visit of many the success.
                facts.visits && !facts.quibble.found && !facts.faulted
                ? tw.gladRegular
                : facts.noVisit
                  ? tw.gladNoVisit
                  : facts.quibble.found || facts.faulted
                    ? tw.gladMostly
                    : thingLately
                      ? tw.gladGeneral
                      : tw.gladThing;
  // "How wonderful that things went so smoothly" is said only where the review tells of it; otherwise the note says a
  // line it can stand behind, and a pool with none left says nothing it cannot.
  // "Makes the work worthwhile" to a trade's customer who tells of no job reads as a job done.
  const grounded = pool.filter(
    (line) =>
      toldEnough(line, facts) &&
      (w.profile.sector !== 'trades' || facts.thing === 'the work' || !/\bthe work\b/i.test(line)),
  );
  // A review that says in so many words that it all went smoothly ("seamless", "like clockwork", "no hassle") is
  // answered on it, the one thing about the whole it told, unless one of the latest two notes said so too.
  const smoothLines =
    facts.smoothSaid && w.usedInLatest(2, (reply) => tw.CLAIMS_SMOOTH.test(bodyOf(reply))) === 0
      ? grounded.filter((line) => tw.CLAIMS_SMOOTH.test(line))
      : [];
  const chosen = smoothLines.length > 0 ? smoothLines : grounded.length > 0 ? grounded : pool;
  // "Many thanks for describing how good a buy it is. It is lovely to hear it has been such a good buy.": the note
  // that already thanked for the value does not say it again about the whole.
  const valueTold = VALUE_WORDS.test(before);
  const unvalued = valueTold ? chosen.filter((line) => !VALUE_WORDS.test(line)) : chosen;
  const usable = unvalued.length > 0 ? unvalued : chosen;
  // "It is good to hear… It is a real pleasure… It is lovely…" down a page reads as one form: a line that opens as a
  // sentence of the latest replies did gives way to one that opens otherwise.
  // A line the page has not said comes before one that opens otherwise: the same sentence twice is what a reader
  // notices first.
  const unsaid = usable.filter((line) => !saidOnPage(w, line));
  const open = unsaid.length > 0 ? unsaid : usable;
  const fresh = open.filter((line) => !openedLately(w, line));
  return part(sayAfter(w, fresh.length > 0 ? fresh : open, 'glad-whole', vars, before, WHOLE_FRAMES), true);
}

// Words that weigh the goods against their price: one sentence of a note says it.
const VALUE_WORDS = /\b(?:buy|value|money|worth)\b/i;
// How many of a page's latest replies a line about the whole keeps its opening words out of.
const OPENED_SPAN = 3;
const openingWords = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
/**
 * True when one of the latest replies has a sentence that opens with the line's first two words, as the note would
 * say them: "I am so glad…" signed by a team opens "We are…".
 */
const openedLately = (w: Writer, line: string): boolean => {
  const opens = openingWords(w.say(line));
  return (
    w.usedInLatest(OPENED_SPAN, (reply) =>
      splitSentences(bodyOf(reply)).some(({ text }) => openingWords(text) === opens),
    ) > 0
  );
};

/**
 * True when a line about the whole claims nothing the review does not tell: a smooth visit, a life made easier, a
 * product used for long.
 */
const toldEnough = (line: string, facts: Facts): boolean =>
  (facts.smoothTold || !tw.CLAIMS_SMOOTH.test(line)) &&
  (facts.easeTold || !tw.CLAIMS_EASE.test(line)) &&
  (facts.useTold || !tw.CLAIMS_USE.test(line));

// A line about the whole that says it all went well.
const ALL_WELL = /\ball went\b|\bso well\b|\blovely to read\b|\bgood to hear how\b/i;

/**
 * Thanks when nothing can be named: a general line, then one about the experience or the product as a whole; both in
 * one sentence; or the line about the whole first and the thanks after it, so a page of such notes does not share
 * one shape.
 */
function generalOpening(
  w: Writer,
  facts: Facts,
  whole: boolean,
  shape = w.pick(freshOpenings(w, ['two', 'one', 'glad-first']), 'general-shape'),
): Part[] {
  // A practice's note never names the visit: that would confirm someone is a patient or client.
  // "Your meal" named in one of the latest replies is not named again in the one-sentence thanks either.
  const thingLately = w.usedInLatest(8, (reply) => reply.includes(facts.thing)) > 0;
  // Nor, to someone who comes again and again, thanks for how "your visit" went.
  if (
    whole &&
    !w.profile.regulated &&
    shape === 'one' &&
    !facts.accident &&
    !thingLately &&
    !facts.noVisit &&
    !facts.visits
  ) {
    // A product is told of, not said to have "gone": "how the Sony earphones went" is not how anyone writes.
    const told = facts.product ? tw.genericWhole.filter((line) => !GONE.test(line)) : tw.genericWhole;
    // "I am glad it all went so well" above a point the reviewer raised claims more than they said.
    const lines = facts.quibble.found || facts.faulted ? told.filter((line) => !ALL_WELL.test(line)) : told;
    return [part(w.say(w.pick(lines, 'thanks'), { thing: facts.thing }))];
  }
  // Where every line about the whole was said on the page already, the note opens on its thanks instead.
  const glad = whole && shape === 'glad-first' ? wholeLine(w, facts, '') : null;
  if (glad && !saidBefore(w, glad.text))
    return foldsThanks(w)
      ? [part(foldThanks(w, glad.text))]
      : [{ ...glad, optional: false }, part(sayAfter(w, tw.plainThanks, 'thanks', {}, glad.text))];
  // "Thank you for the wonderful review!" above a fault the note goes on to answer reads as not having read it.
  // "The best help a shop could ask for" is a shop's line, not a practice's or a hotel's.
  // "Thanks for sharing how it went" is the "thank you for saying how…" frame a recent note may have used.
  const framed = thankedForHowLately(w)
    ? tw.genericOpen.filter((line) => !THANKS_FOR_HOW.test(line))
    : tw.genericOpen;
  const traded = SHOPS.includes(w.profile.sector) ? framed : framed.filter((line) => !SHOP.test(line));
  // "Telling others about us…" is said only to a reviewer who tells others: "great for gifts" passes nothing on.
  const trade = facts.recommends ? traded : traded.filter((line) => !TELLING_OTHERS.test(line));
  const open = w.say(
    w.pick(measured(w, facts) ? trade.filter((line) => !GUSHING.test(line)) : trade, 'thanks'),
  );
  return whole ? [part(open), wholeLine(w, facts, open)] : [part(open)];
}

// Staff named by the kind of business they work for, which is ours: "the hotel staff", "the restaurant's staff".
const OWN_KIND_STAFF =
  /^the (?:hotel|motel|inn|restaurant|cafe|café|bakery|shop|store|salon|spa|gym|clinic|office|garage|bar|pub|diner)(?:'s)? (staff|team|employees)$/i;

/** Who the praise is handed on to: the staff praised, or the part of the business that earned it. */
function handOnWho(w: Writer, facts: Facts): { who: string; staff: boolean } | null {
  const staff = facts.staff && !facts.named.includes(facts.staff) ? facts.staff : null;
  const area = facts.named[0] ? areaOf(facts.named[0].subject, w.profile) : null;
  // "The hotel staff will be thrilled" is the signer's own staff told of as outsiders: they are "our staff".
  const who = staff
    ? staff.subject.replace(/^your /, 'our ').replace(OWN_KIND_STAFF, 'our $1')
    : area && area !== 'staff' && area !== 'product'
      ? whoHears(area, w.profile, facts.named[0]?.subject)
      : null;
  if (!who || who === 'the team') return null;
  // A page where most notes hand the praise to the kitchen reads as one form letter: praise of a part of the
  // business is passed on only when neither of the business's two latest replies named the same people, and then in
  // about half the notes, so the rest say something else.
  const plain = escapeRegExp(who.replace(/^(?:the|our) /, ''));
  const named = new RegExp(`\\b${plain}\\b`, 'i');
  if (!staff && w.usedInLatest(2, (reply) => named.test(reply)) > 0) return null;
  if (!staff && w.pick(['pass', 'keep'], 'hand-on-area') === 'keep') return null;
  // "The servers will be thrilled…" in note after note is the line a page's reader tires of first: praise is handed
  // on only where the latest reply did not hand any on, and praise of a part of the business only where neither of
  // the latest two did.
  if (w.usedInLatest(staff ? 1 : 2, handedOn) > 0) return null;
  return { who, staff: staff !== null };
}

// Lines about the experience or the product as a whole: one to a note.
const WHOLE_LINES = [
  ...tw.gladThing,
  ...tw.gladRegular,
  ...tw.gladMostly,
  ...tw.gladNoVisit,
  ...tw.gladGeneral,
  ...tw.gladWork,
  ...tw.gladProduct,
  ...tw.gladProductGeneric,
  ...tw.gladProductOverall,
  ...tw.gladAfterAccident,
];
let wholePatterns: RegExp[] | null = null;
// "…how well the flash drive does the job" already says the product serves them well: "it is doing the main job well
// for you" after it says the same thing twice.
const HOW_WELL = /\bhow well (?:the|it|they|your)\b/i;
const saysWhole = (text: string): boolean => {
  wholePatterns ??= WHOLE_LINES.map(templatePattern);
  return HOW_WELL.test(text) || wholePatterns.some((line) => line.test(text));
};

// The frames a page's lines about the whole are heard by.
const WHOLE_FRAMES = [
  /\bpicked well\b|\bchose well\b|\bsmart move\b|\bright choice\b|\bsound choice\b/i,
  /\bgood buy\b|\bmoney well spent\b|\bworth the money\b|\bpurchase\b/i,
  /\bkeeper\b|\bearning\b/i,
  /\bfit\b|\bmatch\b|\bsuits?\b/i,
  /\bsmooth\w*\b/i,
  /\bto plan\b|\bjust right\b|\bcame together\b|\bliked it so much\b/i,
  /\bwent (?:so )?well\b|\bsuccess\b|\bhit the mark\b/i,
  /\bwhat you (?:hoped|wanted|needed)\b/i,
  /\bgetting it right\b|\bon form\b|\bvisit after visit\b|\bcome back\b/i,
  // "Sounds like…", "It sounds as if…", "From the sound of it…": one way of guessing, however it opens.
  /\bsound(?:s|\{s\})? (?:like|as if)\b|\bsound of it\b/i,
];

const HAND_ON_LINES = [...tw.handOn, ...tw.team, ...tw.person, ...tw.persons, ...tw.praisedOpenPassed].map(
  templatePattern,
);
/** True when a reply hands the praise on to someone: a person, the staff, the kitchen or the team. */
const handedOn = (reply: string): boolean => HAND_ON_LINES.some((line) => line.test(reply));
/** True when either of the business's two latest notes handed its praise on: the next one does not, to fill. */
const handedOnLately = (w: Writer): boolean => w.usedInLatest(2, handedOn) > 0;

/** The line handing the praise on: to the person named, or to whoever `handOnWho` found. */
function handOn(
  w: Writer,
  facts: Facts,
  to: { who: string; staff: boolean } | null,
  before: string,
): Part | null {
  const [first, second] = facts.people;
  // Two people named are both thanked: "Darouny and Jim", never one of them alone.
  // "…it is lovely to read. It is lovely that Dr. Roach…": the hand-on shares no warm word with the opening.
  const unechoed = (pool: readonly string[], vars: Record<string, string>): readonly string[] => {
    const fresh = pool.filter((line) => !echoes(before, w.say(line, vars)));
    return fresh.length > 0 ? fresh : pool;
  };
  if (first && second) {
    const vars = { person: `${first} and ${second}` };
    return part(w.say(w.pick(unechoed(tw.persons, vars), 'person'), vars));
  }
  if (first) return part(w.say(w.pick(unechoed(tw.person, { person: first }), 'person'), { person: first }));
  if (!to) return null;
  const vars = { s: to.who, S: capitalise(to.who) };
  return part(w.say(w.pick(unechoed(tw.handOn, vars), 'hand-on'), vars), !to.staff);
}

/** The dishes the reviewer praised, when the invitation can name them: a restaurant's food, with no quibble beside it. */
function dishToInvite(w: Writer, facts: Facts): string | null {
  const { named } = facts;
  if (
    named.length === 0 ||
    named.length > 2 ||
    w.profile.sector !== 'hospitality' ||
    facts.thing === 'your stay'
  )
    return null;
  if (facts.quibble.found || facts.faulted) return null;
  const dishes = named.every(
    (x) => !x.how && areaOf(x.subject, w.profile) === 'food' && /^the [a-z][a-z -]*$/.test(x.subject),
  );
  return dishes ? joinPhrases(named.map((x) => x.subject)) : null;
}

// A note that already told the reviewer their point went to the maker or the shop's buyers.
const HANDED_ON = new RegExp(
  `\\b(?:${PRODUCT_HEARS.join('|')})\\b|\\bpassed (?:it|this|them|your \\w+) on\\b`,
  'i',
);

// A point about how a product is made or holds up: a part that breaks, jams, comes loose or is cheaply built. Taste
// (the sound, the size, the price) and the instructions are the reviewer's view, not something a maker would fix.
const MAKE_FAULT =
  /\b(?:brok(?:e|en)|break(?:s|ing)?|crack(?:ed|s)?|snap(?:ped|s)?|flims(?:y|ier)|cheap(?:ly)?|wobbl(?:y|es)|loose|jam(?:s|med|ming)?|fail(?:s|ed|ing)?|faulty|defect(?:ive|s)?|died|dies|stopped working|fell apart|falls? apart|build|built|construction|plastic|hinge|seam|stitching|curl(?:s|ed|ing)?|peel(?:s|ed|ing)?|overheat(?:s|ed|ing)?|rattl(?:e|es|ing))\b/i;

// How many of a shop's latest replies a promise to hand a point on is kept from.
const HANDED_ON_SPAN = 10;

/** True when a reviewer's point about a product is about how it is made, the one kind its maker could act on. */
export const aboutTheMake = (point: string): boolean => MAKE_FAULT.test(point);

/**
 * Who hears of a point about a product the shop sells, or null to acknowledge it as it stands. A shop's promise to
 * take a product's fault up with its maker is one no reader can see kept, and in note after note it reads as a form:
 * it is made only for a fault in how the product is made, and only where none of the shop's last ten replies handed
 * one on, to whichever listener the page has named least lately.
 */
function productHearer(w: Writer, point: string): string | null {
  if (!aboutTheMake(point)) return null;
  if (w.usedInLatest(HANDED_ON_SPAN, (reply) => HANDED_ON.test(reply)) > 0) return null;
  return w.pick(PRODUCT_HEARS, 'quibble-hears');
}

// A fault the reviewer went through at the business's hands, as the quibble names it: the service or the wait, a
// rude or careless word, a wrong or forgotten order, a mix-up. Not a matter of taste (the music, the decor, the prices).
const SUFFERED =
  /(?<!\p{L})(?:slow(?:ly|ness)?|disjointed|disorgani[sz]ed|chaotic|long (?:queue|queues|line|lines)|wait(?:ed|ing|s)?(?! ?staff)|queues?|(?:arrived|came|was|were|ran|running|too) late|delay(?:ed|s)?|rude(?:ly|ness)?|curt|dismissive|unfriendly|unhelpful|inattentive|ignored|forgot(?:ten)?|forgetful|wrong (?:order|dish|item|room|date|size|booking|reservation|bill|change)|mix-?up|mixed up|mistakes?|errors?|overcharg(?:ed|ing)|charged twice|undercooked|overcooked|burnt|burned|cold (?:food|meal|dish|dishes|fries|pizza|soup|coffee|room|shower|water)|dirty|stained|unclean|broken|out of order|not working|no hot water|pushed together|musty|smelly|(?:was|were) (?:\p{L}+ )?closed)(?!\p{L})/iu;

// A slip a shop makes over goods it sells, not a fault of the goods themselves.
const SHOP_SLIP =
  /(?<!\p{L})(?:mix-?up|mixed up|wrong (?:order|item|size|colou?r|model)|overcharg(?:ed|ing)|charged twice)(?!\p{L})/iu;

// A reviewer who says they shopped locally ("at my local store", "picked it up in-store"): only then is thanking
// them for choosing a local shop about something they did.
const CHOSE_US = /^It means a lot that you chose us\b/;
const BOUGHT_LOCALLY =
  /(?<!\p{L})(?<!than (?:the |my |our |a |any )?)(?:(?:my|our|a|the) local (?:shop|store|retailer|dealer)|in[- ]store)(?!\p{L})/iu;

// Who else a review is of use to: "other shoppers", "anyone weighing one up", "the next person choosing".
const FOR_NEXT_BUYER = /\b(?:other shoppers|shoppers|anyone weighing one up|next person choosing)\b/i;

/** One sentence on the reviewer's quibble, with who will hear of it. */
function quibbleLine(w: Writer, facts: Facts, before: string): Part | null {
  // A member of staff faulted by name is the quibble, whatever else was read.
  if (facts.faulted) return part(w.say(w.pick(tw.quibblePerson, 'quibble')));
  const { quibble: read } = facts;
  if (!read.found) return null;
  // "The service was so slow" is told back as the business would say it, "the slow service": the reviewer's own
  // clause repeated, degree words and all, reads as stitched.
  const plainly = read.clause ? ownWords(read.clause, facts.product) : null;
  const quibble = plainly ? { ...read, clause: null, noun: plainly } : read;
  const said = read.clause ?? read.noun;
  // A quibble the note may not quote (a practice's, or one to be translated) gets a short acknowledgement that names
  // nothing and admits nothing. One that could be quoted but whose words do not read cleanly is left unsaid: a stock
  // line there reads as a brush-off where the criticism could have been named.
  // A fault that put the reviewer to trouble (a return, a repair) is met with a word of sorrow for the bother.
  if (facts.hassle) {
    const noun = quibble.noun && !/ (?:of|that|which) /.test(quibble.noun) ? quibble.noun : null;
    return part(
      noun && w.canQuote
        ? sayAfter(w, tw.quibbleHassle, 'quibble', { n: noun }, before)
        : sayAfter(w, tw.quibbleHassleUntold, 'quibble', {}, before),
    );
  }
  // A fault the reviewer stated plainly ("my only gripe…") whose words cannot be told back is still answered.
  if (!said) {
    if (!w.canQuote) return part(sayAfter(w, tw.quibbleUntold, 'quibble', {}, before));
    if (!read.stated) return null;
    const untold = read.cue === 'star' ? tw.quibbleStarUntold : tw.quibbleStatedUntold;
    return part(sayAfter(w, untold, 'quibble', {}, before));
  }
  const area = areaOf(said, w.profile);
  const product = area === 'product' && w.profile.sector === 'electronics';
  const who = product ? productHearer(w, said) : whoHears(area, w.profile, said);
  const vars = {
    c: quibble.clause ?? '',
    n: quibble.noun ?? '',
    s: who ?? '',
  };
  const plain = quibble.clause
    ? product
      ? [...tw.quibbleProductClause, ...tw.quibbleClauseNotOurs]
      : tw.quibbleClauseNotOurs
    : product
      ? [...tw.quibbleProductNoun, ...tw.quibbleNotOurs]
      : tw.quibbleNotOurs;
  // Slow service, a long wait or a rude word is something the reviewer went through: "you were right to mention the
  // slow service" with no word of regret reads cold, so the line is a short sorry-to-hear, and no more.
  // A shop's own slip over goods (an order mixed up, the wrong item sent) is suffered at our hands too.
  const suffered = (!product || SHOP_SLIP.test(said)) && w.canQuote && SUFFERED.test(said);
  const pool = suffered
    ? who
      ? quibble.clause
        ? tw.quibbleSufferedClause
        : tw.quibbleSufferedNoun
      : quibble.clause
        ? tw.quibbleSufferedClausePlain
        : tw.quibbleSufferedNounPlain
    : who
      ? quibble.clause
        ? tw.quibbleClause
        : tw.quibbleNoun
      : plain;
  // "Thank you for writing this review. Thank you too for mentioning…" reads as two form lines stitched together, and
  // "Your vote for it will help other shoppers. Your word on the battery is useful to other shoppers too" says who
  // the review helps twice.
  const helps = FOR_NEXT_BUYER.test(before);
  // Goods that came by post were no visit: "it is not how we want a visit to go" is for a table or a room, and is
  // said of how things went instead.
  const kept = product
    ? pool
        .map((line) => line.replace(/\bhow we want a visit to go\b/, 'how we want things to go'))
        .filter((line) => !/\bvisit\b/.test(line))
    : pool;
  const usable = kept.length > 0 ? kept : pool;
  // "I am grateful you told us we no longer run the classes" tells us our own news: what we did is a point taken,
  // never news passed to us.
  const ours = /^we /i.test(quibble.clause ?? '');
  const fits = usable.filter(
    (line) =>
      !(/\bthank/i.test(before) && /\bthank/i.test(line)) &&
      !(helps && FOR_NEXT_BUYER.test(line)) &&
      !(ours && NEWS_TO_US.test(line)),
  );
  // A page whose quibbles are all "fair point…" reads as one form: the frame the latest replies did not use is taken.
  return part(w.say(pickFresh(w, fits.length > 0 ? fits : usable, 'quibble', QUIBBLE_FRAMES), vars));
}

// Lines that thank the reviewer for telling us something, as if it were news to us.
const NEWS_TO_US =
  /\b(?:told us|telling us|pointing out|straight with us|adding that|mentioning that|note that)\b/i;

// The trades whose customers come to a shop.
const SHOPS: readonly string[] = ['retail', 'electronics'];
const SHOP = /\bshop\b/i;
const TELLING_OTHERS = /\btelling others\b/i;

/** Whether the review holds back anywhere: a quibble the note answers, or a stance read as less than plainly happy. */
const measured = (w: Writer, facts: Facts): boolean =>
  facts.quibble.found || facts.heldBack || w.situation.stance !== 'happy';
// Words that set what came before them aside as the one fault: "Otherwise fine", "apart from that, great".
const HELD_BACK =
  /\b(?:otherwise|other than that|apart from that|aside from that|besides that|except for that)\b,? (?:it was |it's |it is |all |everything (?:was |else was )?)?(?:fine|good|great|ok|okay|lovely|nice|excellent|perfect|decent)\b/i;

// Thanks that gush: fine for pure praise, not beside a quibble.
const GUSHING = /!|\bwonderful\b|\blovely review\b|\bkind (?:review|write-up)\b|\ba million\b/i;

// "I would recommend Luigi's down the road instead", "I would recommend the Wharfedales as a better choice": a recommendation that sends readers somewhere else is no
// recommendation of us, and thanking the reviewer for one misreads them.
const RECOMMENDS_ELSEWHERE =
  /(?<!\p{L})recommend(?:ed|ing|s)?(?!\p{L})(?:[^.!?]|\.(?=\d))*?(?<!\p{L})(?:instead|elsewhere|another (?:place|spot|shop|restaurant|cafe|café|branch|location|one)|the (?:other|one) (?:place|spot|branch|location|shop|restaurant)|(?:down|up|across) the (?:road|street)|next door|round the corner|(?:as )?a better (?:choice|buy|option|bet|pick)|rather than (?:these|this|them|it))(?!\p{L})/iu;

/** A line on what the reviewer told of their own visit: the occasion, a recommendation, their first time with us. */
function detailLine(
  w: Writer,
  text: string,
  product: string | null,
  named: readonly Praise[] = [],
  title: string | null = null,
  before = '',
): Part | null {
  const own = w.profile.sector !== 'electronics';
  // "They trued my wheel while I waited": the job done for the reviewer is what the review is about, so it is the
  // line told back, before an occasion or a recommendation. A practice never confirms the care it gave.
  const deed = own && !w.profile.regulated && w.canQuote ? deedOf(text, title) : null;
  if (
    deed &&
    !before.includes(deed) &&
    !named.some((p) => deed.includes(p.subject.replace(/^(?:the|your|our) /, '')))
  )
    return part(w.say(w.pick(deedLines, 'detail-line'), { d: deed }));
  // "Thank you for the kind mention of your birthday. It is lovely to have played a part in the birthday": an
  // occasion the opening thanked for already is not told again.
  const said = own && !w.profile.regulated ? occasionOf(text) : null;
  const head = said?.split(' ').pop() ?? '';
  const o = said && !named.some((p) => p.subject.endsWith(` ${head}`)) ? said : null;
  const kinds = [
    ...(o ? ([[tw.occasion, { o }]] as const) : []),
    // A product's owner recommends the product, not the shop that sold it; it is named already, so "it" or "them".
    ...(recommends(text) && !RECOMMENDS_ELSEWHERE.test(text)
      ? ([[own ? tw.recommended : tw.recommendedProduct, { item: pronounFor(product) }]] as const)
      : []),
    ...(own && firstVisit(text) ? ([[tw.firstTime, {}]] as const) : []),
  ];
  if (kinds.length === 0) return null;
  const [pool, vars] = w.pick(kinds, 'detail');
  return part(w.say(w.pick(pool, 'detail-line'), vars));
}

// An invitation that asks the reviewer back, in whenever they are passing, or says it is good to see them: "We would
// love to welcome you back", "Next time you are nearby, do come in", "Always good to see you in the shop".
const ASKS_BACK = /\b(?:back|return|nearby|passing|ever|in the area|next time you are|see you)\b/i;

// A close that takes the reviewer for a customer already: "welcome back at the shop", "visit us again".
const BACK_AGAIN = /\b(?:back|again|return)\b/i;

function invite(w: Writer, review: ThanksReview, facts: Facts, parts: readonly Part[]): Part {
  const { situation, profile } = w;
  if (situation.stance === 'neutral' && !facts.quibble.found)
    return part(w.say(w.pick(t.neutralInvite, 'neutral')));
  // A reviewer leaving the area is sent off well, not asked back soon; one who hopes never to need us is wished well.
  const fitted = profile.sector !== 'electronics' ? closeForReviewer(profile, review.text) : null;
  if (fitted) return part(w.say(w.pick(fitted, 'back-moving')));
  // A reviewer who has not been in (a present brought home, an order delivered) is asked in, not asked back.
  // A meal that came to the door is asked to order again, further down, not asked in.
  // A regular ("every 2 weeks", "for over a year now") has been in many times: never "if you are ever nearby".
  if (
    profile.sector !== 'electronics' &&
    !profile.regulated &&
    facts.noVisit &&
    !facts.regular &&
    !facts.visits &&
    !delivered(review.text)
  )
    return part(w.say(pickFresh(w, tw.inviteFirstVisit, 'back-first', CLOSE_FRAMES)));
  // A reviewer who already says they will be back is answered, not invited.
  if (profile.sector !== 'electronics' && !profile.regulated && plansToReturn(review.text)) {
    const planned =
      profile.sector === 'trades'
        ? tw.returnPlannedCall.filter((line) => facts.thing === 'the work' || !JOB.test(line))
        : tw.returnPlanned;
    return part(w.say(pickFresh(w, planned, 'back-planned', CLOSE_FRAMES)));
  }
  // "It was a real pleasure to read… It was a pleasure, and we hope…": the invitation shares no warm word with the
  // note above it.
  const before = parts.map((p) => p.text).join(' ');
  // Dishes the note already thanked for are not named again in the invitation: said twice, they read as a form.
  const dish = dishToInvite(w, facts);
  // Named with a describing word above ("the delicious risotto"), a dish is still named already.
  const dishSaid = facts.named.every((x) => before.includes(x.subject.replace(/^the /, '')));
  if (dish && !before.includes(dish) && !dishSaid && w.pick(['dish', 'plain'], 'back-dish') === 'dish')
    return part(w.say(w.pick(tw.inviteFood, 'back-food'), { p: dish }));
  if (profile.sector !== 'electronics') {
    // A regular just thanked for coming back time after time is not asked back, nor in "next time you are nearby".
    const lines = inviteLines(profile, facts.thing, review.text);
    const forRegular = facts.regular ? lines.filter((line) => !ASKS_BACK.test(line)) : lines;
    return part(
      sayAfter(
        w,
        forRegular.length > 0 ? forRegular : lines,
        `back-${wordingGroupOf(profile)}`,
        {},
        before,
        CLOSE_FRAMES,
      ),
    );
  }
  const { product } = facts;
  const it = pronounFor(product);
  const ours = !boughtElsewhere(review.text, review.title);
  // Wishing a product a long life beside a fault the reviewer found in it ("the power button has a defect") reads as
  // not having listened.
  const lasting =
    facts.quibble.found ||
    facts.faulted ||
    FAULT_SAID.test(review.text) ||
    (product !== null && NOT_WORKING_KIND.test(product))
      ? []
      : tw.productInviteLasting;
  // Help with settings is offered only for kit that has them (a router, a camera, a phone), and a case or a cable only
  // for a device that takes one: "questions about settings" for a crimp tool reads as not having looked.
  const settings = hasSettings(product, review.text) ? tw.productInviteSettings : [];
  const accessories = product !== null && TAKES_ACCESSORIES.test(product) ? tw.productInviteAccessory : [];
  // A present is hoped to be a hit: "Enjoy it" and "your setup" are for someone who kept what they bought.
  const gift = boughtAsGift(review.text);
  // Goods that came by post ("fast shipping", "arrived in two days") were never fetched from the shop: the close asks
  // the buyer back for what they need next, not into a shop they did not visit.
  const shipped = SHIPPED.test(`${review.title ?? ''} ${review.text}`);
  const all = [
    ...(shipped ? tw.productInviteNext : []),
    ...tw.productInvite,
    ...settings,
    ...accessories,
    ...lasting,
    ...(ours
      ? BOUGHT_LOCALLY.test(review.text)
        ? tw.productInviteOurs.map((line) =>
            CHOSE_US.test(line) ? (tw.productInviteLocal[0] ?? line) : line,
          )
        : tw.productInviteOurs
      : []),
    ...(gift ? giftClose : []),
  ]
    .filter((line) => !(gift && FOR_ONESELF.test(line)) && !(shipped && VISIT_CLOSE.test(line)))
    // Goods bought at another shop: the buyer is asked in, never "back" or "again" to a shop they did not buy from.
    .filter((line) => ours || !BACK_AGAIN.test(line));
  // "…how well it has worked… Long may it keep working" says the same thing twice.
  const saidWorks = parts.some((p) => WORKS.test(p.text));
  const fitting = saidWorks ? all.filter((line) => !WORKS.test(line)) : all;
  // "Do pop in… come and say hello… see you back in the store" closing note after note reads as a form: where either
  // of the shop's two latest replies asked the reviewer in, this one closes another way.
  // "Enjoy…" is heard across a whole page: not where any of the page's latest replies enjoyed something, and never
  // after a line of the note itself that did.
  // Every close asks the reviewer back, so the way it does ("say hello", "a browse", "at the counter") is what a page
  // must vary: the frames below keep one from coming back within the latest notes.
  const enjoyed =
    parts.some((p) => ENJOY.test(p.text)) || w.usedInLatest(ENJOY_SPAN, (reply) => ENJOY.test(reply)) > 0;
  const otherClose = fitting.filter((line) => !(enjoyed && ENJOY.test(line)));
  // After a note that asked the reviewer into the shop, the next asks them back for what they need next instead,
  // while a line of that kind is left that the page has not said.
  const next = tw.productInviteNext.filter(
    (line) => !(gift && FOR_ONESELF.test(line)) && !saidOnPage(w, line),
  );
  // "Whatever you need next", "should you need anything else down the line", "if anything else is on your list": one
  // kind of close however worded, so not in two of any three notes running.
  const nextLately = w.usedInLatest(CLOSE_SPAN, (reply) => NEXT_PURCHASE.test(lastSentenceOf(reply))) > 0;
  const unlisted = otherClose.filter((line) => !NEXT_PURCHASE.test(line));
  const lines =
    next.length > 0 &&
    !nextLately &&
    w.usedInLatest(1, (reply) => VISIT_CLOSE.test(lastSentenceOf(reply))) > 0
      ? next
      : nextLately && unlisted.length > 0
        ? unlisted
        : otherClose.length > 0
          ? otherClose
          : fitting;
  // Named once in the note is enough; the invitation then says "it" or "them".
  const named = product !== null && parts.some((p) => p.text.includes(product));
  const subject = it === 'them' ? 'they' : 'it';
  return part(
    w.say(pickFresh(w, lines, 'back-product', PRODUCT_CLOSE_FRAMES), {
      item: named ? it : (product ?? it),
      subj: named ? subject : (product ?? subject),
      are: it === 'them' ? 'are' : 'is',
      s: it === 'them' ? '' : 's',
    }),
  );
}

/**
 * A thank-you to a happy (or mostly happy) reviewer: names one or two things they praised in their own words and
 * the person they thanked, welcomes back someone who says they are a regular, answers a quibble they really stated
 * in one sentence that names it, and invites them back in the trade's own words. It never offers anything: a public
 * reward after a good review looks like paying for reviews.
 */
export function thanksParts(writer: Writer, review: ThanksReview): Part[] {
  // Whichever shape the note took, no two of its sentences open alike.
  return unechoed(unlikeOpenings(noteParts(writer, review)));
}

function noteParts(writer: Writer, review: ThanksReview): Part[] {
  const w = pageWise(writer, review);
  const { situation, profile } = w;
  if (tellsOfLoss(review.text)) return lossParts(w, review);
  const read = readFacts(w, review);
  // A text that only asks something is answered, not thanked for praise it never gave.
  if (w.canQuote && read.named.length === 0 && asksOnly(review.text, review.title))
    return questionParts(w, read.product);
  if (isBriefFit(w, read, review)) return briefParts(w, read, review);
  // "…how easy the router is to set up", "…how well the scanner works" in note after note reads as a form: after two
  // such notes, one that could only tell its praise back that way is glad of the product as a whole instead.
  const howOnly = read.named.length > 0 && read.named.every((x) => x.how);
  const facts =
    howOnly && w.usedInLatest(2, (reply) => HOW_TOLD.test(reply)) === 2 ? { ...read, named: [] } : read;
  // "Lovely to hear it went so well" beside a quibble the note answers reads as not having listened.
  // A quibble read but not told back counts too: "so glad it went well" above "the room could have been cleaner".
  const whole = !facts.quibble.found || profile.sector === 'electronics';
  const to = facts.people[0] ? null : handOnWho(w, facts);
  // Praise handed on in the opening sentence itself, in some notes, so not every note runs "thank you… I will pass
  // this on…".
  // Only praise of a part of the business is handed on in the same breath: "what you wrote about the food… with the
  // servers" hands one thing to the wrong people.
  const merged =
    to !== null &&
    !to.staff &&
    facts.named.some((x) => !x.how) &&
    w.pick(['apart', 'together'], 'hand-on-shape') === 'together';
  // One line on what the reviewer told of themselves (the occasion, their recommendation, a first visit), placed below.
  const detail = detailLine(w, review.text, facts.product, facts.named, review.title ?? null);
  // Where nothing praised can be named, what the reviewer told of themselves, or that they are a regular, is the
  // specific line; gladness that "your visit was such a success" is said only if the note is still short without it.
  // A shop's line about the product names it ("you clearly picked well with the Garmin"), so it stays.
  const parts = merged
    ? [part(passedOpening(w, facts, to.who))]
    : facts.named.length > 0
      ? opening(w, facts)
      : generalOpening(w, facts, whole && !facts.regular && !(detail && profile.sector !== 'electronics'));
  // How many sentences the opening took: only a one-sentence opening is swapped for the two-sentence one below.
  const openingLength = parts.length;
  const handed = merged ? parts[0] : handOn(w, facts, to, parts.map((p) => p.text).join(' '));
  if (handed && !merged) parts.push(handed);
  // "Above all, glad you are safe" comes before anything else a note after an accident says.
  if (facts.accident && !facts.othersAccident && profile.sector !== 'electronics')
    parts.splice(1, 0, part(w.say(w.pick(tw.safeAfterAccident, 'accident'))));
  // A product owner's "my third one" makes them a fan of the product, not a regular of the shop. Twenty-five years
  // of custom is named as the reviewer told it, and kept however long the note is; a practice never confirms it.
  const years = profile.regulated || !w.canQuote ? null : yearsWithUs(review.text);
  if (years && profile.sector !== 'electronics')
    parts.push(part(w.say(w.pick(tw.yearsWithUs, 'returning'), { y: years, Y: capitalise(years) })));
  else if (facts.regular)
    // A regular greeted as one is what they told us of themselves: kept however long the note runs. "After all this
    // time" is for someone who said how long; to a new favourite it reads as not having read the review.
    // "It means a lot that the instructors stood out… It means a lot that you keep choosing us": never opened alike.
    parts.push(
      part(
        sayAfter(
          w,
          facts.span ? tw.returning : tw.returning.filter((line) => !LONG_TIME.test(line)),
          'returning',
          {},
          // The line on what they told of themselves may yet be placed beside it.
          [...parts, ...(detail ? [detail] : [])].map((p) => p.text).join(' '),
        ),
      ),
    );
  // One line on what the reviewer told of themselves (the occasion, their recommendation, a first visit) sits before
  // or after the hand-on, so a page of replies does not share one shape.
  if (detail)
    parts.splice(w.pick([parts.length, Math.max(1, parts.length - (handed ? 1 : 0))], 'shape'), 0, detail);
  // Every line so far, not only the last: an optional line between them may yet be dropped.
  const quibble = quibbleLine(w, facts, parts.map((p) => p.text).join(' '));
  if (quibble) parts.push(quibble);
  // A product's point that no line names is still weighed: "Overall, it seems a sound choice", never "so glad".
  else if (facts.quibble.found && profile.sector === 'electronics' && !parts.some((p) => saysWhole(p.text)))
    parts.push({ ...wholeLine(w, facts, parts.map((p) => p.text).join(' '), parts), optional: false });
  // Handed on last, the praise closes the note; beside a quibble line that passes its point on, it would say so twice.
  const ending = endingOf(w, review, handed && !merged && !quibble ? handed : null);
  const back = ending === 'ask' ? invite(w, review, facts, parts) : closeWithout(w, ending);
  // Short notes get a line about the whole experience, then one for the team, until they read as written for someone.
  // A shop's team did not make the product, so a product note is not handed to them; a note that already handed the
  // praise on (to a person, the staff or the kitchen) does not hand it to the team a second time.
  // Nor does one whose business handed praise on in its latest two replies: the team line is one a page tires of.
  const teamFits =
    !profile.regulated &&
    profile.sector !== 'electronics' &&
    situation.stance !== 'neutral' &&
    !handed &&
    !handedOnLately(w);
  const fillers: Part[] = [];
  // A second thing the reviewer praised fills a short note better than gladness about the whole: "so glad your stay
  // hit the mark" in a third of a page's notes reads as a form, and the reviewer's own point never does.
  const second =
    facts.named.length > 0 ? secondLine(w, facts, parts.map((p) => p.text).join(' '), review.text) : null;
  if (second) fillers.push({ ...second, optional: true });
  // A regular is greeted as one above: a line about how the visit went besides says their custom twice over.
  if (facts.named.length > 0 && whole && !facts.regular)
    fillers.push(wholeLine(w, facts, parts.map((p) => p.text).join(' '), parts));
  if (profile.regulated) fillers.push(part(w.say(w.pick(tw.regulatedExtra, 'team')), true));
  else if (teamFits) {
    // "…the good word about the team… where the whole team can see it": the team is named once in a note.
    const saidTeam = parts.some((p) => /\bteam\b/i.test(p.text));
    const lines = saidTeam ? tw.team.filter((line) => !/\bteam\b/i.test(line)) : tw.team;
    if (lines.length > 0) fillers.push(part(w.say(w.pick(lines, 'team')), true));
  } else if (profile.sector === 'electronics' && !feltGoodLately(w))
    fillers.push(
      part(w.say(w.pick(unlikeNote(w, tw.productExtra, parts.map((p) => p.text).join(' ')), 'team')), true),
    );
  // The note is measured as it will read: an opening reworded for an echo ("What a nice review… Thank you for such a
  // kind review, and for…" loses its second "review") is shorter than the one picked.
  for (const extra of fillers) {
    if (wordsIn(unechoed(unlikeOpenings([...parts, back]))) >= MIN_WORDS) break;
    // A line only there to fill a short note is left out rather than said a second time on the page, and a note
    // says one line about the whole.
    if (saidBefore(w, extra.text) || (saysWhole(extra.text) && parts.some((p) => saysWhole(p.text))))
      continue;
    parts.splice(quibble ? parts.indexOf(quibble) : parts.length, 0, extra);
  }
  // A one-sentence opening that leaves the note short becomes the two-sentence one.
  const opened = parts[0];
  if (
    wordsIn([...parts, back]) < MIN_WORDS &&
    facts.named.length === 0 &&
    !facts.regular &&
    !(detail && profile.sector !== 'electronics') &&
    openingLength === 1 &&
    opened &&
    !merged &&
    opened !== handed
  )
    // A note that already says a line about the whole (beside a point it does not tell) is not given a second one.
    parts.splice(0, 1, ...generalOpening(w, facts, whole && !parts.some((p) => saysWhole(p.text)), 'two'));
  // Asked again now the note is whole, so a product named in a line added above is "it" in the invitation.
  if (ending === 'ask') parts.push(invite(w, review, facts, parts));
  else if (ending === 'hand-on' && handed) {
    parts.splice(parts.indexOf(handed), 1);
    parts.push({ ...handed, optional: false });
  } else parts.push(closeWithout(w, ending));
  // The invitation asked again may be shorter than the one the note was measured with: a filler left over fills in.
  for (const extra of fillers) {
    if (wordsIn(parts) >= MIN_WORDS) break;
    if (parts.includes(extra) || saidBefore(w, extra.text)) continue;
    if (saysWhole(extra.text) && parts.some((p) => saysWhole(p.text))) continue;
    parts.splice(quibble ? parts.indexOf(quibble) : parts.length - 1, 0, extra);
  }
  topUp(w, facts, review, parts, ending === 'ask');
  closeShortNote(w, review, facts, parts, ending);
  while (wordsIn(parts) > MAX_WORDS) {
    const optional = parts.findIndex((p, i) => p.optional && i !== parts.length - 1);
    if (optional < 0) break;
    parts.splice(optional, 1);
  }
  // Whatever line filled in where, a note never says one sentence twice.
  return oneStockOpener(dropOptionalWhenLong(parts)).filter(
    (p, i, all) => p.text.length > 0 && all.findIndex((q) => q.text === p.text) === i,
  );
}

// A later sentence that opens as an earlier one did ("It is lovely to read… It is lovely to see Dr. Joe…"), reworded
// at its head only, so what it says is kept: "It is also lovely…", "Thank you, too, for…", "Such a nice way…".
const ALIKE_OPENINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(It|That) (is|was) (?!also\b)/, '$1 $2 also '],
  [/^I am (?!also\b)/, 'I am also '],
  [/^I was (?!also\b)/, 'I was also '],
  [/^Thank you for /, 'Thank you, too, for '],
  [/^Thanks for /, 'Thanks, too, for '],
  [/^What an /, 'Such an '],
  [/^What a /, 'Such a '],
];

/**
 * Each sentence of the note, in order, as `reword` tells it given the sentence said just before it (as reworded); a
 * part whose sentences all stay as they were is kept as it is.
 */
function rewordSentences(parts: Part[], reword: (sentence: string, before: string) => string): Part[] {
  let before = '';
  return parts.map((p) => {
    const sentences = splitSentences(p.text).map((s) => s.text);
    const told = sentences.map((sentence) => {
      before = reword(sentence, before);
      return before;
    });
    const text = told.join(' ');
    return text === sentences.join(' ') ? p : { ...p, text };
  });
}

function unlikeOpenings(parts: Part[]): Part[] {
  const seen: string[] = [];
  return rewordSentences(parts, (sentence) => {
    const rule = seen.includes(firstWords(sentence))
      ? ALIKE_OPENINGS.find(([re]) => re.test(sentence))
      : undefined;
    const reworded = rule ? sentence.replace(rule[0], rule[1]) : sentence;
    seen.push(firstWords(reworded));
    return reworded;
  });
}

// A warm word said again in the very next sentence ("Thank you for the kind review. It is kind of you to…", "Good to
// hear… It was good of you…") is reworded there with another of the same warmth; what the sentence says is kept.
const ECHO_REWORDINGS: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/\bkind\b/i, /\bkind of you\b/, 'generous of you'],
  [/\bkind\b/i, /\b(your|such a|the|a) kind (review|write-up|words|note|message)\b/i, '$1 warm $2'],
  [/\bkind\b/i, /\bkind of (review|note|message)\b/, 'sort of $1'],
  [/\bkind\b/i, /\bthe kind ones\b/, 'the warm ones'],
  [/\bgood\b/i, /\bgood of you\b/, 'generous of you'],
  // Not of a point the reviewer raised ("Good to know about the size of the phone"): "great" would sound pleased by it.
  [/\bgood\b/i, /\b(It is|It was|So|Very) good to (hear|read|know(?! about))\b/, '$1 great to $2'],
  [/\bgood\b/i, /^Good to (hear|read|know(?! about))\b/, 'Great to $1'],
  [/\blovely\b/i, /\blovely\b/, 'wonderful'],
  [/\breview\b/i, /^Thank you for (?:the|such a kind|such a|this|your) review, and for /, 'Thank you for '],
  [/\bpleasure\b/i, /\bIt would be a pleasure to\b/, 'We would love to'],
  [/\bpleasure\b/i, /\bIt was a pleasure to supply\b/, 'We were happy to supply'],
];

function unechoed(parts: Part[]): Part[] {
  return rewordSentences(parts, (sentence, before) =>
    ECHO_REWORDINGS.reduce(
      (said, [heard, wording, instead]) => (heard.test(before) ? said.replace(wording, instead) : said),
      sentence,
    ),
  );
}

type Ending = 'ask' | 'hand-on' | 'wish' | 'none';

/**
 * How a note closes. Asking the reviewer back is the usual close, but not where the business's latest note asked:
 * then the praise handed on closes the note where it is handed on, or a wish for the reviewer does, unless a
 * latest note closed on one too; else the note ends on what it says last. A reviewer who is moving away, or hopes
 * never to need us, is answered as they wrote, whatever the notes before said.
 */
function endingOf(w: Writer, review: ThanksReview, handed: Part | null): Ending {
  // A shop's product note always asks the reviewer back, since without it the note reads as a help desk; what it
  // varies is the kind of invitation (see `invite`). A practice's close offers help rather than a visit, and its
  // notes, which may say little, need it to read as whole.
  if (w.profile.sector === 'electronics' || w.profile.regulated) return 'ask';
  if (w.usedInLatest(ASK_SPAN, asksBack) === 0) return 'ask';
  if (closeForReviewer(w.profile, review.text)) return 'ask';
  // A reviewer who says they will be back is answered on it ("glad to hear you will be back"), however the notes
  // before closed: a general wish beside their plan reads as not having read it.
  if (plansToReturn(review.text)) return 'ask';
  if (handed) return 'hand-on';
  // A wish said before on the page would read as a form of its own: the note then ends on what it says last.
  const unsaid = tw.wishClose.some((line) => !saidOnPage(w, line));
  if (unsaid && w.usedInLatest(CLOSE_SPAN, wishesWell) === 0) return 'wish';
  return 'none';
}

// The frames a page's wishes are heard by.
const WISH_FRAMES = [
  /\ball the (?:very )?best\b/i,
  /\b(?:best|warmest|good) wish(?:es)?\b/i,
  /\btake (?:good )?care\b|\blook after yourself\b/i,
  /\bwishing you\b|\bsending\b/i,
  /\bregards\b/i,
  /\bhave a (?:lovely|wonderful) week\b|\blovely rest\b/i,
  /\byou and yours\b/i,
  /\b(?:whole )?(?:team|crew)\b|\ball of us\b|\beveryone here\b/i,
];

/**
 * A note still short without an invitation closes on a wish for the reviewer, and failing that asks them back after
 * all, in the wish's place: under 30 words reads as curt, which a reader minds more than a close heard lately.
 */
function closeShortNote(w: Writer, review: ThanksReview, facts: Facts, parts: Part[], ending: Ending): void {
  if (ending === 'ask' || wordsIn(parts) >= MIN_WORDS) return;
  if (ending !== 'wish') {
    const wish = closeWithout(w, 'wish');
    if (parts.at(-1)?.text === '') parts.splice(-1, 1, wish);
    else parts.push(wish);
    if (wordsIn(parts) >= MIN_WORDS) return;
  }
  parts.splice(-1, 1, invite(w, review, facts, parts.slice(0, -1)));
}

/**
 * The close of a note that does not ask the reviewer back: a wish for them, or an empty place that keeps the lines
 * added later above what the note says last, and is dropped.
 */
function closeWithout(w: Writer, ending: Ending): Part {
  return ending === 'wish' ? part(w.say(pickFresh(w, tw.wishClose, 'wish', WISH_FRAMES))) : part('');
}

// How many of a shop's latest notes the buyer is kept out of once a note handed praise on to them.
const BUYER_HELD = 12;
let productHandOnPatterns: RegExp[] | null = null;
/** True when a reply handed a product's praise on to the shop's buyer. */
const handedToBuyer = (reply: string): boolean => {
  productHandOnPatterns ??= tw.productHandOn.map(templatePattern);
  return productHandOnPatterns.some((line) => line.test(reply));
};

/**
 * True when a word read as praise is a hedge in the review ("which was kind of old", "pretty much the same"): told
 * back as "how kind the flea market was", it says what the reviewer never did.
 */
const hedgeRead = (p: Praise, text: string): boolean =>
  p.words.some((word) => new RegExp(`(?<!\\p{L})${escapeRegExp(word)} of(?!\\p{L})`, 'iu').test(text));

/** True when the review says the thing itself is or was something: "the food is great", "service was fast". */
const saidToBe = (p: Praise, text: string): boolean => {
  const head = p.subject.split(' ').pop() ?? '';
  return new RegExp(`(?<!\\p{L})${escapeRegExp(head)} (?:is|was|are|were)(?!\\p{L})`, 'iu').test(text);
};

/** A line on a second thing the reviewer praised that the note does not name yet, or null. */
function secondLine(w: Writer, facts: Facts, text: string, review: string | null = null): Part | null {
  const tense = w.profile.sector === 'electronics' ? 'present' : 'past';
  // With the review given, a bare noun praised once without feeling and never said to be good in so many words ("a
  // good foundation" of a gyro's bread) is passed over: told back as "the foundation caught your eye" it reads as a
  // misreading. "The food was great" says it outright.
  const sure = (p: Praise): boolean =>
    review === null || !isLoneNoun(p) || p.strong || p.star || (p.mentions ?? 1) > 1 || saidToBe(p, review);
  const second = facts.more.find((p) => !text.includes(p.subject) && sure(p));
  if (!second) return null;
  if ((second.words.length > 0 || second.how) && !/\bhow\b/.test(text))
    return part(
      sayAfter(w, tw.secondDescribed, 'second', { h: describe(second, tense, w.latest(PAGE)) }, text),
    );
  return part(
    sayAfter(w, tw.secondPraise, 'second', { p: second.subject, P: capitalise(second.subject) }, text),
  );
}

/**
 * Lines true of this review, for a note still under 30 words: a second thing the reviewer praised, the praised thing
 * as they described it, what they told of their visit, the experience or the product as a whole, the team's share of
 * it; a line true of any review only where none of those is left. Each goes before the invitation, which stays last.
 * `asked` is false for a note that closes without an invitation: it is made whole by a wish instead of a second line
 * about how a review pleases us.
 */
function topUp(w: Writer, facts: Facts, review: ThanksReview, parts: Part[], asked = true): void {
  const text = (): string => parts.map((p) => p.text).join(' ');
  const candidates: Array<() => Part | null> = [
    () => secondLine(w, facts, text()),
    () => detailLine(w, review.text, facts.product, [], review.title ?? null, text()),
    () =>
      w.canQuote && !w.profile.regulated && praisesValue(review.text)
        ? part(sayAfter(w, tw.valuePraised, 'value', {}, text()))
        : null,
    () => {
      const d = w.profile.sector === 'electronics' && !facts.quibble.found ? timeInUse(review.text) : null;
      return d && !FAULT_SAID.test(review.text)
        ? part(sayAfter(w, tw.inUseFor, 'in-use', { d }, text()))
        : null;
    },
    // "So glad it went well" beside a quibble the note answers reads as not having listened; a product's line about
    // the whole is the kind that weighs the point.
    () =>
      facts.accident ||
      facts.regular ||
      (facts.quibble.found && w.profile.sector !== 'electronics') ||
      parts.some((p) => saysWhole(p.text))
        ? null
        : wholeLine(w, facts, text(), parts),
    () => {
      // Nor just after a note that handed its praise on: "I will be reading this one out to the team" in two notes of
      // three reads as a form, however it is worded.
      if (w.profile.regulated || w.profile.sector === 'electronics' || handedOn(text()) || handedOnLately(w))
        return null;
      const lines = /\bteam\b/i.test(text()) ? tw.team.filter((line) => !/\bteam\b/i.test(line)) : tw.team;
      return lines.length > 0 ? part(w.say(w.pick(lines, 'team'))) : null;
    },
    // A shop's note just after one that said how a review pleases us hands the praise on to its buyer instead.
    () => {
      if (w.profile.sector !== 'electronics' || !feltGoodLately(w)) return null;
      // Twice on a page a reader takes in at once, the buyer reads as a form.
      if (w.usedInLatest(BUYER_HELD, handedToBuyer) > 0) return null;
      const named = facts.product !== null && text().toLowerCase().includes(facts.product.toLowerCase());
      const many = named && pronounFor(facts.product) === 'them';
      return part(
        // "who chose it for the shelves" of headphones reads wrong: a product of many is "them", in the lines that
        // read right with it ("them was worth stocking" does not).
        sayAfter(
          w,
          many ? tw.productHandOn.filter((line) => !/\{item\} (?:was|is)\b/.test(line)) : tw.productHandOn,
          'hand-on',
          { item: named ? (many ? 'them' : 'it') : (facts.product ?? 'it') },
          text(),
        ),
      );
    },
    // Last, a line true of any review: a page hears one on a minority of its notes, never two notes running.
    () =>
      w.profile.regulated
        ? part(w.say(w.pick(tw.regulatedExtra, 'team')))
        : // A note closing without an invitation is closed on a wish below rather than on a second such line.
          feltGoodLately(w) || (!asked && feelsGood(text()))
          ? null
          : part(
              w.say(
                w.pick(
                  unlikeNote(w, w.profile.sector === 'electronics' ? tw.productExtra : tw.noteExtra, text()),
                  'note-extra',
                ),
              ),
            ),
  ];
  for (const next of candidates) {
    if (wordsIn(parts) >= MIN_WORDS) return;
    const line = next();
    if (!line || text().includes(line.text) || saidBefore(w, line.text)) continue;
    // Said already in other words: a second line of the same pool reads as a form.
    parts.splice(Math.max(0, parts.length - 1), 0, { ...line, optional: false });
  }
  // Still under the floor: a two-line note reads as a form letter more than a line true of any review just after
  // another note's does.
  if (wordsIn(parts) >= MIN_WORDS || w.profile.regulated) return;
  // One line about how a review pleases us is enough: two in a note that closes on a wish read as filler.
  if (!asked && feelsGood(text())) return;
  // Nor where it would make a third note running of the same length in sentences: a page's shapes alternate.
  const count = splitSentences(text()).length + 1;
  if (w.usedInLatest(2, (reply) => splitSentences(bodyOf(reply).trim()).length === count) >= 2) return;
  const pool = (w.profile.sector === 'electronics' ? tw.productExtra : tw.noteExtra).filter((line) => {
    const said = w.say(line);
    return !text().includes(said) && !saidBefore(w, said);
  });
  if (pool.length > 0)
    parts.splice(
      Math.max(0, parts.length - 1),
      0,
      part(w.say(w.pick(unlikeNote(w, pool, text()), 'note-extra'))),
    );
}

// A regular's line that speaks of years of custom.
const LONG_TIME = /\bafter all this time\b|\ball these years\b/i;

/** True when one of the business's replies already says the sentence word for word. */
const saidBefore = (w: Writer, sentence: string): boolean =>
  w.usedInLatest(Number.MAX_SAFE_INTEGER, (reply) => reply.includes(sentence)) > 0;

/** Of two stock exclamations in one note, the later goes where the note can spare it. */
function oneStockOpener(parts: Part[]): Part[] {
  const first = parts.findIndex((p) => tw.STOCK_OPENER.test(p.text));
  return parts.filter(
    (p, i) => i <= first || !p.optional || i === parts.length - 1 || !tw.STOCK_OPENER.test(p.text),
  );
}

// How many of the latest notes a stock family is looked for in: about twice in a page of twenty.
const FAMILY_WINDOW = 10;
// How many of the latest notes a praise shape is looked for in: never in two of any three notes running.
const SHAPE_WINDOW = 2;
const FEEL_GOOD_LINES = tw.feelGood.map((line) => templatePattern(line));
const FEEL_GOOD = new Set<unknown>(tw.feelGood);
const feelsGood = (reply: string): boolean => FEEL_GOOD_LINES.some((line) => line.test(reply));
/** True when either of the business's two latest notes carried a feel-good line: the next one goes without. */
const feltGoodLately = (w: Writer): boolean => w.usedInLatest(2, feelsGood) > 0;

/**
 * The writer for one thank-you on a business's page. A line of a stock family that one of the latest notes used
 * ("mention", "tell others", "frank comment") is passed over while another fits, as is a feel-good line just after
 * one.
 */
function pageWise(w: Writer, review: ThanksReview): Writer {
  const familyUsed = new Map<RegExp, boolean>();
  const usedLately = (family: RegExp, window = FAMILY_WINDOW): boolean => {
    const known = familyUsed.get(family);
    if (known !== undefined) return known;
    const used = w.usedInLatest(window, (reply) => family.test(bodyOf(reply))) > 0;
    familyUsed.set(family, used);
    return used;
  };
  const feltGood = feltGoodLately(w);
  // What a line must never say here, and then what it had better not: a family heard lately, or a line said before
  // on the page, which is worse than a family heard before.
  // Nor a line that answers fair comment where the reviewer gave plain praise or raved.
  const warmth = { measured: measuredPraise(review.text, review.rating) };
  const fits = (line: unknown): boolean =>
    typeof line !== 'string' || (!(feltGood && FEEL_GOOD.has(line)) && fitsWarmth(line, warmth));
  const wise: Writer = { ...w };
  const fresh = (line: unknown): boolean =>
    typeof line !== 'string' ||
    (!saidOnPage(w, line) &&
      !tw.stockFamilies.some((family) => family.test(line) && usedLately(family)) &&
      !tw.shapeFamilies.some((family) => family.test(line) && usedLately(family, SHAPE_WINDOW)));
  const choose = <T>(options: readonly T[]): readonly T[] => {
    const fitting = options.filter(fits);
    const usable = fitting.length > 0 ? fitting : options;
    const kept = usable.filter(fresh);
    if (kept.length > 0) return kept;
    // Where every line is of a family heard lately, one the page has not said is still better than one it has.
    const unsaid = usable.filter((line) => typeof line !== 'string' || !saidOnPage(w, line));
    return unsaid.length > 0 ? unsaid : usable;
  };
  wise.pick = (options, salt) => w.pick(choose(options), salt);
  wise.pickBy = (options, salt, usedIn) => w.pickBy(choose(options), salt, usedIn);
  mustFit.set(wise, fits);
  return wise;
}

// What a page-wise writer never says in this note: asked for by a pool's own narrowing (an echo, a line said before)
// before the writer picks, so that narrowing never leaves only a line the note may not say.
const mustFit = new WeakMap<Writer, (line: unknown) => boolean>();
const mayBeSaid =
  (w: Writer) =>
  (line: string): boolean =>
    mustFit.get(w)?.(line) ?? true;

/** A reply's own words: no greeting line, no sign-off. */
const bodyOf = (reply: string): string =>
  reply.replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '').replace(/\n— [^\n]*$/, '');

/** True when a reply says no more than two sentences. */
const isBrief = (reply: string): boolean => splitSentences(bodyOf(reply).trim()).length <= 2;

/**
 * True when a note can be the short kind, thanks for the thing praised and an invitation: the review named what
 * pleased the reviewer and raised nothing to answer, nobody is to be thanked by name, and neither of the business's
 * two latest notes was short; then about every other time, so a page mixes short notes with fuller ones.
 */
function isBriefFit(w: Writer, facts: Facts, review: ThanksReview): boolean {
  const { profile, situation } = w;
  if (profile.regulated || !w.canQuote || situation.stance !== 'happy') return false;
  if (facts.named.length === 0 || facts.quibble.found || facts.faulted || facts.people.length > 0)
    return false;
  if (facts.accident || situation.isReturning || facts.regular || yearsWithUs(review.text)) return false;
  if (w.usedInLatest(2, isBrief) > 0) return false;
  // The short note opens on thanks: not straight after a note that did, so a page's openings alternate.
  if (w.usedInLatest(1, (reply) => openingOf(reply) === 'thanks') > 0) return false;
  // A short note with nothing to name but how it was praised thanks "for saying how…": once in a page's ten notes.
  if (facts.named.every((x) => x.how) && thankedForHowLately(w)) return false;
  return w.pick(['brief', 'full'], 'outline') === 'brief';
}

/** The short note: one sentence of thanks naming what was praised, then the invitation. */
function briefParts(w: Writer, facts: Facts, review: ThanksReview): Part[] {
  const p = namedPhrases(facts.named);
  const described = facts.named.find((x) => x.words.length > 0 || x.how !== undefined);
  const h = described
    ? describe(described, w.profile.sector === 'electronics' ? 'present' : 'past', w.latest(PAGE))
    : '';
  const open = p
    ? w.say(
        withoutPride(
          unpicked(framesFor(tw.praisedOpen, facts.named.every(isBareNoun)), facts),
          w.profile.sector === 'electronics',
          (x) => w.pick(x, 'thanks'),
        ),
        { p, P: capitalise(p) },
      )
    : w.say(w.pick(tw.describedOpen, 'thanks'), { h, H: capitalise(h) });
  const parts = [part(open)];
  const ending = endingOf(w, review, null);
  parts.push(ending === 'ask' ? invite(w, review, facts, parts) : closeWithout(w, ending));
  topUp(w, facts, review, parts, ending === 'ask');
  closeShortNote(w, review, facts, parts, ending);
  return parts.filter((p) => p.text.length > 0);
}

/**
 * A thank-you after a loss (a pet put to sleep, a relative who died): thanks and condolence, the person who cared for
 * them when the reviewer names one, and a kind close; nothing glad, nothing about coming back.
 */
function lossParts(w: Writer, review: ThanksReview): Part[] {
  const open = w.say(w.pick(tw.lossOpen, 'thanks'));
  const people = w.canQuote
    ? withPlainStaff(w.situation.people, review.text).filter(
        (p) => namesPerson(p, review.text) && praisedPerson(p, review.text),
      )
    : [];
  const person = people[0];
  const parts = [part(open), part(w.say(w.pick(tw.lossMiddle, 'glad-whole')))];
  if (person) parts.push(part(w.say(w.pick(tw.lossPerson, 'person'), { person })));
  parts.push(part(w.say(w.pick(tw.lossClose, 'back'))));
  return parts;
}

/** Optional lines stay only while the note is short; a long note keeps what names the reviewer's own words. */
function dropOptionalWhenLong(parts: Part[]): Part[] {
  const out = [...parts];
  for (let i = out.length - 2; i >= 0; i--) {
    const p = out[i];
    if (!p?.optional) continue;
    const without = out.filter((_, k) => k !== i);
    if (wordsIn(without) >= MIN_WORDS + 8) out.splice(i, 1);
  }
  return out;
}
