export type Token = {
  text: string;
  kind: 'word' | 'stop' | 'comma';
  start: number;
  end: number;
  isCaps: boolean;
};

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[.!?;]+|[,:()\n]|-{2,}/gu;

/** Splits text into lower-cased words and the punctuation that bounds clauses, keeping offsets into the input. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    const kind = isWord ? 'word' : /[.!?;\n]/.test(raw) ? 'stop' : 'comma';
    tokens.push({
      text: isWord ? raw.toLowerCase().replace(/’/g, "'") : raw,
      kind,
      start,
      end: start + raw.length,
      isCaps: isWord && raw.length >= 3 && /^\p{Lu}+$/u.test(raw),
    });
  }
  return tokens;
}
