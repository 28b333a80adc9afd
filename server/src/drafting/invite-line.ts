import { boughtNothing } from '../triage/situation/prior-actions.ts';
import { noSaleOfOurs } from './remedy-readings.ts';
import { isLodging, yourThing } from './sector-words.ts';
import * as t from './templates.ts';
import type { Writer } from './writer.ts';

/**
 * How a reply asks to be reached: by both phone and email, or by the one that suits the matter, and with the one
 * detail that lets the contact find the order or the visit before replying ("your order number"), or none ('').
 */
export type Reach = { channel: 'both' | 'email' | 'phone'; detail: string };
export const BOTH_WAYS: Reach = { channel: 'both', detail: '' };

/** The templates that give exactly this reach's ways of contact and ask for its detail, if it has one. */
export function forReach(templates: readonly string[], reach: Reach): readonly string[] {
  const fit = templates.filter(
    (template) =>
      template.includes('{email}') === (reach.channel !== 'phone') &&
      template.includes('{phone}') === (reach.channel !== 'email') &&
      template.includes('{detail}') === reach.detail.length > 0,
  );
  return fit.length > 0 ? fit : templates.filter((template) => !template.includes('{detail}'));
}

/**
 * The private line to the named contact: "call me on …" when the contact signs, "call Dana on …" when a team
 * signs. With `within` ("within a day") it says when they will hear back: given only where the offer carries no time
 * of its own, it is the reply's one promise of when, so it is kept however many recent replies gave one. `reach`
 * says which ways of contact it gives and what detail, if any, it asks for.
 */
export function inviteLine(w: Writer, within: string, reach: Reach = BOTH_WAYS): string {
  const base = w.say(
    w.pick(
      freshOpenings(w, forReach(w.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson, reach)),
      'invite',
    ),
    { detail: reach.detail },
  );
  if (!within) return `${base}.`;
  // "Whichever you choose" needs two ways to choose from.
  const tails =
    reach.channel === 'both' ? t.inviteTimeTail : t.inviteTimeTail.filter((x) => !/Whichever/.test(x));
  const tail = w.say(w.pick(tails, 'invite-tail'), { within: w.pick(sameTime(within), 'within') });
  // The tail template starts lower case after a comma; `say` capitalised it, so undo that unless it opens a sentence.
  const joined = tail.startsWith('.')
    ? tail.replace(/^\. (\p{Ll})/u, (_, c: string) => `. ${c.toUpperCase()}`)
    : tail.charAt(0).toLowerCase() + tail.slice(1);
  return `${base}${joined}`;
}

// The same promise in other words, so a page of replies does not end each one alike. Each is a span counted from
// the reviewer's message, never a day ("by tomorrow"), which a public post would promise before anyone has written.
// The plain "within a day" is left out: on a page of replies it is the wording a reader would see most often.
const SAME_TIME: Record<string, readonly string[]> = {
  'within a day': [
    'inside a day',
    'within one day',
    'within twenty-four hours',
    'inside twenty-four hours',
    'within a working day',
    'within one working day',
    'inside one day',
    'within a single day',
  ],
  'within two days': ['within two days', 'inside two days'],
  'within three days': [
    'within three days',
    'inside three days',
    'within the next three days',
    'within seventy-two hours',
  ],
};
export const sameTime = (within: string): readonly string[] => SAME_TIME[within] ?? [within];

/** How many of the business's latest replies an invitation's opening words are kept out of. */
const OPENING_SPAN = 8;

/**
 * The invitations whose first three words ("Email me at", "Please get in") none of the latest replies carries: the
 * invitation often closes the reply, and a page whose replies close on one opening reads as a form. All of them when
 * every one was used.
 */
function freshOpenings(w: Writer, options: readonly string[]): readonly string[] {
  const fresh = options.filter((option) => {
    const opening = openingOf(w.say(option));
    return w.usedInLatest(OPENING_SPAN, (reply) => reply.toLowerCase().includes(opening)) === 0;
  });
  return fresh.length > 0 ? fresh : options;
}

const openingOf = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');

/** Which ways of contact a recent reply gave: both, one, or none (a thank-you with no contact line). */
export function channelOf(w: Writer, reply: string): Reach['channel'] | null {
  const email = reply.includes(w.profile.contactEmail);
  const phone = reply.includes(w.profile.contactPhone);
  return email && phone ? 'both' : email ? 'email' : phone ? 'phone' : null;
}

// A reply that asked for the detail that finds the order or the visit: "with your order number", "quoting the
// dates of your stay", "giving your receipt", "and give the date of your visit", "and mention your order number".
const ASKED_DETAIL =
  /\b(?:with|quoting|giving|and (?:give|mention|include)) (?:your (?:order number|receipt|invoice number)|the dates? of your|the date and time of)\b/i;
/** How many of the latest contact lines keep a detail out of the next: never asked on neighbouring replies. */
const DETAIL_SPAN = 3;

