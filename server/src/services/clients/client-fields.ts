import type { ConsentStatus } from '../../db/schema/index.ts';
import { normalizeMailboxAddress } from '../../mail/index.ts';
import { toIsoDate } from '../../sources/normalize/dates.ts';

export type ClientValues = {
  email: string;
  name: string;
  phone: string | null;
  tags: string[];
  lastServiceAt: Date | null;
  consent: ConsentStatus;
  /** Set only by an import with an SMS consent column: when the agreement to texts was recorded, or null. */
  smsConsentAt?: Date | null;
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text without controls or bidi overrides, bounded. */
export function cleanLine(value: string, max: number): string {
  return value.replace(controls, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Lower-cased whole address (the dedupe key), or null when it is not a single plain mailbox. */
export function readEmail(value: string): string | null {
  const normalized = normalizeMailboxAddress(value.trim());
  return normalized ? normalized.toLowerCase() : null;
}

export function readTags(value: string): string[] {
  const tags = value
    .split(/[;|,]/)
    .map((t) => cleanLine(t, 40))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, 20);
}

const consentWords: Record<string, ConsentStatus> = {
  '': 'unknown',
  unknown: 'unknown',
  yes: 'granted',
  y: 'granted',
  true: 'granted',
  '1': 'granted',
  granted: 'granted',
  'opt-in': 'granted',
  'opted in': 'granted',
  no: 'withdrawn',
  n: 'withdrawn',
  false: 'withdrawn',
  '0': 'withdrawn',
  withdrawn: 'withdrawn',
  'opt-out': 'withdrawn',
  'opted out': 'withdrawn',
  unsubscribed: 'withdrawn',
};

export function readConsent(value: string): ConsentStatus | null {
  return consentWords[value.trim().toLowerCase()] ?? null;
}

/** A service date: readable, and not in the future (a day of slack for time zones). */
export function readServiceDate(value: string, now = new Date()): Date | null | 'invalid' | 'future' {
  if (!value.trim()) return null;
  const iso = toIsoDate(value, { dateOrder: 'dmy' });
  if (!iso) return 'invalid';
  const date = new Date(iso);
  if (date.getTime() > now.getTime() + 86_400_000) return 'future';
  return date;
}
