import type { CheerioAPI } from 'cheerio';

const leadingWrappers = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/;
const trailingWrappers = /(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/;

/** Parsed JSON-LD blocks of a page, skipping `null` blocks and blocks that do not parse. */
export function readJsonLdBlocks($: CheerioAPI): unknown[] {
  const blocks: unknown[] = [];
  for (const script of $('script').toArray()) {
    const type = (script.attribs.type ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const raw = $(script).text();
    const parsed = parseJsonLd(raw);
    if (parsed !== null && parsed !== undefined) blocks.push(parsed);
  }
  return blocks;
}

/**
 * Parses one block as sites really write them: wrapped in HTML comments or CDATA, with raw line
 * breaks inside strings or trailing commas. Returns undefined when it still does not parse.
 */
export function parseJsonLd(raw: string): unknown {
  let text = raw.replace(leadingWrappers, '').replace(trailingWrappers, '').trim();
  if (text.endsWith(';')) text = text.slice(0, -1);
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Control characters are only legal outside strings as whitespace, so blanking them is safe.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: blanking control characters is the repair
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}
