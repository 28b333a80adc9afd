import type { Evidence, IncidentKind, SectorGroup, Situation, Stance } from '@rebound/shared';
import { analyzeText } from '../analyze-text.ts';
import { classifyText } from '../classify-text.ts';
import { type ScoredClause, scoreClauses } from './clauses.ts';
import { type Complaint, findComplaints, findItem, mentionsProblem } from './describe-complaint.ts';
import { findIncidents } from './incidents.ts';
import { findPeople, findPraised, isReturningCustomer } from './praise.ts';
import { findAsks, findPriorActions } from './prior-actions.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { type Balance, readStance } from './stance.ts';

// A smoking engine or a failed part that a happy customer brought in and we fixed is why they came, not an incident.
// A guest made ill by the air in a room is none of these, whatever filters they say should be replaced.
const BROUGHT_IN: ReadonlySet<IncidentKind> = new Set(['fire_smoke', 'fumes', 'equipment_failure_risk']);
const FIXED_IT =
  /\b(?:fixed|repaired|replaced|diagnosed|towed|took care of|sorted (?:it|me|us) out|got (?:me|us|it) (?:back )?on the road)\b/i;
const isHappy = (stance: Stance): boolean => stance === 'happy' || stance === 'happy_with_quibble';

export type SituationInput = { rating: number | null; text: string; title?: string | null };

// A sentence scoring at or below this is a criticism; at or above POSITIVE_SENTENCE, praise.
const NEGATIVE_SENTENCE = -1;
const POSITIVE_SENTENCE = 1;

/**
 * Reads what a review is about before any reply is written.
 *
 * `problem` is written to follow `item` ("{item} {problem}": "the rice cooker" + "stopped heating after two weeks");
 * when the complaint is about something other than the item, `item` is that thing ("the soup" + "was cold"). Both
 * are null, and confidence 'low', when the wording is not clear enough to repeat back to the reviewer.
 */
export function readSituation(input: SituationInput, opts: { sectorGroup: SectorGroup }): Situation {
  return readReview(input, opts).situation;
}

/** The situation together with the review's scored clauses, which the complaint themes are read from. */
export function readReview(
  input: SituationInput,
  opts: { sectorGroup: SectorGroup },
): { situation: Situation; clauses: ScoredClause[] } {
  const title = input.title?.trim() ?? '';
  const text = input.text;
  const sentences = splitSentences(text);
  const analysis = analyzeText(text);
  const scoreOf = sentenceScorer(analysis.sentences);
  // A 3-star review is judged on its balance, so praise and criticism joined by "but" are weighed apart.
  // Sentence sums brought to the same [-1, 1] scale as a clause analysed on its own.
  const clauses = scoreClauses(sentences, (s) => {
    const sum = scoreOf(s);
    return sum / Math.sqrt(sum * sum + 15);
  });
  const balance = balanceOf(
    input.rating === 3 ? clauses.map((c) => c.score * 4) : analysis.sentences.map((s) => s.score),
  );
  // Without a rating the words alone decide, so only then is the full text classifier needed.
  const textLabel =
    input.rating === null ? classifyText(title ? `${title}. ${text}` : text).label : 'neutral';
  let stance = readStance(input.rating, balance, textLabel, title ? `${title}. ${text}` : text);

  // Praise is read clause by clause: "the work itself seems fine, but the wait was frustrating" praises the work.
  const praised = findPraised(clauses, (c) => c.score > 0.05 || scoreOf(c) >= POSITIVE_SENTENCE);
  // The title often states the complaint outright ("Died after two days"); it is read as one more sentence, placed
  // before the text so its offsets never collide with evidence from the text.
  const titleSentence: Sentence[] = title ? [{ text: title, start: -title.length - 2, end: -2 }] : [];
  const complaints = findComplaints(
    [...titleSentence, ...sentences],
    (s) => (s.start < 0 ? -3 : scoreOf(s)),
    praised,
  );
  // A complaint the sentiment words missed ("the coffee was a bit weak") still makes a happy review's quibble.
  if (stance === 'happy' && mentionsProblem(sentences)) stance = 'happy_with_quibble';
  const named = findItem([...titleSentence, ...sentences]);
  const evidence: Evidence[] = [];

  let item = named?.item ?? null;
  let problem: string | null = null;
  // A complaint about the named item ("it stopped heating") beats a louder one about something else.
  const itsItem = (c: Complaint): boolean =>
    item !== null &&
    (c.subject === item ||
      (c.subject === null && unsaidSubjectIsItem(c, named, sentences, opts.sectorGroup)));
  const main = complaints.find(itsItem) ?? complaints.find((c) => c.subject !== null);
  if (main) {
    if (main.subject && main.subject !== item) item = main.subject;
    problem = main.problem;
    if (main.evidence.start >= 0) evidence.push(main.evidence);
  } else if (named && named.evidence.start >= 0) {
    evidence.push(named.evidence);
  }
  const otherProblems = complaints
    .filter((c) => c !== main && c.subject !== null)
    .map((c) => `${c.subject} ${c.problem}`)
    .filter((p, i, all) => all.indexOf(p) === i)
    .slice(0, 3);

  const actions = findPriorActions(sentences);
  const asks = findAsks(sentences);
  // A title often names the incident outright ("This charger ruined our car battery"), so it is read with the body.
  const incidents = findIncidents(text, [...titleSentence, ...sentences], opts.sectorGroup).filter(
    (found) =>
      !(
        isHappy(stance) &&
        opts.sectorGroup !== 'food_hospitality' &&
        BROUGHT_IN.has(found.kind) &&
        FIXED_IT.test(text)
      ) &&
      // Mould on a ceiling, noted in passing by a happy guest, is a quibble for housekeeping, not an incident.
      !(isHappy(stance) && found.kind === 'hygiene'),
  );
  for (const found of [...actions, ...asks, ...incidents]) evidence.push(found.evidence);

  const situation: Situation = {
    item,
    problem,
    otherProblems,
    confidence: item !== null && problem !== null ? 'high' : 'low',
    priorActions: actions.map((a) => a.action),
    asks: asks.map((a) => a.ask),
    incidents: incidents.map((i) => i.kind),
    stance,
    praised,
    people: findPeople(text),
    isReturning: isReturningCustomer(text),
    sectorGroup: opts.sectorGroup,
    evidence: evidence.sort((a, b) => a.start - b.start),
  };
  return { situation, clauses };
}

