import type { OwnerReply, RatingScale, ReviewLabel, Situation } from '@rebound/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, orgId, ts } from './columns.ts';
import { sources } from './sources.ts';

export type ReviewStatus = 'active' | 'removed';

export const reviews = pgTable(
  'reviews',
  {
    orgId: orgId(),
    id: id(),
    sourceId: uuid('source_id').notNull(),
    locationId: uuid('location_id'),
    /** external id when the source has one, else "h:" + content fingerprint: the dedupe key. */
    dedupeKey: text('dedupe_key').notNull(),
    /**
     * The same review seen through another source of the organization has the same key: the platform and its
     * review id, or the review's own address (see services/reviews/same-review-key.ts). Null when neither is known.
     */
    sameKey: text('same_key'),
    externalId: text('external_id'),
    author: text('author'),
    rating: real('rating'),
    ratingOriginal: doublePrecision('rating_original'),
    ratingScale: jsonb('rating_scale').$type<RatingScale>(),
    title: text('title'),
    text: text('text').notNull(),
    language: text('language'),
    url: text('url'),
    itemName: text('item_name'),
    ownerReply: jsonb('owner_reply').$type<OwnerReply>(),
    publishedAt: ts('published_at'),
    sourceUpdatedAt: ts('source_updated_at'),
    label: text('label').$type<ReviewLabel>().notNull(),
    sentimentScore: real('sentiment_score').notNull().default(0),
    themes: text('themes').array().notNull().default([]),
    isEscalated: boolean('is_escalated').notNull().default(false),
    escalationReasons: text('escalation_reasons').array().notNull().default([]),
    /** What the review is about, read at triage (item, complaint, what already happened, incidents, stance). */
    situation: jsonb('situation').$type<Situation>(),
    status: text('status').$type<ReviewStatus>().notNull().default('active'),
    version: integer('version').notNull().default(1),
    firstSeenAt: ts('first_seen_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    removedAt: ts('removed_at'),
    /** The recovery signal: when the reviewer recovered (services/cases/recovered-sql.ts). */
    recoveredAt: ts('recovered_at'),
  },
  (t) => [
    primaryKey({ name: 'reviews_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('reviews_dedupe_uq').on(t.orgId, t.sourceId, t.dedupeKey),
    uniqueIndex('reviews_same_uq').on(t.orgId, t.sameKey).where(sql`${t.sameKey} is not null`),
    foreignKey({
      name: 'reviews_source_fk',
      columns: [t.orgId, t.sourceId],
      foreignColumns: [sources.orgId, sources.id],
    }).onDelete('cascade'),
    index('reviews_org_label_idx').on(t.orgId, t.label, t.firstSeenAt),
    index('reviews_org_published_idx').on(t.orgId, t.publishedAt),
  ],
);

/** Every earlier state of a review: nothing a reviewer wrote is overwritten. */
export const reviewVersions = pgTable(
  'review_versions',
  {
    orgId: orgId(),
    id: id(),
    reviewId: uuid('review_id').notNull(),
    version: integer('version').notNull(),
    rating: real('rating'),
    title: text('title'),
    text: text('text').notNull(),
    ownerReply: jsonb('owner_reply').$type<OwnerReply>(),
    sourceUpdatedAt: ts('source_updated_at'),
    capturedAt: ts('captured_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'review_versions_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('review_versions_review_uq').on(t.orgId, t.reviewId, t.version),
    foreignKey({
      name: 'review_versions_review_fk',
      columns: [t.orgId, t.reviewId],
      foreignColumns: [reviews.orgId, reviews.id],
    }).onDelete('cascade'),
  ],
);
