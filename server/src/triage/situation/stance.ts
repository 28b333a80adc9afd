import type { ReviewLabel, Stance } from '@rebound/shared';
import { analyzeText } from '../analyze-text.ts';
import { mentionsProblem } from './describe-complaint.ts';
import { splitSentences } from './sentences.ts';

/** How much the text leans each way: summed sentence scores, and how many sentences are clearly either. */
export type Balance = {
  positive: number;
  negative: number;
  positiveSentences: number;
  negativeSentences: number;
};

/**
 * The reviewer's overall stance from the rating and the balance of the text. The rating is what they chose to tell
 * the world, so it sets the frame; the text only moves the stance within it: a glowing 4-star review that mentions a
 * slow starter is happy with a quibble, and a 3-star review that is mostly criticism is unhappy.
 *
 * `text` (the title and the review, when given) lets the words overrule four or five stars where they plainly do not
 * praise: see `readPlainWords`.
 */
export function readStance(
  rating: number | null,
  balance: Balance,
  textLabel: ReviewLabel,
  text?: string,
): Stance {
  const { positive, negative, negativeSentences } = balance;
  const total = positive + negative;
  const negativeShare = total > 0 ? negative / total : 0;
  if (rating === null) {
    if (textLabel === 'positive') return negativeSentences > 0 ? 'happy_with_quibble' : 'happy';
    if (textLabel === 'negative') return 'unhappy';
    return textLabel === 'mixed' ? 'mixed' : 'neutral';
  }
  // Someone who chose one or two stars is unhappy even when their words are polite or mostly kind.
  if (rating <= 2) return 'unhappy';
  if (rating >= 4) {
    const words = text === undefined ? null : readPlainWords(text);
    if (words) return words;
    // Only a review that is overwhelmingly criticism despite the stars is treated as mixed.
    if (negativeShare >= 0.8 && negative >= 4 && negativeSentences >= 3) return 'mixed';
    return negativeSentences > 0 || negative >= 1 ? 'happy_with_quibble' : 'happy';
  }
  if (total < 0.5) return 'neutral';
  if (negativeShare >= 0.6) return 'unhappy';
  if (negativeShare <= 0.25) return negative > 0 ? 'happy_with_quibble' : 'happy';
  return 'mixed';
}

