import { splitSentences } from '../triage/situation/sentences.ts';
import { isNounPhrase, toSecondPerson } from './phrase-problem.ts';
import { REWARD_WORDS } from './thanks-praise.ts';

export type Quibble =
  | { found: false }
  | { found: true; noun: string | null; clause: string | null; sentence: string; plain?: boolean };

// "Except for colour", "apart from the size": a cue that as often limits the praise as states a fault.
const LIMITING = /(?<!\p{L})(?:except(?: for| that)?|apart from|other than|aside from)(?!\p{L})/giu;
/** True when the sentence states a criticism with a cue that leaves no doubt: "cons:", "only complaint", "a star". */
const isPlain = (sentence: string): boolean => CUE.test(sentence.replace(LIMITING, ' '));

// Words a reviewer uses when they really do state a criticism of an otherwise happy visit or product.
const CUE =
  /(?<!\p{L})(?:(?:we|i) (?:had to |did have to )?wait(?:ed)? (?:about |around |over |almost |nearly |a good )?(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes|mins)|(?:seemed|tasted|looked) (?:like|as if) it had been (?:sitting|left) (?:around|out)|unfortunately,? (?:the|it|this|they)|(?:pretty |a bit |a little |slightly |somewhat |rather )?disappointed (?:that|with)|(?:has|had|have) (?:a |an )?(?:slight |small |minor )?(?:defect|fault|flaw)|(?:only|one) thing (?:i|we) (?:could have used|would have liked|missed|wanted)|(?:only|one|minor|small|slight|little|biggest|main|sole|tiny) (?:complaint|gripe|issue|problem|down ?side|negative|drawback|criticism|quibble|niggle|con|fault|flaw|thing (?:i|we) (?:didn't|did not|don't|do not) like)s?|cons?\s*[:-]|complaints?\s*[:-]|down ?sides?|drawbacks?|except(?: for| that)?|not a (?:huge|big|major) deal|reason (?:i|we) (?:gave|give) (?:it|them|this) (?:\d|four|three)|(?:though|but|although) (?:a bit|slightly|a little|somewhat|very|too|quite) (?:costly|pricey|expensive|slow|loud|small|big|heavy|bulky|flimsy)|(?:while|although|though) (?:they|it) (?:don't|doesn't|do not|does not|isn't|aren't|is not|are not)|(?:i was|we were|i am|we are|i'm) (?:a (?:bit|little) |slightly |somewhat )?disappointed (?:that|with|by|in)|(?:they|you) (?:really )?(?:need|needs|should|could) (?:to )?(?:do some|update|add|get|fix|improve|provide|offer|use|consider)|minor (?:issue|annoyance|problem)|could have been (?:a little |a bit |slightly |much |a lot )?(?:cleaner|better|quieter|warmer|hotter|bigger|faster|friendlier|fresher)|not sure (?:if|whether) (?:i|we) (?:would|will|'d) (?:stay|come|go|return|be back)|there needs? to be|(?:only|just) (?:have |had )?(?:two|2|three|3|a couple of|a few) (?:quibbles?|complaints?|gripes?|issues?|niggles?)|only thing (?:is|was|that|i)|(?:only|one|small|minor) caveat|caveats?\s*:|problems?\s*:|(?:i|we) (?:do not|don't|didn't|did not) (?:like|love|care for) (?:the|that|how)|could (?:be )?improve|could (?:use|do with) (?:some|a|an|more|better|less)\b|(?:the )?negatives? (?:are|is|were|was)\b|negatives?\s*:|room for improvement|needs? (?:some )?(?:work|improvement)|(?:was|were|is|are|got|felt) (?:a bit|a little|slightly|somewhat|rather|kind of|kinda) (?:too )?(?:slow|small|loud|noisy|pricey|expensive|crowded|cold|salty|dry|bland|cramped|dated|tight|long|heavy|weak|short|hard|difficult|tricky|awkward|confusing|stiff)|(?:i|we) (?:just |only )?wish|(?:only|just) wish|wish (?:they|it|there|the|that)|if only|would have (?:given|been|gotten|got|received|earned) \w+ (?:stars?|better)|lost (?:a|one) star|minus (?:one|a) star|(?:taking|took|take|docked|knocked off|deduct(?:ed)?) (?:a|one|1) star|(?:one|1) less star|(?:a )?4 (?:rather|instead) (?:than|of) (?:a )?5|(?:\d|four|4) stars? (?:instead of|rather than|because|due to|only because))(?!\p{L})/iu;
