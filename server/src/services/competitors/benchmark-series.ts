import { addDays, type Day } from '../rollups/day-ranges.ts';

export type Bucket = { start: Day; end: Day };
export type BenchmarkPoint = { start: Day; rating: number | null; volume: number | null };

/** Seven-day buckets from `from`, the last one cut at `to`. */
export function weekBuckets(from: Day, to: Day): Bucket[] {
  const out: Bucket[] = [];
  for (let start = from; start <= to; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    out.push({ start, end: end < to ? end : to });
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Our location, drawn like a platform draws a business: the average of every rating up to the end of each week
 * (the `before` totals carry what came before the period) and the number of reviews published in the week.
 */
export function ourPoints(
  before: { ratingSum: number; ratingCount: number },
  days: { day: Day; reviews: number; ratingSum: number; ratingCount: number }[],
  buckets: Bucket[],
): BenchmarkPoint[] {
  let sum = before.ratingSum;
  let n = before.ratingCount;
  let i = 0;
  return buckets.map((b) => {
    let volume = 0;
    for (; i < days.length && (days[i]?.day ?? '') <= b.end; i++) {
      const d = days[i];
      if (!d || d.day < b.start) continue;
      sum += d.ratingSum;
      n += d.ratingCount;
      volume += d.reviews;
    }
    return { start: b.start, rating: n ? round2(sum / n) : null, volume };
  });
}

export type Snapshot = { day: Day; rating: number | null; ratingCount: number | null };

/** The last snapshot taken on or before a day. */
function asOf(snapshots: Snapshot[], day: Day): Snapshot | null {
  let found: Snapshot | null = null;
  for (const s of snapshots) if (s.day <= day) found = s;
  return found;
}

/**
 * A competitor: the platform's rating as last read by the end of each week, and the week's volume as the growth
 * of the platform's rating count (known only once a count was read before the week began). Without counts the
 * volume is the number of reviews we read that were published in the week.
 */
export function competitorPoints(
  snapshots: Snapshot[],
  publishedDays: Day[],
  buckets: Bucket[],
): BenchmarkPoint[] {
  const sorted = [...snapshots].sort((a, b) => (a.day < b.day ? -1 : 1));
  const hasCounts = sorted.some((s) => s.ratingCount !== null);
  return buckets.map((b) => {
    const last = asOf(sorted, b.end);
    let volume: number | null = null;
    if (hasCounts) {
      const earlier = asOf(sorted, addDays(b.start, -1));
      if (last?.ratingCount != null && earlier?.ratingCount != null)
        volume = Math.max(0, last.ratingCount - earlier.ratingCount);
    } else {
      volume = publishedDays.filter((d) => d >= b.start && d <= b.end).length;
    }
    return { start: b.start, rating: last?.rating == null ? null : round2(last.rating), volume };
  });
}
