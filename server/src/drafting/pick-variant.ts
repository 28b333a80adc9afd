import escapeRegExp from 'escape-string-regexp';
import QuickLRU from 'quick-lru';
/** FNV-1a: a small, stable string hash so the same review always gets the same wording. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Chooses one option for a part of the reply; each part has its own salt so parts vary independently. `lastUse`
 * says how much and how recently the business used an option (-1: not in its recent replies; otherwise the higher,
 * the more and the later): an option not used lately is taken before any that was, so a page of replies does not
 * repeat a sentence, and when every option was used, the one used least and longest ago.
 */
export function pickVariant<T>(
  options: readonly T[],
  seed: number,
  salt: string,
  lastUse: (option: T) => number = () => -1,
): T {
  const index = hashText(`${salt}:${seed}`) % options.length;
  let best: T | undefined;
  let bestUse = Number.POSITIVE_INFINITY;
  for (let step = 0; step < options.length; step++) {
    const option = options[(index + step) % options.length];
    if (option === undefined) continue;
    const use = lastUse(option);
    if (use < 0) return option;
    if (use < bestUse) {
      best = option;
      bestUse = use;
    }
  }
  const chosen = best ?? options[0];
  if (chosen === undefined) throw new Error(`no variants for ${salt}`);
  return chosen;
}

/**
 * How much and how lately a business's recent replies (oldest first) used a template's wording: -1 when none of
 * them did; otherwise the lower, the better to use again (one shared phrase in the oldest reply is 0). The texts it
 * reads are kept on it, so a part of the reply can ask how recent replies were shaped as well as worded.
 */
export type UsedLately = ((template: string) => number) & { texts?: readonly string[] };

/**
 * Stock phrases a reader of one business's page notices however the sentence around them runs: "should have been",
 * "make this right", "directly", "within a day". A template carrying one counts as used wherever a recent reply
 * carries the same phrase, whichever template put it there.
 */
