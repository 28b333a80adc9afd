import { addDays, type Day, dayOf } from '../rollups/day-ranges.ts';

/** The last full week before `now`: Monday to Sunday, UTC. */
export function lastFullWeek(now: Date): { weekStart: Day; weekEnd: Day } {
  const today = dayOf(now);
  const weekday = (now.getUTCDay() + 6) % 7;
  const weekStart = addDays(today, -weekday - 7);
  return { weekStart, weekEnd: addDays(weekStart, 6) };
}
