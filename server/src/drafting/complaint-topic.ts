import type { ScoredClause } from '../triage/situation/clauses.ts';
import { BODY_PARTS, cleanNounPhrase, THIRD_PARTIES } from '../triage/situation/describe-complaint.ts';
import { isNounPhrase } from './phrase-problem.ts';
import { readsCleanly } from './spelling.ts';

/**
 * What the most critical part of the review is about, as a noun phrase the reply can name ("the service
 * department", "the foam in the cushions" → "the foam"): the subject of one of the most negative clauses, when it
 * is a plain thing that is not a person, a brand, the business itself, another firm or something the reviewer
 * praised. Used only when no clause could be read, so a reply names the subject of the grievance rather than none.
 */

// A subject opening the clause, followed by the verb that says what it did or was.
const SUBJECT =
  /^(?:(?:but|and|then|also|however|plus|sadly|unfortunately|worst of all|to top it off),?\s+)?(?:the|my|our|this|these|their|its)\s+((?:[a-z][a-z'-]*\s){0,2}?[a-z][a-z'-]*)\s+(?:was|were|is|are|had|has|have|did|does|didn't|doesn't|don't|wasn't|weren't|isn't|aren't|never|kept|keeps|would|wouldn't|could|couldn't|won't|can't|will|started|stopped|took|came|arrived|seemed|looked|tasted|smelled|felt|broke|failed)\b/i;
const THE_BUSINESS =
  /^the (?:[a-z]+ )?(?:hotel|motel|restaurants?|place|location|store|shop|salon|spa|clinic|office|company|business|bar|cafe|café|diner|garage|gym|studio|establishment|dealership|owner|owners|management|staff|people|employees|workers)$/i;
// Things a reviewer is rarely complaining about when they open a clause with them; "the real difference is…" opens
// a comparison, not the thing that went wrong, and "these practices are unacceptable" sums up faults told before it.
const NOT_TOPICS =
  /^the (?:inquiry|inquiries|enquiry|question|complaint|request|issue|problem|call|calls|email|emails|reviews?|ratings?|stars?|website|internet|photos?|pictures? of|reason|fact|practices?|rest|end|first|last|only|same|other|whole|entire|(?:real |main |big |biggest |key |one )?difference)\b/i;

// The reviewer's own people ("my husband was shocked"), who are never what went wrong.
const THEIR_PEOPLE =
  /\b(?:husband|wife|partner|spouse|son|sons|daughter|daughters|kids?|children|child|baby|family|friends?|mother|mum|mom|father|dad|parents?|brother|sister|boyfriend|girlfriend|fianc[ée]e?|grand\w+|in-laws?|guests?|colleagues?|boss|dog|cat|pet)$/i;

// A person told of only by who they were ("the gentleman who came out"): "the trouble with the gentleman" reads as a
// complaint about him rather than about what he did.
const SOMEONE =
  /\b(?:gentleman|gentlemen|man|men|woman|women|lady|ladies|guy|guys|gal|girl|girls|boy|boys|person|fellow|dude|chap|individual)$/i;

const MOST_NEGATIVE = 3;

export function complaintTopic(
  critical: readonly ScoredClause[],
  praised: readonly string[],
  people: readonly string[],
): string | null {
  const clauses = critical.filter((c) => c.score < 0).slice(0, MOST_NEGATIVE);
  for (const clause of clauses) {
    const m = SUBJECT.exec(clause.text.trim());
    const raw = m?.[1];
    if (!raw || /\p{Lu}/u.test(raw)) continue;
    const phrase = cleanNounPhrase(raw);
    if (!phrase || THE_BUSINESS.test(phrase) || NOT_TOPICS.test(phrase)) continue;
    if (THIRD_PARTIES.test(phrase) || BODY_PARTS.test(phrase) || praised.includes(phrase)) continue;
    if (THEIR_PEOPLE.test(phrase) || SOMEONE.test(phrase)) continue;
    if (!isNounPhrase(phrase) || !readsCleanly(phrase, people)) continue;
    return phrase;
  }
  return null;
}

// Words ending in "s" that name one thing: "the glass", "the bus", "the mattress", "the service".
const SINGULAR_IN_S =
  /(?:ss|us|is|news|series|species|gas|lens|chaos|canvas|atlas|alias|bias|physics|politics|mathematics|diabetes|measles)$/;
// Plural nouns that do not end in "s".
const PLURAL_NO_S = /^(?:people|children|men|women|feet|teeth|mice|geese|police|cattle)$/;
const PLURAL_IN_US = /^(?:menus|emus|gnus|tutus|haikus)$/;

/**
 * Whether a noun phrase names more than one thing, so its verb is plural: "the cakes", "the soup and the bread",
 * "the legs of the chair". A phrase with "of", "in", "on", "with", "for" or "from" takes its number from the noun
 * before it ("the quality of the rolls" is one thing).
 */
export function isPluralPhrase(phrase: string): boolean {
  const lower = phrase.toLowerCase().trim();
  const head = lower.split(/\s+(?:of|in|on|with|for|from|at|to|that|which)\s+/)[0] ?? lower;
  if (/\s(?:and|&)\s/.test(head)) return true;
  const noun = head.split(/\s+/).pop() ?? '';
  if (PLURAL_NO_S.test(noun) || PLURAL_IN_US.test(noun)) return true;
  return /[a-z]s$/.test(noun) && !/'s$/.test(noun) && !SINGULAR_IN_S.test(noun);
}

/** The words that agree with a noun phrase in a sentence about it: "was" or "were", "it" or "they". */
export function agreeingWords(phrase: string): { was: string; it: string } {
  return isPluralPhrase(phrase) ? { was: 'were', it: 'they' } : { was: 'was', it: 'it' };
}
