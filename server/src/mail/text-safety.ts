// Everything that ends up in a header or a merge field passes through here, so hostile names, subjects and
// review snippets can neither break lines (header smuggling) nor flip the reading order of what follows them.

// C0 and C1 controls, DEL, Unicode line/paragraph separators: any of them can end a line in some reader.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the purpose here
const lineBreakingChars = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Explicit bidi embeddings, overrides and isolates (U+202E is the classic "reverse the rest" spoof). Plain RTL
// letters stay; only the invisible direction switches go, so an Arabic or Hebrew name still reads correctly.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;
const byteOrderMarks = /\ufeff/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One line of plain text: controls become spaces, bidi overrides vanish, whitespace collapses. */
export function toSingleLine(value: string): string {
  return value
    .replace(bidiControls, '')
    .replace(byteOrderMarks, '')
    .replace(lineBreakingChars, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line plain text (postal address, notice bodies): each line cleaned, line breaks normalised to \n. */
export function toCleanLines(value: string): string {
  return value
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) =>
      line
        .replace(bidiControls, '')
        .replace(byteOrderMarks, '')
        .replace(/\t/g, '  ')
        .replace(lineBreakingChars, ' '),
    )
    .join('\n');
}

/** Cuts on grapheme boundaries so an emoji or a combining mark is never split in half. */
export function truncateText(value: string, maxGraphemes: number): string {
  if (value.length <= maxGraphemes) return value;
  let count = 0;
  let keptLength = 0;
  for (const { segment } of graphemes.segment(value)) {
    count += 1;
    if (count > maxGraphemes) return `${value.slice(0, keptLength).trimEnd()}…`;
    // Keep room for the ellipsis when the text turns out to be too long.
    if (count < maxGraphemes) keptLength += segment.length;
  }
  return value;
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`=]/g, (char) => htmlEntities[char] ?? char);
}

/** A header value (subject, display name): one line, bounded length. */
export function toHeaderText(value: string, maxGraphemes: number): string {
  return truncateText(toSingleLine(value), maxGraphemes);
}
