import type { BusinessProfile } from './business-profile.ts';
import { isLodging } from './sector-words.ts';

/** Which part of the business a praised or criticised thing belongs to, so the reply can say who will hear of it. */
export type Area =
  | 'food'
  | 'room'
  | 'facility'
  | 'staff'
  | 'price'
  | 'outside'
  | 'product'
  | 'work'
  | 'other';

// Noise from doors, neighbours or the street is not something a team did well or badly, and neither is parking: a
// remark about either is a heads-up for others, handed to no one.
const NOISE =
  /\b(?:noise|noises|noisy|loud|loudness|slamm\w*|slams?|banging|bangs|racket|thin walls|neighbou?rs|snoring|footsteps|sirens?)\b/;

const AREAS: ReadonlyArray<readonly [Area, RegExp]> = [
  [
    'outside',
    /\b(?:neighbou?rhood|area|street|streets|traffic|town|city|weather|construction|airport|highway|freeway|road|parking|car ?parks?|surroundings)\b/,
  ],
  ['price', /\b(?:prices?|pricey|rates?|cost|costs|value|fees?|charges?|bill|expensive|deals?)\b/],
  [
    'staff',
    /\b(?:staff|waiter|waitress|servers?|waitstaff|bartenders?|host|hostess|receptionist|clerk|cashier|manager|owners?|employees?|people|team|crew|front desk|service|welcome|greeting|check-?in|check-?out)\b/,
  ],
  ['outside', NOISE],
  [
    'room',
    /\b(?:rooms?|beds?|pillows?|sheets|towels?|bathrooms?|showers?|(?<!hot )tub|carpets?|housekeeping|clean(?:ing|liness)|dust|linens?|mattress|suite|balcony|curtains|walls)\b/,
  ],
  [
    'facility',
    /\b(?:pool|gym|spa|sauna|hot tub|jacuzzi|elevators?|lifts?|lobby|grounds|air ?con\w*|a\/c|heating|heater|wi-?fi|internet|shuttle|breakfast area|fitness|upkeep)\b/,
  ],
  [
    'work',
    /\b(?:repairs?|work|job|paint|bodywork|service|oil change|brakes?|tyres?|tires?|engine|car|haircut|cut|colou?r|nails?|manicure|pedicure|wax|facial|massage|treatment)\b/,
  ],
];

const FOOD =
  /\b(?:food|dish|dishes|meal|menu|dinner|lunch|brunch|breakfast|buffet|dessert|desserts|cakes?|pastr(?:y|ies)|bread|rolls|pizza|pasta|burgers?|fries|tacos?|sushi|steak|chicken|fish|seafood|salads?|soups?|sauce|noodles|rice|curry|appetizers?|entrees?|sides|wings|ribs|sandwich(?:es)?|bagels?|eggs|pancakes|waffles|frosting|cookies|pie|ice cream|flavou?rs?|portions?|ingredients|veggies|vegetables|herbs|meat|meats|bacon|pork|beef|lamb|duck|shrimp|oysters|cheese|chips|salsa|dumplings|udon|ramen|pho|tapas|mains?|starters?|specials?|kitchen|cooking)\b/;

const sellsGoods = (profile: BusinessProfile): boolean =>
  profile.sector === 'electronics' || profile.sector === 'retail';

/** The area of a phrase, read from its words; food for a kitchen's dishes, product for a shop's goods. */
// "The queue at lunch", "the wait for a table": how the place ran that day, the whole team's to hear and never the
// kitchen's alone, whatever dish or meal the phrase names.
const WAITING = /\b(?:queues?|wait|waits|waiting times?)\b/;

export function areaOf(phrase: string, profile: BusinessProfile): Area {
  const text = phrase.toLowerCase();
  if (WAITING.test(text) && !sellsGoods(profile)) return 'other';
  for (const [area, words] of AREAS) {
    if (area === 'work' && profile.sector === 'hospitality') continue;
    // How loud a speaker or a pair of headphones gets is the product's own doing.
    if (words === NOISE && sellsGoods(profile)) continue;
    if (words.test(text)) return area;
  }
  if (profile.sector === 'hospitality' && FOOD.test(text)) return 'food';
  if (sellsGoods(profile)) return 'product';
  return 'other';
}

/** Who at a shop could hear of a point about a product it sells; a page of notes spreads them. */
export const PRODUCT_HEARS = ['the maker', 'the manufacturer', 'our buying team', 'our buyers', 'the brand'];
const hashOf = (text: string): number => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Who in the business hears about a thing in this area: "the kitchen", "housekeeping"; null for what is not ours. */
export function whoHears(area: Area, profile: BusinessProfile, phrase = ''): string | null {
  const lodging = isLodging(profile);
  switch (area) {
    case 'outside':
    case 'price':
      return null;
    case 'food':
      return profile.sector === 'hospitality' ? (lodging ? 'the breakfast team' : 'the kitchen') : 'the team';
    case 'room':
      return lodging ? 'housekeeping' : 'the team';
    case 'facility':
      // A spa is run by its own people: word of it never goes to maintenance.
      if (/\b(?:spa|sauna|steam room|massages?)\b/.test(phrase.toLowerCase())) return 'the spa team';
      return lodging ? 'our maintenance team' : 'the team';
    case 'product':
      // A shop's page that sends every note "to the maker" reads as a form; the phrase itself picks the wording.
      return profile.sector === 'electronics'
        ? (PRODUCT_HEARS[hashOf(phrase) % PRODUCT_HEARS.length] ?? 'the maker')
        : 'the team';
    case 'work':
      return profile.sector === 'automotive'
        ? 'the workshop'
        : profile.sector === 'trades'
          ? 'the crew'
          : 'the team';
    case 'staff':
      return lodging ? 'the front desk team' : 'the team';
    default:
      return 'the team';
  }
}
