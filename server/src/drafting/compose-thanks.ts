import type { BusinessProfile } from './business-profile.ts';
import { capitalise, joinPhrases } from './phrase-problem.ts';
import { type ToldQuibble, tellQuibble } from './quibble-told.ts';
import { wordingGroupOf } from './sector-words.ts';
import * as t from './templates.ts';
import { areaOf, whoHears } from './thanks-areas.ts';
import { choosePraise, describe, type Praise, productPraise, readPraise } from './thanks-praise.ts';
import { boughtElsewhere, experienceNoun, productNoun, pronounFor } from './thanks-subject.ts';
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
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<!\\p{L})(?:at|from|love|loved|visit|visited|tried|found|into) ${n}(?!\\p{L})|(?<!\\p{L})${n}(?:'s)? (?:Pizza|Pizzeria|Cafe|Café|Grill|Bar|Salon|Spa|Nails|Studio|Yoga|Fitness|Gym|Auto|Motors|Hotel|Inn|Bakery|Kitchen|Diner|Deli|Tavern|Pub|Market|Store|Shop|Foods?|Sliders|Burgers?|Tacos|Sushi|Coffee|Tea|Books|Records|Music|Plumbing|Electric|Services?|Academy|Dental|Dentistry|Family|Collision|Group|Center|Centre)(?!\\p{L})`,
    'u',
  ).test(text);
}

export type ThanksReview = { text: string; title?: string | null };

const SHARED_WORDS =
  /\b(?:lovely|great|wonderful|pleased|glad|delighted|thrilled|pleasure|warm|kind|treat|joy|thanks?)\b/gi;
const firstWords = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');

/** True when the second sentence opens like the first or repeats one of its warm words. */
function echoes(first: string, second: string): boolean {
  if (first.length === 0) return false;
  if (firstWords(first) === firstWords(second)) return true;
  const used = new Set((first.match(SHARED_WORDS) ?? []).map((m) => m.toLowerCase()));
  return (second.match(SHARED_WORDS) ?? []).some((m) => used.has(m.toLowerCase()));
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
): string {
  const fits = pool.filter((line) => !echoes(before, w.say(line, vars)));
  return w.say(w.pick(fits.length > 0 ? fits : pool, salt), vars);
}

const wordsIn = (parts: readonly Part[]): number =>
  parts.reduce((n, p) => n + p.text.split(/\s+/).filter((x) => x.length > 0).length, 0);

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

type Facts = {
  people: string[];
  named: Praise[];
  staff: Praise | null;
  product: string | null;
  thing: string;
  quibble: ToldQuibble;
};

function readFacts(w: Writer, review: ThanksReview): Facts {
  const { situation, profile } = w;
  const people = w.canQuote
    ? situation.people.filter((p) => PERSON.test(p) && !namesAPlace(p, review.text))
    : [];
  const product =
    profile.sector === 'electronics' && w.canQuote ? productNoun(review.text, review.title) : null;
  const praise = w.canQuote ? readPraise(review.text, situation.people) : [];
  const chosen = choosePraise(praise, product);
  const whole =
    profile.sector === 'electronics' && w.canQuote ? productPraise(review.text, review.title, product) : [];
  // A product praised as a whole comes first; one of its parts may follow ("how well it works" and the sound).
  const first = whole[0];
  const others = chosen.named.filter((p) => !first || !p.words.some((x) => first.how?.startsWith(x)));
  const named = first ? [first, ...others].slice(0, 2) : chosen.named;
  const staff = chosen.staff;
  return {
    people,
    named,
    staff,
    product,
    thing: experienceNoun(profile, review.text),
    quibble: tellQuibble(w, review),
  };
}

/** The opening: thanks that name what was praised, or tell back how the reviewer described it. */
function opening(w: Writer, facts: Facts): Part[] {
  const { named } = facts;
  const tense = w.profile.sector === 'electronics' ? 'present' : 'past';
  const described = named.filter((p) => p.words.length > 0 || p.how !== undefined);
  const h = joinPhrases(described.map((p) => describe(p, tense)));
  const p = joinPhrases(named.filter((x) => !x.how).map((x) => x.subject));
  const vars = { p, P: capitalise(p), h, H: capitalise(h) };
  // Telling back how it was suits a note whose named things were all described; otherwise they are named plainly.
  const canDescribe = described.length > 0 && described.length === named.length;
  const plans = !p
    ? ['described', 'glad-first']
    : canDescribe
      ? ['named', 'described', 'glad-first']
      : ['named'];
  const plan = w.pick(plans, 'plan');
  if (plan === 'described') return [part(w.say(w.pick(tw.describedOpen, 'thanks'), vars))];
  if (plan === 'glad-first') {
    const glad = w.say(w.pick(tw.describedGlad, 'glad'), vars);
    return [part(glad), part(sayAfter(w, tw.plainThanks, 'thanks', vars, glad))];
  }
  const open = w.say(w.pick(tw.praisedOpen, 'thanks'), vars);
  // A description kept for when the note is short: "I am so glad to hear how clean the room was."
  const more =
    described.length > 0 && named.length > 1
      ? [part(sayAfter(w, tw.describedGlad, 'glad', vars, open), true)]
      : [];
  return [part(open), ...more];
}

