import { readAspects, sayAspect } from '../triage/situation/aspects.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import { nameReservation } from './name-reservation.ts';
import { asInitials, problemWords } from './phrase-problem.ts';
import { aboutElsewhere, clauseIn, isPlainCue, quibbleTopic, readQuibble } from './read-quibble.ts';
import { aboutRival } from './rival-product.ts';
import { isEnglishWord } from './spelling.ts';
import { lowerStarts } from './thanks-praise.ts';
import type { Writer } from './writer.ts';

/**
 * The quibble of a happy reviewer as the reply can tell it back: a clause in their words ("the pillows were lumpy"),
 * a noun phrase ("the limited hours"), or neither when they stated one whose words do not read cleanly.
 */
type Reviewed = { text: string; title?: string | null; itemName?: string | null; rating?: number | null };

export type ToldQuibble = {
  found: boolean;
  noun: string | null;
  clause: string | null;
  /** Stated with the reviewer's own cue ("cons:", "my only complaint"), so it must not go unanswered. */
  stated?: boolean;
  /**
   * The reviewer marked a point the note cannot name as what cost a star ("the only reasons it doesn't get 5 stars
   * from me…"): it is answered without naming it.
   */
  cue?: 'star' | 'plain';
};

// A reservation the reviewer says cost a star: "I took a star off because…", "I'm leaving out one star because…", "the
// only reasons it doesn't get 5 stars from me", "one less star".
const STAR_CUE =
  /(?<!\p{L})(?:(?:took|take|taking|knocked|knock|dropped|drop|docked|dock|lost|loses|minus) (?:off |away )?(?:a|one|1|the) star|(?:leaving|left|leave|holding|held|hold) (?:out|off|back) (?:a|one|1|the) star|one less star|(?:does|did|do)(?:n't| not) get (?:5|five|all five|the full five) stars|(?:only|one) reasons? (?:it|this|they|i) (?:does|did|do|am|is)(?:n't| not)|(?:4|four) stars? (?:instead of|rather than|because|due to|for))(?!\p{L})/iu;
/**
 * How the reviewer marked the sentence as a reservation: as what cost a star, or plainly as the point they hold back on
 * in a review that held a star back ("the only annoying thing was…", "cons:", "one small problem though", "the Oreo
 * tasted like plain vanilla"). Either way it is answered, named or not. A five-star review's story ("I had no luck with
 * my old one, the only problem was…") is read for a reservation only where the reviewer says it cost a star.
 */
const cueOf = (sentence: string, plain: boolean, rating: number | null | undefined): ToldQuibble['cue'] =>
  STAR_CUE.test(sentence)
    ? 'star'
    : (rating ?? 5) <= 4 && (plain || isPlainCue(sentence))
      ? 'plain'
      : undefined;