// "Cons: none", "no complaints": the cue word is there, the criticism is not.
const NONE_STATED =
  /(?<!\p{L})(?:(?:\p{L}*n'?t|not|never|without|no) (?:had |have |having |got |found |even |a single )*(?:one|a single|any) (?:problem|issue|complaint|fault)s?|cons?\s*[:-]\s*(?:none|nothing|n\/?a|not (?:a thing|really|much|one)|zero|nada|can't think)|no (?:complaints?|cons|downsides?|drawbacks?|negatives?)|nothing (?:to complain|bad|negative)|wish (?:this|it|they|there|the \p{L}+) (?:was|were|is|had) (?:my|our|closer|nearer|near|in my|in our|one|more (?:locations?|branches|stores))|wish (?:i|we) (?:lived|had found|found|knew|had known|could (?:come|go|visit|eat|stay))|wish (?:i|we) had (?:found|known|discovered|tried))(?!\p{L})/iu;
// A criticism of somewhere else ("the other studio keeps the lights on") is not a quibble with this business.
const ELSEWHERE =
  /(?<!\p{L})(?:other|another|previous|last|old|former|different) (?:studio|salon|place|places|shop|shops|store|stores|location|locations|gym|gyms|groomer|groomers|mechanic|mechanics|garage|dealer|dealership|restaurant|restaurants|hotel|hotels|spa|spas|clinic|doctor|dentist|company|companies|brand|brands|one|ones|model|models)|(?:elsewhere|before (?:i|we) found|(?:those|the|these) (?:\p{L}+ ){0,2}others)(?!\p{L})/iu;

/** True when the sentence is about another business ("the other studio keeps the lights on"). */
export const aboutElsewhere = (sentence: string): boolean => ELSEWHERE.test(sentence);

// Phrases after "only complaint is" or "except for" that say nothing the reply could repeat.
const VAGUE =
  /^(?:one|a few|a couple|some|that|this|it|they|there|the fact|maybe|perhaps|possibly|for|when|if)\b/i;

