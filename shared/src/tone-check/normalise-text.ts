/**
 * Text the tone patterns can be written against once: lower case, straight quotes, single spaces and contractions
 * spelt out ("didn't" → "did not", "you'd read" → "you had read"). Matches map back to the original text through
 * the few places where the lengths differ, so a span marks what the owner typed.
 */
export type NormalisedText = {
  text: string;
  /** Replaced stretches in order: normalised start and length, original start and length. */
  edits: Array<{ n: number; nl: number; o: number; ol: number }>;
  originalLength: number;
};

// Past participles that follow "you'd" when it means "you had" ("you'd read the sign").
const PARTICIPLE =
  /^(?:\w+ed|been|read|done|seen|told|known|taken|given|made|had|got|gotten|brought|bought|left|kept|paid|put|come|gone|spoken|worn|driven|written|chosen|thought|heard|sent|said|understood|shown|forgotten)$/;
const SIMPLE: Record<string, string> = {
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
};
const IS_WORDS = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'who', 'here', 'where', 'how', 'this']);
// Whitespace that is not a single plain space, and contractions; everything else maps one to one.
const REWRITE =
  /\s{2,}|[^\S ]|\b(?:can't|cannot|won't|shan't|ain't|let's|[a-z]+n't|[a-z]+'(?:re|ve|ll|m|d|s))\b/g;
const QUOTES = /[‘’‛′`´“”„″–—‐‑−]/g;
const FOLD: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
};

function expand(token: string, following: string): string | null {
  const simple = SIMPLE[token];
  if (simple) return simple;
  if (token.endsWith("n't")) return `${token.slice(0, -3)} not`;
  const at = token.lastIndexOf("'");
  const head = token.slice(0, at);
  switch (token.slice(at + 1)) {
    case 're':
      return `${head} are`;
    case 've':
      return `${head} have`;
    case 'll':
      return `${head} will`;
    case 'm':
      return `${head} am`;
    case 'd':
      return `${head} ${PARTICIPLE.test(following) ? 'had' : 'would'}`;
    case 's':
      return IS_WORDS.has(head) ? `${head} is` : null;
    default:
      return null;
  }
}

function lowerOneToOne(original: string): string {
  const lower = original.toLowerCase();
  if (lower.length === original.length) return lower;
  // A few characters lengthen when lower-cased (İ → i̇); keep those as they are so offsets stay aligned.
  let out = '';
  for (const c of original) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function normaliseText(original: string): NormalisedText {
  const folded = lowerOneToOne(original).replace(QUOTES, (c) => FOLD[c] ?? "'");
  const edits: NormalisedText['edits'] = [];
  const parts: string[] = [];
  let at = 0;
  let shift = 0;
  REWRITE.lastIndex = 0;
  for (const m of folded.matchAll(REWRITE)) {
    const start = m.index ?? 0;
    const token = m[0];
    let replacement: string | null;
    if (/^\s/.test(token)) replacement = ' ';
    else {
      const end = start + token.length;
      const following = /^ ?([a-z]+)/.exec(folded.slice(end, end + 24))?.[1] ?? '';
      replacement = expand(token, following);
    }
    if (replacement === null || replacement === token) continue;
    parts.push(folded.slice(at, start), replacement);
    edits.push({ n: start + shift, nl: replacement.length, o: start, ol: token.length });
    shift += replacement.length - token.length;
    at = start + token.length;
  }
  if (edits.length === 0) return { text: folded, edits, originalLength: original.length };
  parts.push(folded.slice(at));
  return { text: parts.join(''), edits, originalLength: original.length };
}

/** Where normalised position i comes from: an edit maps its whole stretch onto the whole replaced stretch. */
function locate(t: NormalisedText, i: number): { start: number; end: number } {
  let delta = 0;
  for (const e of t.edits) {
    if (i < e.n) break;
    if (i < e.n + e.nl) return { start: e.o, end: e.o + e.ol };
    delta = e.o + e.ol - (e.n + e.nl);
  }
  return { start: i + delta, end: i + delta + 1 };
}

/** Maps a half-open range of the normalised text back to the original text. */
export function originalSpan(t: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = Math.min(locate(t, start).start, t.originalLength);
    return { start: at, end: at };
  }
  return {
    start: Math.min(locate(t, start).start, t.originalLength),
    end: Math.min(locate(t, end - 1).end, t.originalLength),
  };
}
