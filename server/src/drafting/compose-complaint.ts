import type { SectorGroup } from '@rebound/shared';
import escapeRegExp from 'escape-string-regexp';
import QuickLRU from 'quick-lru';
import type { Triage } from '../triage/index.ts';
import { isThePoint, pointSentences, saidSentences } from '../triage/situation/aspects.ts';
import { criticalClauses, type ScoredClause } from '../triage/situation/clauses.ts';
import { readBillingError } from '../triage/situation/prior-actions.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import {
  type CallReason,
  callHoursOf,
  chooseNextStep,
  isUnitFault,
  withinWords,
  wordRemedy,
} from './choose-remedy.ts';
import { agreeingWords, complaintTopic } from './complaint-topic.ts';
import type { DraftPromise } from './compose-draft.ts';
import { followThrough } from './follow-through.ts';
import { chooseReach, forReach, inviteLine, sameTime } from './invite-line.ts';
import { LATE_ORDER, type NamedComplaint, nameComplaints, titleComplaint } from './name-complaint.ts';
import { FOLLOWS_MESSAGE, HASTE, TELLS_TIME } from './page-timing.ts';
import { cleanPhrase, joinPhrases, type ProblemWords, problemWords } from './phrase-problem.ts';
import { withProductNamed } from './product-named.ts';
import { boughtAtOtherStore, deliveredOrder, makerRefused, returnedWhereBought } from './remedy-readings.ts';
import { reportedClause } from './reported-clause.ts';
import { readsCleanly } from './spelling.ts';
import * as t from './templates.ts';
import { listingNoun } from './thanks-listing.ts';
import { isMoneyTheme, practiceLineFor, themeSentencesFor } from './theme-words.ts';
import { judgedThing, toldFaults } from './told-aspects.ts';
import { type Part, part, type Writer } from './writer.ts';

// A grievance that is nothing but the price: "the headphones are so expensive".
const PRICE_ONLY =
  /^[^,;]*\b(?:is|are|was|were|seems?|seemed) (?:so |too |very |really |way too |a bit |rather )?(?:expensive|pricey|overpriced|costly)\.?$/i;

// Only a clause that opens on a named thing ("the soup was cold") is judged "not good enough": "It is not good enough
// that it did not work for you" rules on the reviewer's own use, where an apology for the thing is wanted.
const NOUN_SUBJECT = /^(?:the|your|a|an|so many|too many|some|all|both|none|most|half|every|each)\s/i;