/** A short noun phrase the reply can name ("the limited hours", "the always-on light"), or null. */
function nounFrom(raw: string): string | null {
  const text = toSecondPerson(raw)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.!?;:,…]+.*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  if (words.length === 0 || words.length > 6 || VAGUE.test(text)) return null;
  // A capital inside the phrase is a name or a brand, and a verb makes it a clause: both read badly after "about".
  if (/\s\p{Lu}|\d{3,}|["“”]/u.test(text)) return null;
  if (!/^(?:the|your) /i.test(text)) return null;
  if (
    /\b(?:is|are|was|were|be|been|being|has|had|have|do|does|did|can|could|would|will|should|i|you|he|she|we|they|it)\b/i.test(
      words.slice(1).join(' '),
    )
  )
    return null;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const NAMED = [
  /(?:my|the|our) (?:only|one|minor|small|slight|biggest|main|sole) (?:complaint|gripe|issue|problem|down ?side|drawback|criticism|quibble|niggle)(?: with [a-z ]+?)? (?:is|was|would be) (?:with |about )?(.+)/iu,
  /(?:^|, )(?:except|apart from|other than|aside from) (?:for )?(.+)/iu,
  /cons?\s*[:-]\s*(.+)/iu,
  /(?:could|should|need to|needs to|must) (?:improve|fix|update|work on|look at) (the [a-z]+(?: [a-z]+){0,2})(?= as\b| because\b|[,.;!]|$)/iu,
];

// What a quibble is about, when its own words do not make a phrase: the first topic its sentence names.
const TOPICS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:loud|noisy|noise)\b/i, 'the noise'],
  [/\bparking\b/i, 'the parking'],
  [/\b(?:shuttle|shuffle service)\b/i, 'the shuttle service'],
  [/\b(?:size|smaller|too small|very small|so small)\b/i, 'the size'],
  [/\bbattery\b/i, 'the battery life'],
  [/\bwi-?fi\b/i, 'the wifi'],
  [/\b(?:instructions|manual)\b/i, 'the instructions'],
  [/\bsmells?\b/i, 'the strong smells'],
  [/\b(?:neighbou?rhood|part of town|surrounding area)\b/i, 'the neighbourhood'],
  [/\breservations?\b/i, 'reservations'],
  [/\b(?:opening hours|hours are|closes early|close early)\b/i, 'the opening hours'],
  [/\bportions?\b/i, 'the portion sizes'],
  [/\b(?:waits?|waited|waiting|queue|slow service)\b/i, 'the wait'],
  [
    /\b(?:pricey|overpriced|prices?\b(?! range)|costly|expensive(?! (?:option|model|one|brand|version|accessor)))/i,
    'the prices',
  ],
  [/\b(?:tight|fit)\b/i, 'the fit'],
  [/\bvolume\b/i, 'the volume'],
  [/\bremote\b/i, 'the remote'],
  [/\b(?:cord|cable)\b/i, 'the cable'],
  [/\bbuttons?\b/i, 'the buttons'],
  [/\bbreakfast\b/i, 'the breakfast'],
  [/\bdecor\b/i, 'the decor'],
];
/** The topic named first in the sentence, so "the shuttle … and the area" is about the shuttle. */
function topicOf(sentence: string): string | null {
  let best: { at: number; topic: string } | null = null;
  for (const [pattern, topic] of TOPICS) {
    const at = sentence.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, topic };
  }
  return best?.topic ?? null;
}

const CONTRAST = /\b(?:but|though|although|however|except)\b/i;
const CRITICAL_WORDS =
  /\b(?:a bit|a little|too|wish|need|needs|should|not|only|very loud|noisy|small|tight)\b/i;

/**
 * The part of a sentence that holds the criticism: "the staff were lovely but the parking is tight" → "the parking is
 * tight"; a part with no criticism ("…but I liked living there") is never read for a topic.
 */
function quibblePart(sentence: string): string {
  const parts = sentence.split(CONTRAST);
  if (parts.length === 1) return sentence;
  const after = parts.slice(1).find((p) => topicOf(p) !== null);
  if (after) return after;
  return parts.find((p) => CRITICAL_WORDS.test(p) && topicOf(p) !== null) ?? '';
}

// Words that turn a sentence of an otherwise happy review into a criticism.
const CRITICAL =
  /\b(?:but|though|although|however|only|wish|need to|needs to|should|a bit|a little|too (?:loud|noisy|small|pricey|expensive|long|slow|tight)|not (?:the best|great|ideal|much)|dicey|sketchy)\b/i;

// In a review read as wholly happy, only a plain criticism counts ("it is very loud and they need to fix that").
const STRONG =
  /\b(?:needs? to (?:do something|fix|improve|update|add|get)|should (?:really )?(?:fix|improve|update|add|get)|(?:i|we) wish|too (?:loud|noisy|small|pricey|expensive|slow|tight|cramped)|(?:very|so|really|extremely) (?:loud|noisy|cramped|pricey|slow))\b/i;

