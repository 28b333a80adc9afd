import { splitSentences } from '../triage/situation/sentences.ts';
import type { BusinessProfile } from './business-profile.ts';
import { cleanPhrase, joinPhrases, problemWords } from './phrase-problem.ts';
import { aboutElsewhere, quibbleTopic, readQuibble } from './read-quibble.ts';
import { wordingGroupOf } from './sector-words.ts';
import * as t from './templates.ts';
import { boughtElsewhere, experienceNoun, productNoun, pronounFor } from './thanks-subject.ts';
import * as tw from './thanks-wording.ts';
import { type Part, part, type Writer } from './writer.ts';

// A person's name as written in the review: a capitalised word, nothing else.
const PERSON = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u;
// The business itself is not a thing to single out: "the kind words about the hotel" reads as a form letter.
const THE_BUSINESS =
  /^the (?:[a-z]+ )?(?:hotel|motel|restaurants?|place|location|store|shop|salon|spa|clinic|office|company|business|bar|cafe|café|diner|garage|gym|studio|establishment)$/i;
// A thank-you shorter than this reads as a form letter; longer than the upper bound, as a speech.
const MIN_WORDS = 30;
const MAX_WORDS = 80;

/**
 * True when a capitalised word the reader took for a person is the name of a place: "Porta Pizza", "at Porta",
 * "love Porta". Thanking a business's own name as a colleague would embarrass it.
 */
function namesAPlace(name: string, text: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<!\\p{L})(?:at|from|love|loved|visit|visited|tried|found|into) ${n}(?!\\p{L})|(?<!\\p{L})${n}(?:'s)? (?:Pizza|Pizzeria|Cafe|Café|Grill|Bar|Salon|Spa|Nails|Studio|Yoga|Fitness|Gym|Auto|Motors|Hotel|Inn|Bakery|Kitchen|Diner|Deli|Tavern|Pub|Market|Store|Shop|Foods?|Sliders|Burgers?|Tacos|Sushi|Coffee|Tea|Books|Records|Music|Plumbing|Electric|Services?)(?!\\p{L})`,
    'u',
  ).test(text);
}

export type ThanksReview = { text: string; title?: string | null };

const SHARED_WORDS =
  /\b(?:lovely|great|wonderful|pleased|glad|delighted|thrilled|pleasure|warm|kind|treat)\b/gi;
const firstWords = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');

/** True when the second sentence opens like the first or repeats one of its warm words. */
function echoes(first: string, second: string): boolean {
  if (first.length === 0) return false;
  if (firstWords(first) === firstWords(second)) return true;
  const used = new Set((first.match(SHARED_WORDS) ?? []).map((m) => m.toLowerCase()));
  return (second.match(SHARED_WORDS) ?? []).some((m) => used.has(m.toLowerCase()));
}

/**
 * The glad line, chosen per review; two sentences in a row that open alike or lean on the same warm word ("What a
 * lovely review… It is lovely to hear") read as stitched, so the next line in the pool is taken instead.
 */
function gladLine(w: Writer, pool: readonly string[], vars: Record<string, string>, opening: string): string {
  const start = Math.max(0, pool.indexOf(w.pick(pool, 'glad')));
  const first = w.say(pool[start] ?? '', vars);
  for (let i = 0; i < pool.length; i++) {
    const said = w.say(pool[(start + i) % pool.length] ?? '', vars);
    if (!echoes(opening, said)) return said;
  }
  return first;
}

const wordsIn = (parts: readonly Part[]): number =>
  parts.reduce((n, p) => n + p.text.split(/\s+/).filter((w) => w.length > 0).length, 0);

