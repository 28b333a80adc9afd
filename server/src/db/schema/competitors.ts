import type { ReviewLabel } from '@rebound/shared';
import {
  date,
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
import { createdAt, id, orgId, ts } from './columns.ts';
import { locations } from './locations.ts';
import type { SourceHealth } from './sources.ts';

export type CompetitorKind = 'schema_org' | 'css' | 'apple_json' | 'google_play' | 'google_places';

/**
 * A business watched for comparison, next to one of our locations. Kept apart from `sources` on purpose: nothing
 * read here may reach the inbox, triage drafts, alerts or posting, and nothing here is ever replied to.
 */
export const competitors = pgTable(
  'competitors',
  {
    orgId: orgId(),
    id: id(),
    locationId: uuid('location_id').notNull(),
    kind: text('kind').$type<CompetitorKind>().notNull(),
    name: text('name').notNull(),
    /** The page or feed fetched; null for Google Places, whose address is built from the place id. */
    url: text('url'),
    /** Adapter settings (CSS selectors, app id, place id). Never secrets: the Places key is the operator's. */
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    intervalSeconds: integer('interval_seconds').notNull().default(21_600),
    health: text('health').$type<SourceHealth>().notNull().default('ok'),
    lastError: text('last_error'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    nextPollAt: ts('next_poll_at').notNull().defaultNow(),
    lastPolledAt: ts('last_polled_at'),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    etag: text('etag'),
    lastModified: text('last_modified'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'competitors_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'competitors_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [locations.orgId, locations.id],
    }).onDelete('cascade'),
    index('competitors_location_idx').on(t.orgId, t.locationId),
    index('competitors_due_idx').on(t.nextPollAt),
  ],
);

/** What the platform said about a competitor on one UTC day (the last poll of the day wins). */
export const competitorSnapshots = pgTable(
  'competitor_snapshots',
  {
    orgId: orgId(),
    competitorId: uuid('competitor_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** The platform's overall average on 1–5, or the mean of the reviews read when the page states none. */
    rating: doublePrecision('rating'),
    /** How many ratings the platform counts in all; null when the page does not say. */
    ratingCount: integer('rating_count'),
    reviewsRead: integer('reviews_read').notNull().default(0),
    capturedAt: ts('captured_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'competitor_snapshots_pk', columns: [t.orgId, t.competitorId, t.day] }),
    foreignKey({
      name: 'competitor_snapshots_competitor_fk',
      columns: [t.orgId, t.competitorId],
      foreignColumns: [competitors.orgId, competitors.id],
    }).onDelete('cascade'),
  ],
);

/** The competitor reviews a platform showed us, labelled with our own triage, for the themes comparison. */
export const competitorReviews = pgTable(
  'competitor_reviews',
  {
    orgId: orgId(),
    id: id(),
    competitorId: uuid('competitor_id').notNull(),
    /** The platform's review id when it has one, else "h:" + content fingerprint. */
    dedupeKey: text('dedupe_key').notNull(),
    author: text('author'),
    rating: real('rating'),
    title: text('title'),
    text: text('text').notNull(),
    language: text('language'),
    url: text('url'),
    publishedAt: ts('published_at'),
    label: text('label').$type<ReviewLabel>().notNull(),
    complaintThemes: text('complaint_themes').array().notNull().default([]),
    praiseThemes: text('praise_themes').array().notNull().default([]),
    firstSeenAt: ts('first_seen_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'competitor_reviews_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('competitor_reviews_dedupe_uq').on(t.orgId, t.competitorId, t.dedupeKey),
    foreignKey({
      name: 'competitor_reviews_competitor_fk',
      columns: [t.orgId, t.competitorId],
      foreignColumns: [competitors.orgId, competitors.id],
    }).onDelete('cascade'),
  ],
);