const PRODUCT_GROUPS: ReadonlySet<SectorGroup> = new Set(['retail', 'software']);
// "It took forever for them to answer": the "it" is a placeholder, not the item.
const PLACEHOLDER_PREDICATE = /^(?:took|takes|was (?:a|an|the|so|such|just|really|very)\b)/i;

/**
 * Whether "it" or an unsaid subject in a complaint is the item named earlier. A product review is about one product,
 * so it is; in a restaurant or a garage "it" may be any dish or job, so only when the item was named in the same
 * sentence or the one before.
 */
function unsaidSubjectIsItem(
  complaint: Complaint,
  named: { evidence: Evidence } | null,
  sentences: readonly Sentence[],
  group: SectorGroup,
): boolean {
  if (PLACEHOLDER_PREDICATE.test(complaint.problem)) return false;
  if (PRODUCT_GROUPS.has(group)) return true;
  if (!named) return false;
  const indexOf = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
  const itemAt = named.evidence.start < 0 ? -1 : indexOf(named.evidence.start);
  const complaintAt = complaint.evidence.start < 0 ? -1 : indexOf(complaint.evidence.start);
  return complaintAt - itemAt >= 0 && complaintAt - itemAt <= 1;
}

function balanceOf(scores: readonly number[]): Balance {
  const balance = { positive: 0, negative: 0, positiveSentences: 0, negativeSentences: 0 };
  for (const score of scores) {
    if (score > 0) balance.positive += score;
    else balance.negative -= score;
    if (score >= POSITIVE_SENTENCE) balance.positiveSentences++;
    if (score <= NEGATIVE_SENTENCE) balance.negativeSentences++;
  }
  return balance;
}

/** Our sentence scores come from the analyser's own sentence cuts; a sentence takes the score of those inside it. */
function sentenceScorer(scored: ReadonlyArray<{ start: number; end: number; score: number }>) {
  return (s: Sentence): number => {
    let sum = 0;
    for (const part of scored) if (part.start < s.end && part.end > s.start) sum += part.score;
    return sum;
  };
}
