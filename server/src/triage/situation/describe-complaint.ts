import type { Evidence } from '@rebound/shared';
import type { Sentence } from './sentences.ts';

// Words that end a noun phrase: verbs, prepositions, conjunctions and the like.
const PHRASE_STOP = new Set(
  "a an the this that these those it its is was were are be been being has had have do does did and or but so because for from with without at in on of to into onto by as than then when while which who whom whose what where why how if about after before since until up down out off over under again also just only very really too not no never i me my we us our you your he him his she her they them their there here any some all every each both other another one ones which can could would should will won't wouldn't can't couldn't didn't doesn't don't isn't wasn't weren't aren't even still ever much many more most less least lot lots few same such own though although however anyway almost nearly also just even literally actually completely totally simply already suddenly eventually finally overall yet either neither today tonight yesterday tomorrow now".split(
    ' ',
  ),
);
const VAGUE_HEADS = new Set(
  'thing things stuff product products item items purchase order orders experience experiences place time way money deal unit units one price prices quality service company business store shop website site review reviews people person guy lady part parts kind sort piece day days week weeks month months year years hour hours minute minutes night visit trip problem problems issue issues star stars'.split(
    ' ',
  ),
);
// Other parties: the business is not answerable for them, and "sorry about the seller" reads as nonsense.
const THIRD_PARTIES =
  /(?<![\p{L}])(?:seller|sellers|manufacturer|maker|amazon|ebay|walmart|best buy|ups|fedex|usps|dhl|post office|mailman|courier|shipper|insurance|yelp|google|groupon|uber|doordash|grubhub|ebay|apple|microsoft|sony|samsung|the company)(?![\p{L}])/iu;
