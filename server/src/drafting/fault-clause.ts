import { isNounPhrase, readsAsClause, toSecondPerson } from './phrase-problem.ts';
import { readsCleanly } from './spelling.ts';

/**
 * What a product does wrong, in the reviewer's own clause and turned to face them: "the handset keeps losing the
 * base only twenty feet away", "the cord no longer retracts", "it hums on calls whenever your laptop is plugged in".
 * Read only from a clause whose subject is the thing itself ("it", "this unit", "the cord") and whose verb says a
 * fault; never from advice, a wish, a hypothetical, a comparison with another product, what a third party did, or
 * a part the reviewer praised. Null when no clause is that plain.
 */

const MIN_WORDS = 2;
const MAX_WORDS = 15;

// People, firms and things that are not the product: their doings are no fault of the product's. What the reviewer
// was cleaning or wiping off (a stain, dirt) is theirs, not a part of the product.
const NOT_THE_THING =
  /\b(?:company|store|shop|seller|amazon|ebay|maker|manufacturer|support|service|rep|reps|representative|tech|techs|technician|staff|people|guy|man|woman|lady|person|customer|customers|forum|website|site|web|page|review|reviews|reviewer|reviewers|warranty|refund|return|order|package|shipping|delivery|price|money|box|packaging|manual|instructions|description|ad|listing|problem|issue|thing|things|point|reason|rest|only|fact|first|way|result|idea|answer|response|reply|email|call|phone call|husband|wife|son|daughter|friend|kids?|family|boss|wifi|internet|network|computer|laptop|pc|mac|car|house|room|office|tv|television|other|old|previous|last|original|stains?|marks?|dirt|spots?|grease|mud|dust|mess)$/;

// What a part is too much or too little of to work as it should. Not "too expensive": a price is no fault of the thing.
const TOO_MUCH =
  'weak|dim|faint|quiet|soft|loose|flimsy|fragile|thin|short|small|slow|stiff|tight|heavy|bulky|sensitive|noisy|loud|hot';

// A part too weak or too faint for its use: "the slide lock is too weak", "the volume is not loud enough", "the
// display was hard to read".
const PART_STATE = [
  `(?:is|was|are|were) (?:way |far |much |just |simply )?too (?:${TOO_MUCH})`,
  '(?:is|was|are|were) not (?:nearly |quite )?(?:loud|bright|strong|sturdy|powerful|sensitive) enough',
  '(?:is|was|are|were) (?:very |so |too |really )?(?:hard|tough|difficult|impossible) to (?:read|see|hear|press|push|open|close|reach|turn)',
].join('|');
// A title's fault is taken only where it names the part and its state: titles are verdicts as often as accounts
// ("This product stinks", "Great until it broke"), and our own reading of the text says those better.
const TITLE_FAULT = new RegExp(`^(?:the|your|these) [a-z -]+? (?:${PART_STATE})\\b`);