const STOCK_PHRASES: readonly RegExp[] = [
  /\bshould(?: not)? have\b/i,
  /\b(?:make|put|putting|making|set|sort|settle) (?:this|it|things|that) (?:right|straight)\b|\bmake amends\b|\bmake (?:this|it) up\b/i,
  /\bdirectly\b/i,
  /\bpersonally\b|\bmyself\b/i,
  /\b(?:fell|fall|falls|falling) (?:so far )?(?:short|below)\b/i,
  /\b(?:let|letting|lets) (?:you|us) down\b/i,
  /\bthanks? (?:you )?for taking the (?:time|trouble)\b/i,
  /\bI would welcome\b/i,
  /\bI would like\b/i,
  /\bI want to\b/i,
  /\bwe did not\b|\bdid not (?:get this right|do better|do our job)\b/i,
  /\bnot the (?:standard|experience)\b/i,
  /\bnot good enough\b/i,
  /\b(?:whichever|if that) is easier\b|\bif you prefer\b/i,
  /\b(?:the|a) chance to\b/i,
  /\bconversation\b/i,
  /\bgrateful\b/i,
  /\bglad\b/i,
  /\bI promise\b/i,
  /\bmy answer\b/i,
  /\bI will see\b/i,
  /\bthis time tomorrow\b/i,
  /\bsorry to see\b/i,
  /\bsorry to learn\b/i,
  /\bI was (?:really |so |very )?sorry\b/i,
  /\b(?:get|come) back to you\b|\bhear back\b/i,
  /\bsee (?:it|this) through\b/i,
  /\bwhenever\b|\bat any time\b/i,
  /\bproperly\b/i,
  /\bon (?:us|the house)\b/i,
  /\btalk (?:this|it) through\b/i,
  /\bI (?:apologi[sz]e|regret)\b|\bapologies\b/i,
  /\bdeserved better\b/i,
  /\bto hear\b/i,
  /\bto read\b/i,
  /\bflagging\b/i,
  /\bI will answer\b/i,
  /\bI will (?:reply|respond)\b/i,
  /\bbe in touch\b/i,
  /\bI am (?:so |very |truly |really )?sorry\b/i,
  /\bthank you for\b/i,
  /\bwhat you (?:said|wrote) (?:about|on)\b/i,
  /\b(?:good|nice|great|lovely) to know\b/i,
  /\bit sounds (?:like|as though)\b/i,
  /\bhow easy it is\b/i,
  /\bneeds? a hand\b|\bneed a hand\b/i,
  /\bmany thanks\b/i,
  /\bhow kind of you\b/i,
  /\bmuch appreciated\b/i,
  /\bkit\b/i,
  /\bthe kind (?:words|review)\b/i,
  /\bmade my day\b/i,
  /\bwhenever you (?:like|need|are)\b/i,
  /\blook(?:ing)? into\b/i,
  /\byou (?:describe|mention|report)\b/i,
  /\bmore than any\b|\bbeats any\b|\bbest advert\b/i,
  /\bput (?:your|their|my|our) name to\b/i,
  /\bbuying team\b|\bour buyers\b/i,
  /\bmanufacturer\b|\bthe maker\b|\bthe brand\b/i,
  /\bhope (?:for|to hear)\b/i,
  /\bwe are here\b|\bonly a message away\b/i,
  /\byour words on\b/i,
  /\bother (?:shoppers|buyers)\b|\banyone (?:still deciding|weighing)\b/i,
  /\bfair (?:point|one)\b|\bwell taken\b/i,
  /\b(?:make|put) (?:this|it) right with you\b/i,
  // Frames a page's apologies and offers are built on, whatever fills them: "that is not how it should be", "sorry
  // about …", "… how this went wrong", "… inside three days of hearing from you", "as the return is under way, …".
  /\bnot (?:how (?:it|this|things) should|what (?:we|you) (?:want|should))\b/i,
  /\bsorry about\b/i,
  /\bhow (?:this|it) (?:went wrong|happened|came about)\b/i,
  /\bof (?:hearing (?:from you|back)|your (?:reply|message|first message)|you getting in touch)\b|\bonce you write\b/i,
  /\b(?:seventy-two|forty-eight|twenty-four) hours\b/i,
  /\b(?:as|since) (?:the|your) return\b|\bas you are returning\b|\byour refund\b/i,
  // The money for goods sent back, however the check on it is told: "the refund for your return has reached you".
  /\b(?:refund|money) for (?:your|the) return\b/i,
  /\btruly\b/i,
  // The contact line's frames and the apology's "to read that": shared by two replies, they read as one form.
  /\bemail me at\b/i,
  /\bwrite to\b/i,
  /\b(?:call|ring|phone) me on\b/i,
  /\bto (?:read|hear|learn|see) that\b/i,
  // When an offer follows the reviewer's message ("as soon as I hear from you", "the moment you get in touch"), and
  // the stock thanks a page closes on: heard twice on a page, each reads as a form.
  /\bas soon as\b|\bthe moment\b/i,
  /\bappreciate\b/i,
  /\bhonest\b|\bfrank\b|\bcandid\b/i,
  /\bsharing\b/i,
  /\bjust ask\b|\bask away\b/i,
  /\b(?:glad|happy) to help\b/i,
  /\bsort you out\b/i,
  /\bhow well\b/i,
  // What follows the reviewer's message, however it opens: "Once I hear from you, …", "Once you have been in touch,
  // …", "When you do, …". Two replies of a page opening their last sentence alike read as one form.
  /\bonce (?:I (?:hear|have)|you (?:have been|get|are|do|write|reply|call|ring)\b)/i,
  /\b(?:when|if|after) you do\b/i,
  /\bwhen you contact (?:me|us)\b|\bthe day you get in touch\b/i,
  // The invitation's casual verbs: "drop me an email", "send me a message", "give me a ring".
  /\bdrop me\b|\bsend me a\b|\bmessage me\b|\bgive me a (?:ring|call)\b/i,
  // A promise of an answer told as a thing the reviewer will have: "a proper answer from me", "expect an answer".
  /\b(?:proper|full|clear) (?:answer|reply)\b|\ban answer from me\b|\bexpect an? (?:answer|reply)\b/i,
  /\bgo through everything\b|\beverything you tell me\b/i,
  /\bsort (?:this|it|things) out\b|\bsorted\b/i,
  /\bcourtesy\b|\bcourteous\b/i,
  // What the product's description said of it, in the apology or in what we will check.
  /\bdescription\b|\bthe listing\b|\bled you to expect\b/i,
  /\bowe you an apology\b|\bcan only apologi[sz]e\b/i,
  /\bI (?:will|can) (?:check|chase|track)\b/i,
  // What follows the reviewer's message, told as what they will learn: "you will know within a day what I can do".
  /\bwhat (?:I|we) can do\b/i,
  // Links a page's reader hears as one form however the sentence around them runs: "ring and ask for me", "we can
  // talk it over", "you have every reason to be unhappy".
  /\bask for me\b/i,
  /\btalk (?:it|this|things) over\b/i,
  /\bevery reason\b/i,
  // Taking the matter off the public page, however it is put: "better talked over with you than on a public page",
  // "rather than leave it here".
  /\bpublic page\b|\brather than leave it\b/i,
  // Finding out what happened, however it is put: "get to the bottom of it", "find out how it came about",
  // "understand exactly what happened".
  /\bget to the bottom\b|\bfind out how\b|\bunderstand (?:exactly )?what happened\b/i,
  // Concern for the person, however it is put: "it concerned me", "I was concerned", "worried me".
  /\bconcern(?:s|ed)? me\b|\bI was concerned\b|\bworried me\b/i,
];

