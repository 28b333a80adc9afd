import type { IncidentKind, Situation } from '@rebound/shared';
import { HOUSEKEEPING_MISSED } from './housekeeping.ts';
import { fallbackTheme } from './sector-themes.ts';
import type { ScoredClause } from './situation/clauses.ts';
import { splitSentences } from './situation/sentences.ts';
import { muddledOrderAt, readPlainFault } from './situation/stance.ts';
import { findThemeHits, type ThemeHit, type ThemeTaxonomy } from './themes.ts';

// A clause at or below this score is criticism; one at or above PRAISE is praise and never yields a complaint theme.
const CRITICISM = -0.1;
const PRAISE = 0.2;
// A happy review's quibble has to be plainly critical to count: its narrative ("my old one died") often is not.
const HAPPY_QUIBBLE = -0.3;
// Below this a clause is only mildly warm ("you can tell a place is good by its beans"): it still names its subject.
const WARM = 0.6;

/**
 * The complaint themes of a review, most mentioned first: only words in critical parts count, so "the pasta was lovely
 * but the wait was an hour" is about the wait, not the food. A happy review's themes are its plain quibbles ("the
 * pillows were lumpy"); an unhappy one that names no theme word still gets the general one, so every complaint is
 * counted somewhere. Words that only look like a theme ("wait staff", "great prices", "my old Sony died") never count.
 */
export function complaintThemes(
  text: string,
  title: string | null | undefined,
  clauses: readonly ScoredClause[],
  situation: Situation,
  taxonomy: ThemeTaxonomy,
): string[] {
  const praised = new Set(situation.praised.map((p) => p.replace(/^the /, '')));
  const keep = (hit: ThemeHit) => ![...praised].some((p) => p.split(' ').includes(hit.term));
  const inClauses = (hits: ThemeHit[], test: (c: ScoredClause) => boolean) =>
    hits.filter((h) => keep(h) && clauses.some((c) => test(c) && h.start >= c.start && h.end <= c.end));

  const hits = asHome(findThemeHits(maskAsides(text, situation), taxonomy), text, situation);
  const isHappy = situation.stance === 'happy';
  const titleHits =
    title && situation.stance !== 'happy_with_quibble' && !isHappy
      ? findThemeHits(maskAsides(title, situation), taxonomy).filter(keep)
      : [];
  let chosen = [...titleHits, ...inClauses(hits, (c) => c.score <= (isHappy ? HAPPY_QUIBBLE : CRITICISM))];
  // A happy review's quibble said plainly ("my pizza was wet", "the tables are too close together") scores as neutral
  // words: its theme is taken from the sentence that states it.
  const plain = situation.stance === 'happy_with_quibble' ? plainQuibble(text) : null;
  if (plain) chosen.push(...inSpans(hits.filter(keep), plain.spans));
  // Plain statements ("it took forty minutes") carry complaints too, when the review is unhappy overall: all of them
  // when nothing is said critically, else those that state a complaint in several words ("they were out of").
  if (chosen.length === 0 && situation.stance !== 'happy_with_quibble' && !isHappy)
    chosen = inClauses(hits, (c) => c.score < PRAISE);
  else if (situation.stance === 'unhappy')
    chosen.push(
      ...inClauses(
        hits.filter((h) => (h.term.includes(' ') && STATED.test(h.term)) || statesFault(h)),
        (c) => c.score > CRITICISM && c.score < PRAISE,
      ),
    );
  // The reviewer's own return ("I'm returning it for a refund") tells what they did about the fault, not what went
  // wrong: it is a theme only when nothing else is, or when the return itself went badly ("no refund", "restocking").
  if (chosen.some((h) => h.theme !== 'returns')) chosen = chosen.filter((h) => !isReturnTold(h));

  const themes = withIncidents(byCount(chosen), situation, taxonomy);
  // A room never cleaned during the stay is a fault of cleanliness, however the reviewer words it.
  if ('cleanliness' in taxonomy && !themes.includes('cleanliness') && housekeepingMissed(text))
    themes.push('cleanliness');
  // An order brought muddled is an order fault, whatever the drink or dish is called.
  if (plain?.muddled && 'order' in taxonomy && !themes.includes('order')) themes.push('order');
  // An unhappy review whose subject is named only where it is also called good ("you can tell a place is good by its
  // beans and salsa; both suck") is about that subject, not about the service in general.
  if (themes.length === 0 && situation.stance === 'unhappy') {
    const named = byCount(inClauses(hits, (c) => c.score < WARM));
    if (named.length > 0) return named;
  }
  if (themes.length === 0 && situation.stance === 'unhappy' && text.trim().length > 0) {
    const general = fallbackTheme(situation.sectorGroup);
    // The general theme is never one the reviewer praised: "lovely staff, tired rooms" is not about service.
    return [
      general === 'service' && situation.praised.some((p) => PRAISED_SERVICE.test(p)) ? 'quality' : general,
    ];
  }
  return themes;
}