// A fault said as a verb: what the thing does or did wrong, again and again or just now.
const DOES_WRONG = [
  'drop(?:s|ped|ping)?',
  'los(?:es|t|ing)',
  'hum(?:s|med|ming)?',
  'buzz(?:es|ed|ing)?',
  'hiss(?:es|ed|ing)?',
  'crackl(?:es|ed|ing)',
  'distort(?:s|ed|ing)?',
  'stutter(?:s|ed|ing)?',
  'whin(?:es|ed|ing)',
  'squeal(?:s|ed|ing)?',
  'rattl(?:es|ed|ing)',
  'beep(?:s|ed|ing)?',
  'overheat(?:s|ed|ing)?',
  'freez(?:es|ing)',
  'froze',
  'crash(?:es|ed|ing)',
  'skip(?:s|ped|ping)?',
  'leak(?:s|ed|ing)?',
  'flicker(?:s|ed|ing)?',
  'fad(?:es|ed|ing)',
  'disconnect(?:s|ed|ing)',
  'reboot(?:s|ed|ing)?',
  'restart(?:s|ed|ing)?',
  'jam(?:s|med|ming)?',
  'peel(?:s|ed|ing)?',
  'crack(?:s|ed|ing)?',
  'warp(?:s|ed|ing)?',
  'melt(?:s|ed|ing)?',
  'smell(?:s|ed|ing)?',
  'stink(?:s|ing)?',
  'stank',
  'drain(?:s|ed|ing)?',
  'wobbl(?:es|ed|ing)',
  'slip(?:s|ped|ping)?',
  'scratch(?:es|ed|ing)',
  'cycl(?:es|ed|ing) on and off',
  'blew',
  'blows',
  'burn(?:s|ed|t)? out',
  '(?:went|goes|go) (?:out|dead|blank|black)',
  'shorts? out',
  'shorted out',
  'shuts? (?:off|down)',
  'turns? (?:itself )?off',
  'turned (?:itself )?off',
  'falls? (?:apart|off|out)',
  'fell (?:apart|off|out)',
  'breaks?',
  'broke',
  'activat(?:es|ed|ing)',
  'refus(?:es|ed) to',
  'fail(?:s|ed)? to',
  'stop(?:s|ped) \\w+ing',
  'quit \\w+ing',
  '(?:has|had|have) (?:[a-z]+ )?(?:problems|trouble) with',
  '(?:has|had|have) [a-z]+ (?:problems|trouble)',
  // A state that is itself the fault: "the inserts are misaligned", "the image is stored unencrypted".
  '(?:is|was|are|were|went|goes|came|comes|arrived) (?:now |still |completely |totally |always |often |stored |saved |sent )?(?:dead|defective|faulty|loose|misaligned|stuck|unencrypted|incompatible with|not compatible with|out of (?:sync|focus|alignment)|off by|not (?:aligned|lined up|encrypted))',
  '(?:do|does|did) not (?:line up|align|fit|stay|hold|charge|retract|connect|pair|sync|register|respond|read|recogni[sz]e|detect)',
  // A part too weak or too faint for its use: "the slide lock is too weak", "the volume is not loud enough", "the
  // display was hard to read".
  PART_STATE,
];
const FAULT_VERB = new RegExp(
  [
    `(?:[a-z]+ly\\s+)?(?:(?:seems to|seemed to|keeps|kept|keeps on|kept on|constantly|always|often|frequently|randomly|sometimes|occasionally|still|also|then|just|suddenly|now|(?:started|starts|began|begins)(?: to)?)\\s+)*(?:${DOES_WRONG.join('|')})\\b`,
    // What it will not, does not or cannot do.
    "(?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|can't|cannot|can not|couldn't|could not|never|no longer|barely|hardly|isn't able to|is not able to|wasn't able to|was not able to) (?:even |always |properly |reliably |fully )?[a-z]+\\b",
  ].join('|'),
);

// What the verb leaves unsaid: a bare "does not work" or "stopped working" names no fault of its own.
const BARE_TAIL =
  /^(?:\s*(?:at all|completely|totally|entirely|altogether|all together|properly|right|correctly|well|anymore|any more|now|again|either|too))*\s*$/;
const BARE_SMELL = /(?:smell|smells|smelled|stinks?|stank)$/;
const EMPTY_VERB =
  /(?:work|working|function|functioning|do|did|does|happen|be|have|go|get|make|last|lasted|help|matter)$/;

