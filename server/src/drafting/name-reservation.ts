/**
 * A happy reviewer's reservation named in a short noun phrase of our own ("the pages curling", "the song capacity",
 * "the slow transfers"), for the kinds of wording whose clause cannot be told back as it stands: a fault said as a
 * noun ("a slight curling of the pages"), as a limit ("can't fit more than 66 songs"), as something that happens now
 * and then ("begins to jam"), as time it takes, or as what happens when the owner moves ("slip out if you're
 * sweating"). Null where the sentence holds none of these, or denies the fault ("never jams").
 */

// Verbs whose doing is a fault in a thing: "a slight curling of the pages", "the screen flickering".
const FAULT_DOING =
  'curling|fading|peeling|yellowing|rattling|flickering|buzzing|humming|hissing|smudging|streaking|skipping|squeaking|squealing|leaking|warping|overheating|wobbling|sagging|creaking|crackling|clicking|whining|fogging|tangling|bleeding';
const DOING_OF = new RegExp(
  `\\b(?:a |some |the )?(?:slight |little |bit of |small amount of |occasional )*(${FAULT_DOING}) of (?:the |its |their )?([a-z]+s)\\b`,
  'i',
);
// "I can't fit more than 66-69 songs", "only holds 200 photos": a limit on how much it takes.
const CAPACITY =
  /\b(?:can't|cannot|can not|couldn't|could not|won't|will not|only) (?:fit|hold|store|take)s? (?:more than |over |about |around |up to |roughly )?[\d,.-]+ (song|photo|picture|file|track|video|disc|cd|page|cup|movie)s?\b/i;
// Paper caught in a feeder: "the top document feeder … begins to jam", "paper jams, double-feeding".
const JAMS = /\bjam(?:s|med|ming)?\b|\bmis-?feeds?\b|\bdouble-feed(?:s|ing)?\b/i;
const FEEDER = /\b(?:(document|paper|sheet) )?(feeder|feed roller|feeding roller|roller|tray)s?\b/i;
// "Jam" is a fault only of a machine that feeds paper: "the fresh jam on the toast", "the place was jammed" are not.
const PAPER_MACHINE =
  /\b(?:paper|sheets?|pages?|documents?|printers?|scanners?|copiers?|shredders?|fax|labels?|envelopes?|cartridges?|staplers?)\b/i;
const HEAVY_USE = /\b(?:after|with) (?:heavy|a lot of|lots of|long) (?:use|usage)\b/i;
// "…because it takes some time", said of moving things on or off it.
const TAKES_TIME = /\btakes? (?:some|a (?:long )?time|a while|ages|forever|too long|quite a while)\b/i;
const SLOW_DOING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:download|transfer|copy|upload)(?:s|ing|ed)?\b/i, 'the slow transfers'],
  [/\bcharg(?:e|es|ing)\b/i, 'the slow charging'],
  [/\b(?:boot|start)(?:s|ing)? up\b|\bstart-?up\b/i, 'the slow start-up'],
  [/\bprint(?:s|ing)?\b/i, 'the slow printing'],
];
// "instructions are sparse", "the manual is vague".
const THIN_GUIDE =
  /\b(instructions|manual|documentation|directions|user guide)(?: (?:is|are|was|were)| that (?:came|come)s? with it (?:is|are)) (?:a bit |rather |very |quite |pretty |fairly |somewhat )?(sparse|minimal|thin|skimpy|lacking|basic|vague|unclear|confusing|not (?:very |that |too )?clear|not (?:very |that )?helpful)\b/i;
// "The earbuds will easily slip out if you're sweating": a fault that shows when the owner moves.
const SLIPS =
  /\b(?:the |these |my )?(earbuds|earphones|buds|tips|headphones|straps?|band|cups|pads)(?: will| can| tend to| do| often| sometimes| easily)* (slip|fall|pop|come) (?:out|off|loose)(?: easily)? (?:if|when|while) (?:you(?:'re| are)?|i(?:'m| am)?) (sweat(?:ing|y)?|running|jogging|exercising|moving)\b/i;
