import { analyzeText } from '../triage/analyze-text.ts';
import { criticalClauses, type ScoredClause } from '../triage/situation/clauses.ts';
import { withoutTriedOther } from '../triage/situation/describe-complaint.ts';
import { aboutOwnUnderstanding, isFragment, toSecondPerson } from './phrase-problem.ts';
import { readsCleanly } from './spelling.ts';

/**
 * The reviewer's own account of what went wrong, told back to them: one short clause from the most critical part
 * of the review with its first person turned to the second ("no one asked if I needed any help" → "no one asked
 * if you needed any help"). Used only when no frame could name the grievance, and only when the clause is plain
 * enough to repeat: a subject we can turn, no names, quotes, questions, verdicts or feelings, no curses.
 */

const MOST_NEGATIVE = 6;
const MIN_WORDS = 3;
const MAX_WORDS = 16;

const LEAD =
  /^(?:(?:and|but|so|then|also|plus|however|unfortunately|sadly|well|oh|now|still|finally|instead|worse|worst of all|to top it off|on top of that|even worse|not only that|after that|once|yet|first|firstly|second|secondly|third|lastly|on top of it all)\b,?\s*)+/i;
const BUSINESS_NOUNS =
  'hotel|motel|restaurant|place|store|shop|company|owner|owners|management|business|establishment|location|salon|clinic|office|dealership|bar|cafe|spa|gym|studio|practice|firm|garage|website|site|app';
const STAFF_NOUNS =
  'staff|manager|waiter|waitress|server|servers|bartender|host|hostess|receptionist|front desk|clerk|cashier|technician|tech|mechanic|stylist|nurse|doctor|dentist|hygienist|cook|chef|driver|salesman|salesperson|sales rep|employee|employees|associate|agent|rep|representative|service advisor|advisor|attendant|valet|housekeeping|housekeeper|maid|plumber|electrician|installer|contractor|crew|workers';
