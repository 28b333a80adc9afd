import type { Finding } from './types.ts';

// Abbreviations that are normally written in capitals and are not shouting.
const ACRONYMS = new Set(
  'USA UK EU FAQ BBB ASAP CEO CFO DIY ATM GPS PDF HVAC LLC INC LTD NHS DVD USB HDMI LCD LED PIN SMS VIP APR IRS HR IT TV PC OK AM PM ID NYC LA MOT VAT GST HST EST PST CST UTC WIFI API URL RSVP DDS DMD MD CPA ESQ PLC CBD'.split(
    ' ',
  ),
);
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
const PUNCT_RUN = /[!?]{2,}|!{2,}/gu;

/** ALL CAPS words and runs of exclamation marks read as shouting. */
export function findShouting(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(CAPS_WORD)) {
    if (ACRONYMS.has(m[0])) continue;
    const start = m.index ?? 0;
    found.push({
      rule: 'shouting',
      severity: 'advice',
      span: { start, end: start + m[0].length },
      message: 'Words in capitals read as shouting.',
      suggestion: 'Write it in normal case.',
    });
  }
  for (const m of text.matchAll(PUNCT_RUN)) {
    const start = m.index ?? 0;
    found.push({
      rule: 'shouting',
      severity: 'advice',
      span: { start, end: start + m[0].length },
      message: 'Repeated exclamation or question marks read as shouting.',
      suggestion: 'Use a single full stop or exclamation mark.',
    });
  }
  return found;
}
