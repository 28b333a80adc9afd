import { addDays, type Day, daysBetween } from '../rollups/day-ranges.ts';
import type { DailyRow } from './load-rollups.ts';

export type SeriesPoint = {
  /** The first day of the bucket (a day, or the Monday of a week). */
  start: Day;
  reviews: number;
  negative: number;
  replied: number;
  averageRating: number | null;
  /** Mean rating over the 30 days ending on the bucket's last day. */
  rolling30: number | null;
};

/** Periods longer than this are drawn per week, so a two-year chart stays readable. */
export const DAILY_SERIES_MAX_DAYS = 120;

const mondayOf = (day: Day) => {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
};

/**
 * The period as points per day (or per week), including days without reviews, with a 30-day rolling average.
 * `rows` must cover [from − 29, to] for the rolling average of the first point to be complete.
 */
export function buildSeries(
  rows: readonly DailyRow[],
  from: Day,
  to: Day,
): { granularity: 'day' | 'week'; points: SeriesPoint[] } {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const isWeekly = daysBetween(from, to) + 1 > DAILY_SERIES_MAX_DAYS;
  const points: SeriesPoint[] = [];
  // Running 30-day window of rating sums, advanced one day at a time.
  let windowSum = 0;
  let windowCount = 0;
  for (let d = addDays(from, -29); d < from; d = addDays(d, 1)) {
    const r = byDay.get(d);
    windowSum += r?.ratingSum ?? 0;
    windowCount += r?.ratingCount ?? 0;
  }
  let current: (SeriesPoint & { sum: number; count: number }) | null = null;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const r = byDay.get(d);
    windowSum += r?.ratingSum ?? 0;
    windowCount += r?.ratingCount ?? 0;
    const out = byDay.get(addDays(d, -30));
    windowSum -= out?.ratingSum ?? 0;
    windowCount -= out?.ratingCount ?? 0;
    const start = isWeekly ? mondayOf(d) : d;
    if (!current || current.start !== start) {
      if (current) points.push(finish(current));
      current = {
        start,
        reviews: 0,
        negative: 0,
        replied: 0,
        averageRating: null,
        rolling30: null,
        sum: 0,
        count: 0,
      };
    }
    current.reviews += r?.reviews ?? 0;
    current.negative += r?.negative ?? 0;
    current.replied += r?.replied ?? 0;
    current.sum += r?.ratingSum ?? 0;
    current.count += r?.ratingCount ?? 0;
    current.rolling30 = windowCount > 0 ? windowSum / windowCount : null;
  }
  if (current) points.push(finish(current));
  return { granularity: isWeekly ? 'week' : 'day', points };
}

function finish(p: SeriesPoint & { sum: number; count: number }): SeriesPoint {
  const { sum, count, ...rest } = p;
  return { ...rest, averageRating: count > 0 ? sum / count : null };
}
