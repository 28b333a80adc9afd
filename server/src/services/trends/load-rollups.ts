import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dailyRollups, NIL_UUID, ROLLUP_SCOPE, type RollupScope } from '../../db/schema/index.ts';
import type { Day } from '../rollups/day-ranges.ts';

export type SliceFilter = { locationId?: string | undefined; sourceId?: string | undefined };

/** The one rollup grain that answers a filter, so every read is a range scan over one row per day. */
export function sliceFor(filter: SliceFilter): { scope: RollupScope; locationId: string; sourceId: string } {
  if (filter.locationId && filter.sourceId)
    return { scope: ROLLUP_SCOPE.locationSource, locationId: filter.locationId, sourceId: filter.sourceId };
  if (filter.locationId)
    return { scope: ROLLUP_SCOPE.location, locationId: filter.locationId, sourceId: NIL_UUID };
  if (filter.sourceId) return { scope: ROLLUP_SCOPE.source, locationId: NIL_UUID, sourceId: filter.sourceId };
  return { scope: ROLLUP_SCOPE.org, locationId: NIL_UUID, sourceId: NIL_UUID };
}

export const rollupColumns = {
  day: dailyRollups.day,
  reviews: dailyRollups.reviews,
  stars1: dailyRollups.stars1,
  stars2: dailyRollups.stars2,
  stars3: dailyRollups.stars3,
  stars4: dailyRollups.stars4,
  stars5: dailyRollups.stars5,
  unrated: dailyRollups.unrated,
  ratingSum: dailyRollups.ratingSum,
  ratingCount: dailyRollups.ratingCount,
  negative: dailyRollups.negative,
  mixed: dailyRollups.mixed,
  neutral: dailyRollups.neutral,
  positive: dailyRollups.positive,
  escalated: dailyRollups.escalated,
  replied: dailyRollups.replied,
  replyTimed: dailyRollups.replyTimed,
  replyMinutesSum: dailyRollups.replyMinutesSum,
  replyHist: dailyRollups.replyHist,
  negativeReplied24h: dailyRollups.negativeReplied24h,
  removed: dailyRollups.removed,
  recovered: dailyRollups.recovered,
};

export type DailyRow = {
  day: Day;
  reviews: number;
  stars1: number;
  stars2: number;
  stars3: number;
  stars4: number;
  stars5: number;
  unrated: number;
  ratingSum: number;
  ratingCount: number;
  negative: number;
  mixed: number;
  neutral: number;
  positive: number;
  escalated: number;
  replied: number;
  replyTimed: number;
  replyMinutesSum: number;
  replyHist: number[];
  negativeReplied24h: number;
  removed: number;
  recovered: number;
};

/** The slice's rollup rows for [from, to], oldest first; days without reviews have no row. */
export async function loadDailyRows(
  db: Db,
  orgId: string,
  filter: SliceFilter,
  from: Day,
  to: Day,
): Promise<DailyRow[]> {
  const slice = sliceFor(filter);
  return db
    .select(rollupColumns)
    .from(dailyRollups)
    .where(
      and(
        eq(dailyRollups.orgId, orgId),
        eq(dailyRollups.scope, slice.scope),
        eq(dailyRollups.locationId, slice.locationId),
        eq(dailyRollups.sourceId, slice.sourceId),
        gte(dailyRollups.day, from),
        lte(dailyRollups.day, to),
      ),
    )
    .orderBy(asc(dailyRollups.day));
}
