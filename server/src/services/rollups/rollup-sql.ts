import { type SQL, sql } from 'drizzle-orm';
import { NIL_UUID } from '../../db/schema/rollups.ts';
import { isRecovered, joinFirstReply, joinRatingWhenReplied } from '../cases/recovered-sql.ts';
import type { Day } from './day-ranges.ts';
import { REPLY_BUCKET_BOUNDS_MINUTES } from './reply-buckets.ts';

/** Which raw rows a rebuild reads: one organization, optionally only some UTC days (as half-open runs). */
export type RollupSlice = { orgId: string; runs: { start: Day; end: Day }[] | 'all' };

const utc = (day: Day) => sql`${`${day}T00:00:00Z`}::timestamptz`;

// The day a review counts on: when it was published, or first seen when the source gives no date.
const reviewDay = sql.raw(`(coalesce(r.published_at, r.first_seen_at) at time zone 'UTC')::date`);

function reviewFilter(slice: RollupSlice): SQL {
  if (slice.runs === 'all') return sql`r.org_id = ${slice.orgId}`;
  if (!slice.runs.length) return sql`false`;
  // Two range branches per run so both can use the (org_id, published_at) index; IS NULL is indexable too.
  const ranges = slice.runs.map(
    ({ start, end }) =>
      sql`(r.published_at >= ${utc(start)} and r.published_at < ${utc(end)}) or (r.published_at is null and r.first_seen_at >= ${utc(start)} and r.first_seen_at < ${utc(end)})`,
  );
  return sql`r.org_id = ${slice.orgId} and (${sql.join(ranges, sql` or `)})`;
}

const scopeOf = (loc: string, src: string) =>
  sql.raw(`case grouping(${loc}, ${src}) when 3 then 0 when 1 then 1 when 2 then 2 else 3 end`);
const keyOf = (col: string) =>
  sql.raw(
    `case when grouping(${col}) = 1 then '${NIL_UUID}'::uuid else coalesce(${col}, '${NIL_UUID}'::uuid) end`,
  );
const fourGrains = sql.raw(
  'grouping sets ((org_id, day), (org_id, day, location_id), (org_id, day, source_id), (org_id, day, location_id, source_id))',
);

const histogram = sql.raw(
  `array[${Array.from({ length: REPLY_BUCKET_BOUNDS_MINUTES.length + 1 }, (_, i) => `(count(*) filter (where is_active and bucket = ${i}))::int`).join(', ')}]`,
);
const bounds = sql.raw(`array[${REPLY_BUCKET_BOUNDS_MINUTES.join(', ')}]::float8[]`);

/**
 * Recompute daily_rollups rows for the slice from reviews, replies and review versions, at all four grains.
 * A review is replied from the moment its first reply was approved in Rebound, or from the time of an owner reply
 * already on the platform (untimed when that has no time). Recovered: as recovered-sql.ts defines it, the same
 * expression the recovery signal stores.
 */
