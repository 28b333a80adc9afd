import type { IncidentKind } from '@rebound/shared';
import { BODY, findIncidents } from '../triage/situation/incidents.ts';
import { splitSentences } from '../triage/situation/sentences.ts';
import { servedOutOfTurn } from './lead-complaint-frames.ts';
import { cleanPhrase } from './phrase-problem.ts';
import type { Writer } from './writer.ts';

/**
 * How an escalated review's incident is told back: in the reviewer's own terms where they allow, with who was hurt
 * and what happened to them, never what caused it.
 */
// The incident in neutral words: what the reviewer describes, never what we did.
const INCIDENT_WORDS: Partial<Record<IncidentKind, string>> = {
  injury: 'the injury you describe',
  burn: 'the burn you describe',
  fire_smoke: 'the smoke and fire you describe',
  fumes: 'the fumes you describe',
  shattered_glass: 'the glass shattering',
  // Whoever fell ill: the reviewer often writes of a partner or a child.
  food_poisoning: 'the illness you describe after the meal',
  allergen: 'the allergic reaction you describe',
  equipment_failure_risk: 'the failure you describe',
  security: 'the security problems you describe',
  food_safety: 'the out-of-date food you found',
  patient_safety: 'what you describe',
  pests: 'the pests you describe',
  hygiene: 'the hygiene problems you describe',
  privacy: 'the breach of your privacy you describe',
};
/** Meat or shellfish served undercooked, as the holding reply names it. */
export const UNDERCOOKED = 'the undercooked food you describe';
// Incidents in which nobody was hurt (a door that would not lock, pests seen, out-of-date stock): no asking after them.
const UNHURT: ReadonlySet<IncidentKind> = new Set(['security', 'food_safety', 'pests', 'hygiene', 'privacy']);
// Incidents where the item itself is the neutral name ("what happened with the brakes").
const ITEM_INCIDENTS: ReadonlySet<IncidentKind> = new Set([
  'injury',
  'burn',
  'fire_smoke',
  'fumes',
  'shattered_glass',
  'equipment_failure_risk',
]);
// Every incident with neutral words above put a person at risk; the reply asks after them.
const isPersonAtRisk = (kind: IncidentKind): boolean => INCIDENT_WORDS[kind] !== undefined;
export const TREATMENT: ReadonlySet<IncidentKind> = new Set(['discrimination', 'abuse', 'harassment']);

