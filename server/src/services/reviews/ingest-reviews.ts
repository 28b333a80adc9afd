import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { NormalizedReview } from '@rebound/shared';
import { checkReply } from '@rebound/shared/tone-check/index';
import type { Db } from '../../db/client.ts';
import { auditLog, replyDrafts, reviews, reviewVersions } from '../../db/schema/index.ts';
import { composeDraft } from '../../drafting/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import { reviewFingerprint } from '../../sources/normalize.ts';
import { type ThemeTaxonomy, triageReview } from '../../triage/index.ts';

export type IngestContext = {
  orgId: string;
  sourceId: string;
  locationId: string | null;
  profile: BusinessProfile;
  taxonomy?: ThemeTaxonomy;
  /** True when `items` is the source's whole current list, so a missing review was removed. */
  isCompleteList: boolean;
  now?: Date;
};

export type ReviewEvent =
  | { type: 'created'; reviewId: string; label: string; isEscalated: boolean }
  | { type: 'edited'; reviewId: string; previousRating: number | null; rating: number | null }
  | { type: 'removed'; reviewId: string };

export type IngestResult = { fetched: number; created: number; updated: number; removed: number; events: ReviewEvent[] };

const BATCH = 500;

export function dedupeKeyOf(r: NormalizedReview): string {
  return r.externalId ? `x:${r.externalId}` : `h:${reviewFingerprint(r)}`;
}

const toDate = (iso: string | null) => (iso ? new Date(iso) : null);
const sameReply = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Store what a poll found: new reviews are triaged and get a first draft; an edited review keeps its
 * earlier text as a version; a review gone from a complete list is marked removed, never deleted.
 */
export async function ingestReviews(db: Db, ctx: IngestContext, items: NormalizedReview[]): Promise<IngestResult> {
  const now = ctx.now ?? new Date();
  const result: IngestResult = { fetched: items.length, created: 0, updated: 0, removed: 0, events: [] };
  const unique = new Map<string, NormalizedReview>();
  for (const item of items) unique.set(dedupeKeyOf(item), item);
  const entries = [...unique.entries()];

  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      const existing = await tx
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
          and(
            eq(reviews.orgId, ctx.orgId),
            eq(reviews.sourceId, ctx.sourceId),
            inArray(
              reviews.dedupeKey,
              batch.map(([k]) => k),
            ),
          ),
        );
      const byKey = new Map(existing.map((r) => [r.dedupeKey, r]));
      const fresh: { key: string; item: NormalizedReview }[] = [];
      for (const [key, item] of batch) {
        const old = byKey.get(key);
        if (!old) {
          fresh.push({ key, item });
          continue;
        }
        const changed =
          old.rating !== item.rating ||
          (old.title ?? null) !== (item.title ?? null) ||
          old.text !== item.text ||
          !sameReply(old.ownerReply, item.ownerReply);
        if (!changed && old.status === 'active') {
          await tx.update(reviews).set({ lastSeenAt: now }).where(and(eq(reviews.orgId, ctx.orgId), eq(reviews.id, old.id)));
          continue;
        }
        if (changed) {
          await tx.insert(reviewVersions).values({
            orgId: ctx.orgId,
            reviewId: old.id,
            version: old.version,
            rating: old.rating,
            title: old.title,
            text: old.text,
            ownerReply: old.ownerReply,
            sourceUpdatedAt: old.sourceUpdatedAt,
          });
        }
        const triage = triageReview({ rating: item.rating, text: item.text, title: item.title, language: item.language }, { taxonomy: ctx.taxonomy });
        await tx
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
            version: changed ? old.version + 1 : old.version,
            status: 'active',
            removedAt: null,
            lastSeenAt: now,
          })
          .where(and(eq(reviews.orgId, ctx.orgId), eq(reviews.id, old.id)));
        result.updated++;
        if (changed) result.events.push({ type: 'edited', reviewId: old.id, previousRating: old.rating, rating: item.rating });
      }
      if (fresh.length) await insertFresh(tx as unknown as Db, ctx, fresh, now, result);
    });
  }

  if (ctx.isCompleteList) {
    const keys = entries.map(([k]) => k);
    const gone = await db
      .update(reviews)
      .set({ status: 'removed', removedAt: now })
      .where(
        and(
          eq(reviews.orgId, ctx.orgId),
          eq(reviews.sourceId, ctx.sourceId),
          eq(reviews.status, 'active'),
          keys.length ? notInArray(reviews.dedupeKey, keys) : undefined,
        ),
      )
      .returning({ id: reviews.id });
    result.removed = gone.length;
    for (const g of gone) result.events.push({ type: 'removed', reviewId: g.id });
  }
  return result;
}

async function insertFresh(
  db: Db,
  ctx: IngestContext,
  fresh: { key: string; item: NormalizedReview }[],
  now: Date,
  result: IngestResult,
) {
  const rows = fresh.map(({ key, item }) => {
    const triage = triageReview({ rating: item.rating, text: item.text, title: item.title, language: item.language }, { taxonomy: ctx.taxonomy });
    return { key, item, triage };
  });
  const inserted = await db
    .insert(reviews)
    .values(
      rows.map(({ key, item, triage }) => ({
        orgId: ctx.orgId,
        sourceId: ctx.sourceId,
        locationId: ctx.locationId,
        dedupeKey: key,
        externalId: item.externalId,
        author: item.author,
        rating: item.rating,
        ratingOriginal: item.ratingOriginal,
        ratingScale: item.ratingScale,
        title: item.title,
        text: item.text,
        language: item.language ?? triage.language,
        url: item.url,
        itemName: item.itemName,
        ownerReply: item.ownerReply,
        publishedAt: toDate(item.publishedAt) ?? now,
        sourceUpdatedAt: toDate(item.updatedAt),
        label: triage.label,
        sentimentScore: triage.score,
        themes: triage.themes,
        isEscalated: triage.escalation.escalate,
        escalationReasons: triage.escalation.reasons.map(String),
        firstSeenAt: now,
        lastSeenAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: reviews.id, dedupeKey: reviews.dedupeKey });
  const idByKey = new Map(inserted.map((r) => [r.dedupeKey, r.id]));
  const drafts = [];
  for (const { key, item, triage } of rows) {
    const reviewId = idByKey.get(key);
    if (!reviewId) continue;
    result.created++;
    result.events.push({ type: 'created', reviewId, label: triage.label, isEscalated: triage.escalation.escalate });
    // A reply already on the platform needs no draft from us.
    if (item.ownerReply) continue;
    const draft = composeDraft(
      { author: item.author, rating: item.rating, text: item.text, title: item.title, externalId: item.externalId },
      triage,
      ctx.profile,
    );
    drafts.push({
      orgId: ctx.orgId,
      reviewId,
      text: draft.text,
      origin: draft.kind === 'holding' ? ('holding' as const) : ('composer' as const),
      findings: checkReply(draft.text, { regulated: ctx.profile.regulated, reviewText: item.text }),
      translateBeforePosting: draft.translateBeforePosting,
    });
  }
  if (!drafts.length) return;
  const made = await db.insert(replyDrafts).values(drafts).returning({ id: replyDrafts.id, reviewId: replyDrafts.reviewId, origin: replyDrafts.origin });
  await db.insert(auditLog).values(
    made.map((d) => ({
      orgId: ctx.orgId,
      actorUserId: null,
      actorLabel: 'Rebound',
      action: 'reply.drafted',
      entityType: 'review',
      entityId: d.reviewId,
      detail: { draftId: d.id, origin: d.origin },
    })),
  );
}
