import { splitSentences } from '../triage/situation/sentences.ts';
import type { BusinessProfile } from './business-profile.ts';
import { isLodging, yourThing } from './sector-words.ts';

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
            // "on my HP printer": a maker's name between the two is skipped.
            // "…if you use the battery grip": a device the product is used with.
            !/\b(?:on|for|with|to|from|my|your|in|extra|spare|more|additional|own|use|using)\s+(?:a |an |the |my |your )?$/i.test(
              title.slice(0, m.index).replace(/(?:\p{Lu}[\p{L}\d-]* ){1,2}$/u, ''),
            ) &&
            // "Excellent product except the cables": what the title sets apart is the one part faulted.
            !/(?<!\p{L})(?:except|apart from|other than|besides|aside from|minus|without)(?!\p{L})/iu.test(
              title.slice(0, m.index),
            ) &&
            // "Hub Printable", "Camera Case", "Mouse Pad": a word that names what the next one is part of or made for.
            !new RegExp(
              `^[\\s-]+(?:${PRODUCTS.join('|')}|printable|pads?|ports?|slots?|jacks?|holders?|clips?)(?![\\p{L}-])`,
              'iu',
            ).test(title.slice((m.index ?? 0) + m[0].length)) &&
            // "Very happy football fan": a fan of something is the reviewer, not a product.
            !(
              /^fan$/i.test(m[1] ?? '') &&
              /\b(?:happy|big|huge|avid|great|loyal|long[- ]time|football|soccer|sports?|music|movie|film|game|gaming|a|an)\s+$/i.test(
                title.slice(0, m.index),
              )
            ),
        )
        .map((m) => (m[1] ?? '').toLowerCase())
    : [];
  if (inTitle[0]) return `the ${display(inTitle[0])}`;
  // In the text only "this receiver", "these headphones" is sure to be the product reviewed; other devices the
  // reviewer owns ("my laptop") are often named more often than the thing they bought.
  // "In this case" is a turn of phrase, not a product.
  const THIS = new RegExp(
    `(?<!\\p{L})(?<!\\bin )(?:this|these) (?:[a-z]+ )?(${PRODUCTS.join('|')})(?![\\p{L}-])`,
    'iu',
  );
  const m = THIS.exec(text);
  return m?.[1] ? `the ${display(m[1].toLowerCase())}` : null;
}

/** True when a word names a whole product ("speakers", "router"), not a part or a quality of one. */
export const namesAProduct = (word: string): boolean => PRODUCTS.includes(word.toLowerCase());

/** Plural products are "them", single ones "it". */
export const pronounFor = (noun: string | null): 'it' | 'them' =>
  noun && /(?:s|phones|buds)$/.test(noun) && !/(?:case|glass|lens|bus)$/.test(noun) ? 'them' : 'it';

// A dining room or a waiting room is no room for the night.
const STAY =
  /(?<!\p{L})(?:hotel|motel|inn|(?<!(?:dining|living|waiting|dressing|rest|bath|back|show|function|class|tea) )rooms?|suite|stayed|stay|check-?in|front desk|pool|bed|beds)(?!\p{L})/iu;
const MEAL =
  /(?<!\p{L})(?:food|meal|dinner|lunch|brunch|breakfast|dish|dishes|menu|pizza|burger|tacos?|sushi|coffee|latte|dessert|cake|appetizers?|entrees?|drinks?|cocktails?|beer|wine)(?!\p{L})/iu;

// A meal that is no bakery's counter fare: a bakery that serves lunch still serves meals.
const SAVOURY_MEAL =
  /(?<!\p{L})(?:meal|dinner|lunch|brunch|breakfast|sandwich(?:es)?|soups?|salads?|pizza|burgers?|quiche|entrees?)(?!\p{L})/iu;

const DRINKS = /(?<!\p{L})(?:coffee|latte|espresso|tea|drinks?|cocktails?|beer|wine)(?!\p{L})/giu;

/** What the reviewer had with the business, at the level of their review: "your stay", "your meal", "your visit". */

// Words of a job done at the customer's home or on their things.
const WORK_DONE =
  /(?<!\p{L})(?:install\p{L}*|repair\p{L}*|fix(?:ed|ing)?|clean(?:ed|ing|ers?)|plumb\p{L}*|paint\p{L}*|quote[ds]?|estimate|came out (?:to|and|on|the same|next|within|quickly|promptly|right away|that)|technicians?|crew|contractor|leak\p{L}*|roof(?:s|ers?|ing)?|carpets?|furnace|a\/?c unit|hvac|wiring|electrician|moved|movers?|yard|lawn|pest|locksmith|garage door|windows?|gutters?|fit(?:ted|ting)|floor\p{L}*|tiles?|tiling|fenc\p{L}*|cabinets?|remodel\p{L}*|renovat\p{L}*|appliances?|showed up|arrived|on time|service call|tree|drywall|siding|concrete|septic|drains?|toilet|water heater)(?!\p{L})/iu;

// Words that place a review in a room for the night: without any of them, a lodging's page may be answering a meal.
const NIGHT =
  /(?<!\p{L})(?:hotel|motel|inn|lodge|resort|suites?|hostel|b&b|room|rooms|stay|stayed|staying|overnight|nights?|check(?:ed)?[- ]?(?:in|out)|front desk|reception|lobby|pool|bed|beds|housekeeping|shuttle|booked|booking)(?!\p{L})/iu;
// A place that serves meals to people who walk in: a diner's breakfast is a meal, not a stay.
const EATERY =
  /(?<!\p{L})(?:restaurant|diner|cafe|café|bistro|eatery|brasserie|grill|pub|waitress|waiter|our server|menu|ordered)(?!\p{L})/iu;