// What the reviewer actually describes, read from the words the incident was found in: smoke is not a fire, and a
// device running hot is neither. Checked in order; the first that fits names the incident.
// A row marked 'doors' is a door or lock that would not keep anyone out: checking them is a precaution the owner can
// take at once, where a theft or a break-in needs more than that.
const AS_TOLD: ReadonlyArray<readonly [IncidentKind, RegExp, string, boolean, 'doors'?]> = [
  // Breathing trouble put down to the air in a room: what the guest went through, not fumes they never mentioned.
  ['fumes', /\brespirat|\bbreath|\basthma|\bsinus|\blungs?\b/i, 'the breathing trouble you describe', true],
  ['fire_smoke', /\b(?:fire|flames?|burst|blew up|exploded)\b/i, 'the fire you describe', true],
  ['fire_smoke', /\bspark/i, 'the sparking you describe', true],
  ['fire_smoke', /\bmelt/i, 'the melting you describe', true],
  // Smoke seen is the graver telling: a cabin filling with smoke is not only a burning smell.
  ['fire_smoke', /\bsmok/i, 'the smoke you describe', false],
  ['fire_smoke', /\bsmell|\bburning\b/i, 'the burning smell you describe', false],
  // An allergen caught before it did harm ("I am allergic. Had to send it back"): no reaction to wish better.
  [
    'allergen',
    /\breact|\bhives\b|swell|swoll|epi-?pen|anaphyla|\brash\b|throat|breath|hospital|\bsick\b|\bill\b|\bshock\b/i,
    'the allergic reaction you describe',
    true,
  ],
  ['allergen', /\ballerg|\bceliac|\bcoeliac|\bintoleran/i, 'being served something you cannot eat', false],
  ['injury', /\bshocks?\b|electrocut/i, 'the electric shocks you describe', true],
  [
    'security',
    /\b(?:asked|offer\w*|sell\w*|sold|buy|peddl\w*|hawk\w*)\b[^|]{0,50}\bstolen\b/i,
    'being offered stolen goods',
    false,
  ],
  ['security', /\b(?:drugs|weed|crack|meth|cocaine|coke|heroin|pills)\b/i, 'being offered drugs', false],
  [
    'security',
    /\bst(?:ole|olen|eal\w*)\b|\btheft|\bthie(?:f|ves)\b|\b(?:was|were|got) taken\b/i,
    'the theft you describe',
    false,
  ],
  [
    'security',
    /\bkey(?: ?card)? (?:to|for) (?:a|the|another) room (?:with (?:people|someone|guests|a guest|other guests)|(?:that was |which was )?(?:already )?(?:occupied|taken))\b/i,
    'being given the key to a room someone was already in',
    false,
  ],
  ['security', /\bbreak[- ]?ins?\b|\bbroken? into\b|\bburglar/i, 'the break-ins you describe', false],
  ['security', /\bvandali[sz]/i, 'the vandalism you describe', false],
  // Malicious software found on goods sold sealed: named as what was found, not as a security lapse of the shop's.
  ['security', /(?<!anti-)\bvirus(?:es)?\b/i, 'the viruses you describe', false],
  [
    'security',
    /\bmalware\b|\btrojans?\b|\bspyware\b|\bransomware\b/i,
    'the malicious software you describe',
    false,
  ],
  ['security', /\bsquatters?\b/i, 'the squatters you describe', false],
  [
    'security',
    /\block(?:s|ed)?\b|\bdeadbolts?\b|\blatch/i,
    'the trouble with the locks you describe',
    false,
    'doors',
  ],
  ['security', /\bpropped open\b/i, 'the doors left open you describe', false, 'doors'],
  [
    'hygiene',
    /\bmasks?\b|\bunmasked\b|distanc|\bcapacity\b/i,
    'the health rules you say were not kept',
    false,
  ],
  ['hygiene', /\bcough|\bsneez|\bsick\b|\bill\b/i, 'the unwell staff member you describe', false],
  [
    'hygiene',
    /\bgloves?\b|\bbare hands?\b|\bwash(?:ed|ing)? (?:their|his|her) hands\b/i,
    'the food handling you describe',
    false,
  ],
  ['hygiene', /\bmou?ldy?\b|\bmildew/i, 'the mould you describe', false],
  ['hygiene', /\bsew(?:age|er)\b/i, 'the sewage you describe', false],
  [
    'hygiene',
    /\b(?:tools|instruments|implements|clippers|nail files|foot ?(?:bath|tub|bowl|spa)s?|pedicure (?:bowls?|tubs?)|basins?|bowls?)\b/i,
    'the unclean tools you describe',
    false,
  ],
  [
    'hygiene',
    /\bdirt(?:y)?\b|\bfilth(?:y)?\b|\bgrim(?:e|y)\b|\bunclean\b|\bfood (?:left )?(?:under|behind|on) the\b/i,
    'the dirt you describe',
    false,
  ],
  // Meat or shellfish served raw: what was on the plate, as the diner tells it, not food past its date.
  [
    'food_safety',
    /\b(?:raw|uncooked|undercooked|under-cooked|pink|bloody|not (?:fully |properly |even )?cooked)\b/i,
    UNDERCOOKED,
    false,
  ],
  // A clinician who would not hear the patient out or run the test they asked for: told as the patient's account,
  // conceding nothing, and with no wish that they mend, since the review tells of no harm done.
  [
    'patient_safety',
    /(?:didn't|did not|wouldn't|would not|never|refused to) (?:even )?(?:test|listen|take (?:me|it|my \w+|us) seriously)\b/i,
    'your concerns not being taken seriously, as you describe',
    false,
  ],
  // A pet's care left to lapse: nobody was hurt, and the reply names what lapsed rather than asking after anyone.
  [
    'patient_safety',
    /\b(?:rabies|vaccin\w*|shots?|boosters?)\b/i,
    'the overdue vaccinations you describe',
    false,
  ],
  [
    'patient_safety',
    /\b(?:scripts|prescriptions?|medications?|medicines?|meds)\b[^|]{0,12}\b(?:not|never)\b/i,
    'the unfilled prescriptions you describe',
    false,
  ],
  ['pests', /\bbed ?bugs?\b/i, 'the bed bugs you describe', false],
  ['pests', /\b(?:cock)?roach(?:es)?\b/i, 'the cockroaches you describe', false],
  ['pests', /\b(?:mice|mouse|rats?|rodents?)\b/i, 'the rodents you describe', false],
  ['pests', /\bants\b/i, 'the ants you describe', false],
  // The creature the reviewer names, where one word names it: "the gnats", not "the insects".
  ['pests', /\bgnats?\b/i, 'the gnats you describe', false],
  ['pests', /\b(?:fruit ?)?flies\b/i, 'the flies you describe', false],
  ['pests', /\bmaggots?\b/i, 'the maggots you describe', false],
  ['pests', /\bfleas?\b/i, 'the fleas you describe', false],
  ['pests', /\bspiders?\b/i, 'the spiders you describe', false],
  ['pests', /\bcentipedes?\b/i, 'the centipedes you describe', false],
  ['pests', /\bscorpions?\b/i, 'the scorpions you describe', false],
  [
    'pests',
    /\b(?:centipedes?|earwigs?|silverfish|scorpions?|beetles?|insects?|bugs)\b/i,
    'the insects you describe',
    false,
  ],
  ['pests', /\bbites?\b|\bbitten\b/i, 'the bites you describe', true],
  ['equipment_failure_risk', /\bbrakes?\b/i, 'the brake trouble you describe', true],
  ['equipment_failure_risk', /\bsteering\b/i, 'the steering trouble you describe', true],
  ['equipment_failure_risk', /\belevators?\b/i, 'the elevator fault you describe', false],
  ['equipment_failure_risk', /\blifts?\b/i, 'the lift fault you describe', false],
  ['equipment_failure_risk', /\bhot\b|overheat/i, 'the overheating you describe', false],
  [
    'equipment_failure_risk',
    /\bfuses?\b|\bshort(?:ed|s)? out\b|\bshort[- ]circuit|\bdead short\b|\bshorted\b/i,
    'the electrical fault you describe',
    false,
  ],
  [
    'equipment_failure_risk',
    /safety|negligen|at risk|in danger|unsafe|dangerous|fatal|deadly|\bkill/i,
    'the danger you describe',
    false,
  ],
];

