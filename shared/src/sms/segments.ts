/**
 * How many SMS segments a text costs. A message that fits the GSM 03.38 alphabet travels as 7-bit
 * characters (160 in one segment, 153 per segment once split, because the concatenation header takes room);
 * anything else (an emoji, a curly quote, most accented letters) turns the whole message into UCS-2 (70 in
 * one segment, 67 per segment split, an emoji never cut between two). Extension characters such as € and {
 * take two GSM-7 slots. Counting here lets the editor show the cost before a campaign goes out.
 */
const gsmBasic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const gsmExtension = '^{}\\[~]|€\f';

const basicSet = new Set(gsmBasic);
const extensionSet = new Set(gsmExtension);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export type SmsSegmentCount = {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Units the network counts: GSM-7 septets or UCS-2 code units. */
  units: number;
  segments: number;
  /** Units left before the next segment starts. */
  remainingInSegment: number;
};

function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicSet.has(ch) && !extensionSet.has(ch)) return false;
  return true;
}

export function countSmsSegments(text: string): SmsSegmentCount {
  const characters = [...text].length;
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  let units = 0;
  if (encoding === 'GSM-7') for (const ch of text) units += extensionSet.has(ch) ? 2 : 1;
  // UCS-2 on the wire is UTF-16: a character outside the basic plane (most emoji) takes two units.
  else units = text.length;
  const single = encoding === 'GSM-7' ? 160 : 70;
  const multi = encoding === 'GSM-7' ? 153 : 67;
  if (units <= single) {
    return { encoding, characters, units, segments: units === 0 ? 0 : 1, remainingInSegment: single - units };
  }
  if (encoding === 'UCS-2') return { encoding, characters, units, ...splitUcs2(text, multi) };
  const segments = Math.ceil(units / multi);
  return { encoding, characters, units, segments, remainingInSegment: segments * multi - units };
}

/**
 * Fills UCS-2 segments character by character: a surrogate pair (an emoji) that does not fit in what is
 * left of a segment starts the next one whole, as carriers send it, so that segment keeps one unit unused.
 */
function splitUcs2(text: string, perSegment: number): { segments: number; remainingInSegment: number } {
  let segments = 1;
  let used = 0;
  for (const ch of text) {
    if (used + ch.length > perSegment) {
      segments += 1;
      used = 0;
    }
    used += ch.length;
  }
  return { segments, remainingInSegment: perSegment - used };
}
