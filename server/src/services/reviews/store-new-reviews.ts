import type { NormalizedReview } from '@rebound/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/executor.ts';
import { sources } from '../../db/schema/index.ts';
import type { Triage } from '../../triage/index.ts';
import { asJsonRows } from './json-rows.ts';
import { sameReviewKeys } from './same-review-key.ts';

export type NewReview = { key: string; item: NormalizedReview; triage: Triage };
export type StoredReview = { id: string; dedupeKey: string };

const isoOr = (iso: string | null, fallback: Date) => (iso ? new Date(iso) : fallback).toISOString();

/**
 * Insert a batch of new reviews as one JSON parameter expanded by `jsonb_to_recordset`: the statement text is
 * the same for every batch and carries a single parameter, where a multi-row VALUES list would have the query
 * builder and the server handle some 25 parameters per review. A review another writer stored first (a
 * webhook racing a poll), or the same review already stored through another source (same sameness key), is
 * skipped and not returned. Columns not listed keep their defaults.
 */
export async function storeNewReviews(
  db: Db,
  ctx: { orgId: string; sourceId: string; locationId: string | null },
  fresh: NewReview[],
  now: Date,
): Promise<StoredReview[]> {
  const [origin] = await db
    .select({ kind: sources.kind, url: sources.url })
    .from(sources)
    .where(and(eq(sources.orgId, ctx.orgId), eq(sources.id, ctx.sourceId)));
  const sameKeys = origin
    ? sameReviewKeys(
        origin,
        fresh.map((f) => f.item),
      )
    : [];
  const rows = fresh.map(({ key, item, triage }, i) => ({
    dedupe_key: key,
    same_key: sameKeys[i] ?? null,
    external_id: item.externalId,
    author: item.author,
    rating: item.rating,
    rating_original: item.ratingOriginal,
    rating_scale: item.ratingScale ?? null,
    title: item.title,
    text: item.text,
    language: item.language ?? triage.language,
    url: item.url,
    item_name: item.itemName,
    owner_reply: item.ownerReply ?? null,
    published_at: isoOr(item.publishedAt, now),
    source_updated_at: item.updatedAt ? isoOr(item.updatedAt, now) : null,
    label: triage.label,
    sentiment_score: triage.score,
    themes: triage.themes,
    is_escalated: triage.escalation.escalate,
    escalation_reasons: triage.escalation.reasons.map(String),
    situation: triage.situation,
  }));
  const seenAt = now.toISOString();
  return queryRows<StoredReview>(
    db,
    sql`insert into reviews (org_id, source_id, location_id, dedupe_key, same_key, external_id, author, rating,
          rating_original, rating_scale, title, text, language, url, item_name, owner_reply, published_at,
          source_updated_at, label, sentiment_score, themes, is_escalated, escalation_reasons, situation,
          first_seen_at, last_seen_at)
        select ${ctx.orgId}::uuid, ${ctx.sourceId}::uuid, ${ctx.locationId}::uuid, r.dedupe_key, r.same_key,
          r.external_id,
          r.author, r.rating, r.rating_original, r.rating_scale, r.title, r.text, r.language, r.url, r.item_name,
          r.owner_reply, r.published_at, r.source_updated_at, r.label, r.sentiment_score, r.themes,
          r.is_escalated, r.escalation_reasons, r.situation, ${seenAt}::timestamptz, ${seenAt}::timestamptz
        from jsonb_to_recordset(${asJsonRows(rows)}::jsonb) as r(dedupe_key text, same_key text, external_id text,
          author text, rating real, rating_original double precision, rating_scale jsonb, title text, text text,
          language text, url text, item_name text, owner_reply jsonb, published_at timestamptz,
          source_updated_at timestamptz, label text, sentiment_score real, themes text[], is_escalated boolean,
          escalation_reasons text[], situation jsonb)
        on conflict do nothing
        returning id, dedupe_key as "dedupeKey"`,
  );
}
