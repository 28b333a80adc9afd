import libmime from 'libmime';

// Reading headers to list the outbox: the composer writes these files, so the input is well-formed, but the
// listing must still not break on a hand-dropped or truncated file.

/** Unfolded headers of a raw message, keyed by lower-case name; the first occurrence wins. */
export function readHeaders(raw: Buffer): Map<string, string> {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  for (const [name, values] of Object.entries(libmime.decodeHeaders(block))) {
    const first = values[0];
    if (name !== '' && first !== undefined) headers.set(name, first.trim());
  }
  return headers;
}

/** Decodes RFC 2047 words (`=?utf-8?B?...?=`), adjacent ones joined so split characters survive. */
export function decodeEncodedWords(value: string): string {
  let decoded: string;
  try {
    decoded = libmime.decodeWords(value);
  } catch {
    decoded = value; // a charset libmime cannot read: show the raw header rather than fail the listing
  }
  return decoded.replace(/\s+/g, ' ').trim();
}
