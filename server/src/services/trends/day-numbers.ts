import type { Day } from '../rollups/day-ranges.ts';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a UTC day: walking a period by integers avoids a Date per step. */
export function dayNumber(day: Day): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}