// A clause whose subject is a person ("the owner treated you so poorly", "our waiter ignored us"): "It is not good
// enough that the owner …" passes judgement on someone, where a reply owns what happened.
const PERSON_SUBJECT = new RegExp(
  `^(?:the|your|our|a|an|one of (?:the|our)|two of (?:the|our)|some of (?:the|our))\\s+(?:[a-z-]+\\s+){0,2}?(?:${[
    'owner',
    'manager',
    'managers',
    'staff',
    'staff members?',
    'employees?',
    'workers?',
    'waiter',
    'waiters',
    'waitress(?:es)?',
    'server',
    'servers',
    'host(?:ess)?',
    'hosts',
    'bartenders?',
    'chef',
    'chefs',
    'cooks?',
    'cashiers?',
    'clerks?',
    'receptionists?',
    'front desk',
    'desk clerks?',
    'technicians?',
    'tech',
    'mechanics?',
    'stylists?',
    'barbers?',
    'therapists?',
    'doctors?',
    'nurses?',
    'dentists?',
    'drivers?',
    'guys?',
    'man',
    'men',
    'woman',
    'women',
    'lady',
    'ladies',
    'girls?',
    'people',
    'person',
    'team',
    'salesm[ae]n',
    'sales (?:person|people|rep|reps|staff)',
    'agents?',
    'reps?',
    'representatives?',
    'associates?',
    'supervisor',
    'attendants?',
    'valets?',
    'housekeep(?:er|ers|ing)',
    'kitchen',
    'reception',
  ].join('|')})\\b`,
  'i',
);
// A clause that already passes its own judgement ("the food was not what it should have been", "the food fell so
// short") or tells a feeling ("the price felt too high"): "not good enough" beside it says it twice, or rules on how
// someone felt.
const JUDGED_ALREADY =
  /\b(?:felt|seemed|thought|f[ae]ll (?:so |far )?short|not (?:what|how) (?:it|they|you)|should(?:n't| not)? have|not (?:good|right|up to)|not (?:\w+ )?properly|poor(?:ly)?|bad(?:ly)?|terrible|awful|disappointing|letdown)\b/i;

// An apology that judges what was read before it tells it: "It is not good enough that {p}, and I apologise."
const JUDGES_CLAUSE = /\bnot good enough that \{[pq]\}/;

/**
 * The templates that can carry the clause: those judging it "not good enough" only where the clause opens on a
 * thing, never a person, and does not judge it already.
 */
const subjectFits = (templates: readonly string[], clause: string): readonly string[] =>
  NOUN_SUBJECT.test(clause.trim()) && !PERSON_SUBJECT.test(clause.trim()) && !JUDGED_ALREADY.test(clause)
    ? templates
    : templates.filter((tpl) => !JUDGES_CLAUSE.test(tpl));

// Words that own a fault as ours: a stock line of ownership, or the tail of an apology that carries one.
const OWNS =
  /\b(?:should not have (?:happened|been)|not how (?:it should|we want)|not what we want|not (?:good enough|the standard)|(?:clearly )?fell short|should have done better|deserved better|falls below|far better for you|did not do our job)\b/i;
// How many of the business's latest replies a line of ownership, or a nod to praise, keeps out of the next one: the
// same kind of stock line on reply after reply reads as a form, however it is worded.
const STOCK_SPAN = 2;

/** Whether one of the business's latest replies already owned a fault in stock words. */
const ownedLately = (w: Writer): boolean => w.usedInLatest(STOCK_SPAN, (reply) => OWNS.test(reply)) > 0;

/** The apologies that fit the page: none with a stock tail of ownership just after a reply that had one. */
const plainWhereOwned = (w: Writer, templates: readonly string[]): readonly string[] => {
  if (!ownedLately(w)) return templates;
  const plain = templates.filter((template) => !OWNS.test(template));
  return plain.length > 0 ? plain : templates;
};

/** The apology for a grievance told as a clause ("the soup was cold"). */
const sayClause = (w: Writer, clause: string): string =>
  w.say(w.pick(plainWhereOwned(w, subjectFits(t.ackClause, clause)), 'ack'), { p: clause });

// A noun phrase that already says whose or which it is: "the leaks", "your order", "a cold room", "Apple's pricing".
const DETERMINED =
  /^(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|some|any|no|every|each|such|so much|so many|all|both|one|two|three|\d+)\b|^[\p{L}-]+(?:'s|s')(?!\p{L})/iu;
const NAMED = /^\p{Lu}/u;

/** A bare noun ("leaks", "noise") given "the", so the apology reads "I apologise for the leaks", never "for leaks". */
export const withArticle = (noun: string): string => {
  const phrase = noun.trim();
  return DETERMINED.test(phrase) || NAMED.test(phrase) ? phrase : `the ${phrase}`;
};

/** The apology for a grievance told as a noun ("the leaks"). */
const sayNoun = (w: Writer, noun: string): string =>
  w.say(w.pick(plainWhereOwned(w, t.ackNoun), 'ack'), { p: withArticle(noun) });

const RIGHT = /\bright\b/i;
/** The templates that do not say "right", for a sentence beside words that already do; all of them if none is left. */
const withoutRight = (templates: readonly string[]): readonly string[] => {
  const kept = templates.filter((template) => !RIGHT.test(template));
  return kept.length > 0 ? kept : templates;
};

/** The sentence that shows the complaint was read: specific when the situation is sure of it, general otherwise. */
function acknowledgement(
  w: Writer,
  words: ProblemWords,
  named: Named | null,
  title: string | null,
  themes: readonly string[],
  reviewText: string,
): string {
  // "The headphones are so expensive" read as the grievance of a review whose headphones fell apart: the faults the
  // reviewer described come first, and the shop that set the price does not apologise for it as a fault.
  if (words.form === 'clause' && w.canQuote && PRICE_ONLY.test(words.text)) {
    const faults = toldFaults(reviewText, w.situation.sectorGroup);
    if (faults && !PRICE_ONLY.test(faults)) return sayClause(w, faults);
    const other = themeSentencesFor(
      themes.filter((theme) => !isMoneyTheme(theme)),
      w.situation.praised,
      reviewText,
    );
    if (other.length > 0) return w.say(w.pick(other, 'ack-theme'));
  }
  // What the reviewer says matters most leads, whatever else was read as the grievance.
  const point = w.canQuote ? pointMade(w, reviewText) : null;
  if (point) {
    const other = words.form === 'clause' ? words.text : (named?.clause ?? null);
    if (other && !sharesWord(point, other) && !oneGrievance(w, reviewText, point, other))
      return ackBoth(w, point, other);
    // The point told as our own lead grievance keeps the second one read beside it ("and the service was so slow").
    const second =
      words.form !== 'clause' && named?.also && !sharesWord(point, named.also) ? named.also : null;
    return second ? ackBoth(w, point, second) : sayClause(w, point);
  }
  // The last of a list of faults ("to top it off, the bed…") gives way to those told before it.
  const before = words.form === 'clause' && w.canQuote ? faultsBeforeCloser(w, reviewText, words.text) : null;
  if (before) return sayClause(w, before);
  // Said of the item by name where the review names it plainly: "the CD player kept failing to read your discs".
  if (words.form === 'clause' && named?.also === words.text && NOT_WORKING_ONLY.test(words.text)) {
    // The item as the review spells it ("the CD player"), from the reading's own clause.
    const said = NOT_WORKING_ONLY.exec(words.text)?.[1] ?? '';
    const item = said.startsWith('the ') && readsCleanly(said) ? said : null;
    return sayClause(w, ofItem(named.clause, item));
  }
  if (words.form === 'clause' && named?.also) return ackBoth(w, named.clause, named.also);
  // "The steaks are not up to par… not in this price range": a dish set against its price is told in our words ("the
  // steaks did not live up to the price"), never as the reviewer's verdict conceded as it stands.
  if (words.form === 'clause' && named?.topic === 'price' && sharesWord(named.clause, words.text))
    return sayClause(w, named.clause);
  if (words.form === 'clause') return sayClause(w, words.text);
  if (words.form === 'noun') return sayNoun(w, words.text);
  if (named?.also) return ackBoth(w, named.clause, named.also);
  if (named) return sayClause(w, named.clause);
  const fromTitle = w.canQuote ? titleComplaint(title) : null;
  if (fromTitle) return sayNoun(w, fromTitle);
  if (!w.canQuote) {
    const practice = w.profile.regulated ? practiceLineFor(themes, w.situation.praised) : [];
    const base = general(w, words.item, reviewText);
    return practice.length > 0 ? `${base} ${w.say(w.pick(practice, 'practice'))}` : base;
  }
  // The faults the reviewer described, in their own words, name the grievance more surely than any reading of it.
  const faults = toldFaults(reviewText, w.situation.sectorGroup);
  if (faults) return sayClause(w, faults);
  // A shop's customer complaining about a maker's helpline: its subject is not ours to name.
  const makers = isAboutMakersHelpline(w, reviewText);
  // The review's clauses, scored once for both the topic and the account told back.
  const critical = criticalClauses(reviewText);
  const topic = makers ? null : complaintTopic(critical, w.situation.praised, w.situation.people);
  const thing = topic ?? (makers ? null : judgedThing(reviewText));
  if (thing) {
    // A business whose own offer says "not right" ("a refund for anything that was not right") apologises in other
    // words, so the two do not echo.
    const offersRight = w.profile.remedies.some((remedy) => RIGHT.test(remedy.label));
    const pool = offersRight ? withoutRight(t.ackTopic) : t.ackTopic;
    return w.say(w.pick(pool, 'ack'), { p: thing, ...agreeingWords(thing) });
  }
  // The reviewer's own account, told back, says more than the item's name, but less surely than a theme's words.
  const told = tellBack(w, reviewText, critical, makers);
  if (told && words.item) return sayClause(w, told);
  if (words.item) return general(w, words.item, reviewText);
  // A maker's helpline is not our staff: in a shop's reply, "how you were treated" would blame the wrong people.
  const ours = makers ? themes.filter((t) => t !== 'staff' && t !== 'support') : themes;
  const byTheme = themeSentencesFor(ours, w.situation.praised, reviewText);
  if (byTheme.length > 0) return w.say(w.pick(byTheme, 'ack-theme'));
  if (told) return sayClause(w, told);
  return general(w, null, reviewText);
}

/**
 * The grievance the reviewer marks as the one that matters most ("the worst part was…", "my biggest upset…", "to
 * top it off…"): the faults they described there, our own clause for it, or their account told back.
 */
function pointMade(w: Writer, reviewText: string): string | null {
  const point = leadPoint(reviewText, w.situation.sectorGroup);
  if (!point) return null;
  const group = w.situation.sectorGroup;
  const faults = toldFaults(point, group);
  if (faults) return faults;
  // What "they" did is not ours where another firm did it.
  const notOurs = isThirdPartyFor(w, reviewText) || isAboutMakersHelpline(w, reviewText);
  const named = nameComplaints(point, group).find((n) => !n.general && !(notOurs && n.ours));
  if (named) return pickWording(w, named.wordings, 'named');
  return tellBack(w, point, criticalClauses(point), isAboutMakersHelpline(w, reviewText));
}

// "To top it all off…" closes a list: where faults were told before it, it marks the last of them, not the lead.
const LIST_CLOSER = /\bto top (?:it|it all|things|everything) off\b/i;

/**
 * The sentences the reviewer marks as what matters most, leaving out one that only closes a list of faults already
 * told ("no heat, mold on the curtain … to top it off the bed was uncomfortable"), whose lead is the first of them.
 */
export function leadPoint(reviewText: string, group: SectorGroup): string | null {
  const point = pointSentences(reviewText);
  if (!point || !LIST_CLOSER.test(point)) return point;
  const said = saidSentences(reviewText);
  const kept = said.filter((sentence, i) => {
    if (!isThePoint(sentence, said[i - 1] ?? '')) return false;
    if (!LIST_CLOSER.test(sentence) || isThePoint(sentence.replace(LIST_CLOSER, ''), said[i - 1] ?? ''))
      return true;
    const earlier = said.slice(0, i).join(' ');
    return toldFaults(earlier, group) === null && nameComplaints(earlier, group).length === 0;
  });
  return kept.length > 0 ? kept.join(' ') : null;
}

/**
 * The faults told before a sentence that closes a list ("Then to top it all off the bed was uncomfortable"), where
 * the grievance read is the one in that closing sentence; null otherwise.
 */
function faultsBeforeCloser(w: Writer, reviewText: string, clause: string): string | null {
  const said = saidSentences(reviewText);
  const at = said.findIndex((sentence) => LIST_CLOSER.test(sentence));
  if (at <= 0 || !sharesWord(clause, said[at] ?? '')) return null;
  const earlier = said.slice(0, at).join(' ');
  if (sharesWord(clause, earlier)) return null;
  return toldFaults(earlier, w.situation.sectorGroup);
}

/** Whether two grievances end alike ("the reception was so poor", "the sound was so poor"): joined, they stutter. */
const sameEnding = (p: string, q: string): boolean => {
  const last = (clause: string): string => clause.toLowerCase().split(/\s+/).slice(-2).join(' ');
  return last(p) === last(q);
};

/** Whether a reply holds a sentence filled from one of the templates, whatever filled it. */
function usesTemplate(w: Writer, templates: readonly string[], reply: string): boolean {
  return templates.some((template) => {
    const pieces = w.say(template, { p: '\u0001', q: '\u0001' }).split('\u0001');
    const escaped = pieces.map((piece) => escapeRegExp(piece));
    return new RegExp(escaped.join('[^.;!?]+?'), 'i').test(reply);
  });
}

// A grievance that points back to the first ("you were treated that way") cannot stand apart from it.
// "Too" leans on the first only as "as well", at the clause's end: "far too slow" says how slow.
const LEANS_ON_FIRST = /\b(?:that way|like that|as well|either|also|again|on top of it)\b|\btoo[.!]?$/i;
// Two grievances read as one thought only while the sentence stays short: past this many words, a list.
const TWO_IN_ONE_WORDS = 18;
// A second grievance that opens on a bare "it" or "they" has nothing to point to once joined to another subject.
const BARE_SUBJECT = /^(?:it|they|this|that|there)\b/i;

// A bare "it" or "they" after a first grievance told of the same "it" or "they" points where the first did: "that it
// worked so rarely, and that it hung when plugged in".
const SAME_BARE_SUBJECT = /^(it|they)\b/i;
// A second "it" that only says the goods failed ("and that it stopped working so soon") adds nothing to a first
// grievance that already named how.
const FAILED_ONLY =
  /^(?:it|they) (?:never worked|would not work|did not work|stopped working|gave out|failed after|broke so)\b/i;
const sharesSubject = (p: string, q: string): boolean => {
  const first = SAME_BARE_SUBJECT.exec(p.trim())?.[1]?.toLowerCase();
  return (
    first !== undefined &&
    first === SAME_BARE_SUBJECT.exec(q.trim())?.[1]?.toLowerCase() &&
    !FAILED_ONLY.test(q.trim()) &&
    // "and that it and your other equipment would not work together" has two subjects where one was shared.
    !/^(?:it|they) and\b/i.test(q.trim())
  );
};

/** Whether a second grievance can share the first one's sentence and still read as one thought. */
export const joinsAsOne = (p: string, q: string): boolean => {
  const count = (clause: string): number => clause.match(/[\p{L}\d'’-]+/gu)?.length ?? 0;
  return (
    (!BARE_SUBJECT.test(q.trim()) || sharesSubject(p, q)) &&
    !LEANS_ON_FIRST.test(q) &&
    count(p) + count(q) <= TWO_IN_ONE_WORDS
  );
};
/**
 * Two grievances: told together in one short sentence where they read as one thought, the lead one alone
 * otherwise. The second is never tacked on in a sentence of its own ("On top of that, …"), which reads as stitched.
 */
function ackBoth(w: Writer, p: string, q: string): string {
  // A second grievance of the same kind ("the towels smelled", then "the smell") is the first told again.
  if (tellsAgain(q, p) || sameEnding(p, q) || !joinsAsOne(p, q)) return sayClause(w, p);
  // A page where reply after reply apologises for two things in one breath reads as a form: just after a reply that
  // did, the lead grievance is named alone.
  if (w.usedInLatest(STOCK_SPAN, (reply) => usesTemplate(w, t.ackTwo, reply)) > 0) return sayClause(w, p);
  return w.say(w.pick(t.ackTwo, 'ack'), { p, q });
}

/** Whether the business's customers come in person (a meal, a stay, a job), not buy goods from a shop or online. */
const isVisit = (w: Writer): boolean =>
  w.situation.sectorGroup !== 'retail' && w.situation.sectorGroup !== 'software';

const PLAIN_FAULTS = new Set(['defect', 'food', 'cleanliness']);

/** A correct general sentence, about the item when it is known, when no detail of the grievance is sure. */
function general(w: Writer, item: string | null, reviewText: string): string {
  // What failed twice is the one detail sure to be right.
  if (w.situation.priorActions.includes('replacement_failed'))
    return w.say(w.pick(t.ackSecondFailure, 'ack'));
  if (item) return w.say(w.pick(t.ackItem, 'ack'), { item, ...agreeingWords(item) });
  // An order brought to the door was no visit: "your visit did not go as it should" misreads it.
  const visited = !deliveredOrder(reviewText);
  const pool = [
    ...t.ackGeneral,
    ...(w.profile.regulated || !w.say('{thing}') || !visited ? [] : t.ackGeneralThing),
    // "Your time with us" would tell the world a patient was seen here: a practice never says it.
    ...(isVisit(w) && visited && !w.profile.regulated ? t.ackGeneralVisit : []),
  ];
  return w.say(w.pick(plainWhereOwned(w, pool), 'ack'));
}

// The fault may lie with the maker, a carrier, a marketplace seller or a rebate scheme rather than with us.
const THIRD_PARTY_WORDS =
  /\b(?:manufacturer|maker|rebate|mail-in|no (?:technical |tech )?support|third[- ]party seller|marketplace seller|the seller|carrier|courier|ups(?! store)|fedex|usps|dhl|warranty (?:department|service|center|centre|claim))\b/i;
// A brand's own helpline: "SanDisk customer service", "Vonage's support".
// Inside a sentence only: a capital at its start ("Worst customer service") is no brand. The helpline may be written
// with capitals of its own ("HP Customer Support").
const BRAND_SUPPORT = new RegExp(
  [
    /(?<=[\p{Ll},] )(?!(?:The|Their|Our|Your|Great|Good|Poor|Bad|Terrible|Awful|Horrible|No|Any|Store|Shop)\b)[A-Z][A-Za-z]+(?:'s)? (?:[Cc]ustomer [Ss]ervice|[Cc]ustomer [Ss]upport|[Ss]upport|[Tt]ech [Ss]upport|[Ee]-?mail [Ss]upport|[Ww]arranty)\b/u
      .source,
    // A helpline written as a name, capitals and all, may open a sentence: "HP Customer Support was rude".
    /(?<!\p{L})(?!(?:The|Their|Our|Your|Great|Good|Poor|Bad|Terrible|Awful|Horrible|Worst|Best|No|Any|Store|Shop|Excellent|Lousy)\b)[A-Z][A-Za-z]+(?:'s)? (?:Customer Service|Customer Support|Tech Support|Technical Support|E-?mail Support)\b/u
      .source,
  ].join('|'),
  'u',
);
// A brand the reviewer rang or wrote to about the product, in a sentence that speaks of its support: "I called
// Linksys, and was unimpressed with their customer support", "I contacted Uniden through their email support".
const CALLED_BRAND =
  /\b(?:called|phoned|rang|contacted|e-?mailed|wrote to|reached out to|got in touch with|got through to) (?!(?:The|Their|Them|Customer|Support|Tech|Technical|Service|Store|Shop|Corporate|Management|Head|Sales)\b)([A-Z][\w-]+)\b(?=[^.!?\n]*\b(?:support|customer service|customer care|help ?line|warranty)\b)/;
// The maker's own work, which no shop wrote or drew: its software, firmware, drivers and maps. A speaker's drivers
// ("40mm drivers", "the audio drivers sound good") are its parts, not software.
const MAKERS_WORK =
  /\b(?:firmware|(?<!\b(?:\d+ ?mm|speaker|audio|headphone|neodymium|dynamic|bass|large|big) )drivers?(?! (?:sound|pads?|units?|housings?)\b)|installer|map (?:data(?:base)?|updates?)|the maps|(?:(?<=[\p{Ll},] )(?!(?:The|Their|Our|Your|Store|Shop)\b)[A-Z][A-Za-z]+ (?:maps|software|firmware|app)))\b/u;

/** Whether the fault may lie with a maker, carrier, marketplace seller or rebate scheme rather than with us. */
const isThirdParty = (text: string): boolean =>
  THIRD_PARTY_WORDS.test(text) || brandSupportElsewhere(text) || calledBrandElsewhere(text);

// A fault said of the maker's work in the same sentence: "the firmware keeps crashing", "the maps are out of date".
const FAULTED =
  /\b(?:crash\w*|bug\w*|glitch\w*|errors?|fail\w*|broke\w*|useless|wrong|outdated|out of date|(?:won't|wouldn't|doesn't|didn't|does not|did not|will not|would not|can't|cannot|couldn't|could not|never) (?:\w+ )?(?:work|install|load|run|update|open|start|recogni[sz]e|find)|not work\w*|freez\w*|froze|slow|missing|incorrect|inaccurate|terrible|awful|poor|bad)\b/i;

/** Whether the maker's software, firmware or maps are what the reviewer finds at fault, not a tool they used. */
const makersWorkFaulted = (text: string): boolean =>
  text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => MAKERS_WORK.test(sentence) && FAULTED.test(sentence));

/**
 * For a shop: a third party's fault, the maker's software, firmware or maps, which the shop did not make, a warranty
 * or repair the maker refused, or goods bought at another store. A shopper's own app ("I show the deals in the
 * store's app") is no maker's work at fault.
 */
const isThirdPartyFor = (w: Writer, text: string): boolean =>
  isThirdParty(text) ||
  (w.situation.sectorGroup === 'retail' &&
    (makersWorkFaulted(text) || makerRefused(text) || boughtAtOtherStore(text)));

/** Whether the brand is the shop the reviewer went to ("I went to the Bliss Home store…"). */
const isShopVisited = (brand: string, text: string): boolean =>
  new RegExp(
    `\\b(?:went to|visited|shopped at|shop at|bought (?:it |this |them )?(?:at|from)) (?:the )?(?:\\w+ ){0,2}${brand}\\b`,
  ).test(text);

/** A brand's helpline, unless the brand is the shop the reviewer went to. */
function brandSupportElsewhere(text: string): boolean {
  const m = BRAND_SUPPORT.exec(text);
  if (!m) return false;
  return !isShopVisited(m[0].split(/\s|'s/)[0] ?? '', text);
}

/** A brand the reviewer contacted about its support, unless the brand is the shop the reviewer went to. */
function calledBrandElsewhere(text: string): boolean {
  const brand = CALLED_BRAND.exec(text)?.[1];
  return brand !== undefined && !isShopVisited(brand, text);
}

// A helpline the reviewer rang or wrote to ("I called support again", "the 800 support line"). "Customer service"
// alone is also how a shopper rates a shop's own staff ("no concept of customer service"), so it counts only where
// the reviewer contacted it.
const MAKER_HELPLINE =
  /\b(?:tech(?:nical)? support|help ?desk|help ?line|hotline|call cent(?:er|re)|support (?:line|number|hotline))\b|\b(?:call(?:ed|ing)?|phon(?:ed|ing)|rang) support\b|\b(?:call(?:ed|ing)?|phon(?:ed|ing)|rang|ring|e-?mail(?:ed|ing)?|contact(?:ed|ing)?|reached out to|wrote to|chat(?:ted)? with|spoke (?:to|with)|got through to|on hold (?:with|for)|sent (?:it|them) to)\b(?: [\w'’-]+){0,4} (?:customer (?:service|support|care)|support (?:line|team|staff))\b/i;

/** A shop's customer who dealt with the maker's helpline: neither its staff nor its subject is ours to name. */
const isAboutMakersHelpline = (w: Writer, reviewText: string): boolean =>
  w.situation.sectorGroup === 'retail' &&
  (MAKER_HELPLINE.test(reviewText) || calledBrandElsewhere(reviewText) || brandSupportElsewhere(reviewText));

// The item was already replaced or repaired, or a warranty already came into it: a claim is no longer ours to offer.
const WARRANTY_USED = /\b(?:warranty|rma|refurbished)\b/i;
const DONE_BY_MAKER = new Set(['replaced', 'replacement_failed', 'repaired', 'repair_failed']);

/**
 * What we can do about a maker's fault. A warranty claim answers only a unit that failed (not software that will
 * not install or a design they dislike), and never one already made or spent.
 */
function makerHelpFor(situation: Triage['situation'], reviewText: string): readonly string[] {
  const spent =
    situation.priorActions.some((action) => DONE_BY_MAKER.has(action)) || WARRANTY_USED.test(reviewText);
  return spent || !isUnitFault(reviewText)
    ? t.thirdPartyHelp.filter((offer) => !/\bwarranty claim\b/.test(offer))
    : t.thirdPartyHelp;
}

/** The reviewer's own account of the grievance, told back in the second person. */
const tellBack = (
  w: Writer,
  reviewText: string,
  clauses: readonly ScoredClause[],
  makers: boolean,
): string | null =>
  reportedClause(reviewText, {
    people: w.situation.people,
    products: w.situation.sectorGroup === 'retail' || w.situation.sectorGroup === 'software',
    staffOurs: !makers,
    clauses,
  });

const MARKETPLACE = /\b(?:amazon|ebay|newegg|walmart|best buy|the store i bought)\b/i;
const CONTENT_WORD = /\b[a-z]{4,}\b/g;
const NOT_CONTENT = new Set([
  'your',
  'were',
  'that',
  'with',
  'have',
  'been',
  'would',
  'could',
  'they',
  'there',
  'what',
  'when',
  'than',
  'much',
  'such',
  'should',
  'their',
  'about',
  'which',
]);

/** Whether two clauses speak of the same thing: any content word in common. */
const sharesWord = (a: string, b: string): boolean => {
  const inB = new Set(b.toLowerCase().match(CONTENT_WORD) ?? []);
  return (a.toLowerCase().match(CONTENT_WORD) ?? []).some((word) => !NOT_CONTENT.has(word) && inB.has(word));
};

// Words at least five letters long, compared by their first five: "smell" and "smelly", "broke" and "broken".
const LONG_WORD = /\b[a-z]{5,}\b/g;
// The apology's own words, which say nothing of the grievance.
const APOLOGY_WORDS = /^(?:sorry|happe|apolo|regre|learn|truly|reall|appen)/;
// Words that tell the same fault: "not right" and "wrong", "stank" and "smell".
const SAME_FAULT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:not right|incorrect|mixed up|wrong)\b/g, 'wrong'],
  [/\b(?:stank|stink\w*|stench|odou?rs?|smell\w*)\b/g, 'smell'],
  [/\b(?:not clean|unclean|filth\w*|grubby|dirty)\b/g, 'dirty'],
  [/\b(?:rush\w*|hurr(?:y|ied)\w*)\b/g, 'rushed'],
  [/\b(?:worth what you paid|pric\w*|costs?|costly|overpriced|expensive|pricey|overpaid)\b/g, 'price'],
  [/\b(?:wait\w*|took (?:\d+|an?|over an?) (?:min\w*|hours?)|took (?:forever|ages|so long))\b/g, 'waits'],
  [
    /\b(?:did not work from the moment it arrived|never worked(?: from the start)?|dead on arrival|arrived dead)\b/g,
    'deadonarrival',
  ],
];
const stems = (text: string): string[] =>
  (
    SAME_FAULT.reduce((said, [words, fault]) => said.replace(words, fault), text.toLowerCase()).match(
      LONG_WORD,
    ) ?? []
  )
    .filter((word) => !NOT_CONTENT.has(word))
    .map((word) => word.slice(0, 5))
    .filter((stem) => !APOLOGY_WORDS.test(stem));

/** Whether a second sentence would tell back what the first already did: a word of the same stem in both. */
const tellsAgain = (added: string, said: string): boolean => {
  const inSaid = new Set(stems(said));
  return stems(added).some((stem) => inSaid.has(stem));
};

/** Our own clauses for the grievance: the main one, and a second of another kind when the reviewer raised one. */
/** The grievance the apology names, what it adds beside it, and the kind of grievance it is where a frame read one. */
type Named = { clause: string; also: string | null; topic: string | null };

// "The little coffee machine in the room also didn't work": a fault the reviewer adds to the rest.
const ADDED_FAULT = /\b(?:also|as well|on top of (?:that|this|it all))\b/i;

/** True when the sentence the situation read its fault from tells it as one more thing gone wrong. */
function addedInPassing(w: Writer, reviewText: string): boolean {
  const item = w.situation.item?.toLowerCase().replace(/^(?:the|my|our|your|their) /, '');
  if (!item) return false;
  const said = splitSentences(reviewText).find((s) => s.text.toLowerCase().includes(item));
  return said !== undefined && ADDED_FAULT.test(said.text);
}

// The situation's reading that the thing was simply not working: beside a grievance that says how it failed ("it kept
// failing to read your discs"), "and that the CD player was not working as well" says it twice, vaguer.
const NOT_WORKING_ONLY =
  /^(the [\p{L}\d -]+|it|they) (?:(?:was|were|is|are) not working|(?:did|does|do) not work)(?: properly| right| well| at all)?$/iu;

/** A clause that opens on a bare "it", said of the item by name where there is one ("the router kept dropping"). */
const ofItem = (clause: string, item: string | null): string =>
  item && /^it /.test(clause) ? clause.replace(/^it /, `${item} `) : clause;

/**
 * True when the situation's own clause, read alone, is the grievance a frame tells: "the plumber never showed up" is the
 * no-show, and said beside "no one arrived at the time we had agreed with you" it says one thing twice.
 */
const toldAlone = (w: Writer, frame: { clause: string }, clause: string): boolean =>
  nameComplaints(clause, w.situation.sectorGroup).some((f) => f.clause === frame.clause);

/** Our own clause for the grievance, about the item by name when the review names it plainly ("the router …"). */
function namedComplaint(
  w: Writer,
  reviewText: string,
  title: string | null,
  words: ProblemWords,
): Named | null {
  // A shop's customer who dealt with the maker, a marketplace or a carrier was not refused or kept waiting by us:
  // grievances about what our people did are left out.
  const notOurs =
    isAboutMakersHelpline(w, reviewText) ||
    (w.situation.sectorGroup === 'retail' &&
      (isThirdPartyFor(w, reviewText) || MARKETPLACE.test(reviewText)));
  const read = nameComplaints(reviewText, w.situation.sectorGroup, title).filter((f) => !(notOurs && f.ours));
  // A fault put right on the spot ("the TV did not work, so they moved us") gives way to any grievance that remains.
  const remains =
    read.some((f) => !f.settled) ||
    words.form !== 'none' ||
    toldFaults(reviewText, w.situation.sectorGroup) !== null;
  const found = remains ? read.filter((f) => !f.settled) : read;
  // A grievance that is the point of a review when present (a no-show, a dirty bathroom, lost data), which the
  // reviewer dwells on, comes before the detail the situation read ("the blanket was thin"), which follows it.
  const point = found[0];
  if (
    words.form === 'clause' &&
    point &&
    !point.general &&
    point.weight >= 1 &&
    point.score >= (addedInPassing(w, reviewText) ? 2 : 2.5) &&
    !sharesWord(point.clause, words.text) &&
    !tellsAgain(point.clause, words.text) &&
    !toldAlone(w, point, words.text) &&
    // Where the reviewer's own description of it follows the apology anyway, their words say it better than ours.
    !sharesWord(point.clause, otherFaults(w, reviewText, words.text) ?? '')
  )
    return { clause: pickWording(w, point.wordings, 'named'), also: words.text, topic: point.topic };
  // The dish the situation read, set by the reviewer against its price: our clause says it without conceding it.
  if (
    words.form === 'clause' &&
    point?.topic === 'price' &&
    !point.general &&
    sharesWord(point.clause, words.text)
  )
    return { clause: pickWording(w, point.wordings, 'named'), also: null, topic: point.topic };
  if (words.form !== 'none') {
    // Beside the situation's own reading of the fault, only a grievance about the service is added: a second
    // reading of the same dish or product would say one thing twice.
    const also = found.find(
      (f) =>
        f.service &&
        !sharesWord(f.clause, words.text) &&
        !tellsAgain(f.clause, words.text) &&
        !toldAlone(w, f, words.text),
    );
    return {
      clause: words.text,
      also: also ? pickWording(w, also.wordings, 'named-also') : null,
      topic: null,
    };
  }
  const first = found[0];
  // "It did not work for you" adds nothing beside a grievance of another kind, nor does one the first already told.
  // Where the first stood in for the wait, feeling it was not worth the money is the grievance left to name.
  const others = found.slice(1).filter((f) => !toldBy(first, f));
  const stoodIn = others.length < found.length - 1;
  const second =
    others.find((f) => !f.general) ?? (stoodIn ? others.find((f) => f.topic === 'price') : undefined);
  if (!first) return null;
  // Only a product is named this way; in a restaurant or a hotel the noun read may be a dish or a joke.
  const item =
    w.situation.sectorGroup === 'retail' && words.item && readsCleanly(words.item) ? words.item : null;
  // With a second grievance to tell, the lead is worded so that the two can share one sentence.
  const paired = second ? first.wordings.filter((c) => second.wordings.some((q) => joinsAsOne(c, q))) : [];
  const said = pickWording(w, paired.length > 0 ? paired : first.wordings, 'named');
  // A helpline that was no help is never the whole of a shop's apology: the goods that sent the buyer to it come
  // first ("the drive gave you so much trouble, and … the support you turned to did so little to help"), since the
  // helpline may be the maker's and the fault is what the reviewer bought from us.
  if (first.topic === 'helpline' && !second && w.situation.sectorGroup === 'retail')
    return { clause: `${item ?? 'it'} gave you so much trouble`, also: said, topic: first.topic };
  const clause = ofItem(said, item);
  return {
    clause,
    also: second ? pickWording(w, joinable(clause, second.wordings), 'named-also') : null,
    topic: first.topic,
  };
}

/**
 * True when two clauses are wordings of one grievance ("it all took so much longer than it needed to", "the wait
 * went on far too long"): joined by "and … as well", they say one thing twice.
 */
// Two wordings are one grievance when one frame gives both, or when the reviewer's point, read alone, is what the frame
// giving the other names ("the plumber never showed up" beside "no one arrived at the time we had agreed with you").
const oneGrievance = (w: Writer, text: string, a: string, b: string): boolean =>
  nameComplaints(text, w.situation.sectorGroup).some(
    (n) => n.wordings.includes(a) && n.wordings.includes(b),
  ) || nameComplaints(a, w.situation.sectorGroup).some((n) => n.wordings.includes(b));

// How many of a page's latest replies a grievance's wording is kept out of while another wording of it is left: a
// shop answering complaint after complaint of static tells it "there was so much static", then "the static was so
// bad", not the same clause three replies running.
const WORDING_HELD = 4;
const pickWording = (w: Writer, wordings: readonly string[], salt: string): string => {
  const said = (c: string): boolean => w.usedInLatest(WORDING_HELD, (reply) => reply.includes(c)) > 0;
  const usual = w.pick(wordings, salt);
  if (!said(usual)) return usual;
  const fresh = wordings.filter((c) => !said(c));
  return fresh.length > 0 ? w.pick(fresh, salt) : w.pickBy(wordings, salt, (c, reply) => reply.includes(c));
};

// A second grievance opening on a bare "it", or too long to share the first one's sentence, is left out of the
// apology: a wording of it that can share the sentence is told.
const joinable = (first: string, wordings: readonly string[]): readonly string[] => {
  const kept = wordings.filter((wording) => joinsAsOne(first, wording));
  return kept.length > 0 ? kept : wordings;
};

// Grievances another one already tells: others served first is the wait told from the reviewer's side, so "and
// that you had such a long wait" beside it says the one grievance twice; blank discs that failed are the recording
// that failed, so "and that recording kept failing" beside them says it twice too.
const RECORDING = 'it would not record properly';
const TOLD_BY: Readonly<Record<string, readonly string[]>> = {
  turn: ['wait'],
  discs: [RECORDING, 'discs-failed'],
  'discs-failed': [RECORDING, 'discs'],
};
const toldBy = (lead: NamedComplaint | undefined, other: NamedComplaint): boolean =>
  lead?.topic !== undefined && other.topic !== undefined && (TOLD_BY[lead.topic] ?? []).includes(other.topic);

/**
 * The faults the reviewer described, when the acknowledgement did not already name them: for a meal, a stay or a
 * job, where they are the detail a reader looks for. A product's faults are its main complaint, named already.
 */
function otherFaults(w: Writer, reviewText: string, said: string): string | null {
  if (!w.canQuote || w.profile.regulated || w.situation.sectorGroup === 'retail') return null;
  return toldFaults(reviewText, w.situation.sectorGroup, { people: false, except: said });
}

// A review longer than this tells its lesser faults along the way: only a shorter one has a second fault added.
const ALSO_WORDS = 90;

// What a general apology may still carry that the faults would lose: "even after you sent it back".
const SAYS_MORE = /\b(?:even after|again|twice|still)\b/i;

// Apologies that name nothing the reviewer described: "the food", "your stay", "the wait" in general. Food said to
// lack flavour, to be badly cooked, reheated or hygienically handled names what was wrong with it, and is kept.
const GENERAL_ACK =
  /\b(?:we let you down|fell (?:so far )?short|not up to standard|such a letdown|not what (?:it|they) should|disappointing experience|frustrated|disappointed you|the food(?! (?:had so little flavour|was so short on flavour|was not cooked properly|was handled|being handled|tasted (?:reheated|as if it had come out of a microwave)))|your meal|(?<!during )your stay|(?<!during )your visit)\b/i;

// The range on offer, which is no fault of the food itself: "the menu was so tiny", "the selection was poor".
const RANGE_FAULT = /^(?:the|your) (?:menu|selection|choices?|options|variety)\b/i;
// An apology for what was eaten, in general.
const FOOD_IN_GENERAL = /\b(?:the food|your meal)\b/i;

/**
 * Every sentence of the acknowledgement: the grievance, what already failed, and the faults the reviewer described
 * that the first sentence did not name.
 */
function acknowledgeAll(
  w: Writer,
  words: ProblemWords,
  named: Named | null,
  themes: readonly string[],
  opts: { reviewText: string; title?: string | null },
): string {
  const { situation } = w;
  const failed = situation.priorActions.includes('replacement_failed')
    ? t.priorFailed.replacement_failed
    : situation.priorActions.includes('repair_failed')
      ? t.priorFailed.repair_failed
      : null;
  const generalTold = acknowledgement(w, words, named, opts.title ?? null, themes, opts.reviewText);
  const faults = otherFaults(w, opts.reviewText, generalTold);
  // An apology for "the food" in general gives way to the faults the reviewer described, but never to the menu's range
  // ("the menu was so tiny" beside "the food is awful"); a specific one is kept and the faults follow it.
  const told =
    faults &&
    GENERAL_ACK.test(generalTold) &&
    !SAYS_MORE.test(generalTold) &&
    !(FOOD_IN_GENERAL.test(generalTold) && RANGE_FAULT.test(faults))
      ? sayClause(w, faults)
      : generalTold;
  // A fault of the same kind as the one just apologised for ("the smell", then "the linens were smelly") is left out,
  // and so is a third grievance after two already told: three lifted clauses stacked read as a list, not a reply.
  const toldTwo = named?.also ? told.includes(named.also) : false;
  // In a long review, the faults left over are most often the lesser ones told along the way: the reply names the
  // lead grievance and leaves them out rather than close on the smallest.
  const long = (opts.reviewText.match(/[\p{L}']+/gu)?.length ?? 0) > ALSO_WORDS;
  const also =
    faults && !long && told === generalTold && !toldTwo && !tellsAgain(faults, told)
      ? w.say(w.pick(t.ackAlso, 'also'), { p: faults })
      : '';
  // A general sentence about the second failure already says what the prior-failure line would.
  // An apology that already names the replacement ("sorry that the replacement broke") says it too.
  const saidFailure =
    t.ackSecondFailure.some((sentence) => w.say(sentence) === told) ||
    /\bstill not fixed\b/.test(told) ||
    (failed === t.priorFailed.replacement_failed && /\b(?:replacement|second one|new one)\b/i.test(told));
  return [told, failed && !saidFailure ? w.say(w.pick(failed, 'failed')) : '', also]
    .filter(Boolean)
    .join(' ');
}

// In an unhappy review, praise read for the people or the place is told back; a product or a dish "praised" there is
// too often the very thing that went wrong ("the cake" they could not get).
const PRAISE_BESIDE_COMPLAINT =
  /\b(?:staff|service|team|people|server|waiter|waitress|receptionist|reception|front desk|space|location|view|views|atmosphere|ambien[cs]e|decor|setting|welcome)$/i;

// A grievance about how people treated the reviewer, beside which praise for the people would contradict the reply.
const ABOUT_TREATMENT =
  /\b(?:treat\w*|courtes\w*|rude\w*|staff|attitude|manner\w*|ignor\w*|service|attention|hurried|rushed)\b/i;

// The people were nowhere to be found: praise read for "the service" there is not what the review says of them.
const NOBODY_THERE =
  /\b(?:no one|nobody|noone|no-one|no staff|no receptionist|no one at the (?:front )?desk)\b|\b(?:empty|unattended|unmanned) (?:front )?(?:desk|reception|counter)\b/i;

// Slowness the reviewer complains of: the speed of the service is part of the service.
const SLOW_SERVICE =
  /\b(?:slow(?:est|ly|ness)?|speed of|pace of|took (?:forever|ages|so long|too long)|wait(?:ed|ing)? (?:forever|ages))\b/i;

// A turn back onto what was just praised: "… but you can tell they are inexperienced", "… but a bit slow".
const TAKEN_BACK =
  /\bbut (?:you (?:can|could) tell |i (?:think|felt|feel) |(?:it|they|he|she) (?:seem|seemed|seems|are|were|was|is) )?(?:they|he|she|a bit|a little|very|too|rather|quite|somewhat|not|slow|inexperienced|clueless|unhelpful|rude|untrained|disorganized|disorganised)\b/;

/**
 * Whether the review also finds fault with what it praised: the thing named again in another sentence ("the customer
 * service was amazing" … "I reached out to their customer service and was ignored"), or staff praised where nobody
 * was there to serve. Told back as liked, it would contradict the review.
 */
export function praiseContradicted(praised: string, reviewText: string): boolean {
  const head = praised.toLowerCase().match(/[\p{L}-]+$/u)?.[0];
  if (!head) return false;
  // Friendly service that was slow: "the service" told back as liked would deny the wait the reviewer complains of.
  if (head === 'service' && SLOW_SERVICE.test(reviewText)) return true;
  const named = new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i');
  const sentences = reviewText.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => named.test(sentence));
  if (sentences.length > 1) return true;
  // "The staff is friendly but you can tell they are inexperienced": praise taken back in its own sentence, of the
  // same people or thing. "The staff were lovely but the room was dirty" turns to another.
  const takenBack = new RegExp(`\\b${escapeRegExp(head)}\\b[^.!?]*${TAKEN_BACK.source}`, 'i');
  if (sentences.some((sentence) => takenBack.test(sentence))) return true;
  return (
    /\b(?:service|staff|team|people|reception|front desk|welcome)$/i.test(praised) &&
    NOBODY_THERE.test(reviewText)
  );
}

/** A nod to what the reviewer liked. */
function praiseNod(w: Writer, ack: string, reviewText: string): string {
  const { stance } = w.situation;
  if (!w.canQuote || (stance !== 'mixed' && stance !== 'unhappy')) return '';
  const praised = w.situation.praised
    .filter((p) => !w.situation.people.includes(p))
    .filter(
      (p) =>
        stance === 'mixed' ||
        (PRAISE_BESIDE_COMPLAINT.test(p) && !sharesWord(p, ack) && !ABOUT_TREATMENT.test(ack)),
    )
    .filter((p) => !praiseContradicted(p, reviewText))
    // "The tge staff": a misspelt word read back would mock the reviewer.
    .filter((p) => readsCleanly(p, w.situation.people))
    .map(cleanPhrase)
    .filter((p): p is string => p !== null);
  if (praised.length === 0) return '';
  // Beside an unhappy review the nod is an extra, left out where one of the latest replies carried one: a page where
  // each reply stops to be glad about something reads as a form.
  const nods = [...t.praiseNod, ...t.praiseNodUnhappy];
  if (stance === 'unhappy' && w.usedInLatest(STOCK_SPAN, (reply) => usesTemplate(w, nods, reply)) > 0)
    return '';
  const pool = stance === 'mixed' ? t.praiseNod : t.praiseNodUnhappy;
  return w.say(w.pick(pool, 'nod'), { p: joinPhrases(praised.slice(0, 1)) });
}

/**
 * What the review says already happened that the reply can truly add: the reviewer is a regular, or raised the
 * problem at the time. Said once, only when the acknowledgement did not already say it.
 */
// Years of buying a brand ("I've been buying Memorex for years") is loyalty to the maker, not to the shop.
const BRAND_LOYALTY =
  /\b(?:buying|bought|using|used|owned|had|trusted|loyal to)(?: \w+){0,2}? [A-Z][\w+&-]*(?: [\w-]+)? (?:\w+ )?(?:for (?:years|decades|a long time|\d+ years|many years|several years)|since)\b/;

// The reviewer says their calls or messages went unanswered.
const NO_ANSWER =
  /\b(?:(?:never|nobody|no one|no-one) (?:called|got back|heard|returned|responded|replied|rang|answered)|no (?:reply|response|call ?back|answer)|(?:didn't|did not|would not|wouldn't) (?:call|get back|respond|reply|answer)|still waiting|left (?:a |several |many |\d+ )?(?:messages?|voicemails?)|on hold)\b/i;

// Staff who offered a fix when the reviewer raised it: "the cashier offered to remove the charge", "we can remove it
// from the bill".
const OFFERED_ON_THE_SPOT =
  /\b(?:offered|offering) to (?:remove|take (?:it|that|the \w+) off|refund|replace|remake|redo|re-?do|comp|fix|waive|knock)\b|\b(?:we|i|they|she|he) (?:can|could|will|would) (?:remove|take) (?:it|that|the \w+) (?:off|from)\b/i;

function contextLine(w: Writer, ack: string, reviewText: string, thirdParty: boolean): string {
  // "After your earlier visits", "you raised it at the time", "we did come back to you": each tells the world a
  // patient was seen or spoken to, which a practice never confirms in public, whatever the review says.
  if (w.profile.regulated) return '';
  const { situation } = w;
  const prior = situation.priorActions;
  if (situation.isReturning && !(situation.sectorGroup === 'retail' && BRAND_LOYALTY.test(reviewText)))
    return w.say(
      w.pick(isVisit(w) ? [...t.regularCustomer, ...t.regularVisitor] : t.regularCustomer, 'context'),
    );
  if (prior.includes('business_followed_up') && !/\b(?:came back|got back|called you|our reply)\b/i.test(ack))
    return w.say(w.pick(t.followedUpAlready, 'context'));
  // "You raised it at the time… nothing changed" is untrue where the staff offered there and then to put it right.
  if (
    prior.includes('complained_on_site') &&
    !/\b(?:at the time|on the spot|raised|told)\b/i.test(ack) &&
    !OFFERED_ON_THE_SPOT.test(reviewText)
  )
    return w.say(w.pick(t.raisedAtTheTime, 'context'));
  // Goods from another seller, already taken back there: the reply owns that nothing of ours is left open.
  if (
    situation.sectorGroup === 'retail' &&
    (prior.includes('returned') || prior.includes('refunded')) &&
    boughtAtOtherStore(reviewText) &&
    returnedWhereBought(reviewText) &&
    !/\b(?:return|took it back|take it back|sent it back)/i.test(ack)
  )
    return w.say(w.pick(t.returnedElsewhere, 'context'));
  // Chasing us for an answer that never came: never the maker's or a carrier's helpline, nor a shop's, whose
  // helpline is often the maker's.
  if (
    prior.includes('contacted_support') &&
    NO_ANSWER.test(reviewText) &&
    !thirdParty &&
    situation.sectorGroup !== 'retail' &&
    !/\b(?:call(?:ed)? back|chase|no (?:reply|answer|response)|never)\b/i.test(ack)
  )
    return w.say(w.pick(t.chasedUs, 'context'));
  return '';
}

/**
 * The offer of a call and what follows the reviewer's message, for each reason the call is made, with what may follow
 * a call itself where the invitation gives only a phone number.
 */
const CALL_WORDS: Record<CallReason, readonly [readonly string[], readonly string[], (readonly string[])?]> =
  {
    fix: [t.callToFix, t.callActFix, t.callActFixSpoken],
    hear: [t.callToHear, t.callActHear, t.callActHearSpoken],
    settled: [t.callSettled, t.callActHear, t.callActHearSpoken],
    charges: [t.callCharges, t.callActCharges],
    fixed_by_them: [t.callFixedByThem, t.callActFixedByThem],
    put_right: [t.callPutRight, t.callActPutRight],
    setup: [t.callSetUp, t.callActSetUp],
    check: [t.callCheck, t.callActCheck],
    // A correction already tried and failed: what would put it right is agreed, not the same correction promised.
    retry_failed: [t.callRetryFailed, t.callActRetryFailed],
    // Something already under way is chased to its end: the refund for a return, a replacement or a repair.
    refund_pending: [t.callRefundPending, t.callActRefundPending],
    returned: [t.callReturned, t.callActReturned],
    replacement_pending: [t.callReplacementPending, t.callActReplacementPending],
    repair_pending: [t.callRepairPending, t.callActRepairPending],
    stop_contact: [t.callStopContact, t.callActStopContact],
  };

/**
 * Ways a reply is put together; each is read back from a recent reply by `shapeOf`. Plain (apology, offer, contact),
 * the offer told as what follows the reviewer's message ("If you call me on …, I will …"), the apology and what we
 * will do in one sentence, the contact details before the offer, and for a short review a two-sentence reply. Thanks
 * first or last is only read, from replies an owner wrote that way.
 */
type Shape =
  | 'thanks-first'
  | 'thanks-last'
  | 'plain'
  | 'invite-first'
  | 'joined'
  | 'contact-first'
  | 'short'
  | 'time-in-contact'
  | 'stated';
// Replies opened or closed on a stock line of thanks ("Thank you for being candid.", "I appreciate you telling us.")
// read as filler beside one without: such shapes are read on a page, where an owner may have written them, and
// never written.
const SHAPES: readonly Shape[] = [
  'plain',
  'invite-first',
  'joined',
  'contact-first',
  'time-in-contact',
  'stated',
];

// Complaints about how people treated the reviewer, which a shop talks over rather than writes about.
const PEOPLE_THEMES: ReadonlySet<string> = new Set(['staff', 'wait', 'service']);

// A review this short is answered in two sentences: a long reply to a line of complaint reads as a form.
const SHORT_REVIEW_WORDS = 25;
// A review this short may have more to tell: only it is asked for "the rest".
const ASKS_MORE_WORDS = 15;

// The reply's own words, greeting, contact details and sign-off aside.
const bodyOf = (reply: string): string =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '')
    .trim();
const OPENS_WITH_THANKS = /^(?:Thank|Thanks|I appreciate|I am grateful)\b/;
const ENDS_WITH_THANKS = /(?:Thank|Thanks|grateful|appreciate|I hope|look forward)[^.!?]*[.!?]$/;
const INVITE_FIRST =
  /\b(?:If you (?:call|ring|phone|email|write to (?:me|us))|As soon as you (?:call|ring|phone|write)|Once you get in touch|When you (?:call|ring|phone))\b|, or ring (?:me|us) on [^,]+, and /;
// How a sentence that follows the contact details opens: "Once I hear from you, …", "When you do, …".
const AFTER_CONTACT_OPENERS =
  'Once (?:I|we) hear from you|As soon as (?:I|we) hear from you|The moment (?:I|we) hear from you|Once you have been in touch|(?:When|If) you do|When you contact (?:me|us)|From there|The day you get in touch|Once we have spoken|Once (?:I|we) have your message';
// An offer that follows on from the reviewer's message by its own words: "I will take it from there".
const FROM_THERE = /\bfrom there\b/i;
// A promise to be in touch, which an opening on the reviewer's getting in touch would echo.
const IN_TOUCH = /\bin touch\b/i;
// Openings that tell how the reviewer got in touch, and acts a finished call would contradict.
const SPOKEN = /\bwe have spoken\b/;
const HAS_MESSAGE = /\bhave your message\b/;
const TALK = /\b(?:talk|speak|call|ring|phone|go through it together|hear you out|listen)\b/i;
const CONTACT_FIRST = new RegExp(`(?:^|[.!?] )(?:${AFTER_CONTACT_OPENERS}), `);
// What went wrong told as a plain statement, the apology folded into the offer after it: "Your booking was
// mishandled, and I will not make excuses for it. I am sorry, and I would like to …".
const STATED = new RegExp(
  `(?:${t.statedFault.map((s) => escapeRegExp(s.replace('{P}', '\u0001')).replace('\u0001', '[^.!?]+')).join('|')})`,
);
// "I am sorry that …, and I would like to …": the apology and the offer in one sentence.
const JOINED =
  /(?:^|[.!?] )[^.!?]*\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?]*, and (?:I|we) (?:will|would|can|want|hope|am|are)\b/;
// A contact line that carries the offer's time: "Call me on …, and I will have it done within three days of …".
const TIME_IN_CONTACT =
  /(?:@|\d)[^!?]*(?:, and (?:I|we) will have it (?:done|seen to)|; it can all be done) (?:within|inside)\b/;
/** A reply's sentences, an address's dots aside. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

// A recent reply's shape is read again for every draft that follows it.
const shapes = new QuickLRU<string, Shape>({ maxSize: 400 });

/** The shape a recent reply was given, read from its text. */
function shapeOf(reply: string): Shape {
  const known = shapes.get(reply);
  if (known) return known;
  const shape = readShape(reply);
  shapes.set(reply, shape);
  return shape;
}

function readShape(reply: string): Shape {
  const body = bodyOf(reply);
  if (TIME_IN_CONTACT.test(sentencesOf(body).at(-1) ?? '')) return 'time-in-contact';
  if (STATED.test(body)) return 'stated';
  if (CONTACT_FIRST.test(body)) return 'contact-first';
  if (JOINED.test(body)) return 'joined';
  // The offer told as what follows a message, right after a bare apology, is the short reply's outline too.
  if (INVITE_FIRST.test(body)) return sentencesOf(body).length <= 2 ? 'short' : 'invite-first';
  if (OPENS_WITH_THANKS.test(body)) return 'thanks-first';
  if (ENDS_WITH_THANKS.test(body)) return 'thanks-last';
  return 'plain';
}

// Wordings a reader notices when one reply says them twice: "directly", "what happened", "personally".
const ONCE_A_REPLY: readonly RegExp[] = [
  /\bdirectly\b/i,
  /\bwhat (?:happened|went (?:on|wrong))\b/i,
  /\bpersonally\b|\bmyself\b/i,
  /\bproperly\b/i,
  /\b(?:make|put|putting|making) (?:this|it|things) (?:right|straight)\b/i,
  /\btalk (?:it|this) (?:over|through)\b/i,
  /\bhear(?:ing)? from you\b/i,
  /\bsort (?:this|it) out\b/i,
  // "Your order was not right… find out where we went wrong": the fault's own word told twice.
  /\bwrong\b|\bnot right\b/i,
  // "…set up within three days once you get in touch. Get in touch with me at …": the invitation told twice.
  /\b(?:get|getting|got|been) in touch\b/i,
  /\bcontact (?:me|us)\b/i,
];

/**
 * A writer that keeps out of each new pick any wording of `ONCE_A_REPLY` the reply already carries: `note` adds a
 * sentence to what the reply says and returns it. Where every option repeats one, the choice is as it would be.
 */
function onceEach(w: Writer): Writer & { note: (text: string) => string } {
  let said = '';
  const repeats = (option: unknown): boolean =>
    typeof option === 'string' && ONCE_A_REPLY.some((phrase) => phrase.test(option) && phrase.test(said));
  return {
    ...w,
    pick: (options, salt) => {
      const fresh = options.filter((option) => !repeats(option));
      return w.pick(fresh.length > 0 ? fresh : options, salt);
    },
    note: (text) => {
      said = `${said} ${text}`;
      return text;
    },
  };
}

/** How a reply opens and closes, as a reader of a page of them sees it. */
type Frame = { opening: string; closing: string };
// How many of the business's latest replies a new one must not share both its opening and its closing frame with.
const FRAME_SPAN = 4;
const THANKS_OPENING = /^(?:Thank|Thanks|I appreciate|I am grateful)\b/;
const THANKS_CLOSING = /^(?:Thank|Thanks|I appreciate|I am grateful|I hope|I look forward)\b/;
const AFTER_CONTACT_OPENING = new RegExp(`^(?:${AFTER_CONTACT_OPENERS})\\b`);

/** A reply's opening frame: any thanks, or the first two words of its first sentence ("i am", "my apologies"). */
const openingOf = (body: string): string =>
  THANKS_OPENING.test(body)
    ? 'thanks'
    : (body.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 2).join(' ');

// Where a sentence gives the business's contact details: an address or a phone number.
const CONTACT_DETAIL = /@|\+?\(?\d[\d\s().-]{5,}\d/;

/**
 * A reply's closing frame, read from its last sentence: thanks, what follows a message, the contact details then the
 * time, the time then the contact details, or the contact details alone.
 */
function closingOf(last: string): string {
  if (THANKS_CLOSING.test(last)) return 'thanks';
  if (AFTER_CONTACT_OPENING.test(last)) return 'after-contact';
  if (INVITE_FIRST.test(last)) return 'invite-then';
  const time = last.search(TELLS_TIME);
  if (time < 0) return 'contact';
  const contact = last.search(CONTACT_DETAIL);
  return contact >= 0 && time < contact ? 'time-first' : 'time';
}

/** How the invitation gives a time: after the contact details, or before them. */
type TimeForm = 'time' | 'time-first';
const TIME_FORMS: readonly TimeForm[] = ['time', 'time-first'];

/** The closing frame a reply of this shape will have, the invitation carrying a time when the offer carries none. */
const closingOfShape = (shape: Shape, within: string, timeForm: TimeForm): string =>
  shape === 'contact-first'
    ? 'after-contact'
    : shape === 'time-in-contact'
      ? 'time'
      : shape === 'invite-first' || shape === 'short'
        ? 'invite-then'
        : within
          ? timeForm
          : 'contact';

// A recent reply's frames are read again for every draft that follows it.
const frames = new QuickLRU<string, Frame>({ maxSize: 400 });

/** The frames a recent reply was given, read from its text. */
function frameOfReply(reply: string): Frame {
  const known = frames.get(reply);
  if (known) return known;
  const body = bodyOf(reply);
  const frame = { opening: openingOf(body), closing: closingOf(sentencesOf(body).at(-1) ?? '') };
  frames.set(reply, frame);
  return frame;
}

/** How a reply lays out its offer against the apology and the contact details, thanks aside. */
const LAYOUT: Record<Shape, string> = {
  'thanks-first': 'sentence',
  'thanks-last': 'sentence',
  plain: 'sentence',
  'time-in-contact': 'sentence',
  'invite-first': 'invite-then',
  short: 'invite-then',
  joined: 'joined',
  'contact-first': 'after-contact',
  stated: 'stated',
};
// Words of an offer that puts something right now, and of one kept for a later visit.
const OFFER_WORDS =
  /\b(?:refund\w*|replacement|replace|new one|money back|full price|what you paid|re-?do|at our (?:cost|expense)|free of charge|at no (?:cost|charge)|on (?:us|the house))\b/i;
const LATER_WORDS = /\b(?:discount|next (?:visit|time)|when you next|on your next)\b/i;

/** Where a recent reply told when its offer would be done, read from its text. */
function slotOfReply(reply: string): Slot {
  if (shapeOf(reply) === 'time-in-contact') return 'contact';
  const body = bodyOf(reply);
  if (LATER_WORDS.test(body)) return 'later';
  if (!OFFER_WORDS.test(body)) return 'call';
  return TELLS_TIME.test(body) ? 'span' : 'message';
}

// A first sentence that runs on after its apology ("You have every reason to be unhappy that …, and I am sorry.")
// reads to a page's reader as the apology and the offer joined, whatever follows it.
const RUNS_ON = /, and (?:I|we) (?:would|will|can|want|am|are)\b/;

/** How a recent reply's layout reads to a page's reader, a first sentence that runs on read as joined. */
const layoutSeen = (reply: string): string =>
  RUNS_ON.test(sentencesOf(bodyOf(reply))[0] ?? '') ? 'joined' : LAYOUT[shapeOf(reply)];

/** A reply's outline as a page's reader sees it: where its offer stands, and where its time is told. */
const outlineKey = (shape: Shape, slot: Slot): string => `${LAYOUT[shape]}/${slot}`;
const outlineKeys = new QuickLRU<string, string>({ maxSize: 400 });
function outlineKeyOf(reply: string): string {
  const known = outlineKeys.get(reply);
  if (known) return known;
  const key = outlineKey(shapeOf(reply), slotOfReply(reply));
  outlineKeys.set(reply, key);
  return key;
}

// How many of the business's latest replies keep their outline out of the next one: "… a full refund within three
// days. Call me on …" in reply after reply reads as a template, however the words change.
const OUTLINE_SPAN = 6;
// How many of the latest replies an offer made on the reviewer's word ("the moment you say so") keeps out of the next.
const ON_WORD_SPAN = 3;
// How many of the latest replies an offer told as following the reviewer's message keeps that frame out of the next.
const FOLLOWS_SPAN = 5;

// An invitation that trails off on a choice ("…, if that is easier"), or weighs one ("or if writing suits you
// better, email …"), cannot take the offer's time after it.
const TRAILS_OFF = /(?:easier|rather|better|prefer)$|\bif (?:writing|that|you)\b/;

// A time counted from the reviewer's message, worded several ways so a page does not close each reply on one frame;
// never with "your", which before the contact details would read them as the reviewer's own.
const COUNTED_FROM_MESSAGE = [
  '{span} of hearing from you',
  '{span} of you getting in touch',
  '{span} once you write',
];

// An invitation that leans on an offer told before it: the quickest way to what?
const POINTS_TO_OFFER = /^(?:The (?:quickest|easiest|best|simplest) way|That way|For that)\b/;

// An act that opens on a promise to answer: "I will reply within a day", "I will come back to you by tomorrow".
const REPLY_ONLY = /^(?:I|we) will (?:reply|answer|respond|(?:come|get|be) back to you)\b/i;
// An act that is nothing but a reply: "Once I hear from you, I will reply within a day" or "…, you will hear from me"
// says one thing twice.
const BARE_REPLY = /^(?:(?:I|we) will (?:reply|answer|respond)|you will hear from (?:me|us))\b/i;

// An apology with no verb of its own ("My apologies that…", "Apologies for…") or one that asks ("Please accept my
// apologies…"): run on into the offer ("…, and I can arrange a refund"), it joins a clause to a phrase, so it is said
// as "I apologise…" (a team's "We apologise…") there.
const APOLOGY_WITHOUT_VERB = /^(?:(?:My|Our) apologies|Apologies|Please accept (?:my|our) apologies)\b/;
const withApologyVerb = (ack: string, firstPerson: boolean): string =>
  ack.replace(APOLOGY_WITHOUT_VERB, firstPerson ? 'I apologise' : 'We apologise');

/** Whether an apology is one plain sentence that "…, and I will …" can follow without a stutter. */
const joinsCleanly = (ack: string): boolean =>
  sentencesOf(ack).length === 1 &&
  /[^?!]\.$/.test(ack) &&
  !/;|, (?:and|because)\b| and I\b|\?/.test(ack) &&
  ack.length < 160;

// A reviewer who states a fact is not told back that they "felt" it: "you were rushed", not "you felt rushed".
const FELT_BY_YOU =
  /\byou felt (rushed|hurried(?: along)?|ignored|unwelcome|neglected|brushed off|talked down to|pushed (?:towards|into))\b/g;
const FELT_OF_THINGS =
  /\b((?:the|your) [a-z-]+(?: [a-z-]+)?|it|everything) felt ((?:so |very |really |rather )?(?:tired|dated|worn|shabby|run-down|rundown|dirty|grubby|cramped|stuffy|damp|old|neglected)\b)/g;

/** The reviewer's experience told back as what happened, where they stated it as a fact. */
const ownTheFact = (ack: string): string =>
  ack.replace(FELT_BY_YOU, 'you were $1').replace(FELT_OF_THINGS, (_all, subject: string, state: string) => {
    const plural = /s$/.test(subject) && !/\b(?:it|everything|[a-z]+ss)$/.test(subject);
    return `${subject} ${plural ? 'were' : 'was'} ${state}`;
  });

// An opening that already tells the haste: "As soon as I hear from you", "The moment you write".
const HASTY_OPENING = /^(?:As soon as|The moment)\b/;
// The haste as it stands in an act, with the comma before it: what `unhurried` takes out.
const SAID_HASTE = new RegExp(`,? ${HASTE.source}`, 'i');

/**
 * The act as told after its opening: "As soon as I hear from you, I will see to a full refund at once" says the haste
 * twice, so after an opening that tells it the act drops its own "at once" or "straight away".
 */
const unhurried = (opening: string, act: string): string =>
  HASTY_OPENING.test(opening) && HASTE.test(act) ? act.replace(SAID_HASTE, '').trim() : act;

/** Lower-cases the first letter of a clause that follows a comma, "I" and a capitalised name aside. */
const midSentence = (clause: string): string =>
  /^(?:I\b|[A-Z][a-z]*[A-Z]|[A-Z]{2})/.test(clause)
    ? clause
    : clause.charAt(0).toLowerCase() + clause.slice(1);

// A promise to return a missed call, and how many of the latest replies one keeps out of the next.
const CALLS_BACK =
  /\b(?:ring|call|phone) you back\b|\breturn (?:it|any call|your call)\b|\bexpect a call back\b|\bmiss(?:ed)? (?:you|your call|a call)\b/i;
const CALL_BACK_SPAN = 5;

/** An offer as a sentence of its own, as what follows the reviewer's message, and joined to the apology. */
type Worded = { sentence: string; act: string; joined: string };

/**
 * Where a reply tells when its offer will be done, as a page's reader sees it: on the offer itself (`span`), nowhere
 * but "as soon as I hear from you" (`message`), in the contact line after an offer told bare (`contact`); a call or
 * an offer for a later visit, whose time is when they will hear back, is `call` or `later`.
 */
type Slot = 'span' | 'message' | 'contact' | 'call' | 'later';

// Frames of an offer's sentence that read as one however they are worded: what can be done now, an offer made
// on their word, an offer made if it suits them.
const OFFER_FAMILIES: readonly RegExp[] = [
  /\b(?:straight away|right away|as a first step|to start putting)\b/i,
  /\b(?:say the word|give me the word|the moment you say)\b/i,
  /\b(?:if you are willing|if it suits you|if you would like)\b/i,
];

/** What the reply offers, and the same told as what follows the reviewer's message or joined to the apology. */
type Offer = {
  /** The offer as a sentence of its own, with its time where the remedy has one. */
  sentence: string;
  /** What follows the reviewer's message, always with a time: "I will refund you in full within three days". */
  act: string;
  /** The offer after "I am sorry that …, and", with its time where the remedy has one. */
  joined: string;
  /** The time the invitation gives when the offer carries none; empty when the offer does. */
  within: string;
  /** Where the time of the worded offer above is told. */
  slot: Slot;
  /** For a remedy ours to time: the same told as following the reviewer's message, with no span. */
  onMessage?: Worded;
  /** For a remedy ours to time: the offer told with no time, which the contact line after it gives. */
  bare?: string;
  /** The span the contact line gives for a bare offer: "within three days". */
  doneWithin?: string;
};

// A remedy phrase that ends on how it is done: "sent to you free of charge", "shipped at our cost", "set up for you".
const DONE_TAIL =
  /\b(?:sent|shipped|posted|delivered|paid|covered|set up|arranged|refunded|returned|booked|done|sorted|fitted|installed)\b[^,;]*$/i;
// Templates that add their own "how" after the remedy.
const ADDS_HOW = /\{remedy\},? (?:started|set up|under way|will be|can be|organised)\b/;

/** The templates that read after a remedy phrase, leaving out those that would stack a second "how" on it. */
function fitting(templates: readonly string[], participled: boolean): readonly string[] {
  if (!participled) return templates;
  const kept = templates.filter((template) => !ADDS_HOW.test(template));
  return kept.length > 0 ? kept : templates;
}

/**
 * A remedy or a call, worded so that the reply gives the business's time once: on the offer where the remedy is
 * ours to time, on the invitation otherwise. A discount or other later-visit offer carries no time of its own (it
 * would read as a deadline), so the invitation says when they will hear back.
 */
function wordOffer(
  w: Writer,
  step: ReturnType<typeof chooseNextStep>,
  opts: {
    reviewText: string;
    noCompensation: boolean;
    /** What the reply's apology named, which a remedy for "the dishes that were wrong" points back to. */
    told: string | null;
    thirdParty: boolean;
    /** The review is short or vague, so asking to hear "the rest" fits. */
    asksMore: boolean;
    /** The reviewer is asked to ring, with no address to write to. */
    byPhone: boolean;
  },
  promises: DraftPromise[],
): Offer {
  const { profile, situation } = w;
  const callWithin = withinWords(callHoursOf(profile.remedies));
  const callWhen = w.pick(sameTime(callWithin), 'within');
  if (step.kind === 'remedy') {
    // The offer's words and its time are chosen against the business's recent replies, tied to what the reply named.
    const { phrase, action, within } = wordRemedy(w, step.remedy, step.hours, opts);
    // The sentence around the offer is chosen by the same rule, read by its fixed words, so a page does not repeat
    // one outline ("… will be arranged within three days") with only the offer's words changed.
    // A template counts as used where a reply carries all its fixed words, or a frame of the same family ("What I can
    // offer straight away is…", "One thing I can do right away is…"), whatever its other words.
    // "a replacement unit sent to you free of charge" already says how it is done: "I will get … started" or "…
    // will be arranged" after it would not read.
    const participled = DONE_TAIL.test(phrase);
    const frame = (templates: readonly string[], salt: string): string =>
      w.pickBy(fitting(templates, participled), salt, (template, reply) => {
        if (OFFER_FAMILIES.some((family) => family.test(template) && family.test(reply))) return true;
        const lower = reply.toLowerCase();
        return template
          .split(/\{\w+\}/)
          .map((piece) =>
            w
              .say(piece)
              .toLowerCase()
              .replace(/^[\s,;.]+|[\s,;.]+$/g, ''),
          )
          .filter((piece) => /\p{L}{2}/u.test(piece))
          .every((piece) => lower.includes(piece));
      });
    promises.push({ description: `Arrange ${phrase}`, dueInHours: step.hours });
    // "A refund for anything that was not right… to put this right": an offer whose own words say "right" is told in
    // a sentence that does not say it again.
    const unechoed = (templates: readonly string[]): readonly string[] =>
      RIGHT.test(phrase) ? withoutRight(templates) : templates;
    // A discount or other later-visit offer is ours to keep whenever they come; a time on it reads as a deadline.
    const timed = step.remedy.kind !== 'discount' && step.remedy.kind !== 'other';
    if (!timed)
      return {
        sentence: w.say(w.pick(unechoed(t.remedyUntimed), 'remedy'), { remedy: phrase }),
        act: w.say(w.pick(opts.byPhone ? t.remedyActUntimedCall : t.remedyActUntimed, 'act'), {
          remedy: phrase,
          within: callWhen,
        }),
        joined: w.say(w.pick(t.joinedUntimed, 'joined'), { remedy: phrase }),
        within: callWithin,
        slot: 'later',
      };
    // Each offer is worded three ways: with its span, as following the reviewer's message with no span, and bare,
    // its time left to the contact line after it. The reply's outline decides which one it tells.
    const vars: Record<string, string> = action ? { action, within } : { remedy: phrase, within };
    const [sentences, acts, joins] = action
      ? [t.remedyActionTimed, t.remedyActAction, t.joinedAction]
      : [t.remedyTimed, t.remedyActTimed, t.joinedRemedy];
    const worded = (spanned: boolean): Worded => {
      const only = (templates: readonly string[]): readonly string[] => {
        const kept = unechoed(templates).filter((template) => template.includes('{within}') === spanned);
        return kept.length > 0 ? kept : templates;
      };
      const act = w.say(frame(action ? (spanned ? acts : t.remedyActActionNow) : only(acts), 'act'), vars);
      return {
        sentence: w.say(frame(only(sentences), 'remedy'), vars),
        act: action && spanned ? `${act} ${within}` : act,
        joined: w.say(frame(only(joins), 'joined'), vars),
      };
    };
    return {
      ...worded(true),
      within: '',
      slot: 'span',
      onMessage: worded(false),
      bare: w.say(
        w.pick(action ? t.remedyActionBare : unechoed(fitting(t.remedyBare, participled)), 'bare'),
        vars,
      ),
      doneWithin: within,
    };
  }
  promises.push({
    description: `${profile.contactName} contacts the reviewer personally`,
    dueInHours: step.hours,
  });
  // A happy reviewer's wrong bill is answered by checking the charge and putting it right, and nothing more.
  const billing = opts.noCompensation && readBillingError(opts.reviewText) !== null;
  // Goods already taken back and paid for leave nothing to chase with the maker: the call is to hear them out.
  // A refund, replacement or repair already under way is chased by us, whoever is holding it up.
  // Help with the set-up and a free check are ours to give, whoever made the goods.
  const ours = step.reason === 'setup' || step.reason === 'check';
  const chaseMaker =
    opts.thirdParty &&
    !ours &&
    step.reason !== 'settled' &&
    step.reason !== 'put_right' &&
    !step.reason.endsWith('_pending');
  // An order held up in the post is found and sent on; the maker has nothing to do with it.
  const chaseOrder = chaseMaker && LATE_ORDER.test(opts.reviewText) && !isUnitFault(opts.reviewText);
  const [offers, acts, afterCall = []] = chaseOrder
    ? [t.deliveryHelp, t.deliveryAct]
    : chaseMaker
      ? [makerHelpFor(situation, opts.reviewText), t.thirdPartyAct]
      : billing
        ? [t.callBillingCheck, t.callActBillingCheck]
        : CALL_WORDS[step.reason];
  const joined =
    t.joinedCall[chaseOrder ? 'delivery' : chaseMaker ? 'maker' : billing ? 'billing' : step.reason];
  // The maker's errand has no time of its own: the invitation's reply time follows it where the act is told.
  const act = w.say(w.pick(spoken(asksFor(acts, opts.asksMore), opts.byPhone, afterCall), 'act'), {
    within: callWhen,
  });
  return {
    sentence: w.say(w.pick(asksFor(offers, opts.asksMore), 'call')),
    act: TELLS_TIME.test(act)
      ? act
      : `${act}, ${midSentence(w.say('and you will hear from me {within}', { within: callWhen }))}`,
    joined: w.say(w.pick(asksFor(joined, opts.asksMore), 'joined')),
    within: callWithin,
    slot: 'call',
  };
}

/** A fault told in the present, told as over: "does not work" → "did not work", "is not charging" → "was not". */
const toldAsOver = (ack: string): string =>
  ack
    .replace(/\b(?:does not|do not|doesn't|don't)\b/g, 'did not')
    .replace(/\bis not\b|\bisn't\b/g, 'was not')
    .replace(/\bare not\b|\baren't\b/g, 'were not');

// What follows a message answered in writing: "I will reply", "I will write back", "you will hear from me", "I will
// get back to you", "I will be in touch". After "If you ring me on …" the caller is already talking to us.
const WRITTEN_ANSWER =
  /\b(?:write back|reply|respond|answer (?:you|within|inside)|(?:I|we) will answer|you will hear from (?:me|us)|hear back|get back to you|come back to you|(?:be|get) (?:back )?in touch)\b/i;

/**
 * The acts that fit a reply asking only for a call: none promising an answer to it, where any other is left, and the
 * ones written for after a call.
 */
const spoken = (
  acts: readonly string[],
  byPhone: boolean,
  afterCall: readonly string[],
): readonly string[] => {
  if (!byPhone) return acts;
  const kept = [...acts.filter((act) => !WRITTEN_ANSWER.test(act)), ...afterCall];
  return kept.length > 0 ? kept : acts;
};

// Asking to hear more of a review that already told everything reads as if it was not read: "the rest", "tell me
// more", "Can we talk about what happened?", "your side of it", "the full story", "how it came about".
const ASKS_MORE =
  /\b(?:the rest|tell me (?:a little |some |a bit )?more|hear more|what (?:happened|went on|went wrong)|how (?:it|this) (?:happened|went wrong|came about)|your side|the full story|understand what)\b/i;

/** The offers that fit: those asking to hear more only where the review left more to tell. */
const asksFor = (options: readonly string[], asksMore: boolean): readonly string[] => {
  if (asksMore) return options;
  const told = options.filter((option) => !ASKS_MORE.test(option));
  return told.length > 0 ? told : options;
};

// An apology that names the grievance as a clause with its own subject ("I am sorry that your booking was
// mishandled."), whose clause can stand as a plain statement of what went wrong.
const APOLOGY_THAT =
  /^(?:I am (?:very |truly |so |really )?sorry(?: to (?:read|hear|learn|see))?|I was (?:really )?sorry to (?:read|learn|see)|I apologise|I regret|My apologies|Please accept my apologies) that ((?:the|your|we|our) [^;,.!?]+)\.$/i;
// A clause that would read as an accusation or a feeling once stated as fact, or says nothing of a standard; or one
// that exclaims ("the bass was so weak", "the food was such a letdown"), which stated flat reads as the reviewer's
// words pasted in.
const NOT_A_STANDARD =
  /\b(?:you|felt|seemed|price|cost|value|expensive|worth|did not like|not what you expected|so|such|letdown|disappoint\w*)\b/i;

/** The grievance as a plain statement's subject, capitalised, where the apology names it as a clause; else null. */
function statedClause(ack: string): string | null {
  const clause = APOLOGY_THAT.exec(ack)?.[1];
  if (!clause || NOT_A_STANDARD.test(clause)) return null;
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/**
 * A reply to an unhappy reviewer: the real problem in natural words, ownership without grovelling, a next step
 * chosen from what already happened with the business's time on it, and a private line to the named contact. The
 * reply's outline is chosen against the outlines of the business's recent replies, so a page of replies does not
 * share one: thanks first, thanks last or none; the offer told as what follows the reviewer's message; the apology
 * and the offer in one sentence; the contact details before the offer; or, for a short review, two sentences.
 */
export function complaintParts(
  w: Writer,
  triage: Triage,
  opts: { noCompensation: boolean; reviewText: string; title?: string | null; itemName?: string | null },
  promises: DraftPromise[],
): Part[] {
  const { profile, situation } = w;
  const words = problemWords(situation, w.canQuote);
  const named = w.canQuote ? namedComplaint(w, opts.reviewText, opts.title ?? null, words) : null;
  // What the apology names: the remedy is chosen for it and points back to it.
  const told = words.form === 'none' ? (named?.clause ?? null) : words.text;
  const step = opts.noCompensation
    ? { kind: 'call' as const, hours: 24, reason: 'hear' as const }
    : chooseNextStep(profile.remedies, situation, triage.themes, {
        regulated: profile.regulated,
        reviewText: opts.reviewText,
        title: opts.title ?? null,
        named: told,
        page: w.usedInLatest,
        knowsProblem:
          words.form !== 'none' ||
          named !== null ||
          (w.canQuote && titleComplaint(opts.title ?? null) !== null) ||
          // A faulty product, a wrong dish or a dirty room is plain from the themes even when no sentence names it.
          triage.themes.some((theme) => PLAIN_FAULTS.has(theme)),
      });
  // A shop names what was bought as its listing does, where the apology would say "it".
  const product =
    profile.sector === 'electronics' && w.canQuote
      ? listingNoun(opts.itemName, opts.reviewText, opts.title)
      : null;
  const acknowledged = withProductNamed(
    ownTheFact(acknowledgeAll(w, words, named, triage.themes, opts)),
    product,
  );
  // A fault a working replacement has put right is over: "the backlight did not work", not "does not".
  const putRight = step.kind === 'call' && step.reason === 'put_right';
  const ack = putRight ? toldAsOver(acknowledged) : acknowledged;
  // Where nothing is left to put right, the reply has no next step to tell as following the reviewer's message.
  // A general apology told only as what follows a message would leave the reply with nothing of the review in it.
  // A replacement that already works has put it right as surely as money back.
  const settled = putRight || (step.kind === 'call' && step.reason === 'settled');
  const general = words.form === 'none' && !named;
  const tellsAfter = !settled && !general;
  // A short review gets a short reply: the apology, then the offer told as what follows their message, joined to the
  // apology, or after the contact details. A regulated business's privacy line does not fit in so little.
  const reviewWords = opts.reviewText.match(/[\p{L}']+/gu)?.length ?? 0;
  const isShort = !profile.regulated && reviewWords <= SHORT_REVIEW_WORDS;
  const thirdParty = isThirdPartyFor(w, opts.reviewText) && situation.sectorGroup === 'retail';
  // Each wording a reader notices twice in one reply ("directly", "what happened") is used once in it.
  const v = onceEach(w);
  v.note(ack);
  // Both ways of contact or the one that suits the matter, and the detail that finds their order or visit.
  const aboutGoods =
    (situation.sectorGroup === 'retail' || situation.sectorGroup === 'software') &&
    !(triage.themes.length > 0 && triage.themes.every((theme) => PEOPLE_THEMES.has(theme)));
  const chosen = chooseReach(v, opts.reviewText, aboutGoods);
  // The offer is worded before the outline is chosen, so the outline can be chosen by how the reply will close.
  const offer = wordOffer(
    v,
    step,
    {
      ...opts,
      told,
      thirdParty,
      // Only a review of a few lines leaves "the rest" to hear; a longer one has told it.
      asksMore: reviewWords <= ASKS_MORE_WORDS,
      byPhone: chosen.channel === 'phone',
    },
    promises,
  );
  const fits = (shape: Shape): boolean =>
    shape === 'joined'
      ? joinsCleanly(ack)
      : shape === 'invite-first' || shape === 'short'
        ? tellsAfter
        : shape === 'contact-first'
          ? !BARE_REPLY.test(offer.act)
          : shape === 'time-in-contact'
            ? offer.bare !== undefined
            : shape === 'stated'
              ? statedClause(ack) !== null && !isShort && !isThirdPartyFor(w, opts.reviewText)
              : true;
  const shortPool = (['short', 'joined', 'contact-first', 'time-in-contact'] as const).filter(fits);
  // Goods already put right by a replacement that works leave nothing to follow the reviewer's message: only the
  // outlines that say so in a sentence of their own, or joined to the apology, fit.
  const pool = putRight
    ? (['plain', 'joined'] as const).filter(fits)
    : isShort && shortPool.length > 0
      ? shortPool
      : SHAPES.filter(fits);
  // A short reply reads as the offer told after a message with the middle left out: on a page, the same outline.
  const outline = (shape: Shape): Shape => (shape === 'short' ? 'invite-first' : shape);
  // No two of a few replies in a row open and close on the same frames ("I am sorry…", "…; I will reply by
  // tomorrow"), even where their outlines differ: a shape that would repeat a recent pair gives way to one that does
  // not, a short review's longer outline before a repeat.
  // The invitation's time goes before or after the contact details, whichever recent replies closed on less lately.
  const timeForm = v.pickBy(TIME_FORMS, 'time-form', (form, reply) => frameOfReply(reply).closing === form);
  const frameOf = (shape: Shape): Frame => ({
    opening: openingOf(ack),
    closing: closingOfShape(shape, offer.within, timeForm),
  });
  const repeats = (shape: Shape): boolean => {
    const frame = frameOf(shape);
    return (
      v.usedInLatest(FRAME_SPAN, (reply) => {
        const seen = frameOfReply(reply);
        return seen.opening === frame.opening && seen.closing === frame.closing;
      }) > 0
    );
  };
  // The outline and where the offer's time is told are chosen together: none that one of the latest six (or,
  // failing that, five) replies had in a layout other than the last reply's, then none that one of the latest six
  // had, no repeat of a recent reply's opening and closing, a layout other than the last reply's, and no offer on the
  // reviewer's word just after one, each kept where something is left after it. A short review takes a longer
  // outline before it repeats its neighbour's layout or a recent outline.
  type Choice = { shape: Shape; slot: Slot };
  const slotsFor = (shape: Shape): readonly Slot[] =>
    shape === 'time-in-contact' ? ['contact'] : offer.onMessage ? ['span', 'message'] : [offer.slot];
  const choicesOf = (shapes: readonly Shape[]): Choice[] =>
    shapes.flatMap((shape) => slotsFor(shape).map((slot) => ({ shape, slot })));
  const keyUsedIn = (span: number, c: Choice): boolean =>
    v.usedInLatest(span, (reply) => outlineKeyOf(reply) === outlineKey(c.shape, c.slot)) > 0;
  const keyUsed = (c: Choice): boolean => keyUsedIn(OUTLINE_SPAN, c);
  const newLayout = (c: Choice): boolean =>
    v.usedInLatest(1, (reply) => layoutSeen(reply) === LAYOUT[c.shape]) === 0;
  // A layout other than the neighbour's, its outline kept out of fewer of the latest replies where it must be.
  const freshIn =
    (span: number) =>
    (c: Choice): boolean =>
      !keyUsedIn(span, c) && newLayout(c);
  const fresh = freshIn(OUTLINE_SPAN);
  const onWordLately = v.usedInLatest(ON_WORD_SPAN, (reply) => slotOfReply(reply) === 'message') > 0;
  // "… a refund inside three days" just after "… your money back within seventy-two hours" reads as one form however
  // the days are worded: an offer's days are told in no two replies running, where the offer can be told otherwise.
  const spanned = (slot: Slot): boolean => slot === 'span' || slot === 'contact';
  const spannedLast = v.usedInLatest(1, (reply) => spanned(slotOfReply(reply))) > 0;
  // An offer told as following the reviewer's message ("Once I hear from you, I will …", "… the moment you say so")
  // a few replies after another reads as one frame however it is worded: where one of the latest replies told one, the
  // offer is told with its days, or in an invitation that opens "If you email me …".
  const followedLately = v.usedInLatest(FOLLOWS_SPAN, (reply) => FOLLOWS_MESSAGE.test(bodyOf(reply))) > 0;
  const followsMessage = (c: Choice): boolean =>
    c.slot === 'message' && c.shape !== 'invite-first' && c.shape !== 'short';
  const layers: ReadonlyArray<(c: Choice) => boolean> = [
    fresh,
    // Never at the cost of the neighbour's layout.
    (c) => newLayout(c) && !(spannedLast && spanned(c.slot)),
    freshIn(OUTLINE_SPAN - 1),
    (c) => !keyUsed(c),
    (c) => !repeats(c.shape),
    newLayout,
    (c) => c.slot !== 'message' || !onWordLately,
    (c) => !(followedLately && followsMessage(c)),
  ];
  const fromPool = choicesOf(pool);
  const widest = choicesOf(SHAPES.filter(fits));
  const poolHolds = (test: (c: Choice) => boolean): boolean => fromPool.some(test) || !widest.some(test);
  const base = poolHolds(freshIn(OUTLINE_SPAN - 1)) && poolHolds((c) => !keyUsed(c)) ? fromPool : widest;
  const candidates = layers.reduce((kept, layer) => {
    const next = kept.filter(layer);
    return next.length > 0 ? next : kept;
  }, base);
  const choice = w.pickBy(
    candidates,
    'shape',
    (c, reply) =>
      outlineKeyOf(reply) === outlineKey(c.shape, c.slot) && outline(shapeOf(reply)) === outline(c.shape),
  );
  const shape = choice.shape;
  // The offer as this outline tells it: with its span, or as following their message.
  const said: Worded = choice.slot === 'message' && offer.onMessage ? offer.onMessage : offer;
  v.note(
    shape === 'time-in-contact'
      ? (offer.bare ?? '')
      : shape === 'joined' || shape === 'stated'
        ? said.joined
        : shape === 'short' || shape === 'invite-first' || shape === 'contact-first'
          ? said.act
          : said.sentence,
  );
  const nod = v.note(praiseNod(v, ack, opts.reviewText));
  const shared = isThirdPartyFor(w, opts.reviewText);
  const context = v.note(contextLine(v, ack, opts.reviewText, shared));
  // What we will do about the grievance beyond this reviewer's remedy, where the reply named one of a plain kind: a
  // longer reply's middle, never a short or regulated one's, and never where nothing is left to put right.
  const follow =
    isShort || profile.regulated || settled || general || context
      ? ''
      : v.note(followThrough(v, named?.topic ?? null, ack, opts.reviewText));
  // A stock line of ownership after the apology ("We clearly fell short.") reads as filler: only goods the maker may
  // be at fault for get a line, one saying we will help all the same. Goods already taken back and paid for leave
  // nothing to help sort out with the maker.
  // Goods the reviewer bought from another seller were not bought from us, whoever is at fault.
  const elsewhere = boughtAtOtherStore(opts.reviewText);
  // An offer to chase the maker already says we will help with it: no line before it says so again.
  const chasing = /\b(?:maker|chase)\b/.test(`${said.sentence} ${said.act} ${said.joined}`);
  const sharedLines = (
    settled || chasing
      ? t.ownershipShared.filter((line) => !/\b(?:maker|chase)\b/.test(line))
      : t.ownershipShared
  ).filter((line) => !tellsAgain(line, ack) && !(elsewhere && /\bfrom us\b/.test(line)));
  // The lines are about goods a maker or carrier may be at fault for: a restaurant, a stay or a vet's care has no maker
  // to blame, and "you should not have to chase this on your own" fits nothing in such a review.
  const sellsGoods = situation.sectorGroup === 'retail' || situation.sectorGroup === 'software';
  const owning = !shared || !sellsGoods || profile.regulated || general || OWNS.test(ack) || ownedLately(w);
  const own = owning ? '' : v.note(v.say(v.pick(sharedLines, 'own')));
  const privacy = profile.regulated ? v.note(v.pick(t.regulatedPrivacy, 'privacy')) : '';
  // An offer counted from their message ("as soon as you write") needs a way to write: never the phone alone.
  const waitsForWriting = /\b(?:you write|write to|your message|you email)\b/.test(
    `${said.sentence} ${said.act} ${said.joined}`,
  );
  const reach: typeof chosen =
    chosen.channel === 'phone' && waitsForWriting ? { ...chosen, channel: 'both' } : chosen;
  const reachable = (templates: readonly string[]): readonly string[] => forReach(templates, reach);
  // The offer and the invitation as one sentence: what happens once the reviewer gets in touch.
  const inviteThen = (): string => {
    // An act with no span of its own ("I will arrange it straight away") is timed by the reviewer's message: only an
    // invitation that ties it to their message ("If you email me…, …") carries it, never "Email me…, and …".
    // "Once you get in touch, …, I will … be back in touch" says it twice.
    const allThen = reachable(v.firstPerson ? t.inviteThen : t.inviteThenThirdPerson);
    const unrepeated = allThen.filter((tpl) => !IN_TOUCH.test(said.act) || !IN_TOUCH.test(tpl));
    const reachableThen = unrepeated.length > 0 ? unrepeated : allThen;
    const tied = reachableThen.filter((tpl) => /^(?:If|When|As soon as|Once)\b/.test(tpl));
    const template = v.pick(
      TELLS_TIME.test(said.act) || tied.length === 0 ? reachableThen : tied,
      'invite-then',
    );
    return v
      .say(template, { act: '\u0000', detail: reach.detail })
      .replace('\u0000', midSentence(unhurried(template, said.act)));
  };
  // The contact details alone, then what follows once the reviewer gets in touch, with its time.
  const contactThenOffer = (): string => {
    // An invitation that already says what follows ("…, I will …") cannot be followed by it, and one that points
    // back to an offer ("The quickest way is…") has nothing to point to before the offer is made.
    const invites = reachable(v.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson).filter(
      (i) => !/\bI will\b/.test(i) && !POINTS_TO_OFFER.test(i),
    );
    // Noted, so "Get in touch with me at …" is not followed by "Once you have been in touch, …".
    const invite = v.note(`${v.say(v.pick(invites, 'invite'), { detail: reach.detail })}.`);
    // "The moment I hear from you, I will reply within a day" promises haste and a day's wait at once.
    const timed = TELLS_TIME.test(said.act) || /\b(?:straight away|at once|right away)\b/.test(said.act);
    const openers = (
      REPLY_ONLY.test(said.act) || TELLS_TIME.test(said.act)
        ? t.afterContact.filter((a) => !/^(?:The moment|As soon as)\b/.test(a))
        : t.afterContact
    )
      .filter((a) => timed || /^(?:Once|As soon as|The moment|When you)\b/.test(a))
      // "The day you get in touch, I will refund you within three days" gives two times for one promise.
      .filter((a) => !TELLS_TIME.test(said.act) || !/^The day\b/.test(a))
      // "From there, I will take it from there" says it twice.
      .filter((a) => !FROM_THERE.test(said.act) || !FROM_THERE.test(a))
      // "Once you have been in touch, I will … be back in touch" says it twice.
      .filter((a) => !IN_TOUCH.test(said.act) || !IN_TOUCH.test(a))
      // "Once we have spoken" follows only an invitation to call, and never an act that is itself a reply or a talk;
      // "Once I have your message" only an invitation to write.
      .filter(
        (a) =>
          !SPOKEN.test(a) ||
          (reach.channel === 'phone' && !REPLY_ONLY.test(said.act) && !TALK.test(said.act)),
      )
      .filter((a) => !HAS_MESSAGE.test(a) || reach.channel === 'email');
    const opener = v.pick(openers, 'after-contact');
    const after = v.say(opener, { act: '\u0000' });
    return `${invite} ${after.replace('\u0000', midSentence(unhurried(opener, said.act)))}`;
  };
  // The private line to the contact, its time after the details or before them.
  // An offer with a time of its own leaves `within` empty; otherwise the invitation gives the reply's only time.
  const invitation = (): string => {
    if (offer.within && reach.channel === 'phone' && v.firstPerson) return callInvitation();
    if (!offer.within || timeForm === 'time') return inviteLine(v, offer.within, reach);
    const template = v.pick(
      reachable(v.firstPerson ? t.inviteTimeFirst : t.inviteTimeFirstThirdPerson),
      'invite-first',
    );
    // Said before the contact details, the time is counted from their message ("within a day of hearing from you"):
    // standing alone it would promise an answer before the reviewer has written at all.
    const spans = sameTime(offer.within).filter((s) => /^(?:within|inside) (?!the next)/.test(s));
    const span = v.pick(spans.length > 0 ? spans : [offer.within], 'within');
    // "Once you write; ring me on …" asks for a call after counting from a letter, whether the number stands alone or
    // beside an address.
    // "You will hear from me within a day of hearing from you" says "hear" twice.
    const hears = /\bhear\b/.test(template);
    const asksCall = reach.channel === 'phone' || /\{phone\}/.test(template);
    const counted = COUNTED_FROM_MESSAGE.filter(
      (c) => (!asksCall || !/\bwrite\b/.test(c)) && !(hears && /\bhearing\b/.test(c)),
    );
    return v.say(template, {
      within: v.pick(counted, 'counted').replace('{span}', span),
      detail: reach.detail,
    });
  };
  // A phone number alone: the time is when a missed call is returned, never a written reply to a caller. A caller
  // talks to us at once, so where one of the latest replies already promised to ring back, the number is given alone:
  // "if I miss you, I will ring you back" on reply after reply reads as a form.
  const callInvitation = (): string => {
    if (v.usedInLatest(CALL_BACK_SPAN, (reply) => CALLS_BACK.test(reply)) > 0)
      return inviteLine(v, '', reach);
    const spans = sameTime(offer.within).filter((s) => !/\bthe next\b/.test(s));
    const span = v.pick(spans.length > 0 ? spans : [offer.within], 'within');
    if (timeForm === 'time-first')
      return v.say(v.pick(t.inviteTimeFirstCall, 'invite-first'), { within: span });
    const base = inviteLine(v, '', reach).replace(/\.$/, '');
    const tail = v.say(v.pick(t.inviteTimeTailCall, 'invite-tail'), { within: span });
    return `${base}${tail.startsWith('.') ? tail : tail.charAt(0).toLowerCase() + tail.slice(1)}`;
  };
  // The contact details with the offer's time after them, for an offer told bare just before.
  const contactTime = (): string => {
    const tail = v.say(v.pick(t.inviteRemedyTime, 'invite-remedy'), { within: offer.doneWithin ?? '' });
    // "Send me a message at …; it can all be done within three days of your message" says "message" twice, and
    // "Get in touch with me at …, and I will have it seen to … of you getting in touch" says "in touch" twice.
    const echoes = (i: string): boolean =>
      (/\bmessage\b/.test(i) && /\bmessage\b/.test(tail)) ||
      (/\bin touch\b/.test(i) && /\bin touch\b/.test(tail));
    const bases = reachable(v.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson).filter(
      (i) => !POINTS_TO_OFFER.test(i) && !TRAILS_OFF.test(i) && !/^Whenever\b/.test(i) && !echoes(i),
    );
    return `${v.say(v.pick(bases, 'invite'), { detail: reach.detail })}${tail}`;
  };
  const offerAndInvite = `${said.sentence} ${invitation()}`;
  // A mixed review's praise is answered before the complaint; praise beside an unhappy one follows the apology and
  // any line of ownership, so that line is never read as being about what they liked.
  const nodFirst = situation.stance === 'mixed';
  const lead = nodFirst ? `${nod} ${ack}`.trim() : ack;
  const after = nodFirst ? '' : nod;
  const middle = [part(after, true), part(context, true), part(follow, true), part(privacy)];
  switch (shape) {
    // A short reply leaves out thanks and stock lines of ownership, never what the review itself adds.
    case 'short':
      return [part(lead), ...middle, part(inviteThen())].filter((p) => p.text.length > 0);
    case 'joined': {
      const joined = `${withApologyVerb(ack, v.firstPerson).replace(/\.$/, '')}, and ${midSentence(said.joined)}.`;
      return [part(nodFirst ? `${nod} ${joined}`.trim() : joined), ...middle, part(invitation())].filter(
        (p) => p.text.length > 0,
      );
    }
    case 'time-in-contact':
      return [part(lead), part(own, true), ...middle, part(`${offer.bare ?? ''} ${contactTime()}`)].filter(
        (p) => p.text.length > 0,
      );
    case 'contact-first':
      return [part(lead), part(isShort ? '' : own, true), ...middle, part(contactThenOffer())].filter(
        (p) => p.text.length > 0,
      );
    case 'stated': {
      // What went wrong, said plainly; the apology comes with the offer.
      const fault = v
        .say(v.pick(t.statedFault, 'stated').replace('{P}', '\u0000'))
        .replace('\u0000', statedClause(ack) ?? '');
      const folded = v
        .say(v.pick(t.statedApology, 'stated-apology'), { act: '\u0000' })
        .replace('\u0000', midSentence(said.joined));
      return [part(fault), part(folded), part(own, true), ...middle, part(invitation())].filter(
        (p) => p.text.length > 0,
      );
    }
    default:
      // Without thanks the apology opens the reply; the offer closes it, told alone or as what follows a message.
      return [
        part(lead),
        part(own, true),
        ...middle,
        part(shape === 'invite-first' ? inviteThen() : offerAndInvite),
      ].filter((p) => p.text.length > 0);
  }
}
