import type { Day } from '../rollups/day-ranges.ts';
import { dayFromNumber, dayNumber } from './day-numbers.ts';
import type { DayPoint } from './load-overview-rows.ts';

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

// 1970-01-01 was a Thursday: day number n is a Monday when (n + 3) % 7 === 0.
const mondayOf = (n: number) => n - ((n + 3) % 7);

type Bucket = {
  start: number;
  reviews: number;
  negative: number;
  replied: number;
  sum: number;
  count: number;
};

/**
 * The period as points per day (or per week), including days without reviews, with a 30-day rolling average.
 * `rows` must cover [from − 29, to] for the rolling average of the first point to be complete.
 */
export function buildSeries(
  rows: readonly DayPoint[],
  from: Day,
  to: Day,
): { granularity: 'day' | 'week'; points: SeriesPoint[] } {
  const first = dayNumber(from);
  const last = dayNumber(to);
  // Rows by offset from the first day of the rolling window before `from`.
  const origin = first - 29;
  const byOffset: (DayPoint | undefined)[] = new Array(last - origin + 1);
  for (const r of rows) {
    const i = dayNumber(r.day) - origin;
    if (i >= 0 && i < byOffset.length) byOffset[i] = r;
  }
  const isWeekly = last - first + 1 > DAILY_SERIES_MAX_DAYS;
  const points: SeriesPoint[] = [];
  // Running 30-day window of rating sums, advanced one day at a time.
  let windowSum = 0;
  let windowCount = 0;
  for (let i = 0; i < 29; i++) {
    windowSum += byOffset[i]?.ratingSum ?? 0;
    windowCount += byOffset[i]?.ratingCount ?? 0;
  }
  let current: (Bucket & { rolling30: number | null }) | null = null;
  for (let d = first; d <= last; d++) {
    const i = d - origin;
    const r = byOffset[i];
    windowSum += r?.ratingSum ?? 0;
    windowCount += r?.ratingCount ?? 0;
    const out = i >= 30 ? byOffset[i - 30] : undefined;
    windowSum -= out?.ratingSum ?? 0;
    windowCount -= out?.ratingCount ?? 0;
    const start = isWeekly ? mondayOf(d) : d;
    if (!current || current.start !== start) {
      if (current) points.push(finish(current));
      current = { start, reviews: 0, negative: 0, replied: 0, sum: 0, count: 0, rolling30: null };
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

function finish(b: Bucket & { rolling30: number | null }): SeriesPoint {
  return {
    start: dayFromNumber(b.start),
    reviews: b.reviews,
    negative: b.negative,
    replied: b.replied,
    averageRating: b.count > 0 ? b.sum / b.count : null,
    rolling30: b.rolling30,
  };
}