// Goods the reviewer was given have no order number of theirs; an order number they already gave needs no asking.
// "The speaker was a gift", "it was a present from my sister", "my son gave me this one", "gifted to me".
const GIVEN_TO_THEM =
  /\b(?:(?:received|got|was given|were given) (?:it|this|one|them|these) as (?:a )?(?:gift|present)|(?:a |as a )(?:gift|present) (?:from|for me)|gave (?:it to )?me (?:this|these|one|it) (?:as|for)|(?:it|this|these|they|mine|(?:the|my|this|these|those|our) [\w-]+(?: [\w-]+)?) (?:was|were) (?:a |an? \w+ )?(?:gift|present)\b(?! (?:for|to) (?:my|a|our|his|her)\b)|gifted (?:to )?me)\b/i;
// A visit that ended without a sale: "we were just looking", "took our money elsewhere".
const NO_SALE =
  /\b(?:(?:were|was|am|are|i'm|we're) just (?:looking|browsing)|took (?:our|my) (?:money|business) elsewhere|(?:left|walked out) without (?:buying|purchasing))\b/i;
const ORDER_NUMBER_TOLD = /\b(?:order|invoice|receipt) ?(?:number|no\.?|#) ?[:#]? ?[A-Z0-9-]*\d|#\d{4,}/i;
// A takeaway or delivery from a restaurant was not a visit: its order is dated instead.
const TAKEAWAY =
  /\b(?:take-?away|take-?out|carry-?out|delivery|delivered|deliver|door ?dash|uber ?eats|grubhub|deliveroo|just eat|drive-?thr(?:u|ough)|pick(?:ed)? (?:it |them )?up|phone order|ordered (?:online|by phone|over the phone)|called (?:in|ahead) (?:an |our |my )?order)\b/i;
// Work a garage or a tradesman did and billed, which an invoice number finds.
const WORK_BILLED =
  /\b(?:paid|charged|bill(?:ed)?|invoice|receipt|repair(?:ed|s)?|fixed|replaced|install(?:ed)?|serviced|oil change)\b/i;

/**
 * The one detail that lets the contact find the reviewer's order or visit before replying, or '' where none fits or
 * asking would not be honest: goods bought elsewhere or given as a present, or a visit that ended without a sale,
 * have no order of ours, and a regulated business asks for nothing in public that would confirm someone is its
 * patient or client.
 */
export function detailToAsk(w: Writer, reviewText: string): string {
  const { profile } = w;
  if (profile.regulated || ORDER_NUMBER_TOLD.test(reviewText)) return '';
  switch (profile.sector) {
    case 'electronics':
    case 'retail':
      if (
        noSaleOfOurs(reviewText) ||
        GIVEN_TO_THEM.test(reviewText) ||
        NO_SALE.test(reviewText) ||
        boughtNothing(reviewText)
      )
        return '';
      return profile.sector === 'electronics' ? 'your order number' : 'your receipt or order number';
    case 'hospitality':
      if (isLodging(profile)) return 'the dates of your stay';
      return TAKEAWAY.test(reviewText) ? 'the date and time of your order' : 'the date of your visit';
    case 'beauty': {
      const thing = yourThing(profile);
      return thing ? `the date of ${thing}` : '';
    }
    case 'automotive':
    case 'trades':
      return WORK_BILLED.test(reviewText) ? 'your invoice number' : '';
    default:
      return '';
  }
}

/**
 * How this reply asks to be reached, chosen against the business's latest replies so a page mixes replies giving
 * both ways with replies giving one: the one way that suits the matter (goods are best written about with the order
 * to hand, an evening out or a treatment talked over on the phone) after a reply that gave both, either after a reply
 * that gave one, and both after two that gave one. The detail is asked only where it fits, never on the phone line
 * alone, and never where one of the latest few contact lines asked.
 */
export function chooseReach(w: Writer, reviewText: string, aboutGoods: boolean): Reach {
  const seen = w
    .latest(OPENING_SPAN)
    .map((reply) => ({ channel: channelOf(w, reply), reply }))
    .filter((r) => r.channel !== null);
  // With no reply of the business's to read, there is no page to vary: the reply gives both ways and asks nothing.
  if (seen.length === 0) return BOTH_WAYS;
  const single: Reach['channel'] = aboutGoods && !w.profile.regulated ? 'email' : 'phone';
  const [before, last] = [seen.at(-2)?.channel, seen.at(-1)?.channel];
  // Options are objects so the choice follows the review's seed alone, not how often a word was used lately.
  const channel: Reach['channel'] =
    last === 'both'
      ? single
      : before !== undefined && before !== 'both'
        ? 'both'
        : w.pick([{ c: BOTH_WAYS.channel }, { c: single }], 'channel').c;
  const askedLately = seen.slice(-DETAIL_SPAN).some((r) => ASKED_DETAIL.test(r.reply));
  const detail = channel === 'phone' || askedLately ? '' : detailToAsk(w, reviewText);
  return { channel, detail };
}
