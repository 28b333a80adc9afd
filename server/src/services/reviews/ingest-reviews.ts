import type { NormalizedReview } from '@rebound/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { reviews, reviewVersions } from '../../db/schema/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import { type ThemeTaxonomy, type Triage, triageReview } from '../../triage/index.ts';
import { effectOfEdit, effectsOfNewReview } from '../review-effects/effect-rows.ts';
import { queueEffects } from '../review-effects/queue-effects.ts';
import { dedupeKeyOf } from './dedupe-key.ts';
import { type NewReview, storeNewReviews } from './store-new-reviews.ts';
import { triageOptionsFor } from './triage-options.ts';

export type IngestContext = {
  orgId: string;
  sourceId: string;
  locationId: string | null;
  /** Its sector picks the triage themes; drafting reads the profile itself when it runs, off the ingest path. */
  profile?: BusinessProfile;
  taxonomy?: ThemeTaxonomy;
  /** True when `items` is the source's whole current list, so a missing review was removed. */
  isCompleteList: boolean;
  now?: Date;
};

export type ReviewEvent =
  | { type: 'created'; reviewId: string; label: string; isEscalated: boolean }
  | { type: 'edited'; reviewId: string; previousRating: number | null; rating: number | null }
  | { type: 'removed'; reviewId: string };

export type IngestResult = {
  fetched: number;
  created: number;
  updated: number;
  removed: number;
  events: ReviewEvent[];
};

const BATCH = 500;

const toDate = (iso: string | null) => (iso ? new Date(iso) : null);
const sameReply = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type Existing = {
  id: string;
  dedupeKey: string;
  rating: number | null;
  title: string | null;
  text: string;
  ownerReply: unknown;
  sourceUpdatedAt: Date | null;
  version: number;
  status: string;
};
type Fresh = NewReview;
type Revised = { old: Existing; item: NormalizedReview; triage: Triage; changed: boolean };

const triageOf = (ctx: IngestContext, item: NormalizedReview) =>
  triageReview(
    { rating: item.rating, text: item.text, title: item.title, language: item.language },
    triageOptionsFor(ctx.profile, ctx.taxonomy),
  );

/**
 * Store what a poll found: new reviews are triaged; an edited review keeps its earlier text as a version; a
 * review gone from a complete list is marked removed, never deleted. What a stored review must cause (its
 * case and alert, its first draft, the recovery signal of an edit) is written as `review_effects` rows in the
 * same transaction as the review and carried out by the review-effects worker, so a crash right after the
 * commit delays those effects and never loses them, and drafting does not slow polling or imports.
 * Per batch: one read, then triage outside the transaction, then a short transaction of a few set-based
 * statements, so a large import neither holds locks during analysis nor pays a round trip per review.
 */
export async function ingestReviews(
  db: Db,
  ctx: IngestContext,
  items: NormalizedReview[],
): Promise<IngestResult> {
  const now = ctx.now ?? new Date();
  const result: IngestResult = { fetched: items.length, created: 0, updated: 0, removed: 0, events: [] };
  const unique = new Map<string, NormalizedReview>();
  for (const item of items) unique.set(dedupeKeyOf(item), item);
  const entries = [...unique.entries()];

  // Batch k's transaction runs in PostgreSQL while this thread reads and triages batch k + 1: the database
  // work and the triage overlap instead of taking turns. Inside a caller's transaction (a CSV chunk) there is
  // one connection, so the batches simply take turns.
  const canOverlap = !(db instanceof PgTransaction);
  let writing: Promise<unknown> = Promise.resolve(null);
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    const existing = await readExisting(
      db,
      ctx,
      batch.map(([k]) => k),
    );
    const byKey = new Map(existing.map((r) => [r.dedupeKey, r]));
    const seen: string[] = [];
    const revised: Revised[] = [];
    const fresh: Fresh[] = [];
    for (const [key, item] of batch) {
      const old = byKey.get(key);
      if (!old) {
        fresh.push({ key, item, triage: triageOf(ctx, item) });
        continue;
      }
      const changed =
        old.rating !== item.rating ||
        (old.title ?? null) !== (item.title ?? null) ||
        old.text !== item.text ||
        !sameReply(old.ownerReply, item.ownerReply);
      if (!changed && old.status === 'active') seen.push(old.id);
      else revised.push({ old, item, triage: triageOf(ctx, item), changed });
    }
    await settle(writing);
    // A failure is kept as a value until awaited, so it is never an unhandled rejection meanwhile.
    writing = db
      .transaction(async (t) => {
        if (seen.length)
          await t
            .update(reviews)
            .set({ lastSeenAt: now })
            .where(and(eq(reviews.orgId, ctx.orgId), inArray(reviews.id, seen)));
        if (revised.length) await storeRevisions(t, ctx, revised, now, result);
        if (fresh.length) await insertFresh(t, ctx, fresh, now, result);
      })
      .then(
        () => null,
        (error: unknown) => ({ error }),
      );
    if (!canOverlap) await settle(writing);
  }
  await settle(writing);

  if (ctx.isCompleteList) {
    const keys = entries.map(([k]) => k);
    // One array parameter, not one per key: a complete list can be longer than PostgreSQL's parameter limit.
    const gone = await db
      .update(reviews)
      .set({ status: 'removed', removedAt: now })
      .where(
        and(
          eq(reviews.orgId, ctx.orgId),
          eq(reviews.sourceId, ctx.sourceId),
          eq(reviews.status, 'active'),
          keys.length ? sql`${reviews.dedupeKey} <> all(${toTextArray(keys)})` : undefined,
        ),
      )
      .returning({ id: reviews.id });
    result.removed = gone.length;
    for (const g of gone) result.events.push({ type: 'removed', reviewId: g.id });
  }
  return result;
}

