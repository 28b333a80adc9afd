import { domainToASCII } from 'node:url';
import { MailInputError } from './errors.ts';

// Deliberately narrower than RFC 5322: one mailbox, dot-atom local part, no quoted strings, comments or groups.
// Anything that needs more is rejected rather than passed to a header where it could add recipients.
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const asciiHost =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Lower-cases the domain (IDN to punycode) and checks the shape; returns null when it is not one mailbox. */
export function normalizeMailboxAddress(address: string): string | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at > 64 || trimmed.length > 254) return null;
  const local = trimmed.slice(0, at);
  const domain = domainToASCII(trimmed.slice(at + 1));
  if (!localPart.test(local) || !domain || !asciiHost.test(domain)) return null;
  return `${local}@${domain.toLowerCase()}`;
}

export function requireMailboxAddress(address: string, role: string): string {
  const normalized = normalizeMailboxAddress(address);
  if (!normalized) throw new MailInputError([`${role} address is not a single valid email address`]);
  return normalized;
}

export function isHostname(value: string): boolean {
  return asciiHost.test(value);
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Links put in mail must be https (RFC 8058 requires it for one-click unsubscribe). Plain http is accepted
 * only for loopback hosts, which is what the embedded mode uses with its file outbox.
 */
export function requireWebUrl(value: string, role: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MailInputError([`${role} is not a valid URL`]);
  }
  const isLoopbackHttp = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !isLoopbackHttp)
    throw new MailInputError([`${role} must be an https URL`]);
  if (url.username || url.password) throw new MailInputError([`${role} must not carry credentials`]);
  // URL serialisation percent-encodes spaces, quotes and angle brackets, so href is safe inside <...> headers.
  if (url.href.length > 900) throw new MailInputError([`${role} is longer than 900 characters`]);
  return url.href;
}
