import { TextDecoder } from 'node:util';

const boms: Array<{ bytes: number[]; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
];

function sniffBom(bytes: Buffer): string | null {
  const match = boms.find((bom) => bom.bytes.every((byte, index) => bytes[index] === byte));
  return match ? match.label : null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match?.[2] ?? null;
}

function isMarkup(contentType: string | null, head: string): boolean {
  if (contentType) return /html|xml/i.test(contentType);
  return /^\s*</.test(head);
}

// The HTML spec's prescan looks at the first 1024 bytes for <meta charset> or the http-equiv form; XML
// declares its encoding in the <?xml ...?> prolog. Latin-1 maps bytes 1:1, so ASCII markup reads back intact.
function sniffDeclaredCharset(bytes: Buffer, contentType: string | null): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (!isMarkup(contentType, head)) return null;
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) {
    // A page cannot truthfully declare UTF-16 in ASCII bytes; browsers read such pages as UTF-8.
    return /^utf-?16/i.test(meta[1]) ? 'utf-8' : meta[1];
  }
  const prolog = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return prolog?.[1] ?? null;
}

function createDecoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

// WHATWG maps latin1 / iso-8859-1 / ascii labels to windows-1252, but Node's decoder for that name
// (before Node 23) yields raw C1 controls for 0x80-0x9F instead of the curly quotes, dashes and euro
// sign those bytes mean on real pages. This table restores them (undefined slots stay as they are).
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80] ?? char);
}

/**
 * Turns response bytes into text the way a browser would: a byte-order mark wins, then the
 * Content-Type charset, then a <meta>/XML declaration, then UTF-8. An unknown label falls through to
 * the next source rather than failing the poll; undecodable bytes become U+FFFD.
 */
export function decodeText(bytes: Buffer, contentType: string | null): string {
  const decoder =
    createDecoder(sniffBom(bytes)) ??
    createDecoder(charsetFromContentType(contentType)) ??
    createDecoder(sniffDeclaredCharset(bytes, contentType)) ??
    new TextDecoder('utf-8');
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
}
