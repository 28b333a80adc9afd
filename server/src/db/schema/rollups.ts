import {
  bigint,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgId, ts } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Which slice a rollup row describes. Every (org, day) is stored at four grains so the dashboard reads a
 * handful of rows whatever the filter: the whole org, one location, one source, or one location's source.
 */
export const ROLLUP_SCOPE = { org: 0, location: 1, source: 2, locationSource: 3 } as const;
export type RollupScope = (typeof ROLLUP_SCOPE)[keyof typeof ROLLUP_SCOPE];

/** Stands for "all" in the org/source scopes and for "no location" in the location scopes. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const count = (name: string) => integer(name).notNull().default(0);

/** Counts per (org, UTC day of publication, scope, location, source). Rebuilt from raw rows by refreshRollups. */
export const dailyRollups = pgTable(
  'daily_rollups',
  {
    orgId: orgId(),
    scope: smallint('scope').$type<RollupScope>().notNull(),
    locationId: uuid('location_id').notNull(),
    sourceId: uuid('source_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    reviews: count('reviews'),
    stars1: count('stars_1'),
    stars2: count('stars_2'),
    stars3: count('stars_3'),
    stars4: count('stars_4'),
    stars5: count('stars_5'),
    unrated: count('unrated'),
    ratingSum: doublePrecision('rating_sum').notNull().default(0),
    ratingCount: count('rating_count'),
    negative: count('negative'),
    mixed: count('mixed'),
    neutral: count('neutral'),
    positive: count('positive'),
    escalated: count('escalated'),
    replied: count('replied'),
    /** Replied reviews whose first reply time is known (the histogram's total). */
    replyTimed: count('reply_timed'),
    replyMinutesSum: doublePrecision('reply_minutes_sum').notNull().default(0),
    /** Counts per reply-time bucket; bounds in services/rollups/reply-buckets.ts. */
    replyHist: integer('reply_hist').array().notNull(),
    negativeReplied24h: count('negative_replied_24h'),
    removed: count('removed'),
    /** Reviewers whose rating went up after our first reply. */
    recovered: count('recovered'),
  },
  (t) => [
    primaryKey({ name: 'daily_rollups_pk', columns: [t.orgId, t.scope, t.locationId, t.sourceId, t.day] }),
    index('daily_rollups_scope_day_idx').on(t.orgId, t.scope, t.day),
    foreignKey({
      name: 'daily_rollups_org_fk',
      columns: [t.orgId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
  ],
);

/** Theme mentions per slice and day; `negative` counts the mentions in negative reviews (complaints). */
export const dailyThemeRollups = pgTable(
  'daily_theme_rollups',
  {
    orgId: orgId(),
    scope: smallint('scope').$type<RollupScope>().notNull(),
    locationId: uuid('location_id').notNull(),
    sourceId: uuid('source_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    theme: text('theme').notNull(),
    reviews: count('reviews'),
    negative: count('negative'),
  },
  (t) => [
    primaryKey({
      name: 'daily_theme_rollups_pk',
      columns: [t.orgId, t.scope, t.locationId, t.sourceId, t.day, t.theme],
    }),
    foreignKey({
      name: 'daily_theme_rollups_org_fk',
      columns: [t.orgId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Days whose rollups are stale. Database triggers on reviews and replies append here (never update, so writers
 * never wait on each other); refreshRollups and the rollup worker consume the rows. No foreign key: a cascade
 * deleting an organization also fires the triggers.
 */
export const rollupDirtyDays = pgTable(
  'rollup_dirty_days',
  {
    orgId: orgId(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    day: date('day', { mode: 'string' }).notNull(),
    markedAt: ts('marked_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'rollup_dirty_days_pk', columns: [t.orgId, t.id] }),
    index('rollup_dirty_days_day_idx').on(t.orgId, t.day),
  ],
);

/**
 * The feedback funnel per (org, UTC day the request was created, scope, location): org (scope 0) and
 * location (scope 1) only, as feedback has no review source. Five-point and NPS answers are kept apart.
 */
export const dailyFeedbackRollups = pgTable(
  'daily_feedback_rollups',
  {
    orgId: orgId(),
    scope: smallint('scope').$type<RollupScope>().notNull(),
    locationId: uuid('location_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    requested: count('requested'),
    sent: count('sent'),
    opened: count('opened'),
    clicked: count('clicked'),
    answered: count('answered'),
    publicClicked: count('public_clicked'),
    unhappy: count('unhappy'),
    fiveAnswers: count('five_answers'),
    fiveScoreSum: count('five_score_sum'),
    /** Five-point answers of 4 or 5. */
    fiveSatisfied: count('five_satisfied'),
    npsAnswers: count('nps_answers'),
    /** NPS answers of 9 or 10. */
    npsPromoters: count('nps_promoters'),
    /** NPS answers of 0 to 6. */
    npsDetractors: count('nps_detractors'),
  },
  (t) => [
    primaryKey({ name: 'daily_feedback_rollups_pk', columns: [t.orgId, t.scope, t.locationId, t.day] }),
    foreignKey({
      name: 'daily_feedback_rollups_org_fk',
      columns: [t.orgId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
  ],
);
