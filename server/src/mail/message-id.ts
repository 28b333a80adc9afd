import { isHostname } from './address.ts';
import { MailInputError } from './errors.ts';

const plainIdChars = /[A-Za-z0-9_-]/;

/**
 * `<key@domain>` with the key made safe for the id-left part of RFC 5322. Unsafe characters become `=XX`
 * (and `=` itself is always encoded), so two different keys can never share a Message-ID.
 */
export function buildMessageId(idempotencyKey: string, domain: string): string {
  if (!idempotencyKey || idempotencyKey.length > 200) {
    throw new MailInputError(['Idempotency key must be 1 to 200 characters']);
  }
  if (!isHostname(domain)) throw new MailInputError(['Message-ID domain is not a valid host name']);
  const chars = Array.from(idempotencyKey);
  const encoded = chars.map((char, index) => {
    if (plainIdChars.test(char)) return char;
    // A dot is legal only between other characters, never doubled.
    const isInnerDot = char === '.' && index > 0 && index < chars.length - 1 && chars[index + 1] !== '.';
    if (isInnerDot && chars[index - 1] !== '.') return char;
    return Array.from(
      Buffer.from(char, 'utf8'),
      (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join('');
  });
  return `<${encoded.join('')}@${domain.toLowerCase()}>`;
}
