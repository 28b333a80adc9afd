import { describesDeath } from '../triage/situation/incidents.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import { withinWords } from './choose-remedy.ts';
import type { DraftPromise } from './compose-draft.ts';
import {
  harmReportedByOthers,
  harmWords,
  hurtAlone,
  incidentAsTold,
  incidentSentences,
  incidentWords,
  matterAsTold,
  TREATMENT,
  treatmentAsTold,
  UNDERCOOKED,
  UNEQUAL_ACCOUNTS,
  varyTail,
  whoWasHurt,
} from './incident-told.ts';
import { sameTime } from './invite-line.ts';
import { CALL_NOT_MADE, nameComplaint } from './name-complaint.ts';
import { isLodging } from './sector-words.ts';
import * as t from './templates.ts';
import { matterOfThemes, themeSentencesFor } from './theme-words.ts';
import { type Part, part, type Writer } from './writer.ts';

/** How long the named contact takes to look at an escalated review personally. */
export const HOLDING_REVIEW_HOURS = 24;

// A death, of a person or a pet, is met with condolence first: never with "disappointed" or "settle this".
const CONDOLENCE = [
  'I am so sorry for your loss.',
  'I am truly sorry for your loss, and for how hard these days must have been.',
];
const CONDOLENCE_CONCERN = [
  'I take what you describe very seriously and want to understand exactly what happened.',
  'What you describe matters a great deal to me, and I want to go through it with you properly.',
];

// Harm the reviewer passes on from others: looked into, admitting nothing, and nobody asked after.
const OTHERS_HARMED = [
  'I was concerned to read that others have reported being hurt, and I want to look into it properly.',
  'What you say others have reported about being hurt is something I take very seriously, and I am looking into it.',
];

// Concern for how the reviewer says they were treated, named in neutral words ("how you were spoken to").
const TREATMENT_CONCERN = [
  'I am sorry to read about {p}, and I take it very seriously.',
  'Reading about {p} concerns me, and I want to understand exactly what happened.',
  'I am sorry to read about {p}, and I want to get to the bottom of it.',
];

// A claim of being treated unlike other customers, told as the reviewer's account, with the plain standard beside it.
const UNEQUAL_CONCERN = [
  'I am sorry to read {p}. Every customer should be treated alike here, and I take this very seriously.',
  'Reading {p} concerns me: everyone who comes to us should be treated the same, and I want to understand exactly what happened.',
  'I am sorry to read {p}; every customer deserves the same welcome here, and I want to get to the bottom of it.',
];

// How someone was treated, told in passing in a good review: regret for it, and an ask to hear more privately.
const HAPPY_TREATMENT_ASK = [
  'I was sorry to read about {p}, and I would like to hear more about it privately: please call me on {phone} or email me at {email} when you have a moment.',
  'I am sorry about {p}; if you are willing, I would like to hear more privately, on {phone} or at {email}.',
];

