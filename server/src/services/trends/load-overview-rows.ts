import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import type { Day } from '../rollups/day-ranges.ts';
import { REPLY_BUCKET_COUNT } from '../rollups/reply-buckets.ts';
import type { SliceFilter } from './load-daily-rows.ts';
import { sliceFor } from './rollup-slices.ts';

/** What the series, spikes and rolling averages read per day; the period totals come from SQL. */
export type DayPoint = {
  day: Day;
  reviews: number;
  negative: number;
  replied: number;
  ratingSum: number;
  ratingCount: number;
};

/** Sums of the rollup counters over a period, and its reply-time histogram. */
export type PeriodTotals = {
  reviews: number;
  stars: [number, number, number, number, number];
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
  negativeReplied24h: number;
  removed: number;
  recovered: number;
  replyHist: number[];
};

export type OverviewRows = {
  isStale: boolean;
  days: DayPoint[];
  period: PeriodTotals;
  previous: PeriodTotals;
};

const COUNTERS = [
  'reviews',
  'stars_1',
  'stars_2',
  'stars_3',
  'stars_4',
  'stars_5',
  'unrated',
  'rating_sum',
  'rating_count',
  'negative',
  'mixed',
  'neutral',
  'positive',
  'escalated',
  'replied',
  'reply_timed',
  'reply_minutes_sum',
  'negative_replied_24h',
  'removed',
  'recovered',
] as const;

// A period's sums as one JSON array in COUNTERS order, then one sum per reply-time bucket; zeros when empty.
// Plain aggregates with FILTER let both periods and the per-day points come out of a single pass over the rows.
// The text is fixed (the bounds are columns of `p` below), so it is built once and the driver prepares it once.
function totalsOf(fromColumn: string, toColumn: string): string {
  const within = `filter (where day between p.${fromColumn} and p.${toColumn})`;
  const sums = [
    ...COUNTERS.map((c) => `coalesce(sum(${c}) ${within}, 0)`),
    ...Array.from(
      { length: REPLY_BUCKET_COUNT },
      (_, i) => `coalesce(sum(reply_hist[${i + 1}]) ${within}, 0)`,
    ),
  ];
  return `json_build_array(${sums.join(', ')})`;
}
const PERIOD_TOTALS = sql.raw(totalsOf('period_from', 'period_to'));
const PREVIOUS_TOTALS = sql.raw(totalsOf('previous_from', 'previous_to'));

/**
 * One statement for the whole overview: whether rollups are stale (an index probe on the queue), the slim per-day
 * points of [earliest, to], and the counters of the period and of the previous one, summed in SQL. A single
 * statement reads one snapshot, so "nothing queued" and the rollups it returns agree with each other.
 */
export async function loadOverviewRows(
  db: Db,
  orgId: string,
  filter: SliceFilter,
  range: { earliest: Day; from: Day; to: Day; previousFrom: Day; previousTo: Day },
): Promise<OverviewRows> {
  const slice = sliceFor(filter);
  const rows = await queryRows(
    db,
    sql`
    select exists (select 1 from rollup_dirty_days where org_id = ${orgId}) as stale,
      coalesce(json_agg(json_build_array(day, reviews, negative, replied, rating_sum, rating_count) order by day), '[]') as days,
      ${PERIOD_TOTALS} as period,
      ${PREVIOUS_TOTALS} as previous
    from daily_rollups, (select ${range.from}::date as period_from, ${range.to}::date as period_to,
      ${range.previousFrom}::date as previous_from, ${range.previousTo}::date as previous_to) p
    where org_id = ${orgId} and scope = ${slice.scope} and location_id = ${slice.locationId}
      and source_id = ${slice.sourceId} and day between ${range.earliest}::date and ${range.to}::date`,
  );
  const row = rows[0] ?? {};
  const days = asJson(row.days) as [Day, number, number, number, number, number][];
  return {
    isStale: row.stale === true,
    days: days.map(([day, reviews, negative, replied, ratingSum, ratingCount]) => ({
      day,
      reviews,
      negative,
      replied,
      ratingSum,
      ratingCount,
    })),
    period: toTotals(asJson(row.period)),
    previous: toTotals(asJson(row.previous)),
  };
}

// Both drivers parse json columns; a driver configured not to would hand back the text.
const asJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function toTotals(value: unknown): PeriodTotals {
  const a = Array.isArray(value) ? (value as unknown[]) : [];
  const n = (i: number) => Number(a[i] ?? 0);
  const hist = Array.from({ length: REPLY_BUCKET_COUNT }, (_, i) => n(COUNTERS.length + i));
  return {
    reviews: n(0),
    stars: [n(1), n(2), n(3), n(4), n(5)],
    unrated: n(6),
    ratingSum: n(7),
    ratingCount: n(8),
    negative: n(9),
    mixed: n(10),
    neutral: n(11),
    positive: n(12),
    escalated: n(13),
    replied: n(14),
    replyTimed: n(15),
    replyMinutesSum: n(16),
    negativeReplied24h: n(17),
    removed: n(18),
    recovered: n(19),
    replyHist: hist,
  };
}
