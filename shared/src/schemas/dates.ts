import { z } from 'zod';

/**
 * Every date Rebound accepts, from a form, a procedure or an import, lies in these years. Outside them a date is
 * a typo or a probe (year 0000, 0001 read as 2001, 0000 read as 1900 by JavaScript's two-digit-year rule), and
 * the database and the browser disagree about it.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** True when year, month (1–12) and day name a day that exists (no 30 February) within the accepted years. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  // Day 0 of the next month is the last day of this one; years here are four digits, so Date.UTC reads them as written.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when an instant (milliseconds since 1970) falls within the accepted years. */
export function isInstantInRange(ms: number): boolean {
  if (!Number.isFinite(ms)) return false;
  const year = new Date(ms).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const calendarPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealCalendarDate(value: string): boolean {
  const parts = calendarPattern.exec(value);
  return parts !== null && isRealDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

const realDateMessage = `Use a real date from ${MIN_YEAR} to ${MAX_YEAR}`;

/** A calendar day written `YYYY-MM-DD` that exists and lies within the accepted years. */
export const calendarDateSchema = z.iso
  .date({ error: 'Use a date like 2025-03-31', abort: true })
  .refine(isRealCalendarDate, realDateMessage);

/** An instant in ISO 8601 with a zone (`2025-03-31T09:00:00Z`, `…+02:00`) on a real day within the accepted years. */
export const dateTimeSchema = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2025-03-31T09:00:00Z', abort: true })
  .refine(
    (value) => isRealCalendarDate(value.slice(0, 10)) && isInstantInRange(Date.parse(value)),
    realDateMessage,
  );

/** A day or an instant, for fields such as "last served" where either is natural. */
export const dateOrDateTimeSchema = z.union([dateTimeSchema, calendarDateSchema], {
  error: `Use a date like 2025-03-31 (or a date and time), from ${MIN_YEAR} to ${MAX_YEAR}`,
});
