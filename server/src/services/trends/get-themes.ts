import type { TrendsFilterInput } from '@rebound/shared';
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dailyThemeRollups } from '../../db/schema/index.ts';
import { addDays, daysBetween } from '../rollups/day-ranges.ts';
import { ensureFreshRollups } from '../rollups/ensure-fresh-rollups.ts';
import { sliceFor } from './rollup-slices.ts';

const TOP = 8;
const CHARTED = 5;

/**
 * Top complaint themes: themes ranked by their mentions in negative reviews over the period, with the previous
 * period of the same length beside them, and weekly complaint counts for the top five.
 */
export async function getThemes(db: Db, orgId: string, input: TrendsFilterInput) {
  await ensureFreshRollups(db, orgId);
  const slice = sliceFor(input);
  const length = daysBetween(input.from, input.to) + 1;
  const previousFrom = addDays(input.from, -length);
  const where = (from: string, to: string) =>
    and(
      eq(dailyThemeRollups.orgId, orgId),
      eq(dailyThemeRollups.scope, slice.scope),
      eq(dailyThemeRollups.locationId, slice.locationId),
      eq(dailyThemeRollups.sourceId, slice.sourceId),
      gte(dailyThemeRollups.day, from),
      lte(dailyThemeRollups.day, to),
    );
  const complaints = sql<number>`sum(${dailyThemeRollups.negative})::int`;
  const top = await db
    .select({
      theme: dailyThemeRollups.theme,
      complaints,
      mentions: sql<number>`sum(${dailyThemeRollups.reviews})::int`,
    })
    .from(dailyThemeRollups)
    .where(and(where(input.from, input.to), sql`${dailyThemeRollups.negative} > 0`))
    .groupBy(dailyThemeRollups.theme)
    .orderBy(desc(complaints), dailyThemeRollups.theme)
    .limit(TOP);
  const names = top.map((t) => t.theme);
  if (!names.length) return { from: input.from, to: input.to, top: [], weekly: [] };
  const previous = await db
    .select({ theme: dailyThemeRollups.theme, complaints })
    .from(dailyThemeRollups)
    .where(and(where(previousFrom, addDays(input.from, -1)), inArray(dailyThemeRollups.theme, names)))
    .groupBy(dailyThemeRollups.theme);
  const before = new Map(previous.map((p) => [p.theme, p.complaints]));
  const week = sql<string>`to_char(date_trunc('week', ${dailyThemeRollups.day}::timestamp), 'YYYY-MM-DD')`;
  const weekly = await db
    .select({ week, theme: dailyThemeRollups.theme, complaints })
    .from(dailyThemeRollups)
    .where(and(where(input.from, input.to), inArray(dailyThemeRollups.theme, names.slice(0, CHARTED))))
    .groupBy(week, dailyThemeRollups.theme)
    .orderBy(week);
  return {
    from: input.from,
    to: input.to,
    top: top.map((t) => ({ ...t, previousComplaints: before.get(t.theme) ?? 0 })),
    weekly,
  };
}