// The themes an incident belongs under, in order of preference: the first the business's taxonomy has is used, so
// a guest who fell ill after a meal is counted under food and a dog cut at a groomer's under the work or treatment.
const INCIDENT_THEMES: Partial<Record<IncidentKind, readonly (readonly string[])[]>> = {
  injury: [['safety', 'treatment', 'workmanship', 'defect', 'outcome', 'quality']],
  burn: [['safety', 'defect', 'treatment', 'workmanship', 'quality']],
  fire_smoke: [['safety', 'defect', 'workmanship', 'quality']],
  fumes: [['safety', 'defect', 'workmanship', 'quality']],
  shattered_glass: [['safety', 'defect', 'workmanship', 'quality']],
  equipment_failure_risk: [['safety', 'defect', 'workmanship', 'quality']],
  food_poisoning: [['food'], ['safety', 'cleanliness']],
  allergen: [['food'], ['safety', 'treatment']],
  food_safety: [['food', 'stock', 'quality'], ['cleanliness']],
  hygiene: [['cleanliness', 'safety']],
  pests: [['pests', 'cleanliness']],
  security: [['security', 'safety']],
  patient_safety: [['treatment', 'safety', 'outcome']],
  discrimination: [['staff', 'support']],
  abuse: [['staff', 'support']],
  harassment: [['staff', 'support']],
  privacy: [['account', 'staff', 'support']],
};

/**
 * The themes with those of the review's incidents put first: an escalated review is counted under what made it one
 * ("the illness after the salmon" is food, not only the price the reviewer also mentions).
 */
function withIncidents(themes: readonly string[], situation: Situation, taxonomy: ThemeTaxonomy): string[] {
  const fromIncidents = situation.incidents.flatMap((kind) =>
    (INCIDENT_THEMES[kind] ?? []).flatMap((choices) => choices.find((theme) => theme in taxonomy) ?? []),
  );
  return [...new Set([...fromIncidents, ...themes])];
}

/** The sentences that state a plain fault or tell of an order brought muddled, and whether one was muddled. */
function plainQuibble(text: string): { spans: { start: number; end: number }[]; muddled: boolean } {
  const sentences = splitSentences(text);
  const muddled = muddledOrderAt(sentences.map((s) => s.text));
  const spans = sentences.filter((s, i) => i === muddled || readPlainFault(s.text) !== null);
  return { spans, muddled: muddled >= 0 };
}

const inSpans = (hits: readonly ThemeHit[], spans: readonly { start: number; end: number }[]): ThemeHit[] =>
  hits.filter((h) => spans.some((s) => h.start >= s.start && h.end <= s.end));

/** Themes ordered by how often their words were counted (ties by first mention). */
function byCount(hits: readonly ThemeHit[]): string[] {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
}