export function insertReviewRollups(slice: RollupSlice): SQL {
  return sql`
insert into daily_rollups (org_id, scope, location_id, source_id, day, reviews, stars_1, stars_2, stars_3, stars_4, stars_5,
  unrated, rating_sum, rating_count, negative, mixed, neutral, positive, escalated, replied, reply_timed, reply_minutes_sum,
  reply_hist, negative_replied_24h, removed, recovered)
with base as (
  select r.org_id, r.location_id, r.source_id, ${reviewDay} as day, r.status = 'active' as is_active, r.rating, r.label,
    r.is_escalated, (fr.first_reply_at is not null or r.owner_reply is not null) as is_replied,
    -- greatest() skips nulls, so an unreplied review must stay null explicitly.
    case when fr.first_reply_at is not null
      then greatest(0, extract(epoch from fr.first_reply_at - coalesce(r.published_at, r.first_seen_at)) / 60.0) end as reply_minutes,
    ${isRecovered} as is_recovered
  from reviews r
  ${joinFirstReply}
  ${joinRatingWhenReplied}
  where ${reviewFilter(slice)}
), b as (
  select base.*, width_bucket(reply_minutes, ${bounds}) as bucket,
    case when rating is null then null else least(5, greatest(1, round(rating::numeric)))::int end as star
  from base
)
select org_id, ${scopeOf('location_id', 'source_id')}, ${keyOf('location_id')}, ${keyOf('source_id')}, day,
  count(*) filter (where is_active),
  count(*) filter (where is_active and star = 1), count(*) filter (where is_active and star = 2),
  count(*) filter (where is_active and star = 3), count(*) filter (where is_active and star = 4),
  count(*) filter (where is_active and star = 5), count(*) filter (where is_active and rating is null),
  coalesce(sum(rating) filter (where is_active), 0), count(rating) filter (where is_active),
  count(*) filter (where is_active and label = 'negative'), count(*) filter (where is_active and label = 'mixed'),
  count(*) filter (where is_active and label = 'neutral'), count(*) filter (where is_active and label = 'positive'),
  count(*) filter (where is_active and is_escalated),
  count(*) filter (where is_active and is_replied), count(*) filter (where is_active and reply_minutes is not null),
  coalesce(sum(reply_minutes) filter (where is_active), 0), ${histogram},
  count(*) filter (where is_active and label = 'negative' and reply_minutes <= 1440),
  count(*) filter (where not is_active),
  count(*) filter (where is_active and is_recovered)
from b
group by ${fourGrains}`;
}

/** Theme mentions (each theme once per review) per slice and day, at the same four grains. */
export function insertThemeRollups(slice: RollupSlice): SQL {
  return sql`
insert into daily_theme_rollups (org_id, scope, location_id, source_id, day, theme, reviews, negative)
select org_id, ${scopeOf('location_id', 'source_id')}, ${keyOf('location_id')}, ${keyOf('source_id')}, day, theme,
  count(*), count(*) filter (where label = 'negative')
from (
  select r.org_id, r.location_id, r.source_id, ${reviewDay} as day, r.label, t.theme
  from reviews r cross join lateral (select distinct unnest(r.themes) as theme) t
  where r.status = 'active' and ${reviewFilter(slice)}
) x
group by grouping sets ((org_id, day, theme), (org_id, day, theme, location_id), (org_id, day, theme, source_id),
  (org_id, day, theme, location_id, source_id))`;
}

function feedbackFilter(slice: RollupSlice): SQL {
  if (slice.runs === 'all') return sql`f.org_id = ${slice.orgId}`;
  if (!slice.runs.length) return sql`false`;
  const ranges = slice.runs.map(
    ({ start, end }) => sql`(f.created_at >= ${utc(start)} and f.created_at < ${utc(end)})`,
  );
  return sql`f.org_id = ${slice.orgId} and (${sql.join(ranges, sql` or `)})`;
}

/** The feedback funnel per day the request was created, for the org and per location. Cancelled requests do not count. */
export function insertFeedbackRollups(slice: RollupSlice): SQL {
  return sql`
insert into daily_feedback_rollups (org_id, scope, location_id, day, requested, sent, opened, clicked, answered, public_clicked,
  unhappy, five_answers, five_score_sum, five_satisfied, nps_answers, nps_promoters, nps_detractors)
select org_id, case grouping(location_id) when 1 then 0 else 1 end, ${keyOf('location_id')}, day,
  count(*), count(sent_at), count(opened_at), count(clicked_at), count(answered_at), count(public_clicked_at),
  count(*) filter (where is_unhappy),
  count(score) filter (where scale = 'five'), coalesce(sum(score) filter (where scale = 'five'), 0),
  count(*) filter (where scale = 'five' and score >= 4),
  count(score) filter (where scale = 'nps'), count(*) filter (where scale = 'nps' and score >= 9),
  count(*) filter (where scale = 'nps' and score <= 6)
from (
  select f.org_id, f.location_id, (f.created_at at time zone 'UTC')::date as day, f.sent_at, f.opened_at, f.clicked_at,
    f.answered_at, f.public_clicked_at, f.is_unhappy, f.score, c.scale
  from feedback_requests f join campaigns c on c.org_id = f.org_id and c.id = f.campaign_id
  where f.status <> 'cancelled' and ${feedbackFilter(slice)}
) x
group by grouping sets ((org_id, day), (org_id, day, location_id))`;
}