const PRAISED_HERE =
  /\b(?:reasonable|affordable|fair|great|good|excellent|amazing|awesome|best|perfect|fine|nice|low|cheap|inexpensive|quick|fast|friendly|clean|love|loved)\b/i;
const FAULT_HERE =
  /\b(?:not|n't|never|too|overpriced|poor|bad|terrible|awful|rude|dirty|wish|only (?:complaint|issue|problem)|(?:a bit|a little|slightly|somewhat|rather|quite|very|so|really|pretty|kind of) (?:pricey|expensive|slow|loud|noisy|small|tight|cramped|cold|salty|dry|bland|dated|crowded|busy|hard|difficult))\b/i;

/**
 * The quibble of a review read as happy with a quibble but without the usual cue words ("it is also very loud and
 * they need to do something about that"): the topic of its first critical sentence, or null.
 */
export function quibbleTopic(text: string, strict = false): string | null {
  for (const sentence of splitSentences(text).map((s) => s.text)) {
    if (
      !(strict ? STRONG : CRITICAL).test(sentence) ||
      ELSEWHERE.test(sentence) ||
      NONE_STATED.test(sentence)
    )
      continue;
    // "The cost is not too expensive" praises the price.
    const part = quibblePart(sentence).replace(/\bnot (?:too|overly|that|very|terribly|super) [a-z]+/gi, ' ');
    // "…but they have such reasonable prices": the topic is praised in the very part read for a fault, and "life
    // is going to get more expensive" faults nothing of ours.
    if ((PRAISED_HERE.test(part) && !FAULT_HERE.test(part)) || !FAULT_HERE.test(part)) continue;
    const topic = topicOf(part);
    if (topic) return topic;
  }
  return null;
}

// "Made for every model except the smallest": what the product is for, not a fault found in it.
const SCOPE = /\b(?:every|all|any)\b[^.]{0,40}\bexcept\b/i;

/**
 * The reviewer's own quibble, when they state one: "the only complaint is…", "cons: …", "except the…", "I wish…".
 * A happy review whose only criticism is of another business, or that says "cons: none", has none. The noun is
 * what the reply may name; null when the quibble is real but its words do not make a clean phrase.
 */
export function readQuibble(text: string, title: string | null | undefined): Quibble {
  // "Cons:" on a line of its own, with "none" on the next, is one statement.
  const joined = text.replace(/(\bcons?\s*[:-])\s*\n+\s*/gi, '$1 ');
  const sentences = [...(title ? [title] : []), ...splitSentences(joined).map((s) => s.text)];
  const stated = sentences.filter(
    (s) => CUE.test(s) && !NONE_STATED.test(s) && !ELSEWHERE.test(s) && !SCOPE.test(s),
  );
  if (stated.length === 0) return { found: false };
  for (const sentence of stated) {
    const noun = namedIn(sentence);
    const clause = noun ? null : clauseIn(sentence);
    // A topic word found somewhere in a long sentence is as likely an aside as the fault ("…with the cable connected").
    const short = sentence.split(/\s+/).length <= 16;
    const topic = noun || clause || !short ? null : topicOf(quibblePart(sentence));
    if (noun || clause || topic)
      return { found: true, noun: noun ?? topic, clause, sentence, plain: isPlain(sentence) };
  }
  // The cue ("needs improvement") may follow the sentence that says what was wrong.
  // Only the sentences beside a cue are read ("Cons:" then the fault, or the fault then "which is my only gripe"):
  // praise elsewhere in the review is never told back as the fault.
  const first = stated[0] ?? '';
  const beside = stated
    .flatMap((x) => [1, 2, -1].map((d) => sentences[sentences.indexOf(x) + d]))
    .filter((x): x is string => x !== undefined);
  for (const sentence of beside) {
    const clause = ELSEWHERE.test(sentence) || NONE_STATED.test(sentence) ? null : clauseIn(sentence);
    if (clause) return { found: true, noun: null, clause, sentence };
  }
  return { found: true, noun: null, clause: null, sentence: first, plain: stated.some(isPlain) };
}

/** The quibble named after the reviewer's own cue: "my only complaint is the limited hours", "cons: the fan". */
function namedIn(sentence: string): string | null {
  for (const pattern of NAMED) {
    const m = pattern.exec(sentence);
    const candidate = m?.[1] ? nounFrom(m[1]) : null;
    if (candidate) return candidate;
  }
  // "Hours are very limited, which is my only complaint": the subject before the cue is the quibble.
  const before =
    /^(?:the |our |my )?([a-z]+(?: [a-z]+)?) (?:is|are|was|were) (?:a bit |a little |very |too |quite |rather )*([a-z-]+)(?:,)? which (?:is|was) (?:my|the|our) only/i.exec(
      sentence,
    );
  return before?.[1] && before[2] ? `the ${before[2].toLowerCase()} ${before[1].toLowerCase()}` : null;
}

// "…but the service was not that friendly", "because the pool was closed": what was wrong, as a clause.
const CLAUSE =
  /(?:^|[,;:(]\s*|\b(?:but|though|although|however|because|is that|was that|that|and|is|was)\s+|\s(?=(?:the|my|our|their)\s))((?:(?:the|my|our|their)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+(?:was|were|is|are)\s+[^,.;:!?()]{3,70})/gi;
// "I wish the remote was illuminated": the wish told back as what could be ("the remote could be illuminated").
const WISH =
  /\bwish(?:ed)?\s+((?:the|my|our|their)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:was|were|would be|could be)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})/i;
const PRONOUN =
  /^(?:it|this|that|they|these|those|there|he|she|i|we|you|which|what|who|everything|nothing|all|one)$/i;
// Where the clause stops being about the thing: "…closed down til the next day when I check out".
const CLAUSE_END =
  /\s+(?:til|till|until|when|while|which|because|so|since|as|and (?:i|we|it|they|that)|but|though|if|for (?:me|us)|compared)\b.*$/i;
// What makes a clause a criticism rather than one more piece of praise.
const CRITICAL_CLAUSE =
  /\b(?:not|never|no|n't|too(?= [a-z])|a bit|a little|slightly|somewhat|rather|closed|broken|missing|lacking|limited|slow|cold|loud|noisy|small|tiny|cramped|crowded|dirty|dated|old|expensive|pricey|overpriced|bland|salty|greasy|dry|thin|weak|lumpy|hard|uncomfortable|confusing|difficult|tricky|awkward|useless|poor|mediocre|average|so-so|harsh|watery|burnt|rude|heavy|flimsy|tight|loose|awful|terrible|horrible|bad|worn|stained|musty|smelly|squeaky|stale|soggy|undercooked|overcooked)\b/i;

/** The critical clause of a quibble sentence in the reviewer's words, facing them; null when none reads cleanly. */
const SUGGESTED_WORK =
  /\b(?:they|the owners?|management|the hotel|the place) (?:really |definitely |just )?(?:need|needs|should|ought) to (?:do |make )?(?:some |a few |an? )?(updates?|upgrades?|replace|fix|redo|repaint|clean|refresh)(?: to| on| of)? ((?:the|their) [a-z ]{3,30})/i;
const GERUND: Record<string, string> = {
  update: 'updating',
  upgrade: 'upgrading',
  replace: 'replacing',
  fix: 'fixing',
  redo: 'redoing',
  repaint: 'repainting',
  clean: 'cleaning',
  refresh: 'refreshing',
};

export function clauseIn(sentence: string): string | null {
  const shaped = shapedFault(sentence);
  if (shaped) return shaped;
  // "you still need to buy extra mapping software": what the reviewer had to do, said to them.
  const need =
    /\byou (?:still |also |will )?(?:need|have) to ((?:buy|get|pay for|use|charge|replace|add) [a-z ]{3,40})/i.exec(
      sentence,
    );
  if (need?.[0]) return readsAsQuibble(need[0].replace(CLAUSE_END, ''), true);
  // "they need to do some updates to the lobby carpets": the thing could do with the work suggested.
  const suggested = SUGGESTED_WORK.exec(sentence);
  if (suggested?.[1] && suggested[2]) {
    const work = GERUND[suggested[1].toLowerCase().replace(/s$/, '')] ?? 'attention';
    return readsAsQuibble(`${suggested[2].replace(CLAUSE_END, '').trim()} could do with ${work}`, true);
  }
  const wish = WISH.exec(sentence);
  if (wish?.[1] && wish[2])
    return readsAsQuibble(`${wish[1]} could be ${wish[2].replace(CLAUSE_END, '')}`, true);
  const plain = sentence
    .replace(/\bit's\b/gi, 'it is')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
    // "Only issue was the pillows were awful": the cue is not part of what was wrong.
    .replace(
      /^(?:the |my |our )?(?:only|one|main|biggest|minor|small)(?: (?:bad|real|negative|annoying|sad))? (?:issue|complaint|problem|gripe|negative|drawback|downside|con|caveat|thing)s? (?:(?:i|we) (?:had|have) )?(?:is|was|would be)(?: that)?\s+/i,
      '',
    );
  for (const m of plain.matchAll(CLAUSE)) {
    // "the LCD is pretty useless is fast paced games": the predicate ends where a second verb starts.
    const raw = (m[1] ?? '').replace(
      /^(.*?\s(?:was|were|is|are)\s.*?)\s(?:is|are|was|were|in|on|for|with|during)\s.*$/i,
      '$1',
    );
    const told = readsAsQuibble(raw.replace(CLAUSE_END, '').trim(), false);
    if (told) return told;
  }
  return null;
}

// Faults with a shape of their own, told back plainly: "the power button has a defect", "we no longer do the
// monthly re-programs", "there are no drivers for Mac", "a second outlet would have been welcome".
const HAS_FAULT =
  /\b((?:the|my|our|their) [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (has|had|have) (?:a |an |some )?(?:slight |small |minor )?(defect|fault|flaw|glitch|bug|crack)s?\b/i;
const NO_LONGER =
  /\bthey (?:sadly |unfortunately )?no longer (do|offer|have|carry|serve|run|make|sell|stock|open) ([a-z][a-z' -]{2,40}?)(?=\s*(?:[,.;:!?)]|\.{2,}|\band\b|\bbut\b|\bwhich\b|$))/i;
const NONE_THERE =
  /\bthere (is|are|was|were) no ([a-z][a-z-]*(?: [a-z][a-z-]*){0,3}(?: for \p{L}+)?)(?=\s*(?:[,.;:!?)]|\band\b|\bbut\b|$))/iu;
const MISSED =
  /\b(?:only|one) thing (?:i|we) (?:could have used|would have liked|missed|wanted) (?:was|is|would be|would have been) ((?:an?|the|some) [a-z][a-z-]*(?: [a-z][a-z-]*){0,3})(?=\s*(?:[,.;:!?)]|$))/i;
const WAITED =
  /\b(?:we|i) (?:had to |did have to )?wait(?:ed)? ((?:about |around |over |almost |nearly |a good )?(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes|mins))(?: (?:to|for|before) ((?:be |get )?[a-z]+(?: (?:our|my|the|a) [a-z]+)?))?/i;
const STALE =
  /\b((?:the|my|our|their) [a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:seemed|tasted|looked) (?:like|as if) it had been (?:sitting|left) (?:around|out)/i;
const plainWords = (x: string): boolean =>
  x.split(/\s+/).length <= 10 && !/\d|["“”&]|\b(?:i|we|you|my)\b/i.test(x);

function shapedFault(sentence: string): string | null {
  const has = HAS_FAULT.exec(sentence);
  if (has?.[1] && has[2] && has[3] && !OWN_THINGS.test(has[1].split(' ')[1] ?? '')) {
    const thing = toSecondPerson(has[1])
      .replace(/^their\b/i, 'the')
      .toLowerCase();
    const told = `${thing} ${has[2].toLowerCase()} a ${has[3].toLowerCase()}`;
    if (plainWords(told.replace(/^your /, ''))) return told;
  }
  const stale = STALE.exec(sentence);
  if (stale?.[1] && plainWords(stale[1].replace(/^(?:my|our)\b/i, 'the')))
    return `${toSecondPerson(stale[1])
      .replace(/^their\b/i, 'the')
      .toLowerCase()} did not seem fresh`;
  const waited = WAITED.exec(sentence);
  if (waited?.[1]) {
    const what = (waited[2] ?? '').replace(/\b(?:our|my)\b/gi, 'your');
    return `you waited ${waited[1].replace(/mins$/, 'minutes')}${what ? ` to ${what}` : ''}`.replace(
      ' to to ',
      ' to ',
    );
  }
  const gone = NO_LONGER.exec(sentence);
  if (gone?.[1] && gone[2] && plainWords(gone[2]))
    return `we no longer ${gone[1].toLowerCase()} ${gone[2].trim()}`;
  const none = NONE_THERE.exec(sentence);
  if (
    none?.[1] &&
    none[2] &&
    plainWords(none[2]) &&
    !/^(?:problem|issue|complaint|way|need|doubt|reason)s?\b/i.test(none[2])
  )
    return `there ${none[1].toLowerCase()} no ${none[2]}`;
  const missed = MISSED.exec(sentence);
  if (missed?.[1] && plainWords(missed[1])) return `${missed[1].toLowerCase()} would have been welcome`;
  return null;
}

const OWN_THINGS =
  /^(?:laptop|computer|pc|desktop|mac|car|truck|house|home|apartment|wife|husband|kids?|son|daughter|dog|cat|eyes|ears|hands|wrists|back|old|tv|router|phone)$/i;

function readsAsQuibble(raw: string, wished: boolean): string | null {
  const text = toSecondPerson(raw).replace(/^their\b/i, 'the');
  const words = text.split(/\s+/);
  const subject = words[0] ?? '';
  // "it is a little hard to plug in" says plainly what was wrong with the thing reviewed; other pronouns do not.
  const plainIt = /^it is (?:a bit|a little|too|rather|quite|slightly|somewhat) [a-z]+\b/i.test(text);
  const youNeed = /^you (?:still |also |will )?(?:need|have) to\b/i.test(text);
  if (words.length < 3 || words.length > 12 || (PRONOUN.test(subject) && !plainIt && !youNeed)) return null;
  if (!wished && !CRITICAL_CLAUSE.test(words.slice(2).join(' '))) return null;
  // A name, a figure or a quote inside reads badly when repeated; so does the reviewer's own "I".
  if (/\s\p{Lu}\p{Ll}|\d|["“”&]|\b(?:you|i|we)\b/u.test(words.slice(1).join(' '))) return null;
  // Repeated in a reply to a good review, "the free breakfast" reads like a reward.
  if (words.some((w) => REWARD_WORDS.test(w.toLowerCase()))) return null;
  // "You need to get a SMALL ring ,": told back in the reply's own case and punctuation.
  // "My laptop is old": a fault of the reviewer's own things is no quibble with us; nor is the cue itself.
  if (/^your$/i.test(subject) && OWN_THINGS.test(words[1] ?? '')) return null;
  if (/^the (?:only|one|main|biggest)\b/i.test(text)) return null;
  if (youNeed)
    return text
      .replace(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu, (w) => w.toLowerCase())
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/[\s,;:(]+$/, '')
      .replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (!plainIt && !/^(?:the|your|our)$/i.test(subject) && !isNounPhrase(subject)) return null;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