async function settle(writing: Promise<unknown>) {
  const outcome = await writing;
  if (outcome && typeof outcome === 'object' && 'error' in outcome) throw outcome.error;
}

// A PostgreSQL array literal passed as one text parameter, cast on the server: works the same on PGlite.
function toTextArray(values: string[]) {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

function readExisting(db: Db, ctx: IngestContext, keys: string[]): Promise<Existing[]> {
  return db
    .select({
      id: reviews.id,
      dedupeKey: reviews.dedupeKey,
      rating: reviews.rating,
      title: reviews.title,
      text: reviews.text,
      ownerReply: reviews.ownerReply,
      sourceUpdatedAt: reviews.sourceUpdatedAt,
      version: reviews.version,
      status: reviews.status,
    })
    .from(reviews)
    .where(
      and(eq(reviews.orgId, ctx.orgId), eq(reviews.sourceId, ctx.sourceId), inArray(reviews.dedupeKey, keys)),
    );
}

async function storeRevisions(
  db: Db,
  ctx: IngestContext,
  revised: Revised[],
  now: Date,
  result: IngestResult,
) {
  const versions = revised
    .filter((r) => r.changed)
    .map(({ old }) => ({
      orgId: ctx.orgId,
      reviewId: old.id,
      version: old.version,
      rating: old.rating,
      title: old.title,
      text: old.text,
      ownerReply: old.ownerReply as typeof reviewVersions.$inferInsert.ownerReply,
      sourceUpdatedAt: old.sourceUpdatedAt,
    }));
  if (versions.length) await db.insert(reviewVersions).values(versions);
  const edits = revised
    .filter((r) => r.changed)
    .map(({ old, item }) => effectOfEdit(ctx.orgId, old.id, old.rating, item.rating));
  await queueEffects(db, edits);
  // Each row gets its own values; edits are few, so one statement per edited review is fine.
  for (const { old, item, triage, changed } of revised) {
    await db
      .update(reviews)
      .set({
        rating: item.rating,
        ratingOriginal: item.ratingOriginal,
        ratingScale: item.ratingScale,
        title: item.title,
        text: item.text,
        ownerReply: item.ownerReply,
        sourceUpdatedAt: toDate(item.updatedAt),
        label: triage.label,
        sentimentScore: triage.score,
        themes: triage.themes,
        situation: triage.situation,
        version: changed ? old.version + 1 : old.version,
        status: 'active',
        removedAt: null,
        lastSeenAt: now,
      })
      .where(and(eq(reviews.orgId, ctx.orgId), eq(reviews.id, old.id)));
    result.updated++;
    if (changed)
      result.events.push({
        type: 'edited',
        reviewId: old.id,
        previousRating: old.rating,
        rating: item.rating,
      });
  }
}

async function insertFresh(db: Db, ctx: IngestContext, fresh: Fresh[], now: Date, result: IngestResult) {
  const inserted = await storeNewReviews(db, ctx, fresh, now);
  const idByKey = new Map(inserted.map((r) => [r.dedupeKey, r.id]));
  const effects = [];
  for (const { key, item, triage } of fresh) {
    const reviewId = idByKey.get(key);
    // Not returned: another writer stored this review first (a webhook racing a poll); it is theirs to count.
    if (!reviewId) continue;
    result.created++;
    result.events.push({
      type: 'created',
      reviewId,
      label: triage.label,
      isEscalated: triage.escalation.escalate,
    });
    effects.push(...effectsOfNewReview(ctx.orgId, reviewId, triage, Boolean(item.ownerReply)));
  }
  await queueEffects(db, effects);
}
