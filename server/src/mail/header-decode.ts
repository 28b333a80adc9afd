// Just enough RFC 5322 / RFC 2047 reading to list the outbox: the composer writes these files, so the input
// is well-formed, but the listing must still not break on a hand-dropped or truncated file.

/** Unfolded headers of a raw message, keyed by lower-case name; the first occurrence wins. */
export function readHeaders(raw: Buffer): Map<string, string> {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  let current: { name: string; value: string } | null = null;
  const flush = () => {
    if (current && !headers.has(current.name)) headers.set(current.name, current.value.trim());
  };
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += line;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    current =
      colon > 0 ? { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) } : null;
  }
  flush();
  return headers;
}

function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const hex = text.slice(i + 1, i + 3);
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeBytes(charset: string, bytes: Buffer): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

const encodedWord = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** Decodes `=?utf-8?B?...?=` words; adjacent words are joined before decoding so split characters survive. */
export function decodeEncodedWords(value: string): string {
  let output = '';
  let last = 0;
  let pending: { charset: string; chunks: Buffer[] } | null = null;
  const flush = () => {
    if (pending) output += decodeBytes(pending.charset, Buffer.concat(pending.chunks));
    pending = null;
  };
  for (const match of value.matchAll(encodedWord)) {
    const charset = (match[1] ?? 'utf-8').split('*')[0] ?? 'utf-8';
    const payload = match[3] ?? '';
    const bytes = match[2]?.toUpperCase() === 'B' ? Buffer.from(payload, 'base64') : decodeQ(payload);
    const between = value.slice(last, match.index);
    const isAdjacent = pending !== null && /^\s*$/.test(between);
    if (isAdjacent && pending?.charset.toLowerCase() === charset.toLowerCase()) {
      pending.chunks.push(bytes);
    } else {
      flush();
      // Whitespace between two encoded words is folding, not content (RFC 2047 §6.2).
      if (!isAdjacent) output += between;
      pending = { charset, chunks: [bytes] };
    }
    last = match.index + match[0].length;
  }
  flush();
  return (output + value.slice(last)).replace(/\s+/g, ' ').trim();
}
