import type { SectorGroup } from '@rebound/shared';
import { type Aspect, readAspects, sayAspect } from '../triage/situation/aspects.ts';
import { isOutsideBusiness } from '../triage/situation/describe-complaint.ts';
import { readsCleanly } from './spelling.ts';

// What a reviewer says of people's manner is told back as done to them: "our waiter was rude to you".
const TO_YOU =
  /^(?:rude|dismissive|unfriendly|unhelpful|condescending|impatient|curt|disrespectful|hostile|aggressive|argumentative|pushy|arrogant)$/;
const PRICE_WORDS = /^(?:expensive|pricey|overpriced|costly|dear|steep|exorbitant)$/i;
// What it cost, however it is described: "the price was too high", "the rates were steep".
const PRICE_SUBJECT = /\b(?:price|prices|pricing|rates?|cost|costs)$/i;
// "The food" or "the meal" says less than any dish: with a dish named, the general word is left out.
const GENERAL = /^(?:the|your) (?:food|meal|order|product|item|room|place)$/;
// The reviewer's own people: "my 80 year old parents" describes who came, never something that went wrong.
const THEIR_PEOPLE =
  /\b(?:husband|wife|partner|spouse|sons?|daughters?|kids?|children|child|baby|family|friends?|mother|mum|mom|father|dad|parents?|grandparents?|grand(?:mother|father|ma|pa|son|daughter|kids?|children)|brother|sister|boyfriend|girlfriend|fianc[ée]e?|in-laws?|colleagues?|boss)$/i;

/** Whether the business sells goods or software rather than a visit. */
const shopSector = (sector: SectorGroup): boolean => sector === 'retail' || sector === 'software';

/**
 * The faults the reviewer named, told back in their own words: "the queso fundido was runny and greasy, and the
 * portion was so skimpy". Only descriptions are used, never bare verdicts; at most two things, or three that
 * share one description ("the chicken, the moussaka and the falafel were cold"). Null when the review names none.
 */
export function toldFaults(
  text: string,
  sector: SectorGroup,
  opts: { people?: boolean; except?: string } = {},
): string | null {
  const said = opts.except?.toLowerCase() ?? '';
  const faults = readAspects(text)
    .map((a) => withoutCutObjects(text, a))
    .filter((a): a is Aspect => a !== null)
    .filter(
      (a) =>
        a.polarity === 'negative' &&
        a.descriptive &&
        (opts.people !== false || !a.staff) &&
        // A misspelt word read back to the reviewer looks careless.
        readsCleanly(a.subject) &&
        !THEIR_PEOPLE.test(a.subject) &&
        // "Parking is tough": nothing the business did, and told back it reads as owning it.
        !isOutsideBusiness(a.subject) &&
        // "The crust was super thin and perfectly chewy": a description in a sentence of praise is not a fault.
        !praisedWhereSaid(text, a.start, a.subject) &&
        // A thing the reply already named is not named again.
        !said?.includes(a.subject.replace(/^(?:the|your|our) /, '')) &&
        // Nor is the same description of something said again under another name ("the cut", "the beef").
        !(said && a.words.every((word) => new RegExp(`\\b${word}\\b`).test(said))),
    );
  // "The headphones are so expensive" told back by the shop that set the price reads oddly, and beside a fault it is
  // the lesser grievance: a price said as a description is told back only by a venue, and only when it is all there is.
  const shop = shopSector(sector);
  // A cheap meal or room is often what the reviewer went looking for: at a venue, "cheap" is a price, not a fault.
  const priced = faults.filter(
    (a) =>
      PRICE_SUBJECT.test(a.subject) ||
      a.words.every((word) => PRICE_WORDS.test(word) || (!shopSector(sector) && /^cheap$/i.test(word))),
  );
  const faulted = faults.filter((a) => !priced.includes(a));
  // Beside a grievance already named (`except`), the price is never the fault added: "I am sorry as well that the
  // price was too high" would concede it.
  const kept = shop || faulted.length > 0 || opts.except !== undefined ? faulted : faults;
  const specific = kept.filter((a) => !GENERAL.test(a.subject));
  const chosen = specific.length > 0 ? specific : kept;
  if (chosen.length === 0) return null;
  const tense = shopSector(sector) ? 'as-said' : 'past';
  const shared = sameWords(chosen);
  if (shared) return shared.map((a) => say(a, tense)).pop() ?? null;
  const [a, b] = chosen.map((x) => say(x, tense));
  if (!a) return null;
  if (!b) return a;
  return / and /.test(a) || / and /.test(b) ? `${a}, and ${b}` : `${a} and ${b}`;
}

