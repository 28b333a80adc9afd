const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
  star: '☆',
  starf: '★',
};

/** Decodes HTML character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

const blockEnd = /<\/(?:p|div|li|h[1-6]|tr|blockquote|section|article|ul|ol|table)\s*>/gi;

/** Turns an HTML fragment into plain text, keeping line breaks that <br> and blocks imply. */
export function htmlToText(html: string): string {
  const withoutMarkup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(blockEnd, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(withoutMarkup);
}

const looksLikeHtml = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

export type CleanTextOptions = {
  /** true: the value is HTML; 'auto': treat it as HTML only when it carries tags or entities. */
  html?: boolean | 'auto';
};

/**
 * Tidies review text: strips markup when asked, collapses runs of spaces, trims each line, keeps at
 * most one blank line between paragraphs, and drops control characters. Unicode (emoji, RTL marks,
 * joiners) is kept as sent.
 */
export function cleanText(value: string, options: CleanTextOptions = {}): string {
  const isHtml = options.html === true || (options.html === 'auto' && looksLikeHtml.test(value));
  const text = isHtml ? htmlToText(value) : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the intent
  const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(controlCharacters, '')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** cleanText for optional fields: empty results become null. */
export function cleanOptional(value: unknown, options: CleanTextOptions = {}): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const cleaned = cleanText(value, options);
  return cleaned === '' ? null : cleaned;
}
