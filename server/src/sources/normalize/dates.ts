import { isInstantInRange, isRealDate } from '@rebound/shared';
export type DateOptions = {
  /** IANA zone for times published without an offset (Yelp sends Pacific time). Default UTC. */
  timeZone?: string;
  /** How to read ambiguous numeric dates such as 03/04/2024. Default month first, unless day > 12. */
  dateOrder?: 'mdy' | 'dmy';
};

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const numericPattern = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const cjkPattern = /^(\d{4})年(\d{1,2})月(\d{1,2})日/;
const zonePattern = /(?:\b(?:UTC|GMT|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b)/;

/** Turns a published date into ISO 8601 (UTC), or null when it cannot be read with confidence. */
export function toIsoDate(value: unknown, options: DateOptions = {}): string | null {
  if (value instanceof Date) return validIso(value.getTime());
  if (typeof value === 'number') return validIso(value > 1e11 ? value : value * 1000);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d{10}(?:\d{3})?$/.test(text)) return toIsoDate(Number(text), options);
  const iso = isoPattern.exec(text);
  if (iso) return readIso(iso, options);
  const numeric = numericPattern.exec(text);
  if (numeric) return readNumeric(numeric, options);
  const cjk = cjkPattern.exec(text);
  if (cjk) return fromParts(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]), 0, 0, 0, options);
  // Free-form dates ("April 1, 2011", RFC 822): without a zone, read them as UTC, not server time.
  const parsed = zonePattern.test(text) ? Date.parse(text) : Date.parse(`${text} UTC`);
  return validIso(Number.isNaN(parsed) ? Date.parse(text) : parsed);
}

function readIso(match: RegExpExecArray, options: DateOptions): string | null {
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  if (zone) {
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : formatOffset(zone);
    const base = `${y}-${mo}-${d}T${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}`;
    return validIso(Date.parse(`${base}.${String(millis).padStart(3, '0')}${offset}`));
  }
  return fromParts(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    options,
    millis,
  );
}

function formatOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}

function readNumeric(match: RegExpExecArray, options: DateOptions): string | null {
  const [, a, separator, b, c, h, mi, s] = match;
  const first = Number(a);
  const second = Number(b);
  const third = Number(c);
  const time = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)] as const;
  if ((a ?? '').length === 4) return fromParts(first, second, third, ...time, options);
  // Only a year written with two digits means 20xx; 0001 written out is year 1 (and refused), not 2001.
  const year = (c ?? '').length <= 2 ? 2000 + third : third;
  const isDayFirst = separator === '.' || first > 12 || (options.dateOrder === 'dmy' && second <= 12);
  return isDayFirst
    ? fromParts(year, second, first, ...time, options)
    : fromParts(year, first, second, ...time, options);
}

function fromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  options: DateOptions,
  millis = 0,
): string | null {
  // A real day in the accepted years: no 31 February rolled over, and no year 0–99 that Date.UTC would read as 19xx.
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 60) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const zone = options.timeZone;
  if (!zone || zone === 'UTC') return validIso(asUtc);
  return validIso(asUtc - zoneOffsetMs(asUtc - zoneOffsetMs(asUtc, zone), zone));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` from UTC at the instant `utcMs`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(utcMs: number, zone: string): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (utcMs - (utcMs % 1000));
}

function validIso(ms: number): string | null {
  return isInstantInRange(ms) ? new Date(ms).toISOString() : null;
}
