import { sql } from 'drizzle-orm';

/*
 * "Recovered", defined once. A review is recovered when its rating now is higher than its rating when we first
 * replied. We first replied when the first reply to it was approved in Rebound, or at the time of an owner reply
 * already on the platform, whichever came first (an owner reply with no time does not date the reply). The rating
 * when we replied is that of the first version kept after that moment: review_versions keeps each version as a later
 * edit replaces it, so that is the version in force at the reply. Nothing kept since the reply means the review has
 * not changed since, and is not recovered. A text edit alone is an edit, not a recovery, and a rating that later
 * falls back to where it was (or lower) is no longer recovered.
 *
 * One SQL expression over a review aliased `r`, read by:
 * - the recovery signal (record-review-edit.ts), which stores it on the review and its case (`recovered_at`);
 * - the daily rollups (rollup-sql.ts: `recovered`), and so the trends and the weekly digest.
 */

// Owner replies found on the platform carry their own time; anything not shaped like an ISO time is left untimed.
const ownerReplyTime = sql.raw(
  `case when r.owner_reply->>'updatedAt' ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d' then (r.owner_reply->>'updatedAt')::timestamptz end`,
);

/**
 * When we first replied to `r`, as `fr.first_reply_at` (null while unreplied). An aggregate in the lateral keeps it a
 * single per-review lookup (a plain expression would be inlined and re-evaluated at every use).
 */
export const joinFirstReply = sql`left join lateral (
    select least(min(p.approved_at), ${ownerReplyTime}) as first_reply_at
    from replies p where p.org_id = r.org_id and p.review_id = r.id
  ) fr on true`;

/** The rating `r` had when we first replied, as `rv.rating`; needs `joinFirstReply` before it. */
export const joinRatingWhenReplied = sql`left join lateral (
    select v.rating from review_versions v
    where v.org_id = r.org_id and v.review_id = r.id and v.captured_at > fr.first_reply_at
    order by v.version limit 1
  ) rv on true`;

/** Is `r` recovered; needs both joins above. */
export const isRecovered = sql.raw('(rv.rating is not null and r.rating > rv.rating)');