// Themes whose words state a fault by themselves ("spews toner", "squatters", "the wrong model", "tips over"): said
// plainly in an unhappy review, they are the complaint. Vermin and bites count wherever they are filed.
const FAULT_THEMES = new Set(['defect', 'bugs', 'pests', 'security', 'maintenance', 'order', 'design']);
const PEST_WORD =
  /\b(?:bugs|bug bites|bites|bitten|roach\w*|cockroach\w*|mice|rats|gnats?|flies|infest\w*|droppings|bed ?bugs)\b/;
const statesFault = (hit: ThemeHit): boolean => FAULT_THEMES.has(hit.theme) || PEST_WORD.test(hit.term);

// A review of somewhere the reviewer lives or lived: its faults are the landlord's upkeep or vermin, not faulty goods.
// One mention is not enough: a buyer of speakers may say in passing that they live in an apartment.
const HOME =
  /\b(?:apartments?|tenants?|landlord|lease|leasing (?:office|staff|agent)|property manage\w*|(?:my|our|the) rent|move-in|work orders?|maintenance (?:staff|man|guy|team|requests?))\b/gi;
const isHome = (text: string): boolean => (text.match(HOME) ?? []).length >= 2;

function asHome(hits: ThemeHit[], text: string, situation: Situation): ThemeHit[] {
  if (situation.sectorGroup !== 'retail') return hits;
  // Goods are repaired under warranty, not kept up by a landlord: upkeep is a theme only where someone lives.
  if (!isHome(text)) return hits.filter((hit) => hit.theme !== 'maintenance');
  // Keys to the wrong flat are the office's slip, not a parcel sent wrong.
  return hits
    .filter((hit) => hit.theme !== 'order')
    .map((hit) =>
      hit.theme !== 'defect' ? hit : { ...hit, theme: PEST_WORD.test(hit.term) ? 'pests' : 'maintenance' },
    );
}

// A return told as what the reviewer did, not as a return that went wrong.
const RETURN_TOLD =
  /^(?:return(?:ed|ing)? (?:it|them|the|both|this|mine)|(?:send|sent|take|took) it back|refund\w*|exchange\w*|replacement|warranty|rma)$/;
const isReturnTold = (hit: ThemeHit): boolean => hit.theme === 'returns' && RETURN_TOLD.test(hit.term);