/** The invitation back in the trade's own words. */
function inviteLines(profile: BusinessProfile, thing: string): readonly string[] {
  if (profile.regulated) return tw.inviteBack.health;
  switch (profile.sector) {
    case 'hospitality':
      return thing === 'your stay' ? tw.inviteBack.stay : tw.inviteBack.meal;
    case 'retail':
    case 'general':
      return tw.inviteBack.shop;
    case 'trades':
      return tw.inviteBack.trades;
    case 'automotive':
      return tw.inviteBack.car;
    case 'beauty':
      return tw.inviteBack.appointment;
    case 'fitness':
      return tw.inviteBack.class;
    case 'software':
      return tw.inviteBack.software;
    default:
      return tw.inviteBack.professional;
  }
}

/** Praised things as clean noun phrases; people and names are thanked by name elsewhere, never as things. */
function praisedThings(w: Writer, people: readonly string[]): string[] {
  if (!w.canQuote) return [];
  const names = new Set(w.situation.people.map((p) => p.toLowerCase()));
  return w.situation.praised
    .filter((p) => !names.has(p.toLowerCase().replace(/^the /, '')))
    .filter((p) => !people.some((name) => p.toLowerCase().includes(name.toLowerCase())))
    .map(cleanPhrase)
    .filter((p): p is string => p !== null && p.split(/\s+/).length <= 5 && !THE_BUSINESS.test(p));
}

type ThanksQuibble = { found: boolean; noun: string | null; clause: string | null };

/**
 * The quibble a happy reviewer stated, if any: from their own cue words ("only complaint", "cons:"), or from a
 * criticism the situation read with confidence ("the breakfast area was crowded"), unless it is about somewhere else.
 */