// Subjects that can be told back: the reviewer, their party or belongings, "no one", "nothing", "there was", a
// thing, or one of our staff. "The do not offer…" is "they" mistyped, with no thing to tell back.
const SUBJECT = new RegExp(
  `^(?:i|we|my|our|no one|nobody|noone|nothing|none of|there (?:was|were|is|are|wasn't|weren't)|the (?!(?:${BUSINESS_NOUNS})\\b)(?!(?:do|did|does|don't|didn't|doesn't|is|are|was|were|will|would|can|could|have|has|had)\\b)[a-z]+)\\b`,
  'i',
);
const IT_SUBJECT = /^it(?:'s)?\b/i;
// "They" at the head of a clause that says what people did: the business, told back as "we". Not what they
// "claimed": told back as "we claimed", it calls our own word false.
const THEY_DID =
  /^they (?:refused|told|said|charged|kept|never|didn't|did not|wouldn't|would not|couldn't|could not|had not|hadn't|insisted|raised|lost|forgot|ignored|cancel(?:l)?ed|overcharged|sent|gave|made|took|tried|wanted|put|left|missed|messed|denied|blamed|rushed|hung up|failed)\b/i;
const STAFF_SUBJECT = new RegExp(`^the (${STAFF_NOUNS})\\b`, 'i');
// Openings that give a verdict, a wish or a feeling rather than what happened.
const NOT_ACCOUNT =
  /^(?:i|we) (?:(?:would|will|won't|wouldn't|will never|would never|do not|don't|can't|cannot|could not|couldn't|never) (?:deny|admit|lie|recommend|go|come|return|be back|be returning|be going|be coming|be visiting|be using|be shopping|be eating|be staying|eat|stay|shop|use|buy|order|give|waste|bother|believe|understand|say|tell|imagine)|(?:said|told|texted|emailed|asked|explained|replied|answered|mentioned|informed|posted|wrote)\b|(?:think|thought|feel|felt|guess|hope|hoped|wish|suppose|believe|know|knew|mean|understand|realize|realise|realized|realised|love|loved|like|liked|expect|expected|want|wanted|need|needed|give|gave|rate|rated|agree|found out|figured|decided|chose|went|came|walked|drove|called|asked|tried|bought|ordered|purchased|stayed|stopped|got here|arrived|am|was|were|are|'m|got) (?:(?:so|very|really|quite|extremely|a bit|a little|totally|completely|truly|just|pretty|beyond) )?(?:disappointed|upset|frustrated|angry|annoyed|sad|shocked|surprised|pissed|mad|unhappy|dissatisfied|not impressed|not happy|sorry|glad|happy|sure|afraid|lucky|done|going|about|here|there|back|a|an|one|two|zero|this|in|into|to|for|with|at|on|\d)\b|(?:haven't|hadn't|havent|hadnt) (?:yet )?(?:stayed|been|tried|eaten|used|visited|shopped)|(?:have|had) (?:(?:not|never) (?:yet )?(?:stayed|been|tried|eaten|used|visited|shopped)|been|to say|never|no idea|a (?:bad|terrible|horrible|awful|poor) experience)|(?:will|would|should|could|might|may|must|can|need|have to)\b|(?:[a-z]+ )?(?:for personal reasons|myself|ourselves)|(?:did not|didn't|do not|don't) have (?:any |enough )?(?:cash|money|change|time)|(?:did not|didn't|never|failed to) (?:pay attention|read|check|notice|realize|realise|look|think|bother|ask|know)|(?:am|are|'m|'re|was|were)(?: not|n't)? (?:typically|usually|normally|generally|ordinarily|often|one to|the type|the kind)\b|(?:do not|don't|did not|didn't|never|rarely|seldom) (?:typically |usually |normally |generally |ordinarily |often )?(?:write|leave|post|complain|care|fuss|mind|focus)\b)/i;
// How old the thing is ("it isn't even 18 months old"): the age that makes a fault worse, never the fault itself.
const AGE_ONLY =
  /^(?:and |but )?(?:it|they|this|the \w+)(?:'s| is| was| are| were)?(?:n't| not)? (?:even |only |barely |just )?(?:a |an |\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|a couple of)? ?(?:days?|weeks?|months?|years?) old\b/i;
const VERDICT_WORDS =
  /\b(?:recommend|stars?|review|reviews|yelp|google|worst|best|avoid|never again|stay away|waste of|rip-?off|scam|joke|ridiculous|unacceptable|pathetic|horrible|terrible|awful|disgusting|sucks?|sucked|crappy|lol|omg|wtf|experience|disappointed|disappointing|frustrat\w*|useless|junk|garbage|worthless|stinks?|stunk|happen|happened|deal|know|knew|actually|guess|maybe|probably|relative)\b/i;
const CRUDE =
  /\b(?:shit\w*|crap\w*|fuck\w*|ass|asses|damn\w*|hell|piss\w*|bitch\w*|wtf|stupid|idiot\w*|moron\w*|girl|girls|chick|dude)\b/i;
// Words a reviewer uses of the staff that cannot be told back as ours without taking a side.
const ACCUSATION =
  /\b(?:lied|liar|lying|stole|steal|stealing|thief|thieves|cheat\w*|fraud\w*|racist|scam\w*|drunk|high)\b/i;
// The reviewer's own next step or stance rather than what went wrong.
const OWN_DOING =
  /\b(?:return(?:ed|ing)?|going back|goes back|sent back|send(?:ing)? (?:it|them) back|refund\w*|principle)\b/i;
// Said of a clause the lexicon scores as neutral, these still mark a grievance.
const COMPLAINT_CUE =
  /\b(?:not|no|never|nobody|no one|nothing|n't|wrong|cold|late|waited|wait|without|refused|charged|overcharged|lost|forgot|ignored|missing|broken|broke|dirty|rude|raw|burnt|stale|slow|still|again|only|instead|kept|keeps|loses|lost|constantly|stopped|fails|failed|dropped|drops|useless|hardly|barely|rarely|too|breaks|broke|breaking|fell|falls|flimsy|cheap|poor|poorly|bad|badly|defective|failing|cracked|died|dies|dead|errors?|sat|had to|told|stuck|denied|flickers?|stiff|decreased|shrank|shrunk|halved|neither|loose|coming apart|came apart|fell off|falls off|keeps? (?:falling|coming|dropping|cutting))\b|n't\b/i;
// Cues that mark a grievance only beside another: "still waiting", "broke again", "only one of three worked".
const WEAK_CUES = /\b(?:still|again|only|instead)\b/gi;
const OWN_GRIEVANCE =
  /\b(?:not|no|never|nobody|no one|nothing|wait|waited|waiting|sat|had to|refused|charged|overcharged|was told|were told|lost|without|kept|denied|ignored|stuck)\b|n't\b/i;
// Praise said through a negative ("never had a bad meal", "nothing like a good sundae", "won't go anywhere else").
// Also praise of a place's ease or fair price said the same way ("doesn't take itself too seriously", "not too pricey").
const PRAISE_TURNED =
  /\b(?:never|no|not|nothing|n't|cannot|without)\b[^.]{0,25}\b(?:bad|complain\w*|disappoint\w*|regret\w*|better|worry|worries|hesitat\w*|fault|beat|like (?:a|the|it)|anywhere else|elsewhere|too (?:pricey|expensive|dear|busy|crowded|bad|shabby))\b|(?:n't|\bnot|\bnever) takes? (?:itself|themselves) (?:too |so )?seriously\b/i;
const CUT =
  /\s+(?:and|with|because|so|until|while|when|which|since|although|though|as|after|before|then|just to|only to)\s+/gi;

// Words that stand for a grievance without saying it: "stuff", "things", a count of flaws or problems, "there are
// no options" with nothing of what was wanted.
const VAGUE =
  /\b(?:stuff|things?|something|everything|anything)\b|\bno (?:other )?(?:options?|choices?|alternatives?)\b|\b(?:\d+|two|three|four|five|several|many|some|major|big|serious) (?:major |big |serious )?(?:flaws|problems|issues|defects)\b/i;

/** Whether a place in the text lies inside quotation marks: words someone said, not what the reviewer says happened. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

const CONCESSION =
  /^(?:granted|to be fair|in fairness|admittedly|at least|thankfully|luckily|fortunately|on the bright side|on the plus side|the good news)\b/i;

function tidy(raw: string): string {
  return raw
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:.!-]+$/g, '')
    .replace(LEAD, '')
    .trim();
}

/** Parts of a clause that can stand alone: cut at semicolons, dashes, commas and ellipses. */
function parts(text: string): string[] {
  return text
    .split(
      /\s*(?:;|\s[-–—]\s|,|\.\.\.+|\(|\)|\s(?:and|so)\s(?=(?:it|i|we|the|my|our|there|no one|nobody|nothing)\s))\s*/i,
    )
    .map(tidy)
    .filter((p) => p.length > 0);
}

/** A long part cut back to its opening clause at the first joining word, when what is left still says something. */
function shorten(part: string): string {
  const words = part.split(/\s+/);
  if (words.length <= MAX_WORDS) return part;
  for (const m of part.matchAll(CUT)) {
    const head = part.slice(0, m.index).trim();
    const n = head.split(/\s+/).length;
    if (n >= MIN_WORDS + 1 && n <= MAX_WORDS) return head;
  }
  return part;
}

// "The real difference is the new ones…", "the problem was that it…": words that only point at the fault, which the
// clause after them tells.
const LEAD_IN =
  /^(?:but |and )?the (?:real |main |big |biggest |only |one )?(?:difference|problem|issue|trouble) (?:is|was) (?:that )?(?=\S+ \S+ \S+)/i;

// "There is one problem": says a fault exists and nothing of what it is.
const ONLY_POINTS =
  /^there (?:is|was|are|were|'s) (?:\w+ ){0,2}(?:problems?|issues?|flaws?|things?|downsides?|drawbacks?|catch)$/i;

type Opts = { people: readonly string[]; products: boolean; staffOurs: boolean; theyOurs: boolean };

// Another firm the review names, whose "they" is theirs, not ours: "Amazon cancelled my order … they didn't even send
// any notification email".
const OTHER_FIRM =
  /\b(?:amazon|ebay|newegg|walmart|best buy|(?:the|a) (?:third[- ]party |marketplace )?seller|the manufacturer|the maker|the courier|the carrier|ups|fedex|usps|dhl)\b/i;

const PEOPLE_HEADS =
  /^the (?:[a-z]+ )?(?:woman|man|lady|guy|gentleman|person|people|kid|kids|boy|girl|husband|wife|son|daughter|friend|family|customer|customers|couple|owner|owners|bad thing|only thing|thing|(?:bad|good|best|worst|hard|sad|funny|fun|annoying|scary) part|problem|issue|worst|reason|point|rest|fact|whole|first|last|other|next)\b/i;

/** Whether the part's subject is one we can tell back, and how: as it is, as "we" or as "our <staff>". */
function subjectKind(part: string, opts: Opts): 'as-is' | 'we' | 'our' | null {
  if (IT_SUBJECT.test(part)) return opts.products ? 'as-is' : null;
  if (THEY_DID.test(part)) return opts.theyOurs ? 'we' : null;
  if (STAFF_SUBJECT.test(part)) return opts.staffOurs ? 'our' : null;
  if (PEOPLE_HEADS.test(part)) return null;
  return SUBJECT.test(part) ? 'as-is' : null;
}

// A clause that stops at its verb ("the pita bread is not") leaves out what it is not.
const CUT_SHORT =
  /\b(?:is|was|are|were|do|does|did|has|have|had|can|could|would|will)(?: not|n't)?$|\b(?:isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|couldn't|wouldn't|won't|not)$/i;
// A bare number ("a phone call by 1000") is a time or a code that reads oddly out of its sentence.
const BARE_NUMBER =
  /(?<![$£€\d.,])\b\d{3,}\b(?![.,]?\d|\s*(?:%|dollars|pounds|euros|miles|feet|ft|gb|mb|mah|watts?|hours?|minutes?|days?))/i;

function tellable(part: string, opts: Opts): boolean {
  const words = part.split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  if (CUT_SHORT.test(part) || BARE_NUMBER.test(part)) return false;
  // "the service centers being sorry for the delays": a subject with no verb of its own is not a clause.
  if (/^(?:the|my|our) (?:[a-z-]+ ){0,2}(?:not )?(?:being|having|getting)\b/i.test(part)) return false;
  if (/\b(?:only|just|even|too|also|still|so|very)$/i.test(part)) return false;
  // "the ability of the unit to reliably turn on multiple components was poor": a review's abstract noun phrase, told
  // back word for word, reads as pasted in.
  if (
    /^the (?:[a-z]+ )?(?:ability|inability|capability|capacity|functionality|usability|process|concept|idea) (?:of|to|for)\b/i.test(
      part,
    )
  )
    return false;
  // "I have had nothing but complaints": cut before "but", the clause says the opposite of what happened.
  if (/\b(?:nothing|anything|everything|none)$/i.test(part)) return false;
  if (
    NOT_ACCOUNT.test(part) ||
    AGE_ONLY.test(part) ||
    aboutOwnUnderstanding(part) ||
    isFragment(part) ||
    /^(?:i'm|i'll|i'd|im|ill)\b/i.test(part) ||
    /\bfor personal reasons\b/i.test(part)
  )
    return false;
  // What the reviewer did is a grievance only when it says what they were put through or went without.
  if (/^(?:i|we)\b/i.test(part) && (!OWN_GRIEVANCE.test(part) || /^\w+ (?:then|just|now)\b/i.test(part)))
    return false;
  // "It has only a few scratches": the reviewer playing a fault down is not the grievance.
  if (/\bonly (?:a few|a little|a couple|minor|one|needed)\b/i.test(part)) return false;
  // A part that is itself neither negative nor a plain complaint is scene-setting, not the grievance; "still",
  // "again", "only" or "instead" alone do not make it one ("it's still lying there", "we went again").
  if (analyzeText(part).score >= 0 && !COMPLAINT_CUE.test(part.replace(WEAK_CUES, ''))) return false;
  // "did not contacted": a slip that would read as ours.
  if (
    /\b(?:did not|didn't|didnt|does not|doesn't|never did|to) \w+ed\b/i.test(part) &&
    !/\b(?:need|feed|speed|bleed|seed|proceed|exceed|succeed)\b/i.test(part)
  )
    return false;
  if (/["“”?!*&/]|(?:^|\s)'|'(?:\s|$)|\b(?:you|your|you're|yours)\b/i.test(part)) return false;
  // Names and brands: any capital after the first word, other than the reviewer's own "I".
  if (words.slice(1).some((w) => /\p{Lu}/u.test(w) && !/^I(?:'[a-z]+)?[,.]?$/.test(w))) return false;
  if (/\p{Lu}{2,}/u.test(words[0] ?? '')) return false;
  if (VERDICT_WORDS.test(part) || CRUDE.test(part) || ACCUSATION.test(part) || PRAISE_TURNED.test(part))
    return false;
  // "The weird stuff started", "it has two major flaws": says that something went wrong, never what.
  if (VAGUE.test(part)) return false;
  // "Nobody is that bad", "no one is as slow": a comparison with someone else, not what went wrong here.
  if (
    /^(?:nobody|no one|noone|nothing|none) (?:is|was|are|were|could be|can be) (?:that|as|so|this)\b/i.test(
      part,
    )
  )
    return false;
  // "It's getting returned", "it is an issue of principle": what the reviewer did or thinks of it, not the fault.
  if (OWN_DOING.test(part)) return false;
  // "The bulb is covered by warranty", "my warranty was out": where the warranty stands, not what went wrong.
  if (
    /\b(?:covered by|under|within|out of) (?:the |a |its |my )?warranty\b|\bwarranty (?:was |had |has |is )?(?:out|expired|run out|ran out|over|up)\b/i.test(
      part,
    )
  )
    return false;
  // "He", "she", "they" and the like later in the clause point at something said before it, which the reader of
  // the reply would not have.
  const rest = part.replace(/^(?:it(?:'s)?|they|the \w+)\b/i, '');
  if (
    /\b(?:he|she|him|her|his|hers|they|them|their|it|its|it's|this|these|those|which|who|whom)\b/i.test(rest)
  )
    return false;
  return readsCleanly(part.replace(/\b(?:a|I)\b/g, ''), opts.people);
}

// What "it" may stand for other than the item: "I posted a review, but it hasn't appeared".
const OTHER_IT =
  /\b(?:review|post|message|email|e-mail|letter|comment|question|request|claim|complaint|refund|rebate|form|application|ticket|voicemail)s?\b/i;

const MISSING_FROM =
  /^it(?:'s| is| was)(?: not|n't) (?:on|in|inside|included (?:on|in|with)) (?:the|that) (?:cd|cd-rom|disc|disk|box|package|packet|bag|website|site|download)\b/i;

/**
 * Whether the part says what it says without the words before it: its "it" is the item, not a review or a letter
 * named just before, and its subject is not the second of two things ("the inserts and the software don't align").
 */
function standsAlone(part: string, clause: ScoredClause, text: string): boolean {
  const at = clause.text.indexOf(part);
  const before = at > 0 ? clause.text.slice(0, at) : '';
  if (/^(?:.*[,;:]\s*)?(?:the|my|our|these|this|both) (?:[a-z-]+ ){0,2}[a-z-]+ and\s*$/i.test(before))
    return false;
  // "tired of the brand and the service centers being sorry": the second thing the reviewer is tired of, not a
  // clause of its own.
  if (/\b(?:of|about|with|over)\s+(?:[\w'-]+\s+){1,3}and\s*$/i.test(before)) return false;
  // An "it" that was not where it should be ("it's not on the disk included in the box") is something named
  // before it, a driver or a part, never the item itself: told back alone, it stands for nothing.
  if (MISSING_FROM.test(part)) return false;
  if (IT_SUBJECT.test(part)) {
    const sentenceStart = Math.max(
      0,
      ...['.', '!', '?'].map((stop) => text.lastIndexOf(stop, clause.start) + 1),
    );
    if (OTHER_IT.test(text.slice(sentenceStart, clause.start) + before)) return false;
  }
  return true;
}

// What we said or promised, then undone by what came next ("they said I was only being charged for 3 nights. But
// the next day my card showed 4"): the promise is what the reviewer wanted, and what broke it is the grievance.
const SAID_THEN_BROKEN = /^they (?:said|told|assured|promised)\b/i;
const BROKEN_NEXT =
  /^[\s.!?,;:)-]*(?:but|however|yet|instead|only to|then|the next day|a (?:day|week) later|turns out|it turned out)\b/i;
const brokenAfter = (text: string, clause: ScoredClause): boolean => {
  const at = text.indexOf(clause.text, Math.max(0, clause.start - 1));
  if (at < 0) return false;
  const after = text.slice(at + clause.text.length);
  // Within the sentence ("…, but it was never done") or opening the next one ("But the next day…").
  const ended = /[.!?]\s*$/.test(clause.text);
  const sentenceEnd = ended ? 0 : after.search(/[.!?](?:\s|$)/);
  if (sentenceEnd < 0) return false;
  return BROKEN_NEXT.test(after.slice(sentenceEnd)) || /,\s*but\b/i.test(after.slice(0, sentenceEnd));
};

/**
 * One clause of the review's most critical part, told back in the second person, or null when none reads safely.
 * `products`: the review is about goods, so "it" is the item; `staffOurs`: the staff named are the business's own.
 */
export function reportedClause(
  text: string,
  opts: {
    people?: readonly string[];
    products?: boolean;
    staffOurs?: boolean;
    /** The text's clauses, most critical first, when the caller has them already. */
    clauses?: readonly ScoredClause[];
  } = {},
): string | null {
  const o: Opts = {
    people: opts.people ?? [],
    products: opts.products ?? false,
    staffOurs: opts.staffOurs ?? true,
    theyOurs: (opts.staffOurs ?? true) && !OTHER_FIRM.test(text),
  };
  // Another maker's product the reviewer tried instead is not the one we answer for.
  const own = withoutTriedOther(text);
  const clauses = (own !== text ? criticalClauses(own) : (opts.clauses ?? criticalClauses(text)))
    .filter((c) => c.score < 0 || (c.score <= 0.2 && COMPLAINT_CUE.test(c.text)))
    .filter((c) => !/\?\s*$/.test(c.text))
    .slice(0, MOST_NEGATIVE);
  for (const clause of clauses) {
    // "Granted, they did not charge for the cut": what the reviewer concedes is not the grievance.
    if (CONCESSION.test(clause.text.trim())) continue;
    // A clause someone else said ("We don't have a server in there."), quoted: told back it reads as ours.
    if (insideQuote(own, clause.start)) continue;
    for (const raw of parts(clause.text)) {
      const part = shorten(raw.replace(LEAD_IN, ''));
      if (ONLY_POINTS.test(part)) continue;
      const kind = subjectKind(part, o);
      if (!kind || !tellable(part, o)) continue;
      if (kind === 'we' && SAID_THEN_BROKEN.test(part) && brokenAfter(own, clause)) continue;
      if (kind === 'as-is' && !standsAlone(part, clause, own)) continue;
      // "The depth is also not great": the "also" ties it to a fault the reply does not tell, so it goes.
      const told = toSecondPerson(part)
        .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
        .replace(
          / (?:also|too|as well|either)(?=$| (?:not|never|so|very|really|quite|too|pretty|rather)\b)/,
          '',
        );
      if (/\byou you\b/.test(told)) continue;
      if (kind === 'we') return told.replace(/^they\b/, 'we');
      if (kind === 'our') return told.replace(/^the\b/, 'our');
      return told;
    }
  }
  return null;
}