// Baked goods: what a bakery sells, had with a coffee or collected for a party, never "a meal".
const BAKED =
  /(?<!\p{L})(?:cakes?|cupcakes?|bundt\p{L}*|cheesecakes?|pastr(?:y|ies)|croissants?|donuts?|doughnuts?|muffins?|cookies|macarons?|scones?|tarts?|pies?|bread|loa(?:f|ves)|bagels?|brownies|dessert|desserts|frosting|icing|sweets?|treats?)(?!\p{L})/iu;
const ALL_BAKED = new RegExp(BAKED.source, 'giu');
const BAKERY_NAME =
  /(?<!\p{L})(?:bake\p{L}*|bakery|patisserie|pâtisserie|cakes?|donuts?|doughnuts?|cupcakes?)(?!\p{L})/iu;
// A cake made to order and picked up or delivered is an order; a pastry eaten at the counter is a visit. A plain
// "ordered" is how anyone asks for a slice at a table, so it is not enough.
const ORDERED =
  /(?<!\p{L})(?:(?:placed|special|custom|pre-?)\s*orders?|pre-?ordered|ordered (?:a|my|our|two|three|\d+) (?!slice|piece)(?:[\p{L}-]+ ){0,2}cakes?|picked (?:it |them )?up|pick(?:ed)?-?up|collected|delivered|custom[- ]made|made (?:for|to order)|wedding cake|birthday cake)(?!\p{L})/iu;

const countOf = (pattern: RegExp, text: string): number =>
  (text.match(new RegExp(pattern.source, 'giu')) ?? []).length;

/** "your order" for a cake made to order, "your visit" for pastries at the counter: baked goods are not a meal. */
const bakedThing = (text: string): string => (ORDERED.test(text) ? 'your order' : 'your visit');

// A class, a studio or a gym: what a trade's profile may be answering when a review was filed under services.
const CLASSES =
  /(?<!\p{L})(?:yoga|pilates|bikram|zumba|spin class(?:es)?|classes|instructors?|work ?outs?|gym|personal trainer)(?!\p{L})/iu;

export function experienceNoun(profile: BusinessProfile, text: string): string {
  if (profile.sector === 'hospitality') {
    const lodging = isLodging(profile);
    // A lodging's page answering a review of a meal somewhere that serves them, with no word of a night's stay, does
    // not wish them "safe travels" after "your stay".
    if (lodging && !NIGHT.test(text) && EATERY.test(text) && MEAL.test(text)) return 'your meal';
    if (lodging) return 'your stay';
    // "They packed extra bread because I was staying at a hotel": a review that speaks more of the food than of a
    // night somewhere was a meal, and the room was someone else's.
    if (STAY.test(text) && countOf(STAY, text) >= countOf(MEAL, text)) {
      if (!/(?<!\p{L})(?:restaurant|bar|cafe|café|diner)(?!\p{L})/iu.test(text)) return 'your stay';
      // A hotel's review that tells of the bar or the restaurants near it ("Chili's Grill and Bar is in the same
      // lot", "the sandwich shop has excellent food") was no meal here: neither a stay nor a meal is said.
      if (/(?<!\p{L})(?:hotel|motel)(?!\p{L})/iu.test(text)) return 'your visit';
    }
    // Coffee and a pastry are a visit, not a meal, and so is a cake from a bakery.
    const savoury = text.replace(DRINKS, ' ').replace(ALL_BAKED, ' ');
    // A bakery's page answers its cakes; a meal is named only where the review speaks more of one than of them.
    if (BAKERY_NAME.test(profile.name) && countOf(SAVOURY_MEAL, savoury) <= countOf(BAKED, text))
      return bakedThing(text);
    if (MEAL.test(savoury)) return 'your meal';
    if (BAKED.test(text)) return bakedThing(text);
  }
  // A trade comes to the customer: what they had was the work, not a visit. A review of a class, a gym or a play
  // centre read under a trade's profile speaks of neither.
  if (profile.sector === 'trades')
    return WORK_DONE.test(text) && !CLASSES.test(text) ? 'the work' : 'your time with us';
  if (profile.sector === 'automotive') return carThing(text);
  return yourThing(profile) ?? 'your visit';
}

// Words of work done on a car; a car written off and replaced, or a car bought, had none.
const CAR_WORK_DONE =
  /(?<!\p{L})(?:repair\p{L}*|fix(?:ed|ing)?|(?<!customer )servic(?:e|ed|ing)|oil change|brakes?|tyres? (?:fitted|changed|replaced)|tires? (?:fitted|changed|replaced|rotated)|engine|transmission|inspection|mot|alignment|diagnos\p{L}*|bodywork|dent|paint(?:ed|work| job)|respray\p{L}*|mechanic\p{L}*|tune[- ]?up|timing belt|clutch|exhaust|radiator|battery (?:replaced|changed)|replaced the|work (?:done|on)|bumper|fender|wing mirror|windscreen|windshield|body ?shop|auto ?body|collision)(?!\p{L})/iu;
const NO_REPAIR =
  /(?<!\p{L})(?:write[- ]?off|written off|totall?ed|total loss|replacement (?:car|vehicle)|new car|bought (?:a|my|our) (?:new |used )?(?:car|truck|vehicle|van)|purchased (?:a|my|our) (?:new |used )?(?:car|truck|vehicle|van))(?!\p{L})/iu;

