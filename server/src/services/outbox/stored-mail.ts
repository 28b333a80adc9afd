import type { StoredMail } from '../../db/schema/index.ts';
import type { OutgoingMail } from '../../mail/index.ts';

/** JSON-safe copy with the date fixed now, so every attempt produces the same message. */
export function toStoredMail(mail: OutgoingMail, now: Date): StoredMail {
  const { date, ...rest } = mail;
  return { ...rest, date: (date ?? now).toISOString() };
}

export function fromStoredMail(stored: StoredMail): OutgoingMail {
  const { date, ...rest } = stored;
  return { ...rest, date: new Date(date) };
}

/** What stays after sending: who, what and when, but not the body whose links carry a private token. */
export function redactStoredMail(stored: StoredMail): StoredMail {
  const { listUnsubscribeUrl: _u, ...rest } = stored;
  return { ...rest, text: '', html: '' };
}