const CONTRAST = /\b(?:but|though|although|however|unfortunately|only|except)\b/i;
const CRITICAL_TURN =
  /\b(?:but|though|although|however|unfortunately|only|except|not|n't|too|never|no|wish|bit|little)\b/i;
const DISMISSED =
  /\b(?:(?:have|had) no problem with (?:that|it|this)|(?:doesn't|does not|didn't|did not|won't|will not) bother (?:me|us)|not (?:a )?(?:big|huge|major) deal|no big deal|(?:i|we) can live with (?:that|it)|(?:i'm|i am|we're|we are) (?:perfectly |totally |completely )?(?:ok|okay|fine|happy) with (?:that|it|this))\b/i;
// "Knowing my luck, it wouldn't work": what the reviewer feared might happen, not what did.
const HYPOTHETICAL = /\b(?:would|wouldn't|might|may)\b/i;
const NONE: ToldQuibble = { found: false, noun: null, clause: null };
// A verdict that names no fault: "the unit is not perfect", "it is not ideal".
const VERDICT_ONLY = /\b(?:is|was|are|were)(?: not|n't) (?:perfect|ideal|flawless)$/i;
// A fault the reviewer only took it for, until they found the cause: "I thought it was defective until I found out
// what the problems were".
const MISTAKEN =
  /\b(?:thought|assumed|believed|feared|suspected|was sure|was convinced)\b[^.!?]{0,60}\b(?:until|till|but then|then (?:i |we )?(?:found|realized|realised|learned|discovered)|turned out|only to find)\b/i;
/** True when the fault's last word is said only in a sentence that tells it was a mistaken fear. */
const mistakenFor = (fault: string, text: string): boolean => {
  const word = fault.toLowerCase().split(/\s+/).pop() ?? '';
  const told = splitSentences(text).filter(
    ({ text: s }) => word.length > 2 && s.toLowerCase().includes(word),
  );
  return told.length > 0 && told.every(({ text: s }) => MISTAKEN.test(s));
};
// A criticism of a place the reviewer left for us ("after leaving the cafe next door due to terrible service").
const LEFT_ELSEWHERE = /\b(?:after leaving|instead of|unlike|compared to|than (?:the|at|other))\b/i;

/** The part of a sentence after its turn of contrast, the whole of one that ends on it, or null. */
function afterTurn(sentence: string): string | null {
  const m = CONTRAST.exec(sentence);
  if (!m) return null;
  const after = sentence.slice(m.index + m[0].length);
  return /^\W*$/.test(after) ? sentence : after;
}

/** A fault the reviewer described in a sentence that is about us, told back in the past for a visit. */
function describedFault(w: Writer, text: string, review?: Reviewed): string | null {
  const sentences = splitSentences(text);
  const inOwnSentence = (start: number) => {
    const s =
      sentences.find((x) => start >= x.start && start < x.end) ?? sentences.find((x) => x.start === start);
    // "one of the most expensive treatments" ranks the thing, it does not fault it.
    return (
      s !== undefined &&
      !aboutElsewhere(s.text) &&
      !LEFT_ELSEWHERE.test(s.text) &&
      !MISTAKEN.test(s.text) &&
      !(review && aboutRival(s.text, review)) &&
      !/\bmost\s+[a-z]+/i.test(s.text)
    );
  };
  // "When power to the unit is missing": the unit is not what is missing, the power to it is; a thing that follows a
  // preposition is not the subject of the words after it, so the fault cannot be told as "the unit is missing".
  const governed = (a: { subject: string; start: number }) => {
    const from = lowerStarts(text).slice(a.start).toLowerCase();
    const at = from.indexOf(a.subject.toLowerCase());
    return (
      at > 0 && /(?<!\p{L})(?:to|of|from|for|with|into|onto|about|without)\s+$/iu.test(from.slice(0, at))
    );
  };
  // "Built very sturdy, with no flimsy plastic parts": a fault word the reviewer denies is praise.
  const lower = lowerStarts(text).toLowerCase();
  const denied = (a: { words: readonly string[]; start: number }) => {
    const word = a.words[0]?.toLowerCase();
    const at = word ? lower.indexOf(word, Math.max(0, a.start - 40)) : -1;
    return (
      at >= 0 &&
      /(?<!\p{L})(?:no|without|never|not|zero|none of the)\s+(?:[\p{L}-]+\s+)?$/u.test(lower.slice(0, at))
    );
  };
  // In a happy review "cheap" margaritas are a bargain, not a fault.
  const fault = readAspects(lowerStarts(text)).find(
    (a) =>
      a.polarity === 'negative' &&
      a.descriptive &&
      !a.staff &&
      !a.words.some((x) => /^(?:cheap|inexpensive)$/.test(x)) &&
      !governed(a) &&
      !denied(a) &&
      inOwnSentence(a.start),
  );
  if (!fault) return null;
  const product = w.profile.sector === 'electronics' || w.profile.sector === 'retail';
  return sayAspect(fault, product ? 'as-said' : 'past');
}

/**
 * The quibble a happy reviewer stated, if any: from their own cue words ("only complaint", "cons:"), from a fault
 * they described plainly in a 4-star review ("the pillows were lumpy"), or from a criticism the situation read with
 * confidence; never from a criticism of somewhere else.
 */
export function tellQuibble(w: Writer, review: Reviewed): ToldQuibble {
  const read = withoutPasted(withoutSlips(readTold(w, review)), review.text);
  // One product has one price: "the point about the price", where a restaurant's menu has "the prices".
  const told =
    read.noun === 'the prices' && w.profile.sector === 'electronics' ? { ...read, noun: 'the price' } : read;
  // A point that may not be told in the reviewer's words is still welcomed, as one stated plainly.
  if (w.quotesQuibble === false && told.found) return { found: true, noun: null, clause: null, stated: true };
  // A reservation the note could name but cannot phrase cleanly is left out where it was only read from the shape of
  // the words: a stock nod to "the frank comment", note after note, reads as a form. One the reviewer marked (what
  // cost a star, "the only annoying thing", "cons:") is answered all the same: passing over the one point they held
  // back on reads as not having read the review.
  if (!w.canQuote || !told.found || told.noun || told.clause) return told;
  return told.cue ? { ...told, stated: true } : { ...told, stated: false };
}

// A real word in the place of another ("the lag of accessories" for "lack", "could of", "loose the signal"): spelt
// right, so no spelling check catches it, and told back it reads as mockery.
const SLIP =
  /(?<!\p{L})(?:lag of|(?:could|would|should|must) of|loose (?:the|my|your|its|it|a|signal|connection|power|data)|(?:better|more|less|rather|other|smaller|bigger|faster|slower|louder) then|alot|to (?:much|many)|there (?:own|products?)|it's (?:own|battery|screen|case|sound)|affect on|break down of|peaked my)(?!\p{L})/iu;

/** The told quibble with any phrase that holds a slip of the pen left untold (still found, so still answered). */
function withoutSlips(told: ToldQuibble): ToldQuibble {
  const slips = (x: string | null) => x !== null && SLIP.test(x);
  if (!slips(told.noun) && !slips(told.clause)) return told;
  return {
    ...told,
    noun: slips(told.noun) ? null : told.noun,
    clause: slips(told.clause) ? null : told.clause,
    stated: true,
  };
}

// How a clause told back as the note's own sentence may begin: "the cord is short", "it freezes", "they pinch", "we no
// longer run the classes".
const CLAUSE_START = /^(?:the|it|they|we|your|there|this|these|those|a|an)\s/i;
// A word in capitals for emphasis ("REALLY hard"): an acronym ("USB", "DJ") is shorter.
const SHOUTED = /(?<!\p{L})\p{Lu}{4,}(?!\p{L})/u;
// A hedge that only reads in the reviewer's own voice ("some sort of receiver", "kind of small").
const HEDGE = /(?<!\p{L})(?:some sort of|sort of|kind of|kinda|sorta)(?!\p{L})/iu;
const MAX_CLAUSE_WORDS = 10;
// A clause that points rather than names: "it is a bit lacking here", "it is a bit annoying". Told back alone, "here"
// reads as the shop and "it" as nothing the note has said.
const POINTS_ONLY =
  /^(?:it|this|that|they)\s+(?:is|was|are|were|can be|gets?)\s+(?:(?:a (?:bit|little|tad)|rather|quite|very|really|somewhat|slightly|kind of)\s+)?(?:annoying|lacking|frustrating|irritating|disappointing|a (?:pain|problem|nuisance|hassle|letdown)|an (?:issue|annoyance))$|\s(?:here|there)$/i;

/**
 * True when the reviewer's clause reads as the note's own words once told back: it opens on its subject ("the lid
 * is hard to open"), with no word shouted, no hedge of theirs, no misspelt or lower-case name ("bose does not…",
 * "the heaphone cups"), and short enough not to read as a paste.
 */
function tellsAsOwn(clause: string): boolean {
  const lowerWords = clause.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’]*/gu) ?? [];
  return (
    CLAUSE_START.test(clause) &&
    !POINTS_ONLY.test(clause) &&
    !SHOUTED.test(clause) &&
    !HEDGE.test(clause) &&
    clause.split(/\s+/).length <= MAX_CLAUSE_WORDS &&
    lowerWords.every((word) => word === 'a' || isEnglishWord(word))
  );
}

// A clause whose subject the reviewer left bare ("delivery guy was a bit slow", "cables are thin"): one or two
// words, then its verb. A pronoun or a word that opens a clause of another kind is no such subject.
const BARE_SUBJECT =
  /^(?!(?:the|a|an|your|i|we|you|he|she|it|they|about|if|when|because|that|what|how|my|our|his|her|their|its|some|any|no|all|most|one|two|both|each|every|this|these|those|there|everything|nothing)\s)([a-z-]+(?:\s+[a-z-]+)?)\s+(?:also\s+)?(?:was|were|is|are|does|did|do|has|have|had|could|would|seemed|looked|felt)\s/;

/** The clause with "the" before a bare subject, as the note would say it: "the delivery guy was a bit slow". */
function withArticle(clause: string): string {
  return BARE_SUBJECT.test(clause) ? `the ${clause}` : clause;
}

const SHOUTED_WORDS = /(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu;

/** True when the clause holds a word the review shouted in capitals ("REALLY wobbly"), whatever its case now. */
function shoutedIn(clause: string, text: string): boolean {
  const said = clause.toLowerCase().split(/\s+/);
  return [...text.matchAll(SHOUTED_WORDS)].some((m) => said.includes(m[0].toLowerCase()));
}

// A word or phrase the reviewer put in quotes ("monthly 're-programs'"): told back in our words, without them.
// A degree word shouted for emphasis ("the lid is REALLY hard to take off"): the note says the point without it.
const SHOUTED_DEGREE =
  /(?<!\p{L})(?:REALLY|VERY|SO|TOO|SUPER|EXTREMELY|INCREDIBLY|SERIOUSLY|WAY) (?=\p{Ll})/gu;
const unshouted = (clause: string): string => clause.replace(SHOUTED_DEGREE, '');

const QUOTED = /(^|\s)['‘"“]([^'‘’"“”]+)['’"”](?=[\s,.;:!?]|$)/gu;
const unquoted = (clause: string): string => clause.replace(QUOTED, '$1$2');

/**
 * The told quibble with a clause that would read as the review pasted in left untold (still found, so still
 * answered), and acronyms put in capitals.
 */
function withoutPasted(told: ToldQuibble, text: string): ToldQuibble {
  const clause = told.clause === null ? null : withArticle(asInitials(unquoted(unshouted(told.clause))));
  const noun = told.noun === null ? null : asInitials(told.noun);
  // A clause the note puts in its own plain words ("the slow service") is not told as the reviewer wrote it.
  const own =
    clause !== null && !shoutedIn(clause, text) && (tellsAsOwn(clause) || ownWords(clause) !== null);
  if (clause === null || own) return { ...told, clause, noun };
  return { ...told, clause: null, noun, stated: true };
}

function readTold(w: Writer, review: Reviewed): ToldQuibble {
  const { situation } = w;
  if (situation.stance === 'neutral') return NONE;
  const stated = readQuibble(review.text, review.title);
  // A fault of a rival model the reviewer looked at is never a quibble with what they bought.
  if (stated.found && !aboutRival(stated.sentence, review)) {
    // "Yes, the keys are a bit noisy. But I have no problem with that."
    const all = splitSentences(review.text).map((x) => x.text);
    const at = all.indexOf(stated.sentence);
    if (DISMISSED.test(stated.sentence) || (at >= 0 && DISMISSED.test(all[at + 1] ?? ''))) return NONE;
    const plain = stated.plain === true;
    if (!w.canQuote) return { found: true, noun: null, clause: null, stated: plain };
    const described = describedFault(w, stated.sentence, review);
    // "The unit is not perfect, it does freeze occasionally": the fault itself is told, not the verdict before it.
    const fault = described && stated.clause && VERDICT_ONLY.test(described) ? null : described;
    const told = {
      found: true,
      noun: stated.noun,
      clause: fault ?? stated.clause,
      stated: plain,
      cue: cueOf(stated.sentence, plain, review.rating),
    };
    if (told.noun || told.clause) return told;
    // "The only negative is a slight curling of the pages": named in our words ("the pages curling").
    const named = namedBeside(all, at);
    if (named) return { found: true, noun: named, clause: null, stated: plain };
    // A cue whose own sentence names nothing ("I dropped a star because…") may sit beside a fault said plainly
    // elsewhere in the review ("the pillows were lumpy though"): that one is told instead.
    const other = unstated(w, review);
    return other.noun || other.clause ? { ...other, stated: plain } : told;
  }
  return unstated(w, review);
}

// Points a happy reviewer often raises in plain words with no cue, named as the business would say them: how long a
// product lasts ("they stop working after 9 months"), print heads that clog, stock past its date, a wish for a way to
// upgrade. Each needs its own sentence to be about what the reviewer had, not denied, not about somewhere else.
// "They don't last very long": how long they last, said without a span of time.
const NOT_LONG_LASTING =
  /(?<!\p{L})(?:don't|do not|doesn't|does not|didn't|did not|won't|will not) (?:seem to )?last (?:very |that |too |all that )?long(?!\p{L})/iu;
const SHORT_LIFE =
  /(?<!\p{L})(?:stop(?:s|ped)? working|quit working|won't last|will not last|(?:don't|do not|didn't|did not) last|die[sd]?|gave out|give out|wore out|fell apart|falls? apart|broke)(?!\p{L})/iu;
const AFTER_A_WHILE =
  /(?<!\p{L})(?:after|within|in|every) (?:about |only |just |around |roughly )?(?:a (?:few |couple of )?|\d+(?:\s*[-–]\s*\d+)? ?|two |three |four |six |several |a couple )(?:days?|weeks?|months?|years?)(?!\p{L})|(?<!\p{L})(?:\d+|two|three|four) (?:pairs|units|sets) in(?!\p{L})/iu;
const CLOGS = /(?<!\p{L})clog(?:s|ged|ging)?(?: up)?(?!\p{L})/iu;
const PAST_DATE =
  /(?<!\p{L})(?:past (?:the |its |their )?(?:expiration|expiry|sell-by|use-by|best-before|best before) dates?|expired (?:food|items?|goods|stock|produce|products?|milk|meat)|out[- ]of[- ]date (?:food|items?|goods|stock|produce|products?|milk|meat)|(?:on the verge of |close to )?going bad|gone off)(?!\p{L})/iu;
const UPGRADE_WISHED =
  /(?<!\p{L})(?:would be (?:nice|great|good)|wish|if only|should be able)(?!\p{L})[^.!?]{0,80}(?<!\p{L})upgrad(?:e|ed|ing)(?!\p{L})/iu;
const DENIED_BEFORE =
  /(?<!\p{L})(?:never|not|n't|no|without|unlike|hardly)(?!\p{L})(?:\s+[\p{L}']+){0,3}\s*$/iu;

// "My previous reader stopped working after 2 months", "the first one broke within a week": another product's fault.
const OTHER_ONE =
  /(?<!\p{L})(?:previous|prior|old|older|first|last|other|another|earlier|former|before|same brand|new|replacement|non-\p{L}+)(?!\p{L})/iu;
const TURNED = /(?<!\p{L})(?:but|though|although|however|unfortunately|sadly)(?!\p{L})/iu;
// "…died after 3 weeks. He came out and replaced it": a fault already put right is praise of the service.
const PUT_RIGHT = /(?<!\p{L})(?:replaced|swapped|exchanged|fixed|repaired|sorted|refunded)(?!\p{L})/iu;

/** A plain point the reviewer raised, in the business's words ("how long they last"), or null. */
function namedPoint(w: Writer, review: Reviewed): string | null {
  const sentences = splitSentences(review.text).map((x) => x.text);
  for (const [i, sentence] of sentences.entries()) {
    if (aboutElsewhere(sentence) || LEFT_ELSEWHERE.test(sentence) || aboutRival(sentence, review)) continue;
    const near = `${sentences[i - 1] ?? ''} ${sentence}`;
    if (PUT_RIGHT.test(`${sentence} ${sentences[i + 1] ?? ''}`)) continue;
    // Five stars and no turn of contrast near the point: a story told, not a point raised.
    if ((review.rating ?? 0) >= 5 && !TURNED.test(near)) continue;
    const fresh = (m: RegExpExecArray | null): m is RegExpExecArray =>
      m !== null && !DENIED_BEFORE.test(sentence.slice(0, m.index));
    // A wish is for this product; a fault may be another one's.
    if (fresh(UPGRADE_WISHED.exec(sentence))) return 'your wish for an upgrade path';
    // "They don't last very long" says nothing of a last one.
    if (OTHER_ONE.test(sentence.replace(NOT_LONG_LASTING, ' '))) continue;
    const life = SHORT_LIFE.exec(sentence);
    const brief = NOT_LONG_LASTING.exec(sentence);
    const lasts =
      (fresh(life) &&
        AFTER_A_WHILE.test(sentence) &&
        !HYPOTHETICAL_LIFE.test(sentence.slice(0, life.index))) ||
      (fresh(brief) && !HYPOTHETICAL_LIFE.test(sentence.slice(0, brief.index)));
    if (lasts)
      return /(?<!\p{L})(?:they|them|these|those|pairs)(?!\p{L})/iu.test(sentence)
        ? 'how long they last'
        : 'how long it lasts';
    // "Twice now the hardware has broken", "the volume knob snapped": a part that broke, named as the part.
    const broke = BROKE.exec(sentence);
    if (fresh(broke) && broke[1] && !PUT_RIGHT.test(sentence)) {
      // "One of the knobs broke off": one knob, told as one.
      const one = /(?<!\p{L})one of\s+$/iu.test(sentence.slice(0, broke.index));
      const said = broke[1].toLowerCase().replace(/^(?:my|our)\b/, 'the');
      const thing = one ? `one of ${said}` : said;
      if (!OWN_PART.test(thing.split(' ').pop() ?? ''))
        return `${thing} ${/^(?:fell|came)/i.test(broke[2] ?? '') ? 'coming off' : 'breaking'}`;
    }
    const clog = CLOGS.exec(sentence);
    if (fresh(clog))
      return /(?<!\p{L})(?:heads?|jets?|nozzles?)(?!\p{L})/iu.test(sentence)
        ? 'the heads clogging'
        : 'the clogging';
    if (w.profile.sector === 'retail' && fresh(PAST_DATE.exec(sentence)))
      return 'the freshness of some stock';
  }
  return null;
}
const BROKE =
  /(?<!\p{L})((?:the|my|our) [a-z-]+(?: (?!(?:has|have|had|is|was|already|now|just|then|also)\b)[a-z-]+)?) (?:has |have |had )?(?:just |also |then )?(?:already |now |since )?(broke|broken|snapped|cracked|fell off|came off|came apart)(?!\p{L})/iu;
// "My heart broke", "my phone fell off the desk": the reviewer's own, not a part of what we sold.
const OWN_PART =
  /^(?:heart|leg|arm|wrist|back|nail|phone|laptop|glasses|car|kid|son|daughter|dog|cat|news|day|record|ice|silence|deal|bank)$/i;
// "If you drop them, they die after a week": a fear or a condition, not what happened.
const HYPOTHETICAL_LIFE = /(?<!\p{L})(?:if|might|may|could|in case)(?!\p{L})/iu;

// "When it doesn't work, it is erratic", "when it works, it works beautifully": a product that works but not every
// time is never told back as one that "doesn't work".
const NOT_WORKING =
  /\b(?:doesn't|does not|don't|do not|didn't|did not|won't|will not|isn't|is not) work(?:ing)?\b/i;
const WORKS_WHEN =
  /\b(?:when|whenever|if|once) (?:it|they|the [a-z]+) (?:works?|(?:doesn't|does not|don't|do not|won't|isn't|is not) work(?:ing)?)\b/i;

// A clause of fault that holds a negation says what the thing goes without or does not do well ("the remote does not
// have an on/off switch", "the picture is not so clear"); any other negation denies a fault ("the case didn't break",
// "the computer isn't loose inside"), which is praise.
const NEGATED = /(?<!\p{L})(?:not|never|no|\p{L}+n't)(?!\p{L})/iu;
const GOES_WITHOUT =
  /(?<!\p{L})(?:does not|doesn't|do not|don't|did not|didn't|will not|won't|cannot|can't) (?:always |really |quite )?(?:have|offer|include|come with|provide|support|work|fit|stay|hold|last)(?!\p{L})|(?<!\p{L})(?:is not|isn't|are not|aren't|was not|wasn't|were not|weren't) (?:so |very |that |as |quite |always |particularly )?(?:clear|good|great|bright|sharp|loud|comfortable|intuitive|easy|accurate|reliable|sturdy|stable|fast)(?!\p{L})/iu;

// Words that tell a hitch came right in the end: "it finally loosened up", "support sorted it".
const CAME_RIGHT =
  /(?<!\p{L})(?:finally|eventually|in the end|loosened up|sorted (?:it|that|them) out|(?:was|got|were) (?:fixed|sorted|resolved))(?!\p{L})/iu;
// A turn left at the end of the clause ("the mouse is useless however").
const TRAILING_TURN = /,?\s+(?:however|though|anyway)$/i;
// A thing named after a preposition ("…going down their scale of products was too much") is no subject of its own.
const AFTER_PREPOSITION =
  /(?<!\p{L})(?:of|to|from|with|for|about|into|onto|down|up|through|over|under|in|on|at|than)\s+(?:the|their|my|our)\s+$/iu;

/**
 * The first fault of the goods told in the review's own sentences, each read as far as `read` gives it (the part after
 * a turn, say), as a clause told back whole ("the UI is a little basic"), or null. Only a product's review is read so: a fault of the goods is what a shop's customer holds back on, where
 * at a restaurant or a hotel the same shape of words as often tells a story.
 */
function goodsFault(w: Writer, review: Reviewed, read: (sentence: string) => string | null): string | null {
  if (w.profile.sector !== 'electronics') return null;
  const sentences = ownSentences(review);
  for (const [i, sentence] of sentences.entries()) {
    // "The focus ring was stuck. However, with some nudging it finally loosened up": a hitch that came right.
    if (CAME_RIGHT.test(`${sentence} ${sentences[i + 1] ?? ''}`)) continue;
    const part = read(sentence);
    const clause = part === null ? null : clauseIn(part)?.replace(TRAILING_TURN, '');
    if (!clause || (NEGATED.test(clause) && !GOES_WITHOUT.test(clause))) continue;
    // The clause's subject, found where the reviewer wrote it: one after a preposition belongs to another phrase.
    const head = clause.split(' ').slice(1, 2).join('');
    const at = part?.toLowerCase().indexOf(` ${head} `) ?? -1;
    if (at >= 0 && AFTER_PREPOSITION.test(`${part?.slice(0, at + 1)}`)) continue;
    // A clause that would read as the review pasted in is passed over: no words to tell back, no quibble to answer.
    const told = withoutPasted({ found: true, noun: null, clause }, review.text).clause;
    if (told) return told;
  }
  return null;
}

/** The review's sentences about what the reviewer had here: none about another place or a rival model. */
const ownSentences = (review: Reviewed): string[] =>
  splitSentences(review.text)
    .map((x) => x.text)
    .filter((x) => !aboutElsewhere(x) && !LEFT_ELSEWHERE.test(x) && !aboutRival(x, review));

/** The quibble of a review whose own cue words name none: a fault described plainly, or a topic read with confidence. */
function unstated(w: Writer, review: Reviewed): ToldQuibble {
  const { situation } = w;
  if (!w.canQuote) return NONE;
  // "…and yes, the keys are a bit noisy. But I have no problem with that": a fault the reviewer waves away.
  if (DISMISSED.test(review.text)) return NONE;
  // In a review read as wholly happy, only a plain criticism counts.
  if (situation.stance === 'happy') {
    // "The pillows were lumpy though": a fault said with a turn of contrast is a quibble even in a glowing review.
    // Only what follows the turn is the fault ("…but the pillows were lumpy"), or the whole sentence when the turn
    // closes it ("the pillows were lumpy, though"); "I don't mean the old classics, though they have those" is neither.
    const turned = splitSentences(review.text)
      .map((x) => afterTurn(x.text))
      .filter((x): x is string => x !== null);
    const fault = turned.map((x) => describedFault(w, x, review)).find((f) => f !== null);
    if (fault) return { found: true, noun: null, clause: fault };
    // A reservation of a kind named in our words may sit on either side of the turn ("they slip out when you sweat,
    // though they wash clean in seconds").
    const named = splitSentences(review.text)
      .filter((x) => CONTRAST.test(x.text) && !aboutRival(x.text, review))
      .map((x) => nameReservation(x.text))
      .find((x) => x !== null);
    if (named) return { found: true, noun: named, clause: null };
    const point = namedPoint(w, review);
    if (point) return { found: true, noun: point, clause: null };
    const topic = quibbleTopic(review.text, true);
    if (topic) return { found: true, noun: topic, clause: null };
    // "Easy to install, but the remote does not have an on/off switch": a fault of the goods after a turn of
    // contrast, which no describing word names, told back as the reviewer put it.
    const said = goodsFault(w, review, afterTurn);
    return said ? { found: true, noun: null, clause: said } : NONE;
  }
  // Only a sentence that turns or negates can hold the fault: "the wash and dry cycle" is not one.
  const critical = splitSentences(review.text).filter((x) => CRITICAL_TURN.test(x.text));
  const fault = critical.map((x) => describedFault(w, x.text, review)).find((f) => f !== null);
  if (fault) return { found: true, noun: null, clause: fault };
  const named = splitSentences(review.text)
    .filter((x) => !aboutElsewhere(x.text) && !aboutRival(x.text, review))
    .map((x) => nameReservation(x.text))
    .find((x) => x !== null);
  if (named) return { found: true, noun: named, clause: null };
  const read = problemWords(situation, w.canQuote);
  const item = situation.item?.replace(/^the /, '') ?? '';
  const sentence = splitSentences(review.text).find(
    (s) => item.length > 0 && s.text.toLowerCase().includes(item),
  );
  const clean =
    read.form !== 'none' &&
    sentence !== undefined &&
    !aboutElsewhere(sentence.text) &&
    !aboutRival(sentence.text, review) &&
    !HYPOTHETICAL.test(read.text) &&
    !(NOT_WORKING.test(read.text) && WORKS_WHEN.test(review.text)) &&
    !mistakenFor(read.text, review.text) &&
    !/\s\p{Lu}|["“”]/u.test(read.text) &&
    read.text.split(/\s+/).length <= 10;
  if (clean && read.form === 'clause') return { found: true, noun: null, clause: read.text };
  if (clean && read.form === 'noun') return { found: true, noun: read.text, clause: null };
  const point = namedPoint(w, review);
  if (point) return { found: true, noun: point, clause: null };
  const topic = quibbleTopic(review.text, false);
  if (topic) return { found: true, noun: topic, clause: null };
  // "Also, the remote doesn't work well, but we rarely need it": a fault of the goods in a sentence that turns or
  // negates.
  const said = goodsFault(w, review, (x) => (CRITICAL_TURN.test(x) ? x : null));
  return said ? { found: true, noun: null, clause: said } : NONE;
}

/**
 * The reservation named in our words from the cue's own sentence or the two after it ("Cons:" then the fault); a cue
 * in the title ("Garmin needs a better antenna plug") points at the whole review.
 */
function namedBeside(sentences: readonly string[], at: number): string | null {
  const near = at < 0 ? sentences : sentences.slice(at, at + 3);
  return near.map((x) => (aboutElsewhere(x) ? null : nameReservation(x))).find((x) => x !== null) ?? null;
}

// The reviewer's describing word and the plain one the business says it back with; '' names the thing alone, for a
// word that is only a verdict ("awful", "too high"), since the thanks line around it already owns the point.
const PLAIN_WORD: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:slow|slower)$/, 'slow'],
  [
    /^(?:not (?:that |very |so |too |particularly |overly )?(?:friendly|welcoming|warm)|unfriendly|rude|curt|grumpy|brusque|snappy)$/,
    'unfriendly',
  ],
  [/^(?:bland|tasteless|flavou?rless|not (?:very |that )?flavou?rful)$/, 'bland'],
  [/^(?:salty|too salty|oversalted)$/, 'salty'],
  [/^(?:lumpy)$/, 'lumpy'],
  [/^(?:thin|watery|runny)$/, 'thin'],
  [/^(?:cold|freezing|freezing cold|lukewarm|chilly)$/, 'cold'],
  [/^(?:greasy|oily)$/, 'greasy'],
  [/^(?:small|tiny|skimpy|cramped)$/, 'small'],
  [/^(?:crowded|packed|busy|rammed|hectic)$/, 'crowded'],
  [/^(?:noisy)$/, 'noisy'],
  [/^(?:loud)$/, 'loud'],
  [/^(?:dated|old|tired|worn|dingy|shabby|run[- ]down)$/, 'tired'],
  [/^(?:flimsy)$/, 'flimsy'],
  [/^(?:uncomfortable|hard|too firm|too soft)$/, 'uncomfortable'],
  [/^(?:limited)$/, 'limited'],
  [/^(?:less consistent|inconsistent|hit[- ]and[- ]miss|patchy)$/, 'uneven'],
  [/^(?:long)$/, 'long'],
  [/^(?:weak)$/, 'weak'],
  [/^(?:confusing)$/, 'confusing'],
  [/^(?:expensive|pricey|overpriced|steep|high)$/, 'pricey'],
  [
    /^(?:awful|terrible|horrible|bad|poor|mediocre|disappointing|underwhelming|average|so-so|meh|useless|pointless|not (?:great|good|the best))$/,
    '',
  ],
];
// Words that only say how much: dropped, since "the so slow service" is no one's English.
const DEGREE =
  /^(?:(?:so|very|a bit|a little|a tad|too|kind of|sort of|quite|rather|really|pretty|distinctly|somewhat|slightly|extremely|super|way|bit|little|just|also|still|definitely|incredibly|unbelievably|ridiculously|terribly|painfully|a little too|a bit too)\s+)+/;
// The business itself ("the hotel was dated"): an owner does not call their own place "the tired hotel".
const THE_PLACE =
  /^(?:hotel|motel|place|spot|restaurant|shop|store|salon|spa|gym|clinic|office|garage|building|property|bakery|cafe|café|bar|inn|studio|business|location|whole place)$/;
const PRICE = /^(?:prices?|costs?|rates?|fees?|bill)$/;

/**
 * A quibble told as a clause ("the service was so slow") put in the business's own plain words ("the slow
 * service"): the reviewer's clause repeated back, degree words and all, reads as stitched ("that the service was so
 * slow is well taken"). Null where the clause is not a plain "the X was Y", or Y has no plain word here.
 */
export function ownWords(clause: string, product: string | null = null): string | null {
  const told = plainWords(clause);
  return told && product ? asTrait(told, product) : told;
}

// What a describing word says of a product as a whole: "the phone is a little small" is a point about its size.
const TRAIT: Record<string, string> = {
  small: 'size',
  flimsy: 'build',
  slow: 'speed',
  noisy: 'noise',
  loud: 'noise',
  pricey: 'price',
  uncomfortable: 'comfort',
  confusing: 'set-up',
};

/**
 * "the small phone", said of the very product the reviewer bought, reads as if they bought the wrong one: the point
 * is told as the trait it is about, "the size of the phone".
 */
function asTrait(told: string, product: string): string {
  const m = /^the ([a-z-]+) ([a-z-]+(?: [a-z-]+)?)$/.exec(told);
  const trait = m?.[1] ? TRAIT[m[1]] : undefined;
  const noun = m?.[2];
  if (!trait || !noun) return told;
  const head = product.split(' ').pop() ?? '';
  return noun === head || noun.endsWith(` ${head}`) ? `the ${trait} of the ${noun}` : told;
}

function plainWords(clause: string): string | null {
  const m =
    /^(?:the|your|our|their|my)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:was|were|is|are|seemed|felt|looked|tasted)\s+(.+)$/i.exec(
      clause.trim(),
    );
  const noun = m?.[1]?.toLowerCase();
  const said = m?.[2]?.toLowerCase().replace(DEGREE, '').trim();
  if (!noun || !said || THE_PLACE.test(noun)) return null;
  const plain = PLAIN_WORD.find(([word]) => word.test(said))?.[1];
  if (plain === undefined) return null;
  // "The prices were high" is a point about the prices, not "the pricey prices".
  if (plain === '' || (plain === 'pricey' && PRICE.test(noun.split(/\s+/).pop() ?? ''))) return `the ${noun}`;
  return `the ${plain} ${noun}`;
}