/** What a garage's customer had: "the work" on their car when the review tells of it, otherwise "your visit". */
export function carThing(text: string): string {
  return CAR_WORK_DONE.test(text) && !NO_REPAIR.test(text) ? 'the work' : 'your visit';
}

// Where a product review says it was bought somewhere else: the thank-you must not claim the sale.
const BOUGHT_ELSEWHERE =
  /(?<!\p{L})(?:amazon|ebay|best ?buy|walmart|wal-mart|target|costco|fry'?s|newegg|circuit city|sam'?s club|staples|office ?max|office depot|radio ?shack|j ?&(?:amp;)? ?r|b ?&(?:amp;)? ?h|compusa|crutchfield|tiger ?direct|buy\.com|overstock|toys ?(?:r|'?r'?) ?us|kmart|k-mart|sears|home depot|lowe'?s|kohl'?s|meijer|walgreens|cvs|rite aid|(?:a|the) dollar store|(?:a|another) (?:local )?(?:store|shop|retailer))(?!\p{L})/iu;

export const boughtElsewhere = (text: string, title: string | null | undefined): boolean =>
  BOUGHT_ELSEWHERE.test(`${title ?? ''} ${text}`);

// A review written after a death or a pet put to sleep: the reply condoles, it is never glad that "it went well".
const GRIEF =
  /(?<!\p{L})(?:euthani[sz]\p{L}*|(?<!(?:hardly|barely|couldn['’]t|could not|can['’]t|cannot|never|not) )put (?:him|her|them|it|(?:my|our) (?:dog|cat|pup|puppy|kitty|kitten|pet|boy|girl|baby|horse|bunny|rabbit)) (?:down|to sleep)|put to sleep|passed away|passing of|(?:has|had|have) died|died (?:peacefully|suddenly|at home|in (?:my|our) arms)|lost (?:my|our) (?:beloved |dear |sweet |precious )?(?:dog|cat|pet|puppy|kitty|horse|mother|father|mom|mum|dad|husband|wife|son|daughter|baby|grandmother|grandfather|grandma|grandpa|best friend)|funeral|memorial service|cremat\p{L}*|bereave\p{L}*|condolences?|rainbow bridge|end of (?:his|her|their) life|last moments)(?!\p{L})/iu;

// "a razor passed down by my grandfather, who passed away when I was a teenager": a death long ago, told as the
// background of something else, is no loss the review is about.
const LONG_AGO =
  /(?<!\p{L})(?:passed away|died|passing)(?:\s+[\p{L}']+){0,3}?\s+(?:when (?:i|we|he|she) (?:was|were)|(?:many |several |a few |a couple of |\d+ |two |three |four |five |ten |twenty )?(?:years|decades) ago|long ago|in (?:19|20)\d\d)(?!\p{L})/giu;

/** True when the review tells of a loss: a person or a pet died or was put to sleep, not long ago. */
export const tellsOfLoss = (text: string): boolean => GRIEF.test(text.replace(LONG_AGO, ' '));

// The occasion a visit marked, as the reply can name it without guessing whose it was.
const OCCASIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{L})birthday(?!\p{L})/iu, 'the birthday'],
  [/(?<!\p{L})anniversary(?!\p{L})/iu, 'the anniversary'],
  [/(?<!\p{L})(?:wedding|rehearsal dinner)(?!\p{L})/iu, 'the wedding'],
  [/(?<!\p{L})graduation(?!\p{L})/iu, 'the graduation'],
  [/(?<!\p{L})(?:baby|bridal) shower(?!\p{L})/iu, 'the shower'],
  [/(?<!\p{L})retirement(?!\p{L})/iu, 'the retirement celebration'],
  [/(?<!\p{L})engagement(?!\p{L})/iu, 'the engagement'],
];

// "Elegant enough for an anniversary dinner", "perfect for a birthday", "would be great for a wedding": the kind of
// occasion the place suits, told as advice to others, not one the reviewer had.
const SUITS_OCCASION =
  /(?:(?<!\p{L})(?:enough|perfect|great|ideal|good|suitable|fine|nice|lovely|wonderful|spot|place|somewhere|recommend(?:ed)?) for (?:a|an|any|your)(?: (?:special|big|romantic|little|family|small))?|(?<!\p{L})(?:would|could|will|might|should)(?!\p{L})[^.!?;]{0,30}) $/iu;

/** "the birthday", "the wedding": the happy occasion the reviewer came for, or null. */
export function occasionOf(text: string): string | null {
  for (const [pattern, name] of OCCASIONS) {
    const all = new RegExp(pattern.source, 'giu');
    for (const m of text.matchAll(all)) {
      const at = m.index ?? 0;
      if (!SUITS_OCCASION.test(text.slice(Math.max(0, at - 50), at))) return name;
    }
  }
  return null;
}

