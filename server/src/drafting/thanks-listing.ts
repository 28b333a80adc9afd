import escapeRegExp from 'escape-string-regexp';
import { DEPARTMENT, itemNoun } from './item-noun.ts';

/**
 * What a shop's thank-you calls a product whose listing names several things at once: "HP Officejet All-in-One
 * Printer, Copier, Scanner, Fax" is the printer, "Stereo Headset and Software" is the headset. The listing names the
 * thing sold first and what comes with it or what else it does after; the last kind in the name is only what the
 * reviewer had when the review itself says so ("the fax works fine").
 */

// The words with which a review tells of a kind of thing the shop names in its own way.
const SAID_AS: Record<string, RegExp> = {
  headphones: /head ?(?:phones?|sets?)|ear ?(?:phones?|buds?)|cans/i,
  earphones: /ear ?(?:phones?|buds?)|in-?ears?|head ?(?:phones?|sets?)/i,
  phone: /phones?|handsets?/i,
  printer: /print(?:ers?|s|ing|ed)?|all-in-one|3-in-one|three[- ]in[- ]one/i,
  'fax machine': /fax(?:es|ing|ed)?/i,
  TV: /tvs?|televisions?/i,
  speakers: /speakers?|sub ?woofers?|sound ?bars?/i,
  camera: /cameras?|camcorders?|webcams?/i,
};

/** True when the review's own words tell of the kind of thing the noun names. */
function kindTold(noun: string, said: string): boolean {
  const kind = Object.keys(SAID_AS).find((k) => noun.endsWith(` ${k}`));
  if (kind) return new RegExp(`(?<!\\p{L})(?:${SAID_AS[kind]?.source})(?!\\p{L})`, 'iu').test(said);
  const head = (noun.split(' ').pop() ?? '').replace(/s$/, '');
  return head.length > 2 && new RegExp(`(?<!\\p{L})${head}(?:s|es)?(?!\\p{L})`, 'iu').test(said);
}

/**
 * True when every time the review tells of the kind it says it is not theirs: "bought it without the handheld",
 * "no plans to use a handheld".
 */
function kindRefused(noun: string, said: string): boolean {
  const head = (noun.split(' ').pop() ?? '').replace(/s$/, '');
  const told = [...said.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(head)}(?:s|es)?(?!\\p{L})`, 'giu'))];
  return (
    told.length > 0 &&
    told.every((m) =>
      /(?<!\p{L})(?:without|no|not|never|no plans (?:on|to|for) (?:using|use) (?:it )?with)\s+(?:an?|the|any|my)?\s*$/iu.test(
        said.slice(Math.max(0, (m.index ?? 0) - 50), m.index),
      ),
    )
  );
}

/**
 * The listing's noun for the product, taken from the first of the things it lists when the review never tells of
 * the last one: "the HP printer", not "the HP fax machine", for a review of printing and ink.
 */
export function listingNoun(
  itemName: string | null | undefined,
  text: string,
  title: string | null | undefined,
): string | null {
  const whole = itemNoun(itemName);
  if (!whole || !itemName) return whole;
  const said = `${title ?? ''} ${text}`;
  if (kindTold(whole, said)) return kindRefused(whole, said) ? null : whole;
  const name = itemName.replace(DEPARTMENT, '');
  // "Street Atlas or Street Atlas Handheld": a listing that offers a choice names what the reviewer bought only
  // where the review tells of it; the one not chosen is no thing to thank them for.
  const choice = /^(.*?)\s+or\s+/i.exec(name)?.[1];
  if (choice !== undefined && itemNoun(choice) === null) return null;
  // Each place the listing moves on to another thing: a comma, "and", "&". A slash joins the words of one thing
  // ("Cable/DSL Router") as often as it lists two, so the listing is not cut there.
  const cuts = [...name.matchAll(/,\s*|\s+(?:and|&|plus)\s+/gu)].map((m) => m.index ?? 0);
  const firsts = cuts
    .map((at) => itemNoun(name.slice(0, at)))
    .filter((n): n is string => n !== null && n !== whole);
  // "Brother Compact Printer, Copier, Fax": each thing listed after a cut, under the maker's name, for a reviewer who
  // tells of the fax.
  const maker = name.split(/\s+/)[0] ?? '';
  const tails = cuts
    .map((at) => itemNoun(`${maker} ${name.slice(at).replace(/^(?:,\s*|\s+(?:and|&|plus)\s+)/u, '')}`))
    .filter((n): n is string => n !== null && n !== whole);
  // Where the review tells of none of the things listed, the listing's own kind stands.
  return [...firsts, ...tails].find((n) => kindTold(n, said)) ?? whole;
}