const WHEN: Record<string, string> = {
  sweat: 'when you sweat',
  sweating: 'when you sweat',
  sweaty: 'when you sweat',
  running: 'when you run',
  jogging: 'when you jog',
  exercising: 'when you exercise',
  moving: 'when you move',
};
const GERUND: Record<string, string> = { slip: 'slipping', fall: 'falling', pop: 'popping', come: 'coming' };
// "The plastic window that covers the dial pops open": a part that will not stay put.
const COMES_LOOSE =
  /\bthe ((?:[a-z]+ ){0,2}(?:window|cover|lid|flap|door|clip|latch|cap|strap|buckle|tab|hinge|knob|tips?))(?: that [a-z ]{3,30}?)? (?:often |sometimes |easily |keeps |tends to |will )?(pop|come|fall|slip)s? (open|off|loose|out)\b/i;
// "I can hear my footsteps": sound of the wearer's own body carried through sealed earphones.
const OWN_SOUND =
  /\b(?:i|you) (?:can |could )?hear (?:my|your) (?:own )?(footsteps|steps|breathing|heartbeat|chewing)\b/i;
// "The sound is very flat": a plain verdict on what a speaker or screen gives out.
const OUTPUT_FAULT =
  /\b(?:the )?(sound|bass|treble|audio|picture|colours|colors|image)(?: quality)? (?:is|was|sounds|seems|looks|can be) (?:a bit |a little |rather |very |quite |pretty |somewhat |fairly )?(flat|tinny|muddy|boomy|harsh|dull|washed out|grainy|dim)\b/i;
// "…the hotel is lovely but not ideal to take young children": who a place or thing suits less well.
const SUITS_LESS =
  /\bnot (?:really |quite |very )?(?:ideal|suitable|suited|great|the best) (for|to take|to bring|with) ((?:young |small |little )?(?:children|kids|toddlers|babies|families|pets|dogs))\b/i;
