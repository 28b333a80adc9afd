import type { BusinessProfile } from './business-profile.ts';
import { yourThing } from './sector-words.ts';

// Products a shop review is usually about; the one the reviewer names is what a thank-you can call it by.
const PRODUCTS =
  'headphones|earphones|earbuds|headset|speakers|speaker|subwoofer|receiver|amplifier|amp|mouse|keyboard|printer|scanner|camera|lens|tripod|monitor|screen|tv|television|projector|router|modem|cable|cables|adapter|charger|battery|batteries|card|memory card|flash drive|hard drive|drive|drives|case|bag|sleeve|remote|tapes|discs|dvds|player|radio|phone|calculator|microphone|mic|webcam|laptop|tablet|reader|stand|mount|switch|hub|antenna|tuner|stylus|controller|surge protector|power strip|ups|fan|kettle|blender|toaster|mixer|knife|knives|pan|pans|pot|grinder|scale'.split(
    '|',
  );
const PRODUCT = new RegExp(`(?<![\\p{L}-])(${PRODUCTS.join('|')})(?![\\p{L}-])`, 'giu');

const display = (word: string): string =>
  word === 'tv' || word === 'ups' ? word.toUpperCase() : word === 'dvds' ? 'DVDs' : word;

/** "the headphones" named in the title or most often in the text, or null when the review names none. */
export function productNoun(text: string, title: string | null | undefined): string | null {
  // "…working on laptop": a device the title says the product is used with is not the product.
  const inTitle = title
    ? [...title.matchAll(PRODUCT)]
        .filter(
          (m) =>
            !/\b(?:on|for|with|to|from|my|your|in)\s+(?:a |an |the |my )?$/i.test(title.slice(0, m.index)),
        )
        .map((m) => (m[1] ?? '').toLowerCase())
    : [];
  if (inTitle[0]) return `the ${display(inTitle[0])}`;
  // In the text only "this receiver", "these headphones" is sure to be the product reviewed; other devices the
  // reviewer owns ("my laptop") are often named more often than the thing they bought.
  const THIS = new RegExp(`(?<!\\p{L})(?:this|these) (?:[a-z]+ )?(${PRODUCTS.join('|')})(?![\\p{L}-])`, 'iu');
  const m = THIS.exec(text);
  return m?.[1] ? `the ${display(m[1].toLowerCase())}` : null;
}

/** Plural products are "them", single ones "it". */
export const pronounFor = (noun: string | null): 'it' | 'them' =>
  noun && /(?:s|phones|buds)$/.test(noun) && !/(?:case|glass|lens|bus)$/.test(noun) ? 'them' : 'it';

const STAY =
  /(?<!\p{L})(?:hotel|motel|inn|room|rooms|suite|stayed|stay|check-?in|front desk|pool|bed|beds)(?!\p{L})/iu;
const MEAL =
  /(?<!\p{L})(?:food|meal|dinner|lunch|brunch|breakfast|dish|dishes|menu|pizza|burger|tacos?|sushi|coffee|latte|dessert|cake|appetizers?|entrees?|drinks?|cocktails?|beer|wine)(?!\p{L})/iu;

const DRINKS = /(?<!\p{L})(?:coffee|latte|espresso|tea|drinks?|cocktails?|beer|wine)(?!\p{L})/giu;

/** What the reviewer had with the business, at the level of their review: "your stay", "your meal", "your visit". */
const LODGING = /(?<!\p{L})(?:hotel|motel|inn|lodge|resort|suites|b&b|bed and breakfast|hostel)(?!\p{L})/iu;

export function experienceNoun(profile: BusinessProfile, text: string): string {
  if (profile.sector === 'hospitality') {
    if (LODGING.test(profile.name) || profile.serviceNoun === 'stay') return 'your stay';
    if (STAY.test(text) && !/(?<!\p{L})(?:restaurant|bar|cafe|café|diner)(?!\p{L})/iu.test(text))
      return 'your stay';
    // Coffee and a pastry are a visit, not a meal.
    if (MEAL.test(text.replace(DRINKS, ' '))) return 'your meal';
  }
  // A trade comes to the customer: what they had was the work, not a visit.
  if (profile.sector === 'trades') return 'the work';
  return yourThing(profile) ?? 'your visit';
}

// Where a product review says it was bought somewhere else: the thank-you must not claim the sale.
const BOUGHT_ELSEWHERE =
  /(?<!\p{L})(?:amazon|ebay|best ?buy|walmart|wal-mart|target|costco|fry'?s|newegg|circuit city|sam'?s club|staples|office ?max|office depot|radio ?shack|(?:a|another) (?:local )?(?:store|shop|retailer))(?!\p{L})/iu;

export const boughtElsewhere = (text: string, title: string | null | undefined): boolean =>
  BOUGHT_ELSEWHERE.test(`${title ?? ''} ${text}`);