// Which stock phrases each template or recent reply carries, read once: the templates are the same for every draft,
// and a reply is read again for every draft that follows it.
const stockOfTemplate = new QuickLRU<string, readonly number[]>({ maxSize: 4000 });
function stockPhrasesIn(template: string): readonly number[] {
  const known = stockOfTemplate.get(template);
  if (known) return known;
  const literal = template.replace(/\{\w+\}/g, ' ');
  const found = STOCK_PHRASES.flatMap((phrase, k) => (phrase.test(literal) ? [k] : []));
  stockOfTemplate.set(template, found);
  return found;
}

/**
 * How much and how lately the given texts (oldest first) used a template's wording. A reader notices a shared run of
 * words as much as a whole shared sentence, so a template counts as used where any four of its own words in a row
 * appear ("…look into it myself…"), where any stock phrase it carries appears, and, for a template with no run that
 * long, where its whole wording appears, its placeholders read as any words ("I am sorry that {p}." in "…I am sorry
 * that the soup was cold. …"), however short ("within a day", "Hi there,"). Each use found adds its reply's position
 * plus one, the newest weighing most; -1 when it is in none of them.
 */
export function lastUseIn(texts: readonly string[]): UsedLately {
  if (texts.length === 0) return Object.assign(() => -1, { texts });
  // Where each run of words last stands, and how much and how lately each stock phrase was used (every reply
  // carrying it adds its position plus one), read once for all the templates asked about.
  const newest = new Map<string, number>();
  const openerUse = new Map<string, number>();
  const stockUse = STOCK_PHRASES.map(() => 0);
  const lower = texts.map((text) => text.toLowerCase());
  const page = lower.join('\n');
  texts.forEach((text, i) => {
    for (const run of runSetOf(text)) newest.set(run, i);
    for (const opener of openersOf(text)) openerUse.set(opener, (openerUse.get(opener) ?? 0) + i + 1);
    for (const k of stockPhrasesIn(text)) stockUse[k] = (stockUse[k] ?? 0) + i + 1;
  });
  const cache = new Map<string, number>();
  const used = (template: string): number => {
    const known = cache.get(template);
    if (known !== undefined) return known;
    // Each run and stock phrase the template shares with the page counts, a more recent use more than an older
    // one, so of two templates that both share something, the one sharing less, and less lately, is preferred.
    let score = 0;
    const count = (at: number): void => {
      if (at >= 0) score += at + 1;
    };
    for (const k of stockPhrasesIn(template)) score += stockUse[k] ?? 0;
    for (const opener of openersOf(template)) score += openerUse.get(opener) ?? 0;
    for (const run of templateRunsOf(template)) count(newest.get(run) ?? -1);
    // The whole wording again is what a reader notices first: it outweighs any number of shared phrases.
    const whole = wholeOf(template);
    // Most templates are in none of the replies: one look over the whole page rules them out.
    const onPage = whole !== null && page.includes(whole.piece);
    for (let i = texts.length - 1; i >= 0 && whole && onPage; i--) {
      // The template's longest piece of its own words must be there before the whole is looked for.
      if ((lower[i] ?? '').includes(whole.piece) && whole.pattern.test(texts[i] ?? '')) {
        score += WHOLE_REPEAT + i + 1;
        break;
      }
    }
    const found = score > 0 ? score - 1 : -1;
    cache.set(template, found);
    return found;
  };
  return Object.assign(used, { texts });
}