// A term that states what went wrong rather than naming a subject: "took over 40 minutes", "were out of", "were cold".
const STATED =
  /\b(?:took|taken|take|waited|were|was|is|are|never|no|not|didn't|did not|doesn't|does not|won't|ran|sold|only|barely|impossible|slides?|slipped|slips|falls|comes)\b/i;

const PRAISED_SERVICE =
  /\b(?:staff|service|team|people|employees|crew|front desk|servers?|waiters?|waitress(?:es)?|receptionists?|host(?:ess)?)\b/i;

const HEDGE = '(?:(?:very|so|really|pretty|quite|more than|also|always|extremely|super|fairly|reasonably) )?';
const GOOD = `(?:good|great|fair|reasonable|decent|low|lower|cheap|affordable|inexpensive|competitive|excellent|nice|right|unbeatable|amazing|best|fantastic|incredible|awesome|spot[- ]on|fine|ok|okay|ideal)`;

const PRAISE_WORD =
  'great|good|excellent|wonderful|friendly|lovely|amazing|fantastic|superb|nice|helpful|attentive|delicious|super|perfect|outstanding|awesome|fast|quick|prompt|spotless|courteous|professional|polite|kind|welcoming';
const ASPECT =
  'service|customer service|staff|team|people|food|server|waiter|waitress|host|hostess|owner|manager|employees|crew|location|breakfast|rooms?|sound|sound quality|picture|picture quality|quality|prices?|value|selection|support';

/*
 * Expressions that use a theme's word without complaining of it. Each is blanked out (its offsets kept) before theme
 * words are looked for, so the rest of the sentence is still read.
 */
const ASIDES: readonly RegExp[] = [
  // Looking forward, a figure of speech, a message on a screen: no one was kept waiting.
  // Scraped text sometimes splits the contraction: "I can' t wait".
  /\b(?:can(?:['’] ?)?t|cannot|can not|could(?:n(?:['’] ?)?t| not)|won(?:['’] ?)?t) wait\b/giu,
  /\bwait(?:ed|ing)? (?:for|until|till|on) (?:the |a |an )?(?:next|new(?:er)?|later|cheaper|updated|improved|upcoming|second|price|prices|sale|version|model|generation|release|v\d)\w*/giu,
  /\b(?:but )?wait,? (?:there(?:'|’)?s|theres|there is) more\b|\bbut wait\b|\bwait (?:a (?:minute|second|sec|moment)|till you (?:see|hear|try))\b|\bplease wait\b/giu,
  // A short wait or none is praise: "no wait", "the least amount of wait time", "worth the wait".
  /\b(?:no|little|short|shortest|minimal|least amount of|zero|barely any|hardly any|without (?:a|any)|never (?:a|any)|not (?:a|much|any)|no long) (?:\w+ )?(?:wait(?:ing)?(?:[- ]times?)?|delays?|queues?|lines?)\b/giu,
  /\b(?:did(?:n(?:'|’)?t| not)|never|don(?:'|’)?t|do not|won(?:'|’)?t|wouldn(?:'|’)?t) (?:\w+ )?(?:have to |had to |need to |needed to )?wait(?:ed)?(?: long| at all| more than| much)?\b|\bwithout (?:any )?waiting\b|\bworth (?:the|every minute of the) wait\b|\bwait (?:was|is|time was|time is) (?:\w+ )?(?:short|minimal|reasonable|not bad|nothing|fine|quick)\b/giu,
  // A wait the reviewer took in their stride: "I waited 40 mins on a Sunday which is expected", "the wait was
  // understandable". The rest of the sentence ("but the food was bland") is still read.
  /\bwait(?:ed|ing)?\b[^.!?;]{0,40}?,? (?:which|that|this|it) (?:is|was|'s) (?:to be |totally |completely |perfectly )?(?:expected|understandable|fine|normal|reasonable|fair enough|no big deal)\b|\bwait (?:was|is) (?:to be |totally |completely |perfectly )?(?:expected|understandable|normal|fair enough)\b/giu,
  // A wait of a few minutes while others were seen to is told in passing, not complained of.
  /\b(?:had to |have to |did |)wait(?:ed)? (?:only |just )?(?:a few|a couple(?: of)?|two|three) (?:minutes|mins|moments)\b(?! (?:for (?:anyone|somebody|someone|a (?:\w+ )?(?:waiter|waitress|server|host))|before (?:anyone|somebody|someone)))/giu,
  // A wait only wished for or regretted ("I would have waited for the bigger one") kept no one waiting.
  /\b(?:would|should|could|might)(?:n(?:'|’)?t| not)? (?:have )?(?:just )?waited\b/giu,
  // Minutes spent getting a thing off, open or working are effort, not a wait: "took 10 minutes to get it off".
  /\btook (?:\w+ ){0,3}(?:minutes?|hours?|mins?) to (?:get (?:it|them|this|that|the \w+) (?:off|out|open|on|in|working|to work|set up)|remove|install|set ?up|assemble|configure|figure (?:it |this |that )?out|open|unlock|connect|pair|attach|detach|take (?:it|them) off)\b/giu,
  // Advice to buy cover ("get the extended warranty") is no return of ours.
  /\b(?:get|buy|purchase|take out|go for|spring for) (?:an |the |a )?(?:extended |extra )?(?:warranty|protection plan)\b/giu,
  // The time of day, or someone's late husband, is no lateness of ours.
  /\blate (?:at night|night|nights|evening|afternoon|morning|lunch|dinner|breakfast|check-?out|check out|arrival|in the (?:day|evening|afternoon)|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)|\d0s)\b|\b(?:my|our|his|her|their|the) late (?!(?:arrival|delivery|fee|charge))\w+/giu,
  // "I was told 'too late'": a refusal, not a wait.
  /\b(?:told|said|says|replied|answered|informed)(?: me| us)?,? (?:that )?["“]?(?:it(?:'|’)?s |it was |it is |that was |that(?:'|’)?s )?(?:just )?too late\b|["“]too late[.!]?["”]/giu,
  // "The worst in a long time" or "a long-time customer" names no wait.
  /\b(?:in|since|for) (?:a )?(?:very )?long time\b(?! (?:to|for|before))|\blong[- ]time (?:customer|client|patient|fan|user|member|resident|guest|friend|owner)s?\b|\ba long time ago\b/giu,
  // Praised prices, no charge at all, and the going rate of a whole trade are no complaint about ours.
  new RegExp(
    `\\b${GOOD}(?<!(?:\\bnot|n't|\\bnever) (?:a |the |very |that |so )?\\w+) ${HEDGE}(?:(?:and|&) \\w+ )?(?:\\w+ )?(?:prices?|pricing|priced|deals?|costs?|value|rates?)\\b`,
    'giu',
  ),
  new RegExp(
    `\\b(?:prices?|pricing|costs?|rates?) (?:is|are|was|were|seemed|seem|seems) (?:\\w+ )?${HEDGE}(?<!not )${GOOD}\\b`,
    'giu',
  ),
  new RegExp(
    `\\b(?:${GOOD}|value|worth it|not bad|solid|bargain|a steal|deal) for the (?:price|money|cost)\\b|\\bfor the (?:price|money),? (?:it(?:'|’)?s|this is|they(?:'|’)?re|you can(?:'|’)?t|can(?:'|’)?t)\\b`,
    'giu',
  ),
  /\bworth(?<!(?:\bnot|n't|\bnever|\bhardly|\bbarely) (?:even |really )?worth) (?:the|every) (?:price|penny|money|cost|cent|dollar)\b|\bsmall price to pay\b|\bbang for (?:the|your|my) buck\b|\bprice (?:range|point|bracket)\b|\bat (?:this|that|such a|the) (?:low |great |good )?price\b|\b(?<!poor )value for (?:the )?money\b/giu,
  /\b(?:did(?:n(?:'|’)?t| not)|never|wouldn(?:'|’)?t|would not|refused to|won(?:'|’)?t) (?:even )?(?:charge|bill)(?:d|ed)?\b|\bno (?:extra |additional )?(?:charge|cost|fee)s?\b|\bfree of (?:charge|cost)\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bwithout (?:any )?(?:charge|cost)\b/giu,
  // The price of what they will buy instead: "I will try something a little more expensive".
  /\b(?:something|one|a model|another(?: \w+)?) (?:a little |a bit |slightly )?(?:more expensive|pricier|costlier)\b/giu,
  // Idioms and asides that name a cost without complaining of ours: "avoid at all costs", "considering toner costs",
  // "which costs a lot anyway", "not worth the hour I sat there" (the hour is the complaint, not a price).
  /\bat (?:all|any) costs?\b|\bconsidering (?:the |how much )?(?:\w+ )?(?:and \w+ )?(?:costs?|prices?|cost)\b|\bwhich (?:costs?|is|was) (?:a lot|so much|plenty|pricey|expensive)(?: anyway)?\b/giu,
  /\bnot worth (?:the|a|my|our|an) (?:\w+ )?(?:hour|hours|minutes|time|wait|trip|drive|effort|hassle|trouble|aggravation|headache|stress|calories)\b/giu,
  // The bill a table waited for is the wait, not the price: "waited 30 minutes for our bill".
  /(?<=\bwait(?:ed|ing)? (?:\w+ ){0,4}for (?:the|my|our|a) )(?:bill|check)\b/giu,
  // A store "billed as the largest in the state" is described, not billed.
  /\bbill(?:ed|ing) (?:itself |themselves )?as\b/giu,
  // A fit the buyer only feared ("I was worried it would not work with my player") is no complaint.
  /\b(?:worried|afraid|concerned|feared|wondered|unsure|not sure)\b[^.!?]{0,30}\b(?:would(?:n't| not)|might not|may not|could(?:n't| not)) work with\b/giu,
  // A printer's manual feed or a camera's manual mode is no instruction manual.
  /\bmanual (?:feed|mode|focus|settings?|override|controls?|tray|transmission|zoom)\b/giu,
  // "Hard to beat for the money" is praise, not a product that is hard to use.
  /\b(?:hard|difficult|tough) to (?:beat|top|fault|argue with|find (?:a |anything )?better)\b/giu,
  /\b(?:can|could|tends? to|will|may|might) (?:\w+ )?(?:be|get) (?:a (?:bit|little) |quite |very |so |really |pretty |rather )?(?:expensive|pricey|costly|spendy)\b/giu,
  // What a product is made to keep away ("claims to minimize cross-interference", "protects against surges") is a
  // feature, unless the reviewer says it failed at it ("does nothing to reduce the noise").
  /(?<!(?:\bnothing|\bnot|n't|\bnever|\bfails?|\bfailed|\bunable|\bdid little|\bno) (?:\w+ )?(?:to )?)\b(?:minimi[sz]es?|minimi[sz]ing|reduces?|reducing|eliminates?|eliminating|prevents?|preventing|cuts? down on|protects? (?:\w+ )?(?:against|from)|protection (?:against|from)|guards? against)\s+(?:the |any |all |most )?(?:[\w-]+\s+){0,2}?[\w-]*(?:interference|noise|static|hum|glare|surges?|spikes?|drops?|dust|scratches|shocks?|damage|feedback|distortion|vibration)\b/giu,
  // Food served at room temperature, a direction to slow down on the road: no guest room, no slowness of ours.
  /\b(?:was|were|is|are|served|came out|came|arrived|at|barely|lukewarm,?) (?:\w+ )?room[- ]temperature\b/giu,
  /(?:^|[.!?]\s+)slow down\b(?= (?:when|as|and|at|on|once|before|after|or you))/giu,
  // An aspect praised in so many words ("while the service was great", "friendly staff") is not what went wrong.
  new RegExp(
    `\\b(?:the )?(?:${ASPECT}) (?:was|were|is|are|has been|have been) ${HEDGE}(?:${PRAISE_WORD})\\b|\\b(?:${PRAISE_WORD})(?<!(?:\\bnot|n't|\\bnever|\\bno) (?:a |the |so |very |that )?\\w+) (?:\\w+ )?(?:${ASPECT})\\b`,
    'giu',
  ),
];

// A sentence about another product the reviewer owned or compared ("my old Sony died") is not about this one.
const OTHER_PRODUCT =
  /\b(?:(?:my|our|the|an?) (?:old|older|previous|prior|former|last|other|first) (?!(?:time|times|visit|visits|night|nights|day|days|week|weeks|month|months|year|years|stay|trip|appointment|meal|order)\b)\w+|compared (?:to|with)|than (?:my|the|our) (?:old|previous|last)|unlike (?:my|the|our)|replac(?:e|ed|ing) (?:my|our)|upgrad(?:e|ed|ing) (?:from|my|our))\b/i;
const THIS_ONE = /\b(?:this|these|the new|my new)\b|^\s*it\b/i;

function maskAsides(text: string, situation: Situation): string {
  let masked = text;
  const blank = (m: string) => ' '.repeat(m.length);
  for (const aside of ASIDES) masked = masked.replace(aside, blank);
  if (situation.sectorGroup === 'retail' || situation.sectorGroup === 'software')
    masked = masked.replace(/[^.!?\n]+[.!?\n]*/g, (sentence) =>
      OTHER_PRODUCT.test(sentence) && !THIS_ONE.test(sentence) ? blank(sentence) : sentence,
    );
  return masked;
}

/** Whether a sentence of the review says the room was never cleaned during the stay. */
const housekeepingMissed = (text: string): boolean =>
  splitSentences(text).some((sentence) => HOUSEKEEPING_MISSED.test(sentence.text.toLowerCase()));