/** A line about the experience or the product as a whole, true of any happy reviewer of this business. */
function wholeLine(w: Writer, facts: Facts, before: string): Part {
  const it = pronounFor(facts.product);
  const vars = {
    item: facts.product ?? 'it',
    thing: facts.thing,
    are: it === 'them' ? 'are' : 'is',
    s: it === 'them' ? '' : 's',
    its: it === 'them' ? 'their' : 'its',
  };
  const isProduct = w.profile.sector === 'electronics';
  const pool = w.profile.regulated
    ? tw.gladGeneral
    : isProduct && facts.quibble.found
      ? tw.gladProductOverall
      : isProduct
        ? facts.product
          ? tw.gladProduct
          : tw.gladProductGeneric
        : tw.gladThing;
  return part(sayAfter(w, pool, 'glad-whole', vars, before), true);
}

/** Thanks when nothing can be named: a general line, then one about the experience or the product as a whole. */
function generalOpening(w: Writer, facts: Facts): Part[] {
  const open = w.say(w.pick(tw.genericOpen, 'thanks'));
  return [part(open), wholeLine(w, facts, open)];
}

/** Who the praise is handed on to: the person named, the staff praised, or the part of the business that earned it. */
function handOn(w: Writer, facts: Facts): Part | null {
  const person = facts.people[0];
  if (person) return part(w.say(w.pick(tw.person, 'person'), { person }));
  const staff = facts.staff && !facts.named.includes(facts.staff) ? facts.staff : null;
  const area = facts.named[0] ? areaOf(facts.named[0].subject, w.profile) : null;
  const who = staff
    ? staff.subject.replace(/^your /, 'our ')
    : area && area !== 'staff' && area !== 'product'
      ? whoHears(area, w.profile)
      : null;
  if (!who || who === 'the team') return null;
  return part(w.say(w.pick(tw.handOn, 'hand-on'), { s: who, S: capitalise(who) }), !staff);
}

/** One sentence on the reviewer's quibble, with who will hear of it. */
function quibbleLine(w: Writer, quibble: ToldQuibble): Part | null {
  if (!quibble.found) return null;
  const said = quibble.clause ?? quibble.noun;
  // A quibble that cannot be put in the reviewer's own words is left unsaid: a vague line about "what could be
  // better" reads as stock, and where the reading was wrong it invents a criticism.
  if (!said) return null;
  const who = whoHears(areaOf(said, w.profile), w.profile);
  const vars = { c: quibble.clause ?? '', n: quibble.noun ?? '', s: who ?? '' };
  const pool = quibble.clause
    ? who
      ? tw.quibbleClause
      : tw.quibbleClauseNotOurs
    : who
      ? tw.quibbleNoun
      : tw.quibbleNotOurs;
  return part(w.say(w.pick(pool, 'quibble'), vars));
}

function invite(w: Writer, review: ThanksReview, facts: Facts, parts: readonly Part[]): Part {
  const { situation, profile } = w;
  if (situation.stance === 'neutral' && !facts.quibble.found)
    return part(w.say(w.pick(t.neutralInvite, 'neutral')));
  if (profile.sector !== 'electronics')
    return part(w.say(w.pick(inviteLines(profile, facts.thing), `back-${wordingGroupOf(profile)}`)));
  const { product } = facts;
  const it = pronounFor(product);
  const ours = !boughtElsewhere(review.text, review.title);
  const lines = ours ? [...tw.productInvite, ...tw.productInviteOurs] : tw.productInvite;
  // Named once in the note is enough; the invitation then says "it" or "them".
  const named = product !== null && parts.some((p) => p.text.includes(product));
  const subject = it === 'them' ? 'they' : 'it';
  return part(
    w.say(w.pick(lines, 'back-product'), {
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
export function thanksParts(w: Writer, review: ThanksReview): Part[] {
  const { situation, profile } = w;
  const facts = readFacts(w, review);
  const parts = facts.named.length > 0 ? opening(w, facts) : generalOpening(w, facts);
  const handed = handOn(w, facts);
  if (handed) parts.push(handed);
  // A product owner's "my third one" makes them a fan of the product, not a regular of the shop.
  if (situation.isReturning && !profile.regulated && profile.sector !== 'electronics')
    parts.push(part(w.say(w.pick(tw.returning, 'returning')), true));
  const quibble = quibbleLine(w, facts.quibble);
  if (quibble) parts.push(quibble);
  const back = invite(w, review, facts, parts);
  // Short notes get a line about the whole experience, then one for the team, until they read as written for someone.
  const teamFits = !profile.regulated && situation.stance !== 'neutral' && !handed;
  const fillers: Part[] = [];
  if (facts.named.length > 0) fillers.push(wholeLine(w, facts, parts[parts.length - 1]?.text ?? ''));
  if (profile.regulated) fillers.push(part(w.say(w.pick(tw.regulatedExtra, 'team')), true));
  else if (teamFits) fillers.push(part(w.say(w.pick(tw.team, 'team')), true));
  for (const extra of fillers) {
    if (wordsIn([...parts, back]) >= MIN_WORDS) break;
    parts.splice(quibble ? parts.indexOf(quibble) : parts.length, 0, extra);
  }
  parts.push(back);
  while (wordsIn(parts) > MAX_WORDS) {
    const optional = parts.findIndex((p, i) => p.optional && i !== parts.length - 1);
    if (optional < 0) break;
    parts.splice(optional, 1);
  }
  return dropOptionalWhenLong(parts);
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
