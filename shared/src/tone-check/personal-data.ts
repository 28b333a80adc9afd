import { wordPattern as w } from './find-matches.ts';
import type { CheckContext, Finding } from './types.ts';

const PHONE = /(?<![\p{L}\p{N}+])\+?\(?\d[\d\s().-]{5,18}\d(?!\p{N})/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Anchored on the start of a run so a long run of letters without '@' stays linear.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
const REFERENCE = w(
  '(?:order|account|acct|invoice|booking|reservation|confirmation|ticket|membership|policy|claim|reference|ref|transaction|tracking)\\s*(?:number|no\\.?|num|#|id)?\\s*[:#]?\\s*[A-Za-z0-9-]*\\d[A-Za-z0-9-]{2,}',
);
const HEALTH = w(
  'diagnos\\p{L}*|diabet\\p{L}*|cancer|tumou?r|hiv|pregnan\\p{L}*|miscarriage|depression|anxiety|bipolar|adhd|infection|surgery|root\\s+canal|extraction|implants?|chemo\\p{L}*|medication|prescri\\p{L}+|allerg\\p{L}*|fracture|std|sti|mental\\s+health|biopsy|abortion|disabilit\\p{L}*|dementia|asthma|blood\\s+(?:test|pressure|work)|x-?rays?|gum\\s+disease|periodontitis',
);
// "The reliable diagnostics on your truck": a garage or a repair shop runs diagnostics on a machine, not on a person.
const MACHINE =
  /(?<!\p{L})(?:cars?|trucks?|vehicles?|engines?|vans?|motors?|bikes?|computers?|laptops?|pcs?|printers?|devices?|boilers?|furnaces?|phones?|tablets?|routers?|machines?)(?!\p{L})/iu;
const ofAMachine = (term: string, sentence: string, ctx: CheckContext): boolean =>
  /^diagnos/i.test(term) && (MACHINE.test(sentence) || (!ctx.regulated && /^diagnostics$/i.test(term)));
const SECOND_PERSON = /(?<!\p{L})(?:you|your|yours)(?!\p{L})/iu;
// An invitation to reach the business: "call Sam Lee on", "email", "write to", "contact us directly at", "or on".
const INVITATION_CUE =
  /(?:(?<!\p{L})(?:[Cc]all|[Pp]hone|[Rr]ing|[Tt]ext|[Rr]each|[Cc]ontact|[Ee]-?mail|[Mm]essage|[Dd]ial|[Ww]rite to|[Gg]et in touch with)(?:\s+(?:us|me|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?))?(?:\s+directly)?(?:\s+(?:on|at|via))?|(?<!\p{L})(?:or|and)\s+(?:on|at))[\s:,]*$/u;

const normaliseContact = (value: string): string =>
  value.includes('@') ? value.trim().toLowerCase() : value.replace(/\D/g, '');

function isBusinessContact(value: string, text: string, start: number, ctx: CheckContext): boolean {
  const key = normaliseContact(value);
  if (ctx.businessContacts?.some((c) => normaliseContact(c) === key)) return true;
  const review = ctx.reviewText ?? '';
  // Compare with the phone numbers written in the review, not with all of its digits run together.
  const inReview = value.includes('@')
    ? review.toLowerCase().includes(key)
    : [...review.matchAll(PHONE)].some((m) => normaliseContact(m[0]) === key);
  if (inReview) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return INVITATION_CUE.test(before) && !/\byour\b[^.!?]*$/i.test(before);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(
    text.lastIndexOf('.', start),
    text.lastIndexOf('!', start),
    text.lastIndexOf('?', start),
  );
  const stops = ['.', '!', '?'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from + 1, stops.length > 0 ? Math.min(...stops) : text.length);
}

const finding = (start: number, end: number, message: string): Finding => ({
  rule: 'personal-data',
  severity: 'blocking',
  span: { start, end },
  message,
  suggestion:
    'Remove it: a public reply must not repeat anyone’s contact details, reference numbers or health information.',
});

/** Phone numbers, emails, order/account numbers and health details that would be disclosed by posting the reply. */
export function findPersonalData(text: string, ctx: CheckContext): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(PHONE)) {
    const start = m.index ?? 0;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || ISO_DATE.test(m[0].trim())) continue;
    if (isBusinessContact(m[0], text, start, ctx)) continue;
    found.push(
      finding(
        start,
        start + m[0].length,
        'This looks like a phone number that is not the business’s own contact.',
      ),
    );
  }
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index ?? 0;
    if (isBusinessContact(m[0], text, start, ctx)) continue;
    found.push(
      finding(
        start,
        start + m[0].length,
        'This looks like an email address that is not the business’s own contact.',
      ),
    );
  }
  for (const m of text.matchAll(REFERENCE)) {
    const start = m.index ?? 0;
    found.push(
      finding(start, start + m[0].length, 'An order, account or reference number identifies the customer.'),
    );
  }
  for (const m of text.matchAll(HEALTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end);
    if (!SECOND_PERSON.test(sentence) || ofAMachine(m[0], sentence, ctx)) continue;
    found.push(finding(start, end, 'This ties a health detail to the reviewer.'));
  }
  return found;
}
