/** A UTC day as YYYY-MM-DD. */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function addDays(day: Day, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (to − from). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Sorted, de-duplicated days merged into half-open runs [start, end) so a refresh reads with range scans. */
export function toDayRuns(days: readonly Day[]): { start: Day; end: Day }[] {
  const sorted = [...new Set(days)].filter(isDay).sort();
  const runs: { start: Day; end: Day }[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.end === day) last.end = addDays(day, 1);
    else runs.push({ start: day, end: addDays(day, 1) });
  }
  return runs;
}
