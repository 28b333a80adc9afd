import { dailyRollups, NIL_UUID, ROLLUP_SCOPE, type RollupScope } from '../../db/schema/index.ts';
import type { SliceFilter } from './load-daily-rows.ts';

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