const RECOMMENDS = /(?<!\p{L})recommend(?:ed|ing|s)?(?!\p{L})/giu;
// "I don't recommend she take it": the negation may be fixed to its verb ("don't", "wouldn’t").
const NOT_RECOMMENDS = /(?:(?<!\p{L})(?:not|never|cannot)|n['’]t) (?:\p{L}+ )?recommend/iu;
// "Can't recommend them enough": the negation is the warmest recommendation there is.
const CANNOT_ENOUGH =
  /(?:(?<!\p{L})cannot|can['’]?t|couldn['’]?t|could not) recommend (?:\p{L}+ ){0,3}(?:highly )?enough(?!\p{L})/iu;
// "He recommended we get it seen to", "recommend a subwoofer", "I'd recommend getting the large": advice given to the
// reviewer, or a recommendation of something else, said right after the verb.
const ADVICE_AFTER =
  /^\s+(?:we|i|me|us|you to|that (?:we|i)|an?|some|getting|buying|using|adding)(?!\p{L})/iu;
// "came highly recommended by our dentist", "we were recommended this place": the reviewer was told, not telling.
const TOLD_BEFORE =
  /(?<!\p{L})(?:came|come|comes|coming|was|were|been|is|are|had|he|she|they|who)(?: (?:highly|strongly|very|so|well))? $/iu;

// "Half a dozen other highly recommended colorists": others the word describes, not a recommendation of ours.
const NAMES_OTHERS =
  /(?<!\p{L})(?:other|many|several|some|most|all|these|those|few|dozen|(?:\d+|two|three|four|five|six|ten))(?: (?:highly|well|strongly|much|very))? $/iu;

// A condition on the price, which leaves the recommendation of the goods as they are sold standing nowhere; "if you
// enjoy live music, I would recommend it" is a recommendation all the same.
const PRICE_CONDITION =
  /(?<!\p{L})(?:if|unless|only if|provided)(?!\p{L})[^.!?]*?(?<!\p{L})(?:under|less than|cheaper|on sale|sale price|discount\w*|deal|bargain|price[ds]?|\$\d)(?!\p{L})/iu;

/** True when the reviewer recommends the business, or what they bought, to others. */
export function recommends(text: string): boolean {
  if (CANNOT_ENOUGH.test(text)) return true;
  if (NOT_RECOMMENDS.test(text)) return false;
  return [...text.matchAll(RECOMMENDS)].some((m) => {
    const at = m.index ?? 0;
    // "If you see one for under $20 then I recommend picking it up": a recommendation at another price is none.
    const opened = Math.max(...['.', '!', '?'].map((stop) => text.lastIndexOf(stop, at))) + 1;
    return (
      !TOLD_BEFORE.test(text.slice(Math.max(0, at - 30), at)) &&
      !(m[0].toLowerCase() === 'recommended' && NAMES_OTHERS.test(text.slice(Math.max(0, at - 30), at))) &&
      !ADVICE_AFTER.test(text.slice(at + m[0].length)) &&
      !PRICE_CONDITION.test(text.slice(opened, at))
    );
  });
}

const WILL_RETURN =
  /(?<!\p{L})(?:(?:will|'ll|shall|definitely|certainly|can't wait to|cannot wait to|plan to|planning to|going to|be) (?:definitely |certainly |surely |absolutely )?(?:be (?:back|returning|coming back)|come back|return|go back|visit again|stay (?:here |there )?again|be going back)|(?:i'm|i am|we're|we are) (?:definitely |certainly )?(?:going back|coming back|returning)|back for more)(?!\p{L})/iu;
/** True when the reviewer says they will come back. */
export const plansToReturn = (text: string): boolean => WILL_RETURN.test(text.replace(/’/g, "'"));

const FIRST_TIME =
  /(?<!\p{L})(?:first[- ]time (?:customer|guest|visitor|client|here|at|with)|first (?:visit|stay|time) (?:here|there|at|to|with)|never been (?:here|there) before|(?:my|our) (?:very )?first (?:visit|stay|meal|appointment))(?!\p{L})/iu;
// A later visit told alongside the first ("on our second visit", "we went back a week later", "ever since"): the
// review is of more than one visit, so it is no first time with us. Nor is a first visit told years on by a regular
// whom the staff "always recognized", who "would go in whenever" they had a break.
const LATER_VISIT =
  /(?<!\p{L})(?:(?:my|our|the|a) (?:second|third|fourth|2nd|3rd|4th|following|return|latest|most recent) (?:visit|time|trip|stay|meal|appointment)|(?:went|came|headed|popped|stopped|made it|have been|has been|'ve been|were) back(?! (?:to (?:center|centre|normal|life)|on|up|down|out|cold)\b)|returned (?:to|for|with|again|a|the next|later|last|this)|(?:a|one|two|three|a few|a couple of|few|some) (?:days?|weeks?|months?) later|(?:ever )?since then|(?:staff|they|everyone|everybody|the girls?|the guys?) (?:always|all|now|still) (?:recogni[sz]e[sd]?|knows?|knew) (?:me|us|my name)|(?:i|we) (?:would|used to) (?:go|come|pop|stop|drop) (?:in|into|by|over)(?:\s+[\p{L}']+){0,5}?\s+whenever)(?!\p{L})/iu;
// "On my first visit we split a pizza... When Vinny and I made it down for Happy Hour": a first visit told as the
// start of a story, then another trip in a later sentence.
const FIRST_FRAMED =
  /(?<!\p{L})(?:on|during|at|for) (?:my|our) (?:very )?first (?:visit|time|trip|stay)(?!\p{L})[^.!?]*[.!?]/iu;
const ANOTHER_TRIP =
  /(?<!\p{L})(?:made it (?:down|over|in|out|back)|came in|went in|stopped (?:by|in)|popped (?:in|by)|dropped (?:in|by)|visited|came by|went by)(?!\p{L})/iu;

/** True when the reviewer came for the first time, and tells of no visit after it. */
export function firstVisit(raw: string): boolean {
  const text = raw.replace(/’/g, "'");
  if (!FIRST_TIME.test(text) || LATER_VISIT.test(text)) return false;
  const framed = FIRST_FRAMED.exec(text);
  return !(framed && ANOTHER_TRIP.test(text.slice(framed.index + framed[0].length)));
}

// A reviewer leaving the area ("we are moving away", "our last visit before the move"): an invitation to come back
// soon reads as not having read the review; a send-off does not. One who "moved out of state and back" has returned,
// and a send-off would say goodbye to a customer who stayed.
const MOVING_AWAY =
  /(?<!\p{L})(?:(?:we|i|we're|i'm|we are|i am|am|are)\s+(?:\p{L}+\s+)?(?:moving|relocating)(?:\s+(?:away|out|to|across|back|abroad|overseas|states))?|(?:before|since|now that|as) (?:we|i) (?:move|relocate|leave)(?: away| town| the area)?|(?:moved|relocated) (?:away|out of (?:town|state|the area))(?! and (?:then )?(?:came |moved )?back)|(?:leaving|left) (?:town|the area|the city|the state|the country)|(?:moved|moving|relocated) (?:across the country|to (?:another|a different) (?:state|city|country|town))(?! and (?:then )?(?:came |moved )?back)|had (?:i|we) not moved|(?:last|final) (?:visit|time|stay|appointment|meal) before (?:we|i|the move|moving|leaving))(?!\p{L})/iu;
/** True when the reviewer says they are moving away or leaving the area. */
export const movesAway = (text: string): boolean => MOVING_AWAY.test(text.replace(/’/g, "'"));

// A crash or a write-off the reviewer lived through: the note says it is glad they are safe before anything else.
const ACCIDENT =
  /(?<!\p{L})(?:(?:an?|the|my|our|his|her|bad|car|minor|major) accident|car crash|crashed (?:into|my|our)|(?:a|the|my|our) collision(?! (?:cent|shop|repair|work))|(?:was|were|got|been) (?:hit|rear-?ended|t-?boned|totall?ed|written off)|rear-?ended|(?:car|truck|van|vehicle) (?:was |got )?totall?ed|totall?ed (?:my|our|his|her|the) (?:car|truck|van|vehicle)|total loss|(?:car|truck) wreck|wrecked (?:my|our|the) (?:car|truck|van))(?!\p{L})/iu;
// A mishap told by what it did to a thing other than a vehicle ("an accident caused one bud to stop working", "a
// minor accident cracked the screen"): the goods were hurt, not the reviewer.
const MISHAP =
  /(?<!\p{L})(?:an?|the|my|our|his|her|minor|small|little) accident (?:\p{L}+ )?(?:caused|broke|cracked|damaged|destroyed|ruined|snapped|bent|shattered|killed|fried)\s+(?!(?:(?:one|the|my|a|an|its|their|both|his|her|our)\s+)?(?:car|truck|van|vehicle|bike|motorcycle|me|us|him|her|arm|leg|wrist|hand|back|neck|ankle|nose|ribs?|foot|collarbone)\b)\p{L}+/giu;
/** True when the review tells of an accident the reviewer was in, not of accidental damage talk in general. */
export const tellsOfAccident = (text: string): boolean =>
  ACCIDENT.test(text.replace(MISHAP, ' ')) &&
  !/(?<!\p{L})(?:by accident|accidentally|no accidents?)(?!\p{L})/iu.test(text);

// Someone close to the reviewer, told as the one whose car or whose accident it was: "my daughter's car was in an
// accident", "my son had a fender bender".
const SOMEONE_ELSE =
  /(?<!\p{L})(?:my|our)\s+(?:daughter|son|wife|husband|partner|mom|mum|mother|dad|father|parents?|friend|sister|brother|kids?|child|children|boyfriend|girlfriend|fianc[eé]e?|grandson|granddaughter|nephew|niece|aunt|uncle|neighbou?r|cousin)(?:['’]s)?(?!\p{L})/iu;
// The reviewer in it themselves: "I was rear-ended", "we had a crash", "my car was totaled".
const SELF_IN_IT =
  /(?<!\p{L})(?:(?:i|we)\s+(?:was|were|got|had|have been|had been)\s+(?:in\s+)?(?:an?\s+|the\s+)?(?:\p{L}+\s+)?(?:accident|crash|collision|hit|rear-?ended|t-?boned)|(?:my|our)\s+(?:own\s+)?(?:car|truck|van|vehicle))(?!\p{L})/iu;

/**
 * True when the accident the review tells of was someone else's (a daughter's car, a friend's crash): the note is
 * glad to have helped, never "glad you are safe" to a reviewer who was not there.
 */
export const accidentOfOthers = (text: string): boolean =>
  splitSentences(text).some(
    ({ text: sentence }) =>
      ACCIDENT.test(sentence.replace(MISHAP, ' ')) &&
      SOMEONE_ELSE.test(sentence) &&
      !SELF_IN_IT.test(sentence),
  );

const SAY_NUMBER = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];
const sayNumber = (n: number): string =>
  n < 20
    ? (SAY_NUMBER[n] ?? String(n))
    : `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 ? `-${SAY_NUMBER[n % 10]}` : ''}`;

// "I have been coming here for 25 years", "a customer for over ten years", "we've used them for 15+ years".
const YEARS_WITH =
  /(?<!\p{L})(?:coming|going|customers?|clients?|regulars?|using|used|shopping|eating|loyal|been (?:with|to|going|coming|a customer|a client|a regular)|come here|go here|known)(?:\s+[\p{L}']+){0,5}?\s+(?:for|over|in|the (?:past|last))\s+(?:(?:the )?(?:past|last|over|about|almost|nearly|around|more than)\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)\+?\s+years(?!\p{L})/iu;

/** "twenty-five years": how long the reviewer says they have been coming to us, said in words, or null. */
export function yearsWithUs(text: string): string | null {
  const said = YEARS_WITH.exec(text)?.[1]?.toLowerCase();
  if (!said) return null;
  // A number said in words is read back through the same lists that say one.
  const n = /^\d+$/.test(said)
    ? Number(said)
    : Math.max(SAY_NUMBER.indexOf(said), TENS.indexOf(said) * 10, 0);
  return n >= 2 && n < 60 ? `${sayNumber(n)} years` : null;
}

// Praise of the price: "good value", "for the price", "a bargain". "Cheap" alone is left out: it is as often a fault.
const VALUE_PRAISED =
  /(?<!\p{L})(?:(?:good|great|excellent|fantastic|amazing|real|best) (?:value|prices?|deals?)|value for (?:the )?money|for the (?:price|money)|(?:reasonabl[ey]|fairly|well|competitively) priced|(?:a|such a|real) bargain|affordable|inexpensive|worth every (?:penny|cent)|worth the (?:money|price)|(?:fair|reasonable|low|competitive|unbeatable) prices|prices? (?:are|were|is|was|have been|has been) (?:(?:always|very|so|really|pretty|quite|more than|also|still) )*(?:right|reasonable|fair|great|good|low|competitive|unbeatable|hard to beat)|prices? (?:just )?(?:can['’]?t|cannot|could ?n['’]?t) be beat(?:en)?)(?!\p{L})/iu;
const PRICE_FAULTED =
  /(?<!\p{L})(?:overpriced|pricey|(?<!not (?:too |that |very |so )?)expensive|rip-?off)(?!\p{L})/iu;

/** True when the reviewer praises what they paid, with no word against the price. */
export const praisesValue = (text: string): boolean => VALUE_PRAISED.test(text) && !PRICE_FAULTED.test(text);

const NUMBER_WORD =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several|a few|a couple of|\\d+)';
// "I've had it for almost a year", "after six months of use": how long the owner has used the product.
const IN_USE = new RegExp(
  `(?<!\\p{L})(?:(?:had|used|using|owned) (?:it|them|this|these|mine|one)(?: (?:for|about|almost|nearly|over|around|a little over|more than|daily|every day))* (${NUMBER_WORD} (?:years?|months?))|after (${NUMBER_WORD} (?:years?|months?)) of (?:daily |heavy |regular )?use)(?!\\p{L})`,
  'iu',
);

/** How long the reviewer has had the product, in their words ("two years", "a few months"), or null. */
export function timeInUse(text: string): string | null {
  const m = IN_USE.exec(text);
  const span = (m?.[1] ?? m?.[2])?.toLowerCase().replace(/^an? (?=few|couple)/, 'a ');
  if (!span) return null;
  // "a year" reads as "a year" in the note; "1 year" as "a year".
  return span.replace(/^1 (year|month)s?$/, 'a $1');
}

// A present the reviewer was given ("a girlfriend gave me one", "sent to us at work"): they never came in for it.
const GIFT_RECEIVED =
  /(?<!\p{L})(?:(?:gave|got|bought|brought|sent|surprised) (?:me|us) (?:with )?(?:a |an |one |some |two |three |a few |a box |a couple )|(?:was|were) (?:sent|given|delivered) (?:to )?(?:me|us)|sent to (?:me|us)|(?:i|we) (?:was|were|got|have been) (?:sent|given|gifted) (?:a |an |one |some |two |three |a few |a box |a tray |a couple |a dozen )|(?:received|got) (?:\p{L}+ ){0,3}(?:as|for) a (?:birthday |christmas |wedding |thank[- ]you )?(?:gift|present)|gifted (?:me|us|to me|to us))/iu;
// Something one of the reviewer's people brought home for them: "my niece brought home a cake".
const BROUGHT_HOME =
  /(?<!\p{L})(?:my|our) (?:\p{L}+ ){1,2}?(?:brought|bought|picked up|came home with) (?:home |back |over |round )?(?:a |an |some |one |two |three |a box |a dozen |a tray |a couple )/iu;
// An order placed from home and brought to the door, or bought through a marketplace.
const ORDERED_REMOTELY =
  /(?<!\p{L})(?:order(?:ed|ing)? (?:\p{L}+ ){0,4}(?:online|on(?:line)? (?:the|their) (?:website|site|app)|through (?:the|their) (?:website|site|app)|by phone|over the phone|for delivery)|(?:bought|purchased|ordered|got) (?:\p{L}+ ){0,4}(?:on|from|through|off|via) (?:amazon|ebay|etsy)|(?:was|were|got) (?:delivered|shipped)|delivery (?:was|came|arrived))(?!\p{L})/iu;
// An order placed online and then collected, or a visit told beside it: "for store pick up", "when I got there".
const COLLECTED_IN_PERSON =
  /(?<!\p{L})(?:(?:store|in-store|in store|shop) pick ?-?up|pick(?:ed|ing)? (?:it |them |(?:the|my|our) \p{L}+ )?up (?:in|at|from) (?:the )?(?:store|shop|counter|desk)|when (?:i|we) got there|(?:i|we) (?:went|walked|popped|stopped) (?:in|into|by|there|down there))(?!\p{L})/iu;
// Someone else had the appointment: "I took my father", "my mom's haircut".
const SOMEONE_ELSES =
  /(?<!\p{L})(?:(?:took|take|taken|brought|bring|brings) (?:my|our) (?:\p{L}+ )?(?:father|dad|mother|mom|mum|son|daughter|kids?|children|boys?|girls?|grandmother|grandfather|grandma|grandpa|parents?)|(?:my|our) (?:father|dad|mother|mom|mum|son|daughter|kids?|grandmother|grandfather|grandma|grandpa)'s (?:hair ?cut|cut|appointment|hair|nails|treatment))(?!\p{L})/iu;
// A regular of long standing, for whom "your visit" or "your time with us" is one day among many.
const LONG_STANDING =
  /(?<!\p{L})(?:(?:member|client|customer|regular)s? (?:here |there )?(?:for(?! (?:life|ever|good)\b)|since)|been (?:going|coming|shopping|training|eating) (?:\p{L}+ ){0,2}(?:for|since) (?:over |more than |about |almost |nearly )?(?:a|one|two|three|four|five|six|\d+|several|many|a few) (?:years?|months)|for (?:over |more than |about |almost |nearly )?(?:a|one|two|three|four|five|six|\d+|several|many|a few)? ?years? now)(?!\p{L})/iu;

// Someone who lives with us: "I love my apartment", "going on my 5th month here", "since I moved in". Their time with
// us is not over, so it is never told as a visit that went well.
const RESIDENT =
  /(?<!\p{L})(?:(?:my|our) (?:apartment|flat|unit|lease|townhouse|condo)|(?:moved|moving) in(?!to)|(?:going on|into|in) (?:my|our) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) (?:month|year) (?:here|living)|(?:living|lived|live|renting|rented) (?:here|there) (?:for|since)|(?:other |fellow |all the )?residents)(?!\p{L})/iu;

// A present that is itself a visit: "bought me a gift certificate", "was given a massage as a gift"; and what a member
// of staff gave in the course of one ("Jodi gave me a very thorough consultation").
const VISIT_GIVEN =
  /^(?:[\p{L}'-]+ ){0,3}?(?:gift ?)?(?:certificates?|vouchers?|gift ?cards?|cards?|pass(?:es)?|packages?|sessions?|massages?|facials?|treatments?|days?|nights?|stays?|trips?|lessons?|class(?:es)?|memberships?|appointments?|dinners?|meals?|lunch|brunch|visits?|manicures?|pedicures?|haircuts?|tours?|tickets?|consultations?|consults?|cuts?|colou?rs?|trims?|waxe?s?|blow-?outs?|shaves?|demos?|demonstrations?|walk-?throughs?|run-?downs?|explanations?|estimates?|quotes?|discounts?|deals?|upgrades?|tips?|advice|welcome|smile|hand)(?!\p{L})/iu;

// The reviewer's own custom, beside a present they were given: "I purchased a petty knife last year", "I bring all my
// knives here to get sharpened", "which led me back to them for a purchase".
const OWN_CUSTOM =
  /(?<!\p{L})(?:(?:i|we) (?:\p{L}+ )?(?:bought|purchased|ordered)|(?:i|we) (?:always |usually )?(?:bring|brought|take|took) (?:[\p{L}'-]+ ){0,5}?(?:here|there|in)|led (?:me|us) back)(?!\p{L})/iu;

/** True when the review tells of a present the reviewer was given that was a thing, not a visit in itself. */
const givenToThem = (text: string): boolean => {
  const m = GIFT_RECEIVED.exec(text);
  return m !== null && !VISIT_GIVEN.test(text.slice(m.index + m[0].length));
};

/**
 * True when the review tells of no visit of the reviewer's own that the note could be glad of: a present they were
 * given, an order sent to them, someone else's appointment, or a membership kept for years.
 */
export function visitNotTold(text: string, thing: string): boolean {
  // A meal or an order brought to the door is still the reviewer's own; one given to them is not.
  if (/^your (?:meal|order)$/.test(thing)) return givenToThem(text);
  if (!/^your (?:visit|time with us|appointment)$/.test(thing)) return false;
  // A present they were given says nothing of a visit, unless they tell of buying or bringing things here themselves.
  const given = givenToThem(text) && !OWN_CUSTOM.test(text);
  const remote = ORDERED_REMOTELY.test(text) && !COLLECTED_IN_PERSON.test(text);
  if (given || remote || LONG_STANDING.test(text) || BROUGHT_HOME.test(text)) return true;
  if (thing === 'your time with us' && RESIDENT.test(text)) return true;
  return thing === 'your appointment' && SOMEONE_ELSES.test(text);
}

// A habit of coming to us, told in everyday words: "at least once a week", "every summer", "I usually order the
// ramen", "as a member", "my local". Each tells of visits, not one visit. "A staff member", "a member of the team"
// are someone else, and "my favourite sushi place" may be another business.
const REGULAR_HABIT =
  /(?<!\p{L})(?:(?:go|goes|come|comes|visit|stop|pop|drop|shop|eat|order|stay|train|book|in)(?: (?:here|there|in|by|to|at|into|over)(?: [\p{L}'-]+){0,3}?)?(?: at least| about| around| maybe| only| roughly)? (?:once|twice|three times|a few times|several times|a couple of times|(?:\d|two|three|four|five)(?: or (?:\d|three|four|five))? times) (?:a|per|every|each) (?:week|month|year|summer|winter)|(?:every|each) (?:week|weekend|month|year|summer|winter|spring|autumn|fall|christmas|friday|saturday|sunday)(?! (?:ago|before|after))|(?:i|we|i've|we've|i have|we have) (?:always|usually|often|regularly|normally) (?:come|came|go|went|get|got|order(?:ed)?|stay(?:ed)?|book(?:ed)?|visit(?:ed)?|eat|ate|train(?:ed)?|have|had|use|used|bring|brought|see|saw|grab(?:bed)?)(?!\p{L})(?! to\b)|(?:(?:i|we) (?:am|are|'m|'re)|as|being) (?:a |an )?(?:(?:long[- ]?time|loyal|proud|happy|paying) )?members?(?! of (?:staff|the team))|(?:my|our) membership|(?:i|we) joined (?:the gym|here|last|this|in|a year|two|three|over)|(?:been|come|gone|eaten|stayed|shopped) (?:here|there) (?:a lot|often|so often|many times|all the time|regularly)|(?:i|we) come (?:here|in) (?:a lot|often|all the time|regularly)|(?:my|our) (?:usual|local|regular) (?:spot|place|restaurant|cafe|café|bakery|salon|barber|shop|store|hotel|gym|garage|pub|bar|diner)|(?:been|come|gone|visited|eaten|stayed|ordered|returned) (?:here |there |back )?(?:several|many|a few|a couple of|multiple|countless|numerous|\d+|two|three|four|five|six) times|frequent (?:visitor|customer|guest|diner)s?|(?:i|we) (?:keep|kept) (?:going|coming) back)(?!\p{L})/iu;
// "Every 2 weeks faithfully", "every other Saturday", "every few months": visits told by the span between them.
const EVERY_FEW =
  /(?<!\p{L})(?:every|each) (?:other|second|couple of|few|\d+|two|three|four|five|six) (?:days|weeks?|weekends?|months?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)(?! (?:ago|before|after|later))(?!\p{L})/iu;

// Praise that could only come from more than one visit ("never disappoints", "the staff are always so friendly"): no
// single visit to be glad of, though too faint a sign to greet the reviewer as a regular.
const HABIT_IMPLIED =
  /(?<!\p{L})(?:(?:it|this place|the food|the service|they|she|he) never (?:disappoints?|fails? to|lets? (?:me|us) down)|(?:is|are|was|were|has been|have been) always (?:so |very |really |super |consistently )?(?:good|great|friendly|consistent|delicious|fresh|clean|helpful|amazing|excellent|welcoming|kind|lovely|spot on|on point|fantastic|wonderful|busy|professional|attentive))(?!\p{L})/iu;

// A reviewer new to us: a first visit, a "new favourite", a place "finally tried". Such a reviewer may have been
// several times since, but never "after all this time".
const NEW_TO_US =
  /(?<!\p{L})(?:new (?:\p{L}+ )?(?:favou?rite|go-?to|spot|place)|(?:my|our) (?:very )?first (?:time|visit|stay|meal|appointment|class|order)|first[- ]time (?:here|customer|guest|visitor|client|member)|never been (?:here|there) before|finally (?:tried|found|checked out|made it)|just (?:discovered|found|moved|opened)|recently (?:discovered|found|moved|opened|joined))(?!\p{L})/iu;

// How long a reviewer has kept coming, beyond a count of years: "for years", "since 2009", "for ages".
const SPAN_TOLD =
  /(?<!\p{L})(?:for (?:many |several |so many |a few |a couple of )?(?:years|decades|ages|a long time)|the years (?:that )?(?:i|we)(?:'ve| have) been|since (?:(?:19|20)\d\d|childhood|day one|the (?:beginning|start)|(?:i|we) (?:was|were) (?:a )?(?:kids?|little|young|children)))(?!\p{L})/iu;

// "Neither of us had been there before": a first visit told without the word "first".
const NEVER_BEFORE =
  /(?<!\p{L})(?:neither of us (?:had|has|have)|(?:i|we) (?:had|have|'d|'ve) never|never (?:had|have)) (?:been|eaten|stayed) (?:here|there|in)(?: before)?(?!\p{L})/iu;

/** True when the reviewer tells of being new to us: a first visit, a new favourite, a place just found. */
export const newToUs = (text: string): boolean => NEW_TO_US.test(text.replace(/’/g, "'"));

/**
 * True when the reviewer tells of coming to us again and again: a regular, a member, a customer of years, or a habit
 * of visits. `returning` is the triage's own reading of the same. A first visit told is never a regular's.
 */
export function tellsOfRegular(raw: string, returning: boolean): boolean {
  const text = raw.replace(/’/g, "'");
  if (firstVisit(text) || NEVER_BEFORE.test(text)) return false;
  return (
    returning ||
    yearsWithUs(text) !== null ||
    LONG_STANDING.test(text) ||
    REGULAR_HABIT.test(text) ||
    EVERY_FEW.test(text) ||
    ANOTHER_ONE_BROUGHT.test(text)
  );
}

// "This is the second vehicle I have taken to them", "the third dog we have brought here": custom told by what the
// reviewer brought, one after another.
const ANOTHER_ONE_BROUGHT =
  /(?<!\p{L})(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:vehicle|car|truck|van|bike|motorcycle|pet|dog|cat|puppy|computer|laptop|phone|watch)s? (?:that )?(?:i|we)(?:'ve| have)? (?:taken|brought|had (?:done|seen to|serviced|worked on)) (?:to (?:them|you|this (?:shop|place|garage))|here|in)(?!\p{L})/iu;

/** True when the review tells of more than one visit, in so many words or by praise only visits could give. */
export const tellsOfVisits = (raw: string, returning: boolean): boolean =>
  tellsOfRegular(raw, returning) || (!firstVisit(raw) && HABIT_IMPLIED.test(raw.replace(/’/g, "'")));

/** True when the reviewer tells how long they have kept coming, so "after all this time" is theirs to hear. */
export const spanTold = (raw: string): boolean => {
  const text = raw.replace(/’/g, "'");
  return !newToUs(text) && (yearsWithUs(text) !== null || SPAN_TOLD.test(text) || LONG_STANDING.test(text));
};
