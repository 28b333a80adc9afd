/**
 * Reply-time histogram bounds, in minutes. Bucket i holds times in [BOUNDS[i-1], BOUNDS[i]); bucket 0 is under
 * 15 minutes and the last bucket is 30 days or more. Fine where a business's median usually falls (15-minute
 * steps in the first hour, then hours), coarser later. A median read from the histogram is exact to within the
 * width of the bucket it falls in: at most 15 min under 1 h, 1 h under 4 h, 4 h under 24 h, 12 h under 2 days,
 * 1 day under 5 days, then 2 days, 7 days, 16 days. One bound sits exactly at 24 h.
 */
export const REPLY_BUCKET_BOUNDS_MINUTES = [
  15, 30, 60, 120, 180, 240, 360, 480, 720, 960, 1200, 1440, 2160, 2880, 4320, 5760, 7200, 10080, 20160,
  43200,
] as const;

export const REPLY_BUCKET_COUNT = REPLY_BUCKET_BOUNDS_MINUTES.length + 1;

/** The bucket a reply time falls in, as SQL's width_bucket(minutes, bounds) numbers them (0-based). */
export function bucketOf(minutes: number): number {
  let i = 0;
  while (
    i < REPLY_BUCKET_BOUNDS_MINUTES.length &&
    minutes >= (REPLY_BUCKET_BOUNDS_MINUTES[i] ?? Number.POSITIVE_INFINITY)
  )
    i++;
  return i;
}

/** Element-wise sum of histograms (rows may come from different slices and days). */
export function addHistograms(histograms: readonly (readonly number[])[]): number[] {
  const total = new Array<number>(REPLY_BUCKET_COUNT).fill(0);
  for (const h of histograms)
    for (let i = 0; i < REPLY_BUCKET_COUNT; i++) total[i] = (total[i] ?? 0) + (h[i] ?? 0);
  return total;
}

/**
 * The median reply time in minutes, read from a histogram by linear interpolation inside the bucket that holds
 * the middle reply (the open last bucket reports its lower bound). Null when nothing was timed.
 */
export function medianFromHistogram(hist: readonly number[]): number | null {
  const total = hist.reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  const half = total / 2;
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    const n = hist[i] ?? 0;
    if (n > 0 && seen + n >= half) {
      const lo = i === 0 ? 0 : (REPLY_BUCKET_BOUNDS_MINUTES[i - 1] ?? 0);
      const hi = REPLY_BUCKET_BOUNDS_MINUTES[i];
      if (hi === undefined) return lo;
      return lo + ((half - seen) / n) * (hi - lo);
    }
    seen += n;
  }
  return null;
}
