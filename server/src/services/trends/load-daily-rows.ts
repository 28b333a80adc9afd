import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dailyRollups } from '../../db/schema/index.ts';
import type { Day } from '../rollups/day-ranges.ts';
import { rollupColumns, sliceFor } from './rollup-slices.ts';

export type SliceFilter = { locationId?: string | undefined; sourceId?: string | undefined };

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
