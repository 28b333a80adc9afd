import type { Writer } from './writer.ts';

/**
 * The words that count a promised time from the reviewer's message ("within three days of hearing from you"). Each
 * reads after any span of days or hours. A page of replies that counts its times from the message in one or two
 * ways reads as a form, so a wording the latest replies used gives way to one they did not.
 */
const COUNTED = [
  'of hearing from you',
  'of your message',
  'of you getting in touch',
  'of your reply',
  'of hearing back from you',
  'of you writing in',
  'of your first message',
  'from your first message',
  'of you contacting {me}',
  'from the time you get in touch',
  'of first hearing from you',
  'of receiving your message',
  'of your getting in touch',
  'from when you first write',
];

// How many of the latest replies a wording of the count is kept out of: about a page.
const COUNTED_SPAN = 20;

const SPAN_THEN_COUNT = new RegExp(
  `\\b((?:within|inside) (?:a|an|one|two|three|four|five|seven|the next|twenty-four|forty-eight|seventy-two)(?: single| working)? (?:day|days|hours|working days)) (${COUNTED.map(
    (c) => c.replace('{me}', '(?:me|us)'),
  ).join('|')})(?![\\p{L}])`,
  'giu',
);

// The word each wording leans on: said twice in one sentence it jars ("You will hear from me within a day of hearing
// from you", "Send me a message …, within a day of your message").
const LEANS_ON: ReadonlyArray<[RegExp, RegExp]> = [
  [/\bhear(?:ing)?\b/i, /\bhear/i],
  [/\bmessage\b/i, /\bmessage\b/i],
  [/\bin touch\b/i, /\bin touch\b/i],
  [/\brepl(?:y|ies)\b/i, /\breply\b/i],
  [/\bwrit(?:e|ing)\b/i, /\bwrit/i],
  [/\bcontact(?:ing)?\b/i, /\bcontacting\b/i],
];

// A number to ring asks for a call, which a count from their writing does not fit; contact details just after a
// "your" would read as the reviewer's own.
const RINGS = /\b(?:ring|call|phone)\b/i;

/**
 * The reply with each time counted from the reviewer's message worded as none of the business's latest replies
 * words it, where the sentence allows another wording; untouched where the page has not used it lately.
 */
export function varyCountedFrom(w: Writer, text: string): string {
  const me = w.firstPerson ? 'me' : 'us';
  const wordings = COUNTED.map((c) => c.replace('{me}', me));
  return text.replace(SPAN_THEN_COUNT, (whole, span: string, count: string, offset: number, all: string) => {
    const said = count.toLowerCase();
    if (w.usedInLatest(COUNTED_SPAN, (reply) => reply.toLowerCase().includes(said)) === 0) return whole;
    const start = Math.max(all.lastIndexOf('. ', offset), all.lastIndexOf('\n', offset)) + 1;
    const endAt = all.slice(offset + whole.length).search(/[.!?](?:\s|$)/);
    const sentenceRest =
      endAt < 0 ? all.slice(offset + whole.length) : all.slice(offset + whole.length).slice(0, endAt);
    const around = `${all.slice(start, offset)} ${span} ${sentenceRest}`;
    const detailsAfter =
      sentenceRest.includes(w.profile.contactEmail) || sentenceRest.includes(w.profile.contactPhone);
    const fits = wordings.filter(
      (c) =>
        LEANS_ON.every(([inOther, inThis]) => !(inThis.test(c) && inOther.test(around))) &&
        !(detailsAfter && /\byour\b/.test(c)) &&
        !(RINGS.test(around) && /\bwrit/.test(c)),
    );
    if (fits.length === 0) return whole;
    const chosen = w.pickBy(fits, 'counted-from', (c, reply) => reply.toLowerCase().includes(c));
    return `${span} ${chosen}`;
  });
}