const COMING: Record<string, string> = { 'to take': 'taking', 'to bring': 'bringing' };
// "My only issue was the broken Nespresso machine": the thing named whole after the reviewer's own cue.
const ONLY_ISSUE =
  /\b(?:my |the )?(?:only|one|main) (?:issue|complaint|gripe|flaw|problem|niggle|quibble) (?:was|is) (the (?:broken |missing |faulty |dirty |noisy )?[A-Za-z][a-z-]*(?: [A-Za-z][a-z-]*){0,2})\s*(?:$|[.!,;:(]|:\()/;
// "I just wish they had better sound quality": the thing wished better.
const WISHED_BETTER =
  /\bwish (?:it|they|there|the [a-z]+) (?:had|was|were|came with|offered) (?:a |an )?(?:better|more|bigger|longer|louder|clearer|stronger) ([a-z]+(?: (?:quality|life|range|capacity|volume))?)\b/i;
// "The initial hookup (according to the book) didn't seem quite right": the maker's own steps were off.
const STEPS_OFF =
  /\b(hook-?up|set-?up|installation|wiring)\b[^.!?]{0,40}?\b(?:according to|in|per|from) the (book|manual|instructions|guide|booklet)\b[^.!?]{0,20}?\b(?:didn't|did not|wasn't|was not|isn't|is not) (?:seem )?(?:quite )?(?:right|correct|clear|accurate)\b/i;
const STEPS: Record<string, string> = { hookup: 'hook-up', setup: 'set-up' };
// "The connector plug does not attach very firmly and can disconnect easily": a fitting that will not hold.
const LOOSE_FIT =
  /\b(connector plug|connector|plug|clip|mount|jack)\b[^.!?]{0,25}?\b(?:does not|doesn't|do not|don't|won't|will not) (?:attach|stay|hold|grip|sit) (?:very |that |too )?(?:firmly|securely|tight(?:ly)?|in place)\b/i;
// "Very short battery life": a plain verdict on how long a charge lasts.
const BATTERY = /\b(short|poor|weak|limited|disappointing) battery life\b/i;
// A fault denied or never met: "never jams", "no paper jams", "without curling".
const DENIED = /\b(?:no|never|without|not once|zero|n't|not)\s+(?:\w+\s+){0,4}$/i;

const denied = (sentence: string, at: number): boolean => DENIED.test(sentence.slice(0, at));

/** The reservation in a sentence as a short noun phrase of our own, or null. */
export function nameReservation(sentence: string): string | null {
  for (const read of READERS) {
    const named = read(sentence);
    if (named) return named;
  }
  return null;
}

const READERS: ReadonlyArray<(sentence: string) => string | null> = [
  (s) => {
    const m = DOING_OF.exec(s);
    return m?.[1] && m[2] && !denied(s, m.index) ? `the ${m[2].toLowerCase()} ${m[1].toLowerCase()}` : null;
  },
  (s) => {
    const m = CAPACITY.exec(s);
    return m?.[1] ? `the ${m[1].toLowerCase()} capacity` : null;
  },
  readJams,
  (s) => {
    if (!TAKES_TIME.test(s)) return null;
    return SLOW_DOING.find(([doing]) => doing.test(s))?.[1] ?? null;
  },
  (s) => {
    const m = THIN_GUIDE.exec(s);
    if (!m?.[1] || !m[2]) return null;
    const unclear = /vague|unclear|confusing|clear|helpful/i.test(m[2]);
    return `the ${unclear ? 'unclear' : 'thin'} ${m[1].toLowerCase()}`;
  },
  (s) => {
    const m = SLIPS.exec(s);
    const when = m?.[3] ? WHEN[m[3].toLowerCase()] : undefined;
    if (!m?.[1] || !m[2] || !when || denied(s, m.index)) return null;
    return `the ${m[1].toLowerCase()} ${GERUND[m[2].toLowerCase()] ?? 'slipping'} out ${when}`;
  },
  (s) => {
    const m = COMES_LOOSE.exec(s);
    const doing = m?.[2] ? GERUND[m[2].toLowerCase()] : undefined;
    if (!m?.[1] || !m[3] || !doing || denied(s, m.index)) return null;
    return `the ${m[1].toLowerCase()} ${doing} ${m[3].toLowerCase()}`;
  },
  (s) => {
    const m = STEPS_OFF.exec(s);
    if (!m?.[1] || !m[2]) return null;
    const steps = m[1].toLowerCase();
    return `the ${STEPS[steps] ?? steps} steps in the ${m[2].toLowerCase() === 'book' ? 'manual' : m[2].toLowerCase()}`;
  },
  (s) => {
    const m = LOOSE_FIT.exec(s);
    return m?.[1] ? `the ${m[1].toLowerCase()} coming loose` : null;
  },
  (s) => {
    const m = BATTERY.exec(s);
    return m?.[1] && !denied(s, m.index) ? `the ${m[1].toLowerCase()} battery life` : null;
  },
  (s) => {
    const m = OWN_SOUND.exec(s);
    return m?.[1] ? `the sound of your ${m[1].toLowerCase()} coming through` : null;
  },
  (s) => {
    const m = OUTPUT_FAULT.exec(s);
    if (!m?.[1] || !m[2] || denied(s, m.index)) return null;
    return `the ${m[2].toLowerCase()} ${m[1].toLowerCase()}`;
  },
  (s) => {
    const m = SUITS_LESS.exec(s);
    return m?.[1] && m[2] ? `${COMING[m[1].toLowerCase()] ?? 'visiting with'} ${m[2].toLowerCase()}` : null;
  },
  (s) => {
    const m = WISHED_BETTER.exec(s);
    return m?.[1] ? `the ${m[1].toLowerCase()}` : null;
  },
  (s) => {
    const m = ONLY_ISSUE.exec(s);
    return m?.[1] ? m[1].replace(/^The/, 'the') : null;
  },
];

/** Paper caught in a feeder, named by the part it catches in and how often. */
function readJams(sentence: string): string | null {
  const jam = JAMS.exec(sentence);
  if (!jam || denied(sentence, jam.index)) return null;
  const feeder = FEEDER.exec(sentence);
  if (!feeder && !PAPER_MACHINE.test(sentence)) return null;
  const when = HEAVY_USE.test(sentence) ? 'after heavy use' : 'now and then';
  if (!feeder?.[2]) return `the occasional paper jam`;
  const part = feeder[2].toLowerCase().replace(/^feed(?:ing)? roller$/, 'feed roller');
  return `the ${feeder[1] ? `${feeder[1].toLowerCase()} ` : ''}${part} jamming ${when}`;
}
