import type { TrendsCompareInput } from '@rebound/shared';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import { dailyRollups, locations, NIL_UUID, ROLLUP_SCOPE, sources } from '../../db/schema/index.ts';
import { ensureFreshRollups } from '../rollups/ensure-fresh-rollups.ts';
import { medianFromHistogram, REPLY_BUCKET_COUNT } from '../rollups/reply-buckets.ts';

const int = (col: unknown) => sql<number>`sum(${col})::int`;

/** The period's headline metrics side by side for every location (or source), from the per-slice rollups. */
export async function compareSlices(db: Db, orgId: string, input: TrendsCompareInput) {
  await ensureFreshRollups(db, orgId);
  const { filter, by } = input;
  const isByLocation = by === 'location';
  // By location within one source reads the location×source grain; likewise by source within one location.
  const other = isByLocation ? filter.sourceId : filter.locationId;
  const scope = other
    ? ROLLUP_SCOPE.locationSource
    : isByLocation
      ? ROLLUP_SCOPE.location
      : ROLLUP_SCOPE.source;
  const key = isByLocation ? dailyRollups.locationId : dailyRollups.sourceId;
  const otherKey = isByLocation ? dailyRollups.sourceId : dailyRollups.locationId;
  const where = and(
    eq(dailyRollups.orgId, orgId),
    eq(dailyRollups.scope, scope),
    eq(otherKey, other ?? NIL_UUID),
    gte(dailyRollups.day, filter.from),
    lte(dailyRollups.day, filter.to),
  );
  const sums = await db
    .select({
      key,
      reviews: int(dailyRollups.reviews),
      ratingSum: sql<number>`sum(${dailyRollups.ratingSum})::float8`,
      ratingCount: int(dailyRollups.ratingCount),
      negative: int(dailyRollups.negative),
      replied: int(dailyRollups.replied),
      negativeReplied24h: int(dailyRollups.negativeReplied24h),
      recovered: int(dailyRollups.recovered),
      removed: int(dailyRollups.removed),
    })
    .from(dailyRollups)
    .where(where)
    .groupBy(key);
  const histRows = await queryRows<{ key: string; i: number; n: number }>(
    db,
    sql`
    select ${key} as key, u.i::int as i, sum(u.v)::int as n
    from ${dailyRollups}, unnest(${dailyRollups.replyHist}) with ordinality as u(v, i)
    where ${where} group by 1, 2`,
  );
  const histByKey = new Map<string, number[]>();
  for (const h of histRows) {
    const arr = histByKey.get(h.key) ?? new Array<number>(REPLY_BUCKET_COUNT).fill(0);
    arr[Number(h.i) - 1] = Number(h.n);
    histByKey.set(h.key, arr);
  }
  const names = isByLocation
    ? await db
        .select({ id: locations.id, name: locations.name })
        .from(locations)
        .where(eq(locations.orgId, orgId))
    : await db.select({ id: sources.id, name: sources.name }).from(sources).where(eq(sources.orgId, orgId));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  return sums
    .map((s) => ({
      id: s.key === NIL_UUID ? null : s.key,
      name:
        s.key === NIL_UUID ? (isByLocation ? 'No location' : 'No source') : (nameOf.get(s.key) ?? 'Deleted'),
      reviews: s.reviews,
      averageRating: ratio(s.ratingSum, s.ratingCount),
      negativeShare: ratio(s.negative, s.reviews),
      responseRate: ratio(s.replied, s.reviews),
      medianReplyMinutes: medianFromHistogram(histByKey.get(s.key) ?? []),
      negativeAnsweredWithin24hShare: ratio(s.negativeReplied24h, s.negative),
      recovered: s.recovered,
      removed: s.removed,
    }))
    .sort((a, b) => b.reviews - a.reviews || a.name.localeCompare(b.name));
}