// Faults told by what the goods did rather than by the item read, which may be another device they harmed.
const TOLD_BEFORE_ITEM: ReadonlySet<string> = new Set([
  'the overheating you describe',
  'the electrical fault you describe',
  'the sparking you describe',
  'the melting you describe',
]);

// How someone was treated, in neutral words read from what the reviewer describes: never that it happened as told.
const TREATED_AS_TOLD: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:yell|shout|scream|curs|cuss|swor|swear|obscenit|profanit|names?\b)/i, 'how you were spoken to'],
  [
    /\b(?:follow|watch|star|leer|gawk|ogl|film|record|photograph|creep|pervert|inappropriate|sleazy)/i,
    'the behaviour you describe',
  ],
  // "She got in my face", "got very aggressive with us": how a member of staff confronted them.
  [/\b(?:in (?:my|our|his|her) face|aggressive|threatening|physical)\b/i, 'how you were confronted'],
];

// Other customers greeted, helped or served first, as the reviewer tells it.
const PASSED_OVER =
  /\b(?:customers?|guests?|patrons?|people|lady|woman|man|couple|family)\b[^|]{0,60}\b(?:greet\w*|help\w*|serv(?:e|ed|ing)|waited on|seated)\b/i;

// The reviewer sets how they were treated beside how other customers were: "I watched you accept everyone else's card".
const TREATED_UNLIKE_OTHERS =
  /\b(?:everyone else(?:['’]s)?|every other (?:customer|client|guest|patron)|(?:the )?other (?:customers?|clients?|guests?|patrons?|people)|(?:white|caucasian|black|asian|hispanic) (?:customers?|clients?|guests?|patrons?|people))\b/i;

// A disability or a mobility aid, as told where access was the matter.
const ACCESS =
  /\b(?:muscular dystrophy|multiple sclerosis|cerebral palsy|parkinson['’]?s|paraplegic|quadriplegic|amputee|prosthetic|spina bifida|wheelchairs?|walker|mobility (?:scooter|issues?|problems?|aid)|disabled|handicapped|crutches)\b/i;

// Remarks about race, sex or faith, as the reviewer tells them: named as remarks, not as treatment in general.
const REMARKS =
  /\b(?:racial(?:ly)?|racist|sexist|homophobic|bigoted|offensive|derogatory)\b[^|.!?]{0,40}\b(?:comments?|remarks?|jokes?|language|slurs?)\b|\b(?:comments?|remarks?|jokes?)\b[^|.!?]{0,30}\b(?:racial|racist|sexist|homophobic|about my (?:race|skin|colou?r|religion|accent))\b|\bslurs?\b/i;

const PASSED_OVER_ACCOUNT = 'your account of being passed over while other customers were helped';
const UNLIKE_OTHERS_ACCOUNT = 'your account of being treated differently from other customers';
/** The treatment told as one the reviewer set beside how other customers were treated. */
export const UNEQUAL_ACCOUNTS: ReadonlySet<string> = new Set([PASSED_OVER_ACCOUNT, UNLIKE_OTHERS_ACCOUNT]);

/**
 * How the reviewer says they were treated, for an escalated review of abuse, harassment or discrimination, where the
 * review may be quoted; null where it is not clear enough to name, and the reply stays general.
 */
export function treatmentAsTold(w: Writer, reviewText?: string): string | null {
  const kinds = w.situation.incidents.filter((k) => TREATMENT.has(k));
  if (kinds.length === 0 || !w.canQuote || w.profile.regulated) return null;
  const said = w.situation.evidence.map((e) => e.text).join(' | ');
  if (kinds.includes('discrimination')) {
    // A guest with a disability sent where they could not easily go: named as the access it was, not as treatment.
    if (ACCESS.test(said)) return 'the access difficulty you describe';
    if (PASSED_OVER.test(said) || (reviewText !== undefined && servedOutOfTurn(reviewText)))
      return PASSED_OVER_ACCOUNT;
    if (REMARKS.test(reviewText ?? said)) return 'the remarks you report';
    return reviewText !== undefined && TREATED_UNLIKE_OTHERS.test(reviewText)
      ? UNLIKE_OTHERS_ACCOUNT
      : 'the treatment you describe';
  }
  return TREATED_AS_TOLD.find(([pattern]) => pattern.test(said))?.[1] ?? null;
}

/**
 * The first at-risk incident, in the reviewer's terms where its wording allows, whether someone was hurt, and
 * whether it is about doors and locks (security told in no narrower words counts as that).
 */
export function incidentAsTold(
  w: Writer,
): { kind: IncidentKind; words: string | null; hurt: boolean; doors: boolean } | null {
  const kind = w.situation.incidents.find(isPersonAtRisk);
  if (!kind) return null;
  const said = w.situation.evidence.map((e) => e.text).join(' | ');
  const told = AS_TOLD.find(([k, pattern]) => k === kind && pattern.test(said));
  const hurt = told ? told[3] : !UNHURT.has(kind);
  if (!w.canQuote || w.profile.regulated) return { kind, words: 'what you describe', hurt, doors: false };
  const doors = kind === 'security' && (told ? told[4] === 'doors' : true);
  const item = w.situation.confidence === 'high' ? cleanPhrase(w.situation.item) : null;
  // Goods that ran hot or shorted may have harmed something else of the reviewer's ("the cord cooked my iPod"): the
  // item read may be what was harmed, so the fault is told as the reviewer tells it.
  if (item && ITEM_INCIDENTS.has(kind) && !(told && TOLD_BEFORE_ITEM.has(told[2])))
    return { kind, words: `what happened with ${item}`, hurt, doors };
  return { kind, words: told?.[2] ?? INCIDENT_WORDS[kind] ?? 'what you describe', hurt, doors };
}

// Other ways to end the incident's name than "you describe", so a page of holding replies does not share one frame.
// "In your review" only closes the phrase: "the illness in your review after the meal" would not read.
// None ends on "about", which the concern often opens with ("reading about the pests you write about").
const TOLD_TAILS = [' you describe', ' you mention', ' you report', ' in your review'];

/** The incident's words with the first ending the business's latest replies did not use, "you describe" first. */
export function varyTail(w: Writer, words: string): string {
  if (!words.includes(' you describe') || words === 'what you describe') return words;
  const fits = TOLD_TAILS.filter((tail) => tail !== ' in your review' || words.endsWith(' you describe'));
  const unused = fits.find((tail) => w.usedInLatest(12, (reply) => reply.includes(`${tail}`)) === 0);
  const tail = unused ?? w.pickBy(fits, 'incident-tail', (option, reply) => reply.includes(option));
  return words.replace(' you describe', tail);
}

// Someone besides the reviewer in the sentence the incident was found in: a partner, a child, a friend, "we".
const OTHERS =
  /\b(?:we|us|our|he|him|his|she|her|both(?! (?:ears|eyes|hands|feet|legs|arms|knees|wrists|ankles|sides|cheeks|thumbs))|all of us|each of us|together|everyone|everybody|(?:my|our|the) (?:wife|husband|son|sons|daughter|daughters|kids?|children|child|family|friends?|partner|boyfriend|girlfriend|mom|mum|dad|mother|father|baby|babies|grandson|granddaughter|sister|brother|guests?|party|group|dog|cat))\b/i;
// The reviewer, however they write "I": reviews typed in lower case say "i was sick".
const REVIEWER = /\b(?:i|me|my)\b/i;

/** The sentence of the review the evidence was found in, or the evidence alone where the review is not at hand. */
function sentenceOf(
  evidence: { text: string; start: number },
  reviewText: string | undefined,
): string | null {
  if (reviewText === undefined) return evidence.start === 0 ? evidence.text : null;
  const before = reviewText.slice(0, evidence.start);
  const from = Math.max(...['.', '!', '?', '\n'].map((stop) => before.lastIndexOf(stop))) + 1;
  const after = reviewText.slice(evidence.start).search(/[.!?\n]/);
  return reviewText.slice(from, after < 0 ? undefined : evidence.start + after);
}

/**
 * Whether the reviewer alone was hurt: they speak of themselves where the incident is told, and of nobody else.
 * Without the review's sentence to read, only an incident told at its very start ("I slipped…") is sure enough;
 * anything unsure asks after everyone, as a partner or a child is often the one hurt.
 */
export function hurtAlone(w: Writer, reviewText: string | undefined): boolean {
  // A review told wholly in the first person singular, with nobody of theirs in it, was one person's visit.
  if (
    reviewText !== undefined &&
    !WE.test(reviewText) &&
    !PARTY_NAMED.test(reviewText) &&
    !COMPANY.test(reviewText) &&
    kinIn(reviewText).length === 0
  )
    return true;
  const sentences = w.situation.evidence.map((e) => sentenceOf(e, reviewText));
  if (sentences.length === 0 || sentences.some((s) => s === null)) return false;
  const said = sentences.join(' | ');
  // "My eye burned once she had finished": the body hurt is the reviewer's, whoever else the sentence speaks of,
  // unless one of their people or a whole party is named there too.
  const ownBodyOnly = OWN_BODY.test(said) && !PARTY_NAMED.test(said) && kinIn(said).length === 0;
  return REVIEWER.test(said) && (!OTHERS.test(said) || ownBodyOnly);
}

const WE = /\b(?:we|us|our|ours|we're|we've|we'd|we'll)\b/i;
const COMPANY =
  /\b(?:the|my|a) (?:wife|husband|sons?|daughters?|kids?|children|child|family|friends?|partner|boyfriend|girlfriend|mom|mum|dad|mother|father|bab(?:y|ies)|grandson|granddaughter|sister|brother|guests?|party|group|dog|cat)\b(?! member)/i;
// A whole party named as such ("all of us", "everyone"); "we were done" with the stylist is not one.
const PARTY_NAMED =
  /\b(?:both of us|all of us|each of us|everyone|everybody|(?:two|three|four|five|six|several|most) of us|we (?:all|both)|(?:my|our) (?:kids|children|family|friends|sons|daughters|parents|guests|party|group))\b/i;
const OWN_BODY =
  /\bmy (?:right |left |poor )?(?:eyes?|eyelids?|lashes|eyelashes|brows?|skin|scalp|face|neck|back|head|arms?|hands?|fingers?|thumbs?|legs?|feet|foot|toes?|knees?|ankles?|wrists?|shoulders?|mouth|lips?|tongue|teeth|tooth|gums?|ears?|nose|chest|stomach|hair|nails?)\b/i;

// The reviewer's own people and pets, named back as theirs: "your husband", "your dog".
const KIN =
  /\b(?:my|our) (husband|wife|partner|son|daughter|child|baby|toddler|boyfriend|girlfriend|mother|mum|mom|father|dad|sister|brother|grandson|granddaughter|grandmother|grandfather|friend|dog|puppy|pup|cat|kitten)\b/gi;
const HE = /^(?:husband|son|boyfriend|father|dad|brother|grandson|grandfather)$/;
const SHE = /^(?:wife|daughter|girlfriend|mother|mum|mom|sister|granddaughter|grandmother)$/;
// More than one person hurt, or a whole party: the reply asks after everyone rather than naming one. "Both" counts
// for people ("we both", "both of us", "both got sick"), not in "the guy that both took my order and cooked my food".
const GROUP =
  /\b(?:(?:we|us|they|i|them|were|are|got|fell|felt) both|both(?= (?:of|my|our|got|were|became|fell|felt|ended|had|are|ate|threw|suffered|spent|woke|needed)\b)|all of us|each of us|everyone|everybody|(?:two|three|four|five|six|several|most) of us|we (?:all|both)|(?:we|us) (?:got|were|became|fell|felt|ended|had to)|(?:my|our) (?:kids|children|family|friends|sons|daughters|parents|guests|party|group)|and (?:my|our|his|her) \w+ (?:both|all|were|got|became))\b/i;

// Verbs of finding or seeing a harm, which tell who noticed it rather than who was hurt.
const FOUND = '(?:\\w+ )?(?:looked|found|noticed|saw|spotted|discovered|checked|pointed out)\\b';

/** Who was hurt, as the reply names them: the reviewer, or one of their people or pets; null when unsure. */
export type Hurt = { who: string; pronoun: string; is: string; whose: string; together?: boolean };

const kinIn = (text: string): string[] => [
  ...new Set([...text.matchAll(KIN)].map((m) => (m[1] ?? '').toLowerCase())),
];

/** The sentences of the review the incident itself was found in (what happened, never the wait or the bill). */
export function incidentSentences(w: Writer, reviewText: string): { text: string; start: number }[] {
  const kinds = new Set(w.situation.incidents);
  return findIncidents(reviewText, splitSentences(reviewText), w.situation.sectorGroup)
    .filter((f) => kinds.has(f.kind))
    .flatMap((f) => {
      const text = sentenceOf(f.evidence, reviewText);
      return text === null ? [] : [{ text, start: f.evidence.start }];
    });
}

/**
 * Who was hurt, read from the sentences that tell the incident: one of the reviewer's people or pets named there
 * (or spoken of before, where the sentence says only "he" or "she"), else the reviewer speaking of themselves
 * alone. Null when a group was hurt or it is unsure, and the reply asks after everyone.
 */
export function whoWasHurt(w: Writer, review: string): (Hurt & { said: string }) | null {
  const reviewText = withoutLeftOut(review);
  const sentences = incidentSentences(w, review);
  const said = withoutLeftOut(sentences.map((s) => s.text).join(' | '));
  if (sentences.length === 0) return null;
  if (GROUP.test(said)) return familyHurt(reviewText);
  // "My husband looked closer and found he had been nicked": whoever found the harm is not who suffered it.
  const named = kinIn(said).filter((kin) => !new RegExp(`\\b(?:my|our) ${kin} ${FOUND}`, 'i').test(said));
  const first = Math.min(...sentences.map((s) => s.start));
  const spokenOf = named.length === 0 && THIRD.test(said) ? kinIn(reviewText.slice(0, first)) : named;
  // "I got sick after eating here with my wife": the reviewer hurt, the wife only there; unsure, so no one is named.
  if (spokenOf.length > 1 || (spokenOf.length === 1 && I_HURT.test(said))) return null;
  const kin = spokenOf[0];
  if (!kin) {
    if (REVIEWER.test(said) && !OTHERS.test(said))
      return { who: 'you', pronoun: 'you', is: 'are', whose: 'your', said };
    // The incident told in general words ("it wasn't full-on food poisoning"), the group hurt said elsewhere.
    return GROUP.test(reviewText) ? familyHurt(reviewText) : null;
  }
  const who = `your ${kin}`;
  return { who, pronoun: pronounFor(kin, said) ?? who, is: 'is', whose: `${who}'s`, said };
}

// People of the reviewer's said to have been left out of what harmed them: "the only meal I did not share with my
// family", "I ate it without the kids". They were not hurt, so they are not asked after.
const LEFT_OUT =
  /\b(?:(?:did not|didn't|never|not) (?:\w+ )?(?:share|shared|sharing|eat|ate|eating|order|ordered|go|went|come|came)\b[^.!?|]{0,20}?\bwith|without|except(?: for)?|apart from) (?:my|our) (?:family|kids|children|friends|sons|daughters|parents|guests|party|group|husband|wife|partner|boyfriend|girlfriend)\b/gi;
const withoutLeftOut = (text: string): string => text.replace(LEFT_OUT, '');

// The reviewer's household named as a whole, or one relation besides them: "my boys", "my husband".
const HOUSEHOLD =
  /\b(?:my|our) (kids|children|boys|girls|sons|daughters|family|husband|wife|partner|boyfriend|girlfriend|friends|parents)\b/gi;

/**
 * A group hurt that is the reviewer and one kind of their people ("all three of us… my boys… me too"): asked after as
 * "you and your boys". Null where the group holds more than one kind of person, or names none.
 */
export function familyHurt(reviewText: string): (Hurt & { said: string }) | null {
  const kinds = new Set([...reviewText.matchAll(HOUSEHOLD)].map((m) => (m[1] ?? '').toLowerCase()));
  const singles = kinIn(reviewText).filter((k) => !PET.test(k) && !kinds.has(k));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined || singles.length > 0) return null;
  const who = `you and your ${kind}`;
  const two = /^(?:husband|wife|partner|boyfriend|girlfriend)$/.test(kind);
  // "Three of us… my husband": someone else was there too, so the pair would leave them out.
  const counted = COUNTED.exec(reviewText)?.[1]?.toLowerCase();
  if (counted && (counted === 'two') !== two) return null;
  return {
    who,
    pronoun: 'you',
    is: two ? 'are both' : 'are all',
    whose: `${who}'s`,
    together: true,
    said: '',
  };
}
const PET = /^(?:dog|puppy|pup|cat|kitten)$/;
const COUNTED = /\b(two|three|four|five|six|seven|eight) of us\b/i;

// Harm the reviewer passes on from others ("folks have already reported being injured forcing the cover open"):
// a danger to look into, not a person of theirs to ask after.
const OTHERS_REPORTED =
  /\b(?:folks|people|others|other (?:buyers|users|owners|customers|reviewers)|customers|users|owners|reviewers|several|many|some)\b[^.!?]{0,30}\b(?:reported|report|reporting|say|said|mention(?:ed)?|complain(?:ed)?)\b[^.!?]{0,30}\b(?:injur\w*|hurt|burn\w*|cut|shock\w*)/i;

/** Whether every sentence that tells of the harm passes it on from others rather than telling of the reviewer's own. */
export function harmReportedByOthers(w: Writer, reviewText: string | undefined): boolean {
  if (reviewText === undefined) return false;
  const sentences = incidentSentences(w, reviewText);
  return sentences.length > 0 && sentences.every((s) => OTHERS_REPORTED.test(s.text));
}

const I_HURT =
  /\b[Ii] (?:got|was|became|felt|ended|had|spent|threw|fell|slipped|tripped|cut|burned|burnt|broke|needed)\b/;
const THIRD = /\b(?:he|him|his|she|her)\b/i;
const HIM = /\b(?:he|him|his)\b/i;
const HER = /\b(?:she|her)\b/i;

/** "He" or "she" where the relation or the review's own pronouns say which; null for a pet or a friend unsaid. */
function pronounFor(kin: string, said: string): string | null {
  if (HE.test(kin)) return 'he';
  if (SHE.test(kin)) return 'she';
  if (HIM.test(said) && !HER.test(said)) return 'he';
  if (HER.test(said) && !HIM.test(said)) return 'she';
  return null;
}

// What happened to them, in the words of the harm itself: never its cause. Checked in order.
const HARMS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:cut|cuts|gash(?:ed)?|nick(?:ed)?|lacerat\w*|sliced)\b(?! (?:(?:his|her|my|their|the) )?(?:nails?|hair|fur|coat|bangs|fringe))/i,
    'cut',
  ],
  [/\bburn(?:s|t|ed)?\b/i, 'burn'],
  [/\bbruis\w*/i, 'bruising'],
  [/\bscratch(?:es|ed)?\b/i, 'scratches'],
  [/\brash\b/i, 'rash'],
  [/\b(?:bitten|bit (?:me|him|her|my|his)|a bite)\b/i, 'bite'],
  [/\b(?:fell(?! asleep| in love| apart)|slipped|tripped|a fall)\b/i, 'fall'],
];
// Where on the body, as the reviewer said it: "a cut on his ear", "cut my foot".
// A person's body parts as the incident finder knows them, and a pet's besides.
const BODY_PART = new RegExp(
  `\\b(?:on|to|in|cut|burn(?:ed|t)?|scratched) (?:my|his|her|their|the) (${BODY}|paws?|tail|belly|nose|chin|knees?|ankle)\\b`,
  'i',
);

/** The harm told in neutral words with whose it was ("the cut on your dog's ear", "your husband falling ill"). */
export function harmWords(kind: IncidentKind, hurt: Hurt, said: string): string | null {
  if (kind === 'food_poisoning') return `${hurt.who} falling ill after the meal`;
  // A household hurt together has no one body to name the harm on.
  if (hurt.together) return null;
  if (kind === 'allergen') return `${hurt.whose} allergic reaction`;
  if (kind !== 'injury' && kind !== 'burn' && kind !== 'shattered_glass') return null;
  const harm = HARMS.find(([pattern]) => pattern.test(said))?.[1];
  if (!harm) return null;
  const part = harm === 'fall' ? undefined : BODY_PART.exec(said)?.[1]?.toLowerCase();
  if (part) return `the ${harm} on ${hurt.whose} ${part}`;
  // "Your bite" would read as one the reviewer gave.
  return harm === 'bite' ? null : `${hurt.whose} ${harm}`;
}

/** The incident that put a person at risk, in neutral words; null when there is none. */
export function incidentWords(w: Writer): string | null {
  return incidentAsTold(w)?.words ?? null;
}

// What the goods fed or sat in, as the reviewer names it: "the adapter", "the charger".
const FEEDER_NAMED =
  /\b(adapters?|adaptors?|chargers?|power (?:supply|adapter|cord|cable|brick|pack|bank)|cords?|cables?|batter(?:y|ies)|surge protectors?|power strips?|inverters?|transformers?)\b/i;
// Devices of the reviewer's that goods feeding them can harm.
const HARMED_DEVICES =
  'cameras?|camcorders?|handycams?|laptops?|notebooks?|computers?|pcs?|macbooks?|powerbooks?|ipods?|iphones?|phones?|smartphones?|mp3 players?|ipads?|tablets?|kindles?|pdas?|gps|radios?|consoles?|motherboards?|(?:hard|external) drives?|tvs?|televisions?|monitors?|printers?|routers?|modems?|remotes?|flashlights?|speakers?|headphones?|receivers?|stereos?|(?:dvd|cd|blu-?ray) players?';
// The other device the goods are said to have wrecked, or made to stop working, as named where the damage is told;
// software that froze or wiped a computer which will not start since is told the same way.
const DEVICE_HARMED = new RegExp(
  `\\b(?:killed|fried|ruined|destroyed|damaged|blew (?:out|up)|burn(?:ed|t) out|shorted(?: out)?|bricked|wrecked|cooked|toasted|corroded|leak\\w*|froze|crashed|corrupted|wiped|trashed)\\b[^|]{0,70}?\\b(?:(?:my|our|his|her|the|both) (?:[\\w-]+ ){0,2}?|(?:and|&) (?:my|our|the|both|two|2|three|3|several) (?:[\\w-]+ )?)(${HARMED_DEVICES})\\b|\\b(?:because of|made|caused)\\b[^|]{0,60}?\\b(?:my|our) (?:[\\w-]+ ){0,2}?(${HARMED_DEVICES}) (?:to )?(?:stop|stopped|die|died|quit|no longer|will not|won't|is dead|went dead|broke|break|fail)`,
  'i',
);
// The player the goods were left jammed in, or that is said to be broken since: "now jammed in my tape deck".
const PLAYER_JAMMED =
  /\b(?:jammed|stuck|lodged) in (?:my|our|the) (?:car'?s? )?(tape deck|cd deck|cassette deck|car stereo|stereo|cd player|dvd player|disc drive)\b|\b(tape deck|cd deck|cassette deck|car stereo|cd player|dvd player|disc drive)\b[^|]{0,30}\bnow (?:broken|ruined|destroyed|dead|useless)\b/i;
// Water and mould in a home, named as the reviewer tells them.
const FLOODED =
  /\bflood\w*|\bwater (?:came|poured|leaked|damage)|\bleak(?:s|ed|ing)? (?:in|into|through|from)/i;
const MOULD = /\bmou?ld(?:y)?\b|\bmildew/i;
// A vehicle the reviewer says was damaged while it was in for work: "they dented our oil pan", "scratched my bumper".
const VEHICLE_DAMAGED =
  /\b(?:dented|damaged|cracked|scratched|bent|punctured|scraped|broke|stripped)\b (?:our|my|the) (oil pan|bumper|rims?|wheels?|windshield|windscreen|engine|transmission|paint(?:work)?|car|truck|vehicle|van)\b/i;
const CAR_SAID = /\b(?:car|truck|vehicle|van|suv|transmission|engine)\b/i;
// Marks the reviewer found on the vehicle, told as nouns: "paint chips around my windshield", "scratches to the
// interior", "a dent in the door".
const VEHICLE_MARKED =
  /\b(?:paint chips?|chips? in the paint|scratch(?:es)?|dents?|dings?|damage) (?:on|to|around|in|along) (?:my|our|the) (?:car'?s? |truck'?s? )?(?:interior|windshield|windscreen|bumper|doors?|hood|bonnet|paint(?:work)?|car|truck|vehicle|van|fender|rims?|dash(?:board)?|seats?)\b/i;
// Something paid for and never received, over which the reviewer threatens the law: "I never received the 4-year
// plan", "never got my rebate".
const NEVER_RECEIVED =
  /\bnever (?:received|got|was sent|were sent) (?:the|my|our) ((?:[\w-]+ ){0,2}?(?:plan|rebate|refund|warranty|contract|policy|certificate|card|voucher|credit|check|cheque|order|item|parts?|package))\b/i;
// A charge for finding the fault, which the reviewer disputes: "cost me almost 400 dollars for the diagnostic".
const DIAGNOSTIC_CHARGED =
  /\b(?:cost|charged?|paid|pay)\b[^.!?]{0,40}\bfor (?:the |a |their )?(?:diagnostics?|diagnosis|inspection)\b/i;

// Devices whose names are not written in lower case: "iPods", "TV", "PowerBook".
const DEVICE_CASED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ipod/, 'iPod'],
  [/^iphone/, 'iPhone'],
  [/^ipad/, 'iPad'],
  [/^macbook/, 'MacBook'],
  [/^powerbook/, 'PowerBook'],
  [/^(?:tv|pc|pda|gps|mp3|dvd|cd)/, ''],
];

/** A device as a reply writes it: "ipods" is "iPods", "tv" is "TV", "mp3 player" is "MP3 player". */
function deviceCased(device: string): string {
  const row = DEVICE_CASED.find(([pattern]) => pattern.test(device));
  if (!row) return device;
  return device.replace(row[0], (start) => row[1] || start.toUpperCase());
}

/**
 * The matter behind an escalated review that put nobody's body at risk (a damages claim, a home left wet and
 * mouldy), in neutral words, for a holding reply that would otherwise name nothing; null where none is clear.
 */
export function matterAsTold(w: Writer, reviewText: string | undefined): string | null {
  if (reviewText === undefined || !w.canQuote || w.profile.regulated) return null;
  if (!w.situation.incidents.includes('legal_threat')) return null;
  const said = w.situation.evidence.map((e) => e.text).join(' | ');
  const harmed = DEVICE_HARMED.exec(said);
  const device = (harmed?.[1] ?? harmed?.[2])?.toLowerCase();
  // A car's battery run flat by the goods is something they harmed, not what fed the device.
  const feeder = FEEDER_NAMED.exec(reviewText.replace(/\bcar batter(?:y|ies)\b/gi, ' '))?.[1]?.toLowerCase();
  const named = device && deviceCased(device);
  if (named && feeder && !feeder.includes(device))
    return `what happened with the ${feeder} and your ${named}`;
  // Goods bought to guard the device they are said to have wrecked name no feeder: the device alone, told neutrally.
  if (named) return `what happened to your ${named}`;
  // A player the goods were left jammed in: "what happened to your tape deck".
  const jammed = PLAYER_JAMMED.exec(said);
  const player = (jammed?.[1] ?? jammed?.[2])?.toLowerCase();
  if (player) return `what happened to your ${player}`;
  const mould = MOULD.test(reviewText);
  const flood = FLOODED.test(reviewText);
  if (mould && flood) return 'the flooding and the mould you describe';
  if (mould) return 'the mould you describe';
  if (flood) return 'the flooding you describe';
  // Damage told as the reviewer's account, and a disputed charge by what it was for: neither conceded. Never
  // "diagnostic", which the reply check reads as a detail of someone's health.
  const part = VEHICLE_DAMAGED.exec(reviewText)?.[1]?.toLowerCase();
  if (part) return `the damage you describe to your ${part}`;
  if (VEHICLE_MARKED.test(reviewText) && CAR_SAID.test(reviewText))
    return 'the damage you describe to your car';
  const owed = NEVER_RECEIVED.exec(reviewText)?.[1]?.toLowerCase();
  if (owed) return `what happened with the ${owed}`;
  if (DIAGNOSTIC_CHARGED.test(reviewText) && CAR_SAID.test(reviewText))
    return 'the charge for finding the fault with your car';
  return null;
}