// Incidents that put someone at risk without always hurting them: a brake or a ladder that gave way, a fire or smoke
// from a device, a glass that shattered.
const SCARE_KINDS: ReadonlySet<string> = new Set([
  'equipment_failure_risk',
  'fire_smoke',
  'fumes',
  'shattered_glass',
]);
// Harm to a body told in the review: an injury, a wound, a fall, a trip to hospital.
const HARM_TOLD =
  /\b(?:hurt(?:ing|s)?|injur\w*|bleed\w*|bled|bruis\w*|burn(?:ed|t|s)? (?:my|his|her|their|our|your)|burns? (?:on|to)|cuts? (?:on|to)|cut (?:my|his|her|their|our) \w+|hospital\w*|emergency room|urgent care|a&e|stitches|concussion|sprain\w*|broke (?:my|his|her|their) (?:arm|wrist|leg|ankle|collarbone|nose|hand|finger|rib)s?|fell (?:off|over|down|and)|crashed|came off|thrown (?:off|from)|sick|ill|nause\w*|dizzy|headaches?|couldn(?:'|’)?t breathe|trouble breathing|coughing)\b/i;
const harmTold = (w: Writer, reviewText: string | undefined): boolean =>
  w.situation.incidents.some((k) => k === 'injury' || k === 'burn') || HARM_TOLD.test(reviewText ?? '');
// Harm the reviewer only just escaped: "it almost burnt my hand", "I nearly fell".
const NEAR_MISS =
  /\b(?:almost|nearly|just about|very nearly)\s+(?:\w+\s+)?(?:burn(?:ed|t|s)?|cut|fell|fall(?:en)?|hurt|electrocuted|shocked|tripped|slipped)\b/i;
// Harm done all the same, whatever was nearly suffered first: "I nearly fell, then fell again and broke my wrist".
const HARM_DONE =
  /\b(?:broke|broken|hospital\w*|stitches|blee?d\w*|bled|bruis\w*|blister\w*|injur\w*|sprain\w*|concussion|scar(?:red)?|wound\w*)\b/i;
// The same concern for a fright in which nobody is said to be hurt: asked after, with no wish for them to get well,
// and no "sorry" that could read as owning what happened.
const SCARE_CONCERN_ONE = [
  'I was concerned to read about {p}; that must have been frightening, and I hope you are alright.',
  'Reading about {p} concerned me, and I hope you came to no harm.',
  'I take {p} very seriously; it must have been a real fright.',
  'Learning of {p} worried me, and I hope you are alright.',
];
const SCARE_CONCERN = [
  'I was concerned to read about {p}; that must have been frightening, and I hope everyone is alright.',
  'Reading about {p} concerned me, and I hope nobody came to any harm.',
  'I take {p} very seriously, and I hope nobody was hurt.',
  'Learning of {p} worried me, and I hope everyone is alright.',
];

function concernSentence(
  w: Writer,
  reasons: readonly string[],
  reviewText: string | undefined,
  themes: readonly string[],
): string {
  const incidents = w.situation.incidents;
  const told = incidentAsTold(w);
  // Harm others reported: the danger is looked into, and nobody is wished well who was not hurt.
  if (told && harmReportedByOthers(w, reviewText)) return w.say(w.pick(OTHERS_HARMED, 'concern'));
  if (told?.words) {
    // "It almost burnt my hand": a near miss, asked after as a fright, never told back as a burn suffered.
    if (
      (told.kind === 'burn' || told.kind === 'injury') &&
      NEAR_MISS.test(reviewText ?? '') &&
      !HARM_DONE.test(reviewText ?? '') &&
      !w.profile.regulated
    ) {
      const p = told.kind === 'burn' ? 'the overheating you describe' : varyTail(w, told.words);
      return w.say(w.pick(SCARE_CONCERN_ONE, 'concern'), { p });
    }
    // A clinic's reply never confirms who was its patient; the harm itself is named only where the review's words
    // may be quoted, so a reply kept general for safety still asks after the one who was hurt.
    const hurt =
      told.hurt && !w.profile.regulated && reviewText !== undefined ? whoWasHurt(w, reviewText) : null;
    const harm = hurt && w.canQuote ? harmWords(told.kind, hurt, hurt.said) : null;
    const p = harm ?? varyTail(w, told.words);
    if (hurt && (harm || hurt.who !== 'you')) {
      // "The cut on your dog's ear…, and I hope he is healing": the pronoun once the reply has named them.
      const who = p.includes(hurt.who) ? hurt.pronoun : hurt.who;
      return w.say(w.pick(t.holdingConcernNamed, 'concern'), { p, who, is: hurt.is });
    }
    const alone = hurt !== null || hurtAlone(w, reviewText);
    // Brakes that gave out or a device that caught fire, with no harm to anyone told: a fright to ask after, not an
    // injury to wish better ("I hope you are feeling better" to someone who was only scared).
    const scare = told.hurt && !hurt && SCARE_KINDS.has(told.kind) && !harmTold(w, reviewText);
    const pool = !told.hurt
      ? t.holdingConcernUnhurt
      : scare
        ? alone
          ? SCARE_CONCERN_ONE
          : SCARE_CONCERN
        : alone
          ? t.holdingConcernOne
          : t.holdingConcern;
    return w.say(w.pick(pool, 'concern'), { p });
  }
  const treatment = treatmentAsTold(w, reviewText);
  if (treatment) {
    const pool = UNEQUAL_ACCOUNTS.has(treatment) ? UNEQUAL_CONCERN : TREATMENT_CONCERN;
    return w.say(w.pick(pool, 'concern'), { p: treatment });
  }
  // A damages claim or a home left wet and mouldy: the matter named, and nobody asked after who was not hurt.
  const matter = matterAsTold(w, reviewText);
  if (matter) return w.say(w.pick(t.holdingConcernUnhurt, 'concern'), { p: matter });
  if (incidents.some((k) => TREATMENT.has(k)) || reasons.includes('discrimination'))
    return w.say(w.pick(t.holdingTreatment, 'concern'));
  if (reasons.includes('safety') || reasons.includes('health'))
    return w.say(w.pick(t.holdingConcernUnhurt, 'concern'), { p: 'what you describe' });
  // A legal matter with no incident told: the matters the review raises are named neutrally, where they may be.
  const themed = w.canQuote && reviewText ? matterOfThemes(themes, w.situation.praised, reviewText) : null;
  if (themed) return w.say(w.pick(t.holdingConcernUnhurt, 'concern'), { p: themed });
  return w.say(w.pick(t.holdingSerious, 'concern'));
}

// How the reviewer says they were treated, told beside an injury or a danger: named too, so the reply does not
// answer the burn and pass over the remarks made during the same visit. The treatment is told as the reviewer's
// account ("the remarks you report"), so no line says "what you say about" before it.
const TREATMENT_BESIDE = [
  'I am also sorry to read about {p}, and I take that just as seriously.',
  'I am just as concerned by {p}.',
];

/** A second line of concern for treatment the review tells beside an incident; empty when there is none. */
function treatmentBeside(w: Writer, reviewText: string | undefined): string {
  const told = incidentAsTold(w);
  if (!told?.words || TREATMENT.has(told.kind)) return '';
  const treatment = treatmentAsTold(w, reviewText);
  return treatment ? w.say(w.pick(TREATMENT_BESIDE, 'beside'), { p: treatment }) : '';
}

// Ordinary complaints beside the incident that carry no liability: regret for the wait, for how someone was spoken
// to or for a charge admits nothing about what happened. A bill is named only when the reviewer disputes it.
const ASIDE_THEMES = ['wait', 'staff', 'booking', 'communication', 'billing', 'fees'] as const;
const DISPUTED_BILL =
  /\b(?:collections?|overcharg\w*|double[- ]charg\w*|charged (?:me|us) (?:twice|again|for)|late fee)\b/i;

// Service the reviewer calls poor, or a long wait, told in words the theme lines do not carry ("terrible service",
// "waiting around for an hour"): regret for them admits nothing about the incident.
const SERVICE_POOR =
  /\b(?:terrible|poor|awful|horrible|bad|slow|lousy|dreadful)\s+service\b|\bservice (?:was|is) (?:beyond |so |very |really |extremely )?(?:poor|terrible|awful|horrible|bad|slow|lousy|dreadful)\b/i;
const WAITED_LONG =
  /\bwait(?:ed|ing)?(?: around)? (?:for )?(?:over |almost |nearly |more than |about )?(?:an? hour|\d+ (?:hours?|minutes)|(?:forty|fifty|ninety|two|three) (?:minutes|hours))\b/i;
const WORK_IS_SERVICE: ReadonlySet<string> = new Set(['automotive', 'trades', 'electronics', 'software']);
const SERVICE_AND_WAIT = [
  'I am also sorry about the long wait and the service you had.',
  'I also apologise for the wait and for the service, which fell well below what we aim for.',
];
const SERVICE_ONLY = [
  'I am also sorry that the service was so poor.',
  'I also apologise for the service you had.',
];
const WAIT_ONLY = [
  'I am also sorry about the long wait.',
  'I also apologise for how long you were kept waiting.',
];

const CALL_BACK_MISSED = [
  'I am also sorry that the call back you were promised never came.',
  'I also apologise that nobody called you back as promised.',
];

const MAIN_BESIDE = ['I am also sorry that {p}.', 'I also apologise that {p}.'];

/** One short line of regret for an ordinary complaint the review also makes; empty when there is none. */
function asideSentence(w: Writer, reviewText: string | undefined): string {
  if (reviewText === undefined || !w.canQuote || !incidentAsTold(w)) return '';
  // The incident's own sentences are left out: regret must never land on what happened. How staff met it, in the
  // two sentences after ("said it must be how I ride"), is part of its account: regret for that would take the
  // reviewer's side on the cause, so staff are named only where the review speaks of them apart from it.
  const told = incidentSentences(w, reviewText)
    .map((s) => s.text.trim())
    .filter(Boolean);
  const sentences = splitSentences(reviewText).map((s) => s.text.trim());
  const at = sentences.flatMap((s, i) => (told.some((t) => t.includes(s) || s.includes(t)) ? [i] : []));
  const without = (span: number): string =>
    sentences.filter((_, i) => !at.some((k) => i >= k && i <= k + span)).join(' ');
  const rest = without(0);
  const apart = without(2);
  const themes = ASIDE_THEMES.filter(
    (theme) =>
      ((theme !== 'billing' && theme !== 'fees') || DISPUTED_BILL.test(rest)) &&
      (theme !== 'staff' || themeSentencesFor(['staff'], w.situation.praised, apart).length > 0),
  );
  // A call back promised and never made is a lapse in keeping them informed, not a word on what happened.
  if (CALL_NOT_MADE.test(rest)) return w.say(w.pick(CALL_BACK_MISSED, 'aside'));
  const lines = themeSentencesFor(themes, w.situation.praised, rest);
  // Where nobody was hurt (ants seen, a door that would not lock), the grievance that brought the review, told apart
  // from the incident ("your haircut was handled so badly"), is regretted too: it says nothing of how the incident
  // came about.
  const main = incidentAsTold(w)?.hurt === false ? nameComplaint(rest, w.situation.sectorGroup) : null;
  if (lines.length === 0 && main && !main.general)
    return w.say(w.pick(MAIN_BESIDE, 'aside'), { p: main.clause });
  if (lines.length === 0) {
    // Where the service is the work itself (a repair, a fitting), regret for it would own the fault behind the
    // incident.
    const poor = SERVICE_POOR.test(rest) && !WORK_IS_SERVICE.has(w.profile.sector);
    const waited = WAITED_LONG.test(rest);
    const pool = poor && waited ? SERVICE_AND_WAIT : poor ? SERVICE_ONLY : waited ? WAIT_ONLY : [];
    return pool.length > 0 ? w.say(w.pick(pool, 'aside')) : '';
  }
  const line = w.pick(lines, 'aside');
  return w.say(
    line.replace(/^I am sorry\b/, 'I am also sorry').replace(/^I apologise\b/, 'I also apologise'),
  );
}

// A precaution the owner can take at once, whatever the facts turn out to be, where the reviewer's home or room is
// left unsafe or unclean: said as what will be done, never as an admission of what happened.
// Each stands on its own: it may follow the concern or open the reply's body, so none says "also".
const LOCKS_CHECKED = [
  'I will have the doors and locks checked today.',
  'I am having every door and lock checked today.',
];
// The review seldom says which room it was, so the rooms are checked now and the guest's own kept empty once known.
const ROOM_INSPECTED = [
  'I am having our rooms inspected today, and once I know which one was yours it will stay empty until it is cleared.',
  'Our rooms are being checked today; as soon as I know which one you had, it will be kept empty until it is cleared.',
];
const KITCHEN_INSPECTED = ['I will have the kitchen and dining room inspected today.'];
// Out-of-date food on sale: every date is checked, which says nothing of how the food came to be there.
const DATES_CHECKED = [
  'I am having the dates checked on everything we have out for sale today.',
  'Every date on our shelves and counters is being checked today.',
];
// Meat or shellfish served undercooked: how it is cooked and checked is gone over with the kitchen, not the dates.
const COOKING_CHECKED = [
  'I am going over how we cook and check every meat and seafood dish with the kitchen today.',
  'Today I am going through our cooking and temperature checks with everyone in the kitchen.',
];
const KITCHEN_DATES_CHECKED = [
  'I am having the dates checked on everything in our kitchen today.',
  'Every date in our kitchen and fridges is being checked today.',
];
// A salon or spa told of poor hygiene: the cleaning of its tools and basins is gone over with the team.
const CLEANING_CHECKED = [
  'I am going over how every tool and basin is cleaned with the whole team today.',
  'Today I am going through our cleaning routine, step by step, with everyone who works here.',
];

// Goods that smoked, sparked, melted or ran hot, or that failed in a way that put someone at risk: kept out of use.
const UNPLUGGED = [
  'In the meantime, it is safest to keep it unplugged and out of use.',
  'Until we have talked, it is safest to leave it unplugged.',
];
const OUT_OF_USE = [
  'In the meantime, it is safest not to use it.',
  'Until we have talked, it is safest to keep it out of use.',
];
const ELECTRICAL = /\b(?:smoke|fire|burning|sparking|melting|overheating|electrical)\b/;

/**
 * One line of precaution for goods that put someone at risk, doors and locks, pests in a room or a kitchen, out-of-date food on sale, or a salon's
 * hygiene; empty where none fits.
 */
function precautionSentence(w: Writer): string {
  const told = incidentAsTold(w);
  if (!told || w.profile.regulated) return '';
  const lodging = isLodging(w.profile);
  const homes = w.profile.serviceNoun === 'time with us' && w.profile.sector === 'general';
  const goods = w.profile.sector === 'retail' || w.profile.sector === 'electronics';
  // Goods already taken back ("I returned it and got my money back") are no longer the reviewer's to keep unplugged.
  const goodsGone = w.situation.priorActions.some((a) => a === 'returned' || a === 'refunded');
  if (goods && !goodsGone && (told.kind === 'fire_smoke' || told.kind === 'equipment_failure_risk'))
    return w.pick(ELECTRICAL.test(told.words ?? '') ? UNPLUGGED : OUT_OF_USE, 'precaution');
  const check = checkOnOurSide(w, told, lodging, homes);
  // A check of our own premises told in one of the business's latest replies is not promised again in the next
  // few: a page where every other reply has the cleaning gone over "today" reads as a form, not as a thing done.
  if (!check || w.usedInLatest(RECENT_CHECKS, (reply) => check.some((line) => reply.includes(line))) > 0)
    return '';
  return w.pick(check, 'precaution');
}

// How many of the business's latest replies a check of its premises is not repeated within.
const RECENT_CHECKS = 6;

/** The check of our own premises that fits the incident (doors, rooms, kitchen, dates, cleaning), or null. */
function checkOnOurSide(
  w: Writer,
  told: NonNullable<ReturnType<typeof incidentAsTold>>,
  lodging: boolean,
  homes: boolean,
): readonly string[] | null {
  if (told.doors && (lodging || homes)) return LOCKS_CHECKED;
  if (told.kind === 'pests' && lodging) return ROOM_INSPECTED;
  if (told.kind === 'pests' && w.profile.sector === 'hospitality') return KITCHEN_INSPECTED;
  if (told.kind === 'food_safety' && w.profile.sector === 'retail') return DATES_CHECKED;
  if (told.kind === 'food_safety' && w.profile.sector === 'hospitality' && !lodging)
    return told.words === UNDERCOOKED ? COOKING_CHECKED : KITCHEN_DATES_CHECKED;
  // Dirt, mould or unclean tools, not an unwell member of staff or masks left off.
  const unclean = /^the (?:dirt|mould|hygiene problems|unclean tools)\b/.test(told.words ?? '');
  if (told.kind === 'hygiene' && unclean && w.profile.sector === 'beauty') return CLEANING_CHECKED;
  return null;
}

/** How a holding reply runs: thanks then concern, or concern first with the thanks at the end or with none; the invite
 * and the promise apart or in one sentence. Each is told in a reply by the pool only it uses. */
type Outline = 'thanks-first' | 'thanks-joined' | 'concern-first' | 'concern-joined';
const OUTLINES: readonly Outline[] = ['thanks-first', 'thanks-joined', 'concern-first', 'concern-joined'];

function outlineFor(w: Writer, vars: Record<string, string>): Outline {
  // Each pool's lines as replies may have said them, filled once for every reply they are looked for in.
  const lines = new Map<readonly string[], readonly string[]>();
  const has = (pool: readonly string[], reply: string): boolean => {
    let said = lines.get(pool);
    if (!said) {
      said = pool.flatMap((tpl) => sayings(w, tpl, vars));
      lines.set(pool, said);
    }
    return said.some((line) => reply.includes(line));
  };
  const joined = joinedPool(w);
  return w.pickBy(OUTLINES, 'holding-outline', (outline, reply) => {
    if (outline === 'concern-first') return has(t.holdingClose, reply);
    // Concern first and straight on to how to reach us: no thanks at either end.
    if (outline === 'concern-joined')
      return has(joined, reply) && !has(t.holdingOpen, reply) && !has(t.holdingClose, reply);
    return has(t.holdingOpen, reply) && has(joined, reply) === (outline === 'thanks-joined');
  });
}

/**
 * A line the business's latest replies do not carry word for word, chosen as `pick` would among those; where all
 * were used lately, the one used longest ago.
 */
function freshLine(
  w: Writer,
  pool: readonly string[],
  salt: string,
  vars: Record<string, string> = {},
): string {
  const filled = (tpl: string): string => w.say(tpl, vars);
  // Each template's lines as replies may have said them, filled once for every reply they are looked for in.
  const lines = new Map(pool.map((tpl) => [tpl, sayings(w, tpl, vars)] as const));
  const said = (tpl: string, reply: string): boolean =>
    (lines.get(tpl) ?? []).some((line) => reply.includes(line));
  const unused = pool.filter((tpl) => w.usedInLatest(RECENT_LINES, (reply) => said(tpl, reply)) === 0);
  const chosen = unused.length > 0 ? w.pick(unused, salt) : w.pickBy(pool, salt, said);
  return filled(chosen);
}

/**
 * A line as a recent reply may have said it: with the day it promises in any of its wordings, so a line told "within a
 * day" in one reply counts as used when the next would tell it "inside a day".
 */
function sayings(w: Writer, tpl: string, vars: Record<string, string>): readonly string[] {
  if (!tpl.includes('{within}') || vars.within === undefined) return [w.say(tpl, vars)];
  const day = withinWords(HOLDING_REVIEW_HOURS);
  return [day, ...sameTime(day)].map((within) => w.say(tpl, { ...vars, within }));
}
// How many of the latest replies a promise or invite line is kept out of word for word.
const RECENT_LINES = 40;

/**
 * The holding reply for a safety, health, legal or discrimination matter: names what happened neutrally, shows
 * concern for the person, asks them to get in touch privately and soon, admits no fault and offers nothing.
 */
export function holdingParts(
  w: Writer,
  reasons: readonly string[],
  promises: DraftPromise[],
  reviewText?: string,
  themes: readonly string[] = [],
): Part[] {
  const happy = w.situation.stance === 'happy' || w.situation.stance === 'happy_with_quibble';
  promises.push({
    description: `${w.profile.contactName} reviews the escalated review personally`,
    dueInHours: HOLDING_REVIEW_HOURS,
  });
  if (happy) {
    // A good rating over a review that also tells of trouble is thanked plainly, not as a glowing one.
    const thanks = w.say(w.pick(w.situation.stance === 'happy' ? t.thanksGeneric : t.neutralOpen, 'thanks'));
    const treatment = treatmentAsTold(w, reviewText);
    const ask = treatment
      ? w.say(w.pick(HAPPY_TREATMENT_ASK, 'invite'), { p: treatment })
      : w.say(w.pick(t.holdingHappy, 'invite'), { p: incidentWords(w) ?? 'what you mention' });
    return [part(thanks), part(ask)];
  }
  // The day an answer is promised in, worded as the business's latest replies worded it least lately: a page of holding
  // replies each ending "answer within a day" reads as one form letter.
  const within = {
    within: w.pickBy(sameTime(withinWords(HOLDING_REVIEW_HOURS)), 'holding-within', (span, reply) =>
      reply.toLowerCase().includes(span),
    ),
  };
  const died = w.situation.evidence.some((e) => describesDeath(e.text));
  const concern = died
    ? w.say(w.pick(CONDOLENCE_CONCERN, 'concern'))
    : concernSentence(w, reasons, reviewText, themes);
  const beside = died ? '' : treatmentBeside(w, reviewText);
  // One "also" line is enough: treatment named beside the incident leaves the ordinary complaints to the call.
  const aside = died || beside ? '' : asideSentence(w, reviewText);
  const privacy = w.profile.regulated ? w.pick(t.regulatedPrivacy, 'privacy') : '';
  // Condolence always comes first; otherwise the outline the business's latest holding replies used least lately.
  const outline = died ? 'thanks-first' : outlineFor(w, within);
  const opening = died ? w.say(w.pick(CONDOLENCE, 'thanks')) : freshLine(w, t.holdingOpen, 'thanks');
  const precaution = died ? '' : precautionSentence(w);
  const concernFirst = outline === 'concern-first' || outline === 'concern-joined';
  const head = concernFirst
    ? [concern, beside, precaution, aside]
    : [`${opening} ${concern}`, beside, precaution, aside];
  // The contact details are never cut for length; a promise of its own, or the closing thanks, may be.
  const tail =
    outline === 'thanks-first'
      ? [part(inviteLine(w)), part(promiseLine(w, concern, within), true)]
      : [part(freshLine(w, joinedPool(w), 'invite', within))];
  const close = outline === 'concern-first' ? freshLine(w, t.holdingClose, 'close') : '';
  return [...head.map((text) => part(text)), part(privacy), ...tail, part(close, true)].filter(
    (p) => p.text.length > 0,
  );
}

const joinedPool = (w: Writer): readonly string[] =>
  w.firstPerson ? t.holdingInvitePromise : t.holdingInvitePromiseThirdPerson;

const inviteLine = (w: Writer): string =>
  freshLine(w, w.firstPerson ? t.holdingInvite : t.holdingInviteThirdPerson, 'invite');

function promiseLine(w: Writer, concern: string, within: Record<string, string>): string {
  // A concern that already says it will be looked into is not followed by a promise to look into it.
  const lookedInto = /\blook(?:ing)? into\b/i.test(concern);
  const lines = t.holdingPromise.filter((p) => !(lookedInto && /\blook(?:ing)? into\b/i.test(p)));
  return freshLine(w, lines, 'promise', within);
}