function say(aspect: Aspect, tense: 'past' | 'as-said'): string {
  // How someone behaved is told as past, whatever the tense of the review.
  const told = sayAspect(
    { ...aspect, degree: aspect.degree === 'too' && !aspect.turns ? 'so' : aspect.degree },
    aspect.staff ? 'past' : tense,
  );
  return aspect.staff && aspect.words.length === 1 && TO_YOU.test(aspect.words[0] ?? '')
    ? `${told} to you`
    : told;
}

// Words that say little without what follows them: "missing at least one screw", "full of hair". Not "short", which
// stands alone as often as not ("too short range").
const NEEDS_OBJECT = /^(?:missing|lacking|full|devoid|covered|void|absent)$/i;
// What may follow such a word without being its object: the end of the clause, or another description.
const NO_OBJECT = /^\s*(?:$|[,;:.!?)]|(?:and|but|or|so|too|as well|though)\b)/i;

/**
 * An aspect with any word left out that, in the review, goes on to name what was missing or what it was full of:
 * told back without its object, "the latch was loose and missing" says something the reviewer did not. Null when no
 * word is left.
 */
function withoutCutObjects(text: string, aspect: Aspect): Aspect | null {
  const sentence = text.slice(aspect.start).split(/(?<=[.!?])\s/)[0] ?? '';
  const words = aspect.words.filter((word) => {
    const bare = word.replace(/^not /, '');
    if (!NEEDS_OBJECT.test(bare)) return true;
    const at = new RegExp(`\\b${bare}\\b`, 'i').exec(sentence);
    return at === null || NO_OBJECT.test(sentence.slice(at.index + bare.length));
  });
  if (words.length === aspect.words.length) return aspect;
  return words.length > 0 ? { ...aspect, words } : null;
}

// Praise, and the words that turn a sentence from one thing to another.
const PRAISE_WORDS =
  /\b(?:amazing|perfect(?:ly)?|delicious|excellent|fantastic|wonderful|great|loved?|the best|positive)\b/i;
const TURN_WORDS = /\b(?:but|however|though|although|except|yet|unfortunately)\b/i;

/** Whether the part of its sentence that names the thing described praises it rather than faults it. */
function praisedWhereSaid(text: string, start: number, subject: string): boolean {
  const sentence = text.slice(start).split(/(?<=[.!?])\s/)[0] ?? '';
  const head = (subject.split(/\s+/).pop() ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const part = sentence.split(TURN_WORDS).find((p) => new RegExp(`\\b${head}\\b`, 'i').test(p));
  return part !== undefined && PRAISE_WORDS.test(part);
}

/** Three things with one description said once: "the chicken, the moussaka and the falafel were cold". */
function sameWords(aspects: readonly Aspect[]): Aspect[] | null {
  const first = aspects[0];
  if (!first || aspects.length < 2) return null;
  const key = (a: Aspect) => `${a.degree}|${a.words.join(' ')}`;
  const alike = aspects.filter((a) => key(a) === key(first)).slice(0, 3);
  if (alike.length < 2) return null;
  const names = alike.map((a) => a.subject);
  const subject = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return [{ ...first, subject, plural: true }];
}

/** The thing a reviewer gave a bare verdict on ("the lasagna was horrible"): a topic to name without the verdict. */
export function judgedThing(text: string): string | null {
  const judged = readAspects(text).filter((a) => a.polarity === 'negative' && !a.descriptive && !a.staff);
  return judged.find((a) => !GENERAL.test(a.subject))?.subject ?? null;
}