// A clause from a sentence that wishes, supposes, advises, asks or weighs one product against another.
const NOT_A_FAULT =
  /\b(?:if|unless|whether|would be|might|may|maybe|perhaps|probably|hopefully|hope|hoped|hoping|wish|supposed|suppose|assume|assumed|expect|expected|thought|think|guess|seems?(?! to\b)|seemed(?! to\b)|claims?|claimed|advertised|says|said|than|compared|unlike|instead|rather|cheaper|better|worse|other|another|others|previous|old|older|buy|bought|recommend|avoid|should|must|try|tried|lol)\b|[?"“”]/i;
// Words that praise the thing: a clause with them is not its fault.
const PRAISE =
  /\b(?:great|good|nice|fine|love|loved|excellent|perfect|perfectly|amazing|awesome|well|best|happy|pleased|ok|okay|decent|solid|clear|easy|comfortable)\b/i;
// The reviewer addressing other buyers, or a part of the sentence pointing back at something said before it.
const POINTS_ELSEWHERE =
  /\b(?:you|your|yours|he|she|him|her|they|them|their|it|this|that|these|those|which|who|such|same|one|ones|being)\b/i;
const TURN = /\b(?:but|yet|though|although|even though)\b/i;
// Words that say something went wrong but never what.
const VAGUE = /\b(?:anything|nothing|everything|something|stuff|things?)\b/i;
// Where a clause ends: a turn, a reason, the next thing the reviewer did.
const CLAUSE_END =
  /\s*(?:[,;:()]|\s[-–—]\s|\.\.+|\b(?:but|and(?= (?:then|i|we|it|the|my|that|this|now|also)\b)|so|because|since|although|though|until|unless|if|after (?:i|we)|before (?:i|we)|as (?:these|they|all|most|many|do|does|did)|which|when i|while|as soon as|even though|yet)\b)/i;
// The opening words of a sentence that lead into the clause without changing it.
const LEAD_IN =
  /^(?:(?:and|but|so|then|now|also|plus|however|unfortunately|sadly|still|finally|even worse|worse still|to make (?:it|things|matters) worse|what's worse|worse|suddenly|after (?:a|about|only|just|\w+) (?:few )?(?:days|weeks|months|hours|uses)|within (?:a|\w+) (?:days|weeks|months))\b,?\s*)+/i;

// Short forms spelt out, so the clause reads in a reply's own register.
const SPELT_OUT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bwouldn't\b/g, 'would not'],
  [/\bdoesn't\b/g, 'does not'],
  [/\bdidn't\b/g, 'did not'],
  [/\bcan't\b/g, 'cannot'],
  [/\bcan not\b/g, 'cannot'],
  [/\bcouldn't\b/g, 'could not'],
  [/\bisn't\b/g, 'is not'],
  [/\bwasn't\b/g, 'was not'],
  [/\bit's\b/g, 'it is'],
];

// Short names written in capitals that read as words, not brands: "the USB port", "the TV".
const CAPS_WORD = /^(?:I|TV|USB|PC|DVD|CD|AC|DC|GPS|LCD|LED|HDMI|MP3|AM|FM|SD|RAM)[,.]?$/;

type Found = { clause: string; start: number };

// A short phrase of time or place the reviewer opens with: "with a full charge", "after two weeks".
const OPENING_PHRASE =
  /^(?:(?:with|on|in|at|after|within|during|from|over|under|by|for) (?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+,? )(?=(?:it|the|my|this)\b)/i;
const FAULT_AT_START = new RegExp(`^\\s*(?:${FAULT_VERB.source})`);
const SUBJECTS = [
  /^(?:it|this)\b/,
  /^this (?:one|thing|unit|item|product)\b/,
  /^(?:the|my|this|these|both) [a-z-]+\b/,
  /^(?:the|my|this|these|both) [a-z-]+ [a-z-]+\b/,
  /^(?:the|my|this|these|both) [a-z-]+ [a-z-]+ [a-z-]+\b/,
];

/** The subject a piece opens with, when a fault verb follows it: shortest first, so "the cord" is not "the cord no". */
function faultAfter(lower: string): { subject: string; verb: string } | null {
  for (const pattern of SUBJECTS) {
    const subject = pattern.exec(lower)?.[0];
    if (!subject) continue;
    const head = subject.split(' ').pop() ?? '';
    if (subject !== 'it' && subject !== 'this' && NOT_THE_THING.test(head)) continue;
    // "The alarm was", "my movies will": a subject read into its verb is no subject.
    const verb = FAULT_AT_START.exec(lower.slice(subject.length))?.[0];
    // The tagger reads some compounds alone as a verb ("the belt clip"); read with their verb they show as nouns.
    const named = subject.replace(/^(?:my|this|these|both)\b/, 'the');
    const rest = lower.slice(subject.length).trim();
    if (/\s/.test(subject) && !isNounPhrase(named) && !(verb && readsAsClause(named, rest))) continue;
    if (verb) return { subject, verb };
  }
  return null;
}

// The reviewer could not get the thing to do what it is for: "I can't get it to pair", "I was unable to get this
// hunk of junk to even turn on".
const COULD_NOT_GET =
  /^(?:i|we) (?:can't|cannot|can not|couldn't|could not|am unable to|was unable to|were unable to|are unable to|have not been able to|haven't been able to|was never able to|never could) (?:even )?get (?:it|this|them|these|this (?:[a-z-]+ ){0,3}?[a-z-]+|the [a-z-]+(?: [a-z-]+)?) to ((?:even )?[a-z]+(?: [a-z-]+){0,8})$/;

const DENIED = new RegExp(
  `(?:\\bnot|\\bnever|n't|\\bno longer|\\bbarely|\\bhardly|\\bcannot)\\s+(?:even |always |once |ever )?(?:${DOES_WRONG.join('|')})\\b`,
);

type Clause = { clause: string; body: string };

/**
 * The fault clause that opens a piece of a sentence, and the words after its subject; or null. A piece with no
 * subject of its own ("and distorts at the slightest bass") takes the one before it in the sentence.
 */
function faultIn(piece: string, carried: string | null, joined: boolean): Clause | null {
  const text = piece.replace(LEAD_IN, '').replace(OPENING_PHRASE, '').trim();
  const lower = text.toLowerCase();
  const got = COULD_NOT_GET.exec(lower);
  if (got?.[1])
    return BARE_TAIL.test(got[1].replace(/^(?:even )?(?:work|function|go)\b/, ''))
      ? null
      : // Told as what the thing would not do, not as what the reviewer could not manage: "you could not get it to
        // retract" reads as a reproach.
        { clause: `it would not ${got[1]}`, body: got[1] };
  const own = faultAfter(lower);
  const bare =
    !own && carried && (joined || /^(?:and|also|then)\b/i.test(piece.trim()))
      ? FAULT_AT_START.exec(lower)
      : null;
  if (!own && !bare) return null;
  // "It never overheats", "the speaker does not distort": a fault denied is praise.
  if (DENIED.test(own?.verb ?? bare?.[0] ?? '')) return null;
  const subject = own?.subject ?? '';
  const verb = own?.verb ?? bare?.[0] ?? '';
  const tail = lower.slice(subject.length + verb.length);
  // "It does not work": a verb that says only that it failed leaves the fault unnamed, and so does one that goes on
  // to what followed from it ("stopped working completely, making you lose data").
  const said = EMPTY_VERB.test(verb.trim()) ? tail.replace(/\s+\w+ing\b.*$/, '') : tail;
  if (BARE_TAIL.test(said) && EMPTY_VERB.test(verb.trim())) return null;
  // "It smells": a smell told of nothing named, with nothing of what it was or how long it lasted, reads crude told
  // back; "the rice stank" still names what did.
  if (/^(?:it|this)?$/.test(subject) && BARE_TAIL.test(tail) && BARE_SMELL.test(verb.trim())) return null;
  // "The chemical smell was not so bad": a fault word followed by "was" is a noun, the subject of another verb.
  if (/^\s*(?:is|was|are|were|has|had)\b/.test(tail) && !/\s/.test(verb.trim())) return null;
  // "It did not meet my expectations", "it didn't live up to the hype": a verdict on the whole names no fault.
  if (
    /\b(?:meet|match|satisfy|fulfil+|live|measure)$/.test(verb.trim()) &&
    /^\s*(?:up to )?(?:my|our|the|any|all|anyone's|everyone's) (?:\w+ )?(?:expectations?|hype|needs|standards?|requirements|promises?|billing)\b/.test(
      tail,
    )
  )
    return null;
  // "It will not be the last": a negative of a verb that says nothing of its own.
  if (/(?:\bnot|\bnever|\blonger|n't) (?:be|have|get|go|do|make|let|give|take|say)$/.test(verb.trim()))
    return null;
  const kept = text.slice(0, text.length - (tail.length - said.length));
  const body = kept.slice(subject.length);
  return own ? { clause: kept, body } : { clause: `${carried} ${kept}`, body };
}

/** The subject a piece opens with, for a later piece of the sentence that leaves it out. */
const subjectOf = (piece: string): string | null => {
  const lower = piece.replace(LEAD_IN, '').trim().toLowerCase();
  const subject = SUBJECTS.map((p) => p.exec(lower)?.[0]).find(Boolean);
  return subject === 'it' || subject === 'this' ? subject : null;
};

/** Every fault clause in the review, in the order said, each checked to be plain enough to tell back. */
function faultClauses(text: string): Found[] {
  const plain = text
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\b(\d+) ?(?:mins?|minutes)\b/gi, '$1 minutes')
    .replace(/\b(\d+) ?(?:hrs?|hours)\b/gi, '$1 hours');
  const found: Found[] = [];
  let offset = 0;
  for (const sentence of plain.split(/(?<=[.!?])\s+/)) {
    const start = offset;
    offset += sentence.length + 1;
    if (/\?\s*$/.test(sentence)) continue;
    // The sentence cut at each turn; a clause after "but" is read on its own ("it worked at first, but then…").
    let rest = sentence.replace(/[.!]+$/, '').replace(LEAD_IN, '');
    let before = '';
    let carried: string | null = null;
    let joined = false;
    while (rest.length > 0) {
      const end = CLAUSE_END.exec(rest);
      const piece = end ? rest.slice(0, end.index) : rest;
      const clause = faultIn(piece, carried, joined);
      if (clause && tellable(clause, before, piece)) found.push({ clause: clause.clause, start });
      carried = subjectOf(piece) ?? carried;
      // After a turn ("…, but it drops calls") what came before, a hope or a word of praise, is left behind.
      before =
        end && (TURN.test(end[0]) || /[:;]/.test(end[0])) ? '' : `${before} ${piece} ${end?.[0] ?? ''}`;
      rest = end ? rest.slice(end.index + end[0].length).trim() : '';
      // A piece told after "and" may take the subject before it.
      joined = end !== null && /\band\b/i.test(end[0]);
    }
  }
  return found;
}

/**
 * Whether the clause can stand in a reply: short, plain, about the thing alone, and neither it nor what the sentence
 * said before it wishes, supposes, advises or compares.
 */
function tellable({ clause, body }: Clause, before: string, piece: string): boolean {
  const words = clause.split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  // What the reviewer says before the clause, and the clause itself: a wish or advice after it is another matter.
  const said = `${before} ${piece}`.replace(/\b(?:more|less|longer|fewer) than\b/gi, '');
  if (NOT_A_FAULT.test(said) || PRAISE.test(clause) || VAGUE.test(clause)) return false;
  // "When it is out of the cradle, it shows nothing": what "it" is there was said in the condition before it.
  if (/\b(?:when|whenever|while|once|after|before)\b/i.test(before)) return false;
  if (POINTS_ELSEWHERE.test(body.replace(/\bthe same\b/, ''))) return false;
  // A brand, a name or another product inside the clause: only short capital names that read as words.
  if (body.split(/\s+/).some((w) => /\p{Lu}/u.test(w) && !CAPS_WORD.test(w))) return false;
  if (
    /\d{3,}/.test(clause) &&
    !/\b\d+ (?:feet|ft|meters|metres|yards|minutes|hours|seconds|degrees)\b/i.test(clause)
  )
    return false;
  if (/\b(?:only|just|even|too|very|so|the|a|an|to|of|with|and|or|my|of the)$/i.test(clause)) return false;
  return readsCleanly(clause.replace(/\b(?:a|I)\b/g, ''));
}

/** The clause turned to face the reviewer: "my laptop" is "your laptop", short forms spelt out. */
function toldBack(clause: string): string {
  const spelt = SPELT_OUT.reduce((s, [from, to]) => s.replace(from, to), toSecondPerson(clause));
  return (
    spelt
      .replace(/^(?:This|It)\b/, (w) => w.toLowerCase())
      .replace(/^this (one|thing|unit|item|product)\b/i, 'it')
      // "This stopped charging" is "it stopped charging"; "this power bank stopped…" is "the power bank stopped…".
      .replace(/^this\b/i, (_, at: number, all: string) =>
        FAULT_AT_START.test(all.slice(at + 4).toLowerCase()) ? 'it' : 'the',
      )
      .replace(/^(?:my|My) /, 'your ')
      .replace(/^(?:The|These|Both) /, (w) => w.toLowerCase())
  );
}

/**
 * The product's lead fault as a clause told back to the reviewer, or null. The first plain fault clause wins, unless
 * a later one shares a word with the title, which says what the reviewer thinks the review is about.
 */
export function faultClause(text: string, opts: { title?: string | null } = {}): string | null {
  return readFault(text, opts.title ?? null)?.clause ?? null;
}

/** The lead fault told back, and whether the title names it too ("Does not retract" over "…get it to retract…"). */
export function readFault(text: string, title: string | null): { clause: string; inTitle: boolean } | null {
  const found = faultClauses(text);
  const titleStems = new Set(stemsOf(title ?? ''));
  // The title may say the fault plainly where the text only tells around it: "The slide lock key is too weak".
  const inTitle =
    found.find((f) => stemsOf(f.clause).some((stem) => titleStems.has(stem))) ??
    faultClauses(title ?? '').find((f) => TITLE_FAULT.test(toldBack(f.clause)));
  const lead = inTitle ?? found[0];
  if (!lead) return null;
  const told = withoutStill(toldBack(lead.clause), text);
  return /\byou you\b/.test(told) ? null : { clause: told, inTitle: inTitle !== undefined };
}

// Something done about the fault before, which a "still" in the fault points back to: a repair, an update, a second
// unit, another try.
const TRIED_BEFORE =
  /\b(?:fix\w*|repair\w*|replac\w*|updat\w*|upgrad\w*|reset\w*|return\w*|exchang\w*|sent (?:it |them )?back|again|another|second|new one|tried|trying|servic\w*|weeks? later|months? later|years? later)\b/i;
// "It still has tracking problems" opening a review: the subject, then the "still".
const STILL_AFTER_SUBJECT = /^((?:it|they|your [\w-]+|the [\w-]+(?: [\w-]+)?) )still /;

/**
 * The fault without a "still" that points back to nothing the review told: "it still has tracking problems, as these
 * cheap units tend to" is that it has them, told back as "it has tracking problems".
 */
function withoutStill(clause: string, text: string): string {
  return TRIED_BEFORE.test(text) ? clause : clause.replace(STILL_AFTER_SUBJECT, '$1');
}

// Words that carry no fault of their own, left out when a clause is matched against the title.
const PLAIN_WORDS = new Set([
  'could',
  'would',
  'does',
  'will',
  'have',
  'this',
  'that',
  'with',
  'even',
  'just',
  'your',
]);
// Content words cut to their first five letters: "retract" and "retracting", "drops" and "dropped".
const stemsOf = (text: string): string[] =>
  (text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])
    .filter((w) => !PLAIN_WORDS.has(w))
    .map((w) => w.slice(0, 5));
