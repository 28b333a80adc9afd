import { addDays, type Day, daysBetween } from '../rollups/day-ranges.ts';
import { dayNumber } from './day-numbers.ts';
import type { DayPoint } from './load-overview-rows.ts';

/** A day is a negative spike when it has at least this many negative reviews ... */
export const SPIKE_MIN_NEGATIVES = 3;
/** ... and at least this multiple of the mean daily negatives over the baseline days before it. */
export const SPIKE_FACTOR = 2;
/** Days before a spike that define "normal": their mean daily negatives and their average rating. */
export const SPIKE_BASELINE_DAYS = 28;
/** Recovery is read on the average rating of this many days ending on the candidate day. */
export const RECOVERY_WINDOW_DAYS = 7;

export type SpikeRecovery = {
  day: Day;
  negatives: number;
  /** Mean daily negatives over the baseline days. */
  baselineNegatives: number;
  /** Average rating over the baseline days; null when none was rated (then recovery is not measured). */
  baselineAverage: number | null;
  /** The first day on or after the spike whose trailing 7-day average rating is back to the baseline average. */
  recoveredOn: Day | null;
  /** recoveredOn − spike day, in days; null while not recovered. */
  daysToRecover: number | null;
};

/**
 * Negative spikes whose day falls in [from, to] and how long each took to get back to the previous average.
 * Spike: negatives(D) ≥ max(3, 2 × mean daily negatives over D−28 … D−1). Baseline average: ratings of D−28 … D−1.
 * Recovered on the first E ≥ D where the average rating of E−6 … E is ≥ the baseline average (E ≤ to).
 * The search for the next spike resumes the day after recovery, so one bad stretch counts once.
 * `rows` must cover [from − 28, to].
 */
export function findSpikeRecoveries(rows: readonly DayPoint[], from: Day, to: Day): SpikeRecovery[] {
  // Prefix sums over day offsets from `origin`, so every window sum is two array reads (no date arithmetic per day).
  const origin = addDays(from, -SPIKE_BASELINE_DAYS);
  const originNumber = dayNumber(origin);
  const length = daysBetween(origin, to) + 1;
  const neg = new Float64Array(length + 1);
  const sum = new Float64Array(length + 1);
  const cnt = new Float64Array(length + 1);
  const daily = new Float64Array(length);
  for (const r of rows) {
    const i = dayNumber(r.day) - originNumber;
    if (i < 0 || i >= length) continue;
    daily[i] = r.negative;
    neg[i + 1] = r.negative;
    sum[i + 1] = r.ratingSum;
    cnt[i + 1] = r.ratingCount;
  }
  for (let i = 1; i <= length; i++) {
    neg[i] = (neg[i] ?? 0) + (neg[i - 1] ?? 0);
    sum[i] = (sum[i] ?? 0) + (sum[i - 1] ?? 0);
    cnt[i] = (cnt[i] ?? 0) + (cnt[i - 1] ?? 0);
  }
  // Totals over day offsets [a, b) (clamped to the loaded range).
  const over = (arr: Float64Array, a: number, b: number) =>
    (arr[Math.max(0, b)] ?? 0) - (arr[Math.max(0, a)] ?? 0);
  const spikes: SpikeRecovery[] = [];
  let d = SPIKE_BASELINE_DAYS;
  while (d < length) {
    const negatives = daily[d] ?? 0;
    const baselineNegatives = over(neg, d - SPIKE_BASELINE_DAYS, d) / SPIKE_BASELINE_DAYS;
    if (negatives < Math.max(SPIKE_MIN_NEGATIVES, SPIKE_FACTOR * baselineNegatives)) {
      d++;
      continue;
    }
    const baseCount = over(cnt, d - SPIKE_BASELINE_DAYS, d);
    const baselineAverage = baseCount > 0 ? over(sum, d - SPIKE_BASELINE_DAYS, d) / baseCount : null;
    let recovered: number | null = null;
    if (baselineAverage !== null) {
      for (let e = d; e < length; e++) {
        const c = over(cnt, e + 1 - RECOVERY_WINDOW_DAYS, e + 1);
        if (c > 0 && over(sum, e + 1 - RECOVERY_WINDOW_DAYS, e + 1) / c >= baselineAverage - 1e-9) {
          recovered = e;
          break;
        }
      }
    }
    spikes.push({
      day: addDays(origin, d),
      negatives,
      baselineNegatives,
      baselineAverage,
      recoveredOn: recovered === null ? null : addDays(origin, recovered),
      daysToRecover: recovered === null ? null : recovered - d,
    });
    if (recovered === null) break;
    d = recovered + 1;
  }
  return spikes;
}
