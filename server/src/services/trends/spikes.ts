import { addDays, type Day, daysBetween } from '../rollups/day-ranges.ts';
import type { DailyRow } from './load-rollups.ts';

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
export function findSpikeRecoveries(rows: readonly DailyRow[], from: Day, to: Day): SpikeRecovery[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const sumOver = (end: Day, days: number) => {
    let negatives = 0;
    let ratingSum = 0;
    let ratingCount = 0;
    for (let i = 0; i < days; i++) {
      const r = byDay.get(addDays(end, -i));
      negatives += r?.negative ?? 0;
      ratingSum += r?.ratingSum ?? 0;
      ratingCount += r?.ratingCount ?? 0;
    }
    return { negatives, ratingSum, ratingCount };
  };
  const spikes: SpikeRecovery[] = [];
  let d = from;
  while (d <= to) {
    const negatives = byDay.get(d)?.negative ?? 0;
    const base = sumOver(addDays(d, -1), SPIKE_BASELINE_DAYS);
    const baselineNegatives = base.negatives / SPIKE_BASELINE_DAYS;
    if (negatives < Math.max(SPIKE_MIN_NEGATIVES, SPIKE_FACTOR * baselineNegatives)) {
      d = addDays(d, 1);
      continue;
    }
    const baselineAverage = base.ratingCount > 0 ? base.ratingSum / base.ratingCount : null;
    let recoveredOn: Day | null = null;
    if (baselineAverage !== null) {
      for (let e = d; e <= to; e = addDays(e, 1)) {
        const w = sumOver(e, RECOVERY_WINDOW_DAYS);
        if (w.ratingCount > 0 && w.ratingSum / w.ratingCount >= baselineAverage - 1e-9) {
          recoveredOn = e;
          break;
        }
      }
    }
    spikes.push({
      day: d,
      negatives,
      baselineNegatives,
      baselineAverage,
      recoveredOn,
      daysToRecover: recoveredOn ? daysBetween(d, recoveredOn) : null,
    });
    if (!recoveredOn) break;
    d = addDays(recoveredOn, 1);
  }
  return spikes;
}
