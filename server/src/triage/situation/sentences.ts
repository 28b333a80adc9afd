export type Sentence = { text: string; start: number; end: number };

// A sentence ends after . ! ? when a space, a quote or a capital follows ("cake.The", a space lost in scraping), or at
// a line break; "3.5" and "e.g" stay whole. A smiley standing in for the stop ("too sober ;) The Syrah was…") ends
// one too, where a capital opens the next.
const BOUNDARY = /[.!?]+(?=[\s"')\]]|\p{Lu}|$)|(?<!\S)[:;]-?[()DP](?=\s+\p{Lu})|\n+/gu;

/** Sentences with their offsets in the text, blank ones dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[\p{L}\p{N}]/u.test(body))
      out.push({ text: body, start: from + lead, end: from + lead + body.length });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}