// Words of praise or contentment, from "great" to "does the job" and "never had a problem".
const PRAISE = new RegExp(
  `\\b(?:${[
    'great|good|love[sd]?|loving|excellent|awesome|amazing|perfect(?:ly)?|fantastic|wonderful|superb|brilliant|terrific|outstanding|incredible|fabulous|gorgeous|stellar|lovely|beautiful\\w*|delicious|tasty|yummy|cute|neat|cool|sweet|fun|gem|nice|nicely|best|fine|ok|okay|solid|sturdy|durable|handy|useful|convenient|reliable|accurate|clear|crisp|fast|quick\\w*|smooth\\w*|easy|easily|comfortable|comfy|affordable|fair|bargain|value|worth|cheap(?:er)?|plenty|quality|superior',
    'happy|pleased|satisfied|glad|impressed|impressive|enjoy\\w*|recommend\\w*|favou?rite|thanks?|thank you|kudos|wow|stars?|friendly|helpful|professional|honest|trust\\w*|on time|saved|fixed|lifesaver|pleasure|exceeded',
    'works?(?: \\w+)? (?:well|great|fine|perfectly|flawlessly|like a charm|as (?:advertised|described|expected))|(?:does|did|doing) (?:its |the )?(?:job|trick)|does what|exactly what|as (?:described|advertised)|fits (?:perfectly|great|well|nicely|exactly|like a glove)|well (?:made|built)|must[- ]have|should own',
    "(?:i|we|they|you'll|you will|kids|everyone) (?:really |still |all |do |did |just |also |truly )?(?:like|liked|likes)|not (?:a |too |that |so )?bad|(?:tough|hard) to beat|can(?:'t|not) beat|makes up for|no (?:problems?|issues|complaints)|(?:error|trouble|hassle|worry)[- ]free|never (?:\\w+ )?(?:had )?(?:a |any )?(?:problems?|issues?|failed|fails|let (?:me|us) down|disappointed)",
  ].join('|')})\\b`,
  'gi',
);
// A word of praise right after a negation is none: "isn't always easy to tell".
const NEGATED = /(?:\b(?:not|never|no|hardly|barely)|n't)\s+(?:\w+\s+)?$/i;
// Words of a fault, a wish or a warning; "never had a problem" is praise, not this.
const CRITICAL =
  /\b(?:wish|hard to|difficult|problems?|issues?|broke|broken|fail\w*|stopped|disappoint\w*|worse|worst|scratch\w*|still there|annoy\w*|missing|lacks?|lacking|poor(?:ly)?|flimsy|too (?:small|big|short|long|loud|quiet|expensive|hard|soft|bright|dim|heavy)|waste|terrible|awful|horrible|rude|useless|defective|junk|returned|refund|complain\w*|unfortunately|sadly|beware|misleading|(?:does|did|do|would|will|could|can)(?:n't| not) (?:even )?(?:work|fit|last|charge|play|connect|hold|stay|come with|include)|(?:is|was|are|were)(?:n't| not) (?:always |very |that |so |quite )?(?:easy|clear|obvious|intuitive|included|accurate|true|right|the (?:item|one|right))|not (?:including|included|the right))\b/i;
const NO_PROBLEM = /\bnever (?:\w+ )?(?:had )?(?:a |any )?(?:problems?|issues?|failed)/i;
// Name-calling aimed at someone, most often another reviewer ("You idiot, it works in phones too"). "You're a fool
// if you don't buy one" is praise in disguise, so a following "if" or "not to" keeps it out.
const INSULT =
  /(?:^|[.!?,;:-]\s*)(?:you|u|ur|you're)(?: \w+)? (?:idiots?|morons?|fools?|dumbass\w*|imbeciles?|dumm(?:y|ies)|jerks?|clowns?|numpty|numpties)\b(?! (?:if|not to|to (?:not|pass|miss)))|\bto the (?:idiots?|morons?|fools?|clowns?) who\b/i;
// A question put to the business or to readers: "Is it supposed to be like this?", "Could someone answer this?"
const ASKS =
  /\?\s*$|\b(?:could|can|would) (?:someone|anyone|somebody|you) (?:please )?(?:answer|tell|explain|help)|\bdoes anyone know\b/i;
// A longer review tells a story whose sentences are rarely all praise or all fault; the balance of its scores reads it.
const SHORT_REVIEW_SENTENCES = 8;

const praises = (sentence: string): boolean =>
  [...sentence.matchAll(PRAISE)].some((m) => !NEGATED.test(sentence.slice(0, m.index)));
const criticises = (sentence: string): boolean =>
  (CRITICAL.test(sentence) && !NO_PROBLEM.test(sentence)) ||
  analyzeText(sentence).score <= -0.3 ||
  mentionsProblem([{ text: sentence, start: 0, end: sentence.length }]);

/**
 * What a 4–5 star review's own words say when they do not praise, or null when they leave it to the balance. Stars are
 * often given out of habit to a review that is really a complaint, a question about a fault, or a retort to another
 * reviewer, and a warm thank-you to any of those reads as if nobody read it:
 * - name-calling aimed at someone is neutral: there is nothing to thank for;
 * - a short review with no word of praise that finds fault twice, or finds fault and asks about it, is unhappy;
 * - a short review whose faults outnumber its praise more than two to one is mixed.
 */
export function readPlainWords(text: string): Stance | null {
  if (INSULT.test(text)) return 'neutral';
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length > SHORT_REVIEW_SENTENCES) return null;
  let praise = 0;
  let faults = 0;
  let asks = false;
  for (const sentence of sentences) {
    if (praises(sentence)) praise++;
    if (criticises(sentence)) faults++;
    if (ASKS.test(sentence)) asks = true;
  }
  if (praise === 0 && faults >= 1 && (asks || faults >= 2)) return 'unhappy';
  if (faults >= 2 && faults >= 2 * praise + 1) return 'mixed';
  return null;
}

/** The review label that goes with a stance. */
export function labelOfStance(stance: Stance): ReviewLabel {
  if (stance === 'happy' || stance === 'happy_with_quibble') return 'positive';
  if (stance === 'unhappy') return 'negative';
  return stance === 'mixed' ? 'mixed' : 'neutral';
}