/**
 * How a text's sentences open, as their first two words ("it is", "i am", "thank you"): a page whose replies all run
 * "Thank you for… It is good to know… I am glad…" reads as a form even when no phrase is shared, so a template whose
 * sentences open the way recent replies' sentences did counts as used, the more so the more of them and the later.
 * A sentence that opens with a placeholder opens with the review's words, not ours.
 */
function openersOf(text: string): readonly string[] {
  const known = openersOfText.get(text);
  if (known) return known;
  const found = text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .filter((sentence) => !/^\{\w+\}/.test(sentence))
    .map((sentence) => wordsOf(sentence.replace(/\{\w+\}/g, ' ')).slice(0, 2))
    .filter((words) => words.length === 2)
    .map((words) => words.join(' '));
  const unique = [...new Set(found)];
  openersOfText.set(text, unique);
  return unique;
}
const openersOfText = new QuickLRU<string, readonly string[]>({ maxSize: 4000 });

const RUN = 4;
// What a repeat of a whole template weighs beside its shared phrases, each of which adds a reply's position.
const WHOLE_REPEAT = 100_000;
// A run of nothing but these ("I would like to") is how anyone writes, not a phrase a reader remembers.
const COMMON = new Set(
  'i me my we us our you your it its this that the a an and or but so to of for with on in at by from be am is are was were will would can could should have has had do did not like if as about what how when'.split(
    ' ',
  ),
);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const runsOf = (words: readonly string[]): string[] =>
  words.length < RUN
    ? []
    : words
        .slice(0, words.length - RUN + 1)
        .map((_, i) => words.slice(i, i + RUN))
        .filter((run) => run.filter((w) => !COMMON.has(w)).length >= 2)
        .map((run) => run.join(' '));

// Each template's runs of its own words, read once: every draft asks about the same templates.
const runsOfTemplate = new QuickLRU<string, readonly string[]>({ maxSize: 4000 });
function templateRunsOf(template: string): readonly string[] {
  const known = runsOfTemplate.get(template);
  if (known) return known;
  const runs = [...new Set(template.split(/\{\w+\}/).flatMap((piece) => runsOf(wordsOf(piece))))];
  runsOfTemplate.set(template, runs);
  return runs;
}

// Each template's whole wording as a pattern, with the longest piece of its own words to look for first.
const wholeOfTemplate = new QuickLRU<string, { pattern: RegExp; piece: string } | null>({ maxSize: 4000 });
function wholeOf(template: string): { pattern: RegExp; piece: string } | null {
  if (wholeOfTemplate.has(template)) return wholeOfTemplate.get(template) ?? null;
  const pattern = wholePattern(template);
  const piece = template
    .split(/\{\w+\}/)
    .map((p) => p.toLowerCase())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const whole = pattern ? { pattern, piece } : null;
  wholeOfTemplate.set(template, whole);
  return whole;
}