function quibbleOf(w: Writer, review: ThanksReview): ThanksQuibble {
  const none = { found: false, noun: null, clause: null };
  if (w.situation.stance === 'neutral') return none;
  const stated = readQuibble(review.text, review.title);
  const noun = stated.found && w.canQuote ? stated.noun : null;
  if (noun) return { found: true, noun, clause: null };
  const read = w.situation.stance === 'happy_with_quibble' ? problemWords(w.situation, w.canQuote) : null;
  const item = w.situation.item?.replace(/^the /, '') ?? '';
  const sentence = splitSentences(review.text).find(
    (s) => item.length > 0 && s.text.toLowerCase().includes(item),
  );
  const clean =
    read !== null &&
    read.form !== 'none' &&
    sentence !== undefined &&
    !aboutElsewhere(sentence.text) &&
    !/\s\p{Lu}|["“”]/u.test(read.text) &&
    read.text.split(/\s+/).length <= 10;
  if (clean && read.form === 'clause') return { found: true, noun: null, clause: read.text };
  if (clean && read.form === 'noun') return { found: true, noun: read.text, clause: null };
  if (stated.found) return { found: true, noun: null, clause: null };
  // Read as a quibble without the usual cue words: named by its topic when one is clear.
  const stance = w.situation.stance;
  const topic =
    w.canQuote && (stance === 'happy_with_quibble' || stance === 'happy')
      ? quibbleTopic(review.text, stance === 'happy')
      : null;
  return topic ? { found: true, noun: topic, clause: null } : none;
}

/**
 * A thank-you to a happy (or mostly happy) reviewer: names one or two things they praised and the person they
 * thanked, welcomes back someone who says they are a regular, answers a quibble they really stated in one sentence,
 * and invites them back in the trade's own words. It never offers anything: a public reward after a good review
 * looks like paying for reviews.
 */
export function thanksParts(w: Writer, review: ThanksReview): Part[] {
  const { situation, profile } = w;
  const people = w.canQuote
    ? situation.people.filter((p) => PERSON.test(p) && !namesAPlace(p, review.text))
    : [];
  const praised = praisedThings(w, people);
  const isProduct = profile.sector === 'electronics';
  const product = isProduct && w.canQuote ? productNoun(review.text, review.title) : null;
  const it = pronounFor(product);
  const agree = { are: it === 'them' ? 'are' : 'is', s: it === 'them' ? '' : 's' };
  const thing = experienceNoun(profile, review.text);

  const parts: Part[] = [];
  parts.push(
    part(
      praised.length > 0
        ? w.say(w.pick(tw.praisedOpen, 'thanks'), { p: joinPhrases(praised) })
        : w.say(w.pick(tw.genericOpen, 'thanks')),
    ),
  );
  // Without a named thing, a line about the experience as a whole keeps the note from reading as filler.
  const productPraised = product !== null && praised.includes(product);
  const quibble = quibbleOf(w, review);
  // A product with a stated flaw is not "working so well": the note says it does the job on the whole.
  const gladPool = profile.regulated
    ? tw.gladGeneral
    : isProduct && quibble.found
      ? tw.gladProductOverall
      : isProduct
        ? product && !productPraised
          ? tw.gladProduct
          : tw.gladProductGeneric
        : tw.gladThing;
  const gladVars = { item: product ?? 'it', thing, ...agree };
  const gladPart = part(gladLine(w, gladPool, gladVars, parts[0]?.text ?? ''), true);
  if (praised.length === 0) parts.push(gladPart);

  const person = people[0];
  if (person) parts.push(part(w.say(w.pick(tw.person, 'person'), { person })));
  // A regulated practice's invitation already speaks of the team, so its extra line is a general one.
  const teamPart = part(w.say(w.pick(profile.regulated ? tw.regulatedExtra : tw.team, 'team')), true);
  // A regulated practice's invitation already speaks of the team.
  const teamFits = !profile.regulated && situation.stance !== 'neutral';
  if (!person && teamFits && w.pick([true, false], 'team-on')) parts.push(teamPart);
  // A product owner's "my third one" makes them a fan of the product, not a regular of the shop.
  if (situation.isReturning && !profile.regulated && !isProduct)
    parts.push(part(w.say(w.pick(tw.returning, 'returning')), true));

  if (quibble.found) {
    const line = quibble.clause
      ? w.say(w.pick(tw.quibbleClause, 'quibble'), { p: quibble.clause })
      : quibble.noun
        ? w.say(w.pick(tw.quibbleNoun, 'quibble'), { p: quibble.noun })
        : w.say(w.pick(tw.quibbleGeneral, 'quibble'));
    parts.push(part(line));
  }

  let invite: string;
  if (situation.stance === 'neutral' && !quibble.found) invite = w.say(w.pick(t.neutralInvite, 'neutral'));
  else if (isProduct) {
    const ours = !boughtElsewhere(review.text, review.title);
    const lines = ours ? [...tw.productInvite, ...tw.productInviteOurs] : tw.productInvite;
    const chosen = w.pick(lines, 'back-product');
    // Named once in the note is enough; the invitation then says "it" or "them".
    const named = product !== null && parts.some((p) => p.text.includes(product));
    const subject = it === 'them' ? 'they' : 'it';
    invite = w.say(chosen, {
      item: named ? it : (product ?? it),
      subj: named ? subject : (product ?? subject),
      ...agree,
    });
  } else invite = w.say(w.pick(inviteLines(profile, thing), `back-${wordingGroupOf(profile)}`));
  const invitePart = part(invite, true);

  // Short notes get the experience line and the team line, in that order, until they read as written for someone.
  for (const extra of [gladPart, teamPart]) {
    if (wordsIn([...parts, invitePart]) >= MIN_WORDS) break;
    if (parts.includes(extra) || (extra === teamPart && !teamFits && !profile.regulated)) continue;
    const afterGlad = parts.indexOf(gladPart);
    parts.splice(afterGlad >= 0 ? afterGlad + 1 : 1, 0, extra);
  }
  parts.push(invitePart);
  while (wordsIn(parts) > MAX_WORDS) {
    const optional = parts.findIndex((p, i) => p.optional && i !== parts.length - 1);
    if (optional < 0) break;
    parts.splice(optional, 1);
  }
  return parts;
}