const PERSONAL =
  /(?<![\p{L}'’])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours|you|your|you're|yours)(?![\p{L}'’])/iu;

const NOUN_PHRASE = "((?:[a-z][a-z'-]*\\s){0,2}[a-z][a-z'-]*)";

/** A noun phrase right after a purchase or visit verb: "bought this rice cooker" → "the rice cooker". */
const ITEM_CUES: readonly RegExp[] = [
  new RegExp(
    `(?:bought|buy|purchased|purchase|ordered|order|received|got|owned|own|have had|had|tried|used|returned|return|recommend|avoid) (?:this|these|the|a|an|my|our|two|one|both|their) (?:new |brand new |little |cheap |expensive |\\d+ )?${NOUN_PHRASE}`,
    'iu',
  ),
  new RegExp(`(?:brought|took|dropped off|left) (?:my|our|the) ${NOUN_PHRASE} (?:in|to|off|for)`, 'iu'),
  new RegExp(
    `^(?:this|the|my|our) ${NOUN_PHRASE} (?:is|was|has|had|broke|stopped|died|quit|cracked|leaks|leaked|never|doesn't|does not|didn't|did not|won't|will not|can't|cannot|arrived|came)`,
    'iu',
  ),
];

const STAFF_HEADS = new Set(
  'server waiter waitress bartender host hostess staff manager owner employee employees guy lady woman man girl boy receptionist stylist technician tech mechanic doctor dentist nurse agent rep cashier clerk associate chef cook driver'.split(
    ' ',
  ),
);

/** True when every word could sit in a plain noun phrase (no function words, pronouns or names). */
export function isPlainNounPhrase(words: readonly string[]): boolean {
  return words.every((w) => /^[a-z][a-z'-]*$/.test(w) && !PHRASE_STOP.has(w));
}

/** Trims a captured run of words to its leading noun phrase, or null when it does not end in a plausible noun. */
export function cleanNounPhrase(raw: string): string | null {
  const words: string[] = [];
  for (const word of raw.toLowerCase().split(/\s+/)) {
    if (PHRASE_STOP.has(word) || (/(?:ly|ing|ed)$/.test(word) && words.length > 0)) break;
    if (/\d/.test(word)) break;
    words.push(word);
  }
  const head = words[words.length - 1];
  if (!head || head.length < 3 || VAGUE_HEADS.has(head) || PHRASE_STOP.has(head)) return null;
  if (/(?:ly|ful|ous|ive|able|ible|est)$/.test(head)) return null;
  return `the ${words.join(' ')}`;
}

/** The product or service the review is about, when it is named plainly; null when unsure. */
export function findItem(
  title: string | null | undefined,
  sentences: readonly Sentence[],
): { item: string; evidence: Evidence } | null {
  for (const sentence of sentences.slice(0, 4)) {
    for (const cue of ITEM_CUES) {
      const m = cue.exec(sentence.text);
      const raw = m?.[1];
      if (!m || !raw) continue;
      if (/\s\p{Lu}/u.test(raw)) continue;
      const item = cleanNounPhrase(raw);
      if (!item || THIRD_PARTIES.test(item) || STAFF_HEADS.has(item.split(' ').pop() ?? '')) continue;
      const start = sentence.start + m.index + m[0].lastIndexOf(raw);
      return { item, evidence: { text: raw, start, end: start + raw.length } };
    }
  }
  void title;
  return null;
}

// What went wrong, as a predicate that follows its subject: "stopped working after two weeks", "arrived cold".
const FAILURE =
  "(?:stopped (?:working|heating|charging|cooling|spinning|playing|recording|printing|holding a charge|turning on|responding|connecting)|quit (?:working|on (?:me|us))|broke(?: down| apart| in half| in two)?|died|fell apart|came apart|cracked|leaked|leaks|failed|shorted out|burned out|wore out|rusted|peeled|chipped|warped|melted|(?:never|still hasn't|still has not|hasn't|has not) (?:arrived|shown up|showed up|come|came|worked|been fixed|been repaired|been delivered)|arrived (?:broken|damaged|cracked|late|cold|dented|open|opened|used|dead|missing|wrong|incomplete|a week late|days late|soggy)|came (?:broken|damaged|cracked|cold|dead|used|missing|with (?:a|no|missing) [a-z]+)|(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|can't|cannot|could not|couldn't) (?:work|turn on|power on|charge|hold a charge|heat(?: up)?|cool|fit|connect|pair|stay connected|stay on|stay lit|close|lock|open|drain|flush|start|spin|print|play|read|sync|boot|load|respond|last)|(?:is|was|were|are) (?:still )?(?:broken|defective|dead|damaged|cracked|bent|dented|leaking|missing|wrong|incorrect|stale|cold|lukewarm|raw|undercooked|overcooked|burnt|burned|bland|tasteless|soggy|greasy|dry|inedible|rotten|spoiled|expired|moldy|filthy|dirty|disgusting|unclean|rude|dismissive|condescending|unprofessional|overpriced|late|faulty|flimsy|noisy|loud|uncomfortable|out of order|not working|not cleaned|never cleaned|a joke|a disaster|horrible|terrible|awful)(?![a-z]))";
const QUALIFIER =
  '((?: (?:after|within|in) (?:just |only |less than |about |only about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a few|several|a couple of) (?:day|days|week|weeks|month|months|use|uses|hour|hours|minutes|wash|washes)| the (?:next|first|second) (?:day|week|time)| on (?:the )?(?:first|second|third) (?:use|day|try|night))?)';
const SUBJECT =
  "(?:(?:the|my|our|this|that|these|both) ((?:[a-z][a-z'-]*\\s){0,2}?[a-z][a-z'-]*)|(it|they|mine|this|one))";
const CLAIM = new RegExp(
  `(?:^|[,;:(]\\s*|\\b(?:and|but|then|when|because|so|until|now)\\s+)${SUBJECT}\\s+(?:(?:also|just|then|completely|totally|simply|already|literally|even|all|both|suddenly|eventually|finally|actually)\\s+)?(${FAILURE})${QUALIFIER}`,
  'giu',
);

export type Complaint = { subject: string | null; problem: string; evidence: Evidence };

/** Complaints stated as "<subject> <what went wrong>", most negative sentences first. */
export function findComplaints(
  sentences: readonly Sentence[],
  scoreOf: (s: Sentence) => number,
  praised: readonly string[],
): Complaint[] {
  const ordered = [...sentences].sort((a, b) => scoreOf(a) - scoreOf(b));
  const out: Complaint[] = [];
  for (const sentence of ordered) {
    if (
      scoreOf(sentence) > 0.5 ||
      /\?$/.test(sentence.text) ||
      /^(?:if|when you|would|should|hope)/i.test(sentence.text)
    )
      continue;
    for (const m of sentence.text.matchAll(CLAIM)) {
      const nounRaw = m[1];
      const predicateText = `${m[3] ?? ''}${m[4] ?? ''}`.toLowerCase().trim().replace(/\s+/g, ' ');
      if (PERSONAL.test(predicateText)) continue;
      let subject: string | null = null;
      if (nounRaw) {
        subject = cleanNounPhrase(nounRaw);
        if (!subject || THIRD_PARTIES.test(subject)) continue;
        if (praised.includes(subject)) continue;
      }
      const start = sentence.start + (m.index ?? 0);
      out.push({
        subject,
        problem: predicateText,
        evidence: { text: m[0].trim(), start, end: start + m[0].length },
      });
    }
  }
  return out;
}