function wholePattern(template: string): RegExp | null {
  const literal = template.replace(/\{\w+\}/g, '').replace(/[^\p{L}]+/gu, '');
  // A template that is nothing but a placeholder or a join says nothing of its own to repeat.
  if (literal.length < 5) return null;
  // A placeholder at either end adds nothing to find, and a leading "any words" only makes the search slow.
  const source = template
    .replace(/^\{\w+\}|\{\w+\}$/g, '')
    .split(/\{\w+\}/)
    .map((piece) => escapeRegExp(piece))
    .join('[^\\n]+?');
  // A short wording ("by tomorrow") counts only as whole words, never inside others.
  return new RegExp(`(?<![\\p{L}])${source}`, 'iu');
}

/**
 * How many runs of four words a draft shares with the given replies, contact details and sign-off aside: a reader
 * of the business's page notices these, whichever template they came from.
 */
export function sharedRunsWith(texts: readonly string[]): (draft: string) => number {
  const seen = texts.map((text) => runSetOf(ownWords(text)));
  const framed = texts.map((text) => frameSetOf(ownWords(text)));
  // The replies a reader has just read, which an echo of stands out most.
  const near = seen.slice(-NEAR_REPLIES);
  const nearFramed = framed.slice(-NEAR_REPLIES);
  return (draft) => {
    const words = wordsOf(ownWords(draft));
    const runs = runsOf(words).reduce(
      (sum, run) =>
        sum + (near.some((set) => set.has(run)) ? NEAR_WEIGHT : seen.some((set) => set.has(run)) ? 1 : 0),
      0,
    );
    // A shorter frame ("not good enough", "inside three days") counts once for each reply that carries it: a
    // frame in one reply of the page is an echo, in three it is a form.
    const frames = framesOf(words).reduce(
      (sum, frame) =>
        sum +
        framed.filter((set) => set.has(frame)).length +
        (NEAR_WEIGHT - 1) * nearFramed.filter((set) => set.has(frame)).length,
      0,
    );
    return runs + frames;
  };
}

const FRAME = 3;
// How many of the latest replies a reader of the page has just read, and how much more an echo of one of them counts.
const NEAR_REPLIES = 5;
const NEAR_WEIGHT = 3;
/**
 * A reply's runs of three words that carry at least one word of ours beyond the commonest, contact details aside:
 * "not good enough", "inside three days", "sorry to read". The invitation's own verbs ("call me on", "email me at")
 * are in every reply and are left out.
 */
const framesOf = (words: readonly string[]): string[] =>
  words
    .slice(0, Math.max(0, words.length - FRAME + 1))
    .map((_, i) => words.slice(i, i + FRAME))
    .filter((run) => run.some((w) => !COMMON.has(w) && !INVITE_WORDS.has(w)))
    .map((run) => run.join(' '));
const INVITE_WORDS = new Set([
  'call',
  'email',
  'ring',
  'phone',
  'write',
  'reach',
  'contact',
  'message',
  'e-mail',
]);

const ownWords = (text: string): string =>
  text
    .replace(/\n— [^\n]*$/, '')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\+?\(?\d[\d\s().-]{5,}\d/g, ' ');

// A business's recent replies are read again for every new draft: their runs and frames are kept for the latest few
// hundred.
const knownRuns = new QuickLRU<string, ReadonlySet<string>>({ maxSize: 400 });
const knownFrames = new QuickLRU<string, ReadonlySet<string>>({ maxSize: 400 });

const runSetOf = (text: string): ReadonlySet<string> => keptSet(knownRuns, text, runsOf);
const frameSetOf = (text: string): ReadonlySet<string> => keptSet(knownFrames, text, framesOf);

function keptSet(
  cache: QuickLRU<string, ReadonlySet<string>>,
  text: string,
  read: (words: readonly string[]) => string[],
): ReadonlySet<string> {
  const known = cache.get(text);
  if (known) return known;
  const set = new Set(read(wordsOf(text)));
  cache.set(text, set);
  return set;
}
