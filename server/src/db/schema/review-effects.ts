import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';
import { reviews } from './reviews.ts';

/**
 * What storing a review set in motion and has not yet been carried out: `case` opens the recovery case and
 * raises the alert of a new negative or escalated review, `edit` records the recovery signal of an edited
 * review, `draft` writes the first reply draft.
 */
export type ReviewEffectKind = 'case' | 'edit' | 'draft';
export type ReviewEffectPayload = { previousRating: number | null; rating: number | null } | null;

/**
 * Durable to-do list of review side effects: a row is written in the transaction that stores the review, and
 * deleted in the transaction that carries the effect out, so a crash delays an effect and never loses or
 * repeats it (docs/decisions/068). Claimed with row locks and a lease like sources and the outbox.
 */
export const reviewEffects = pgTable(
  'review_effects',
  {
    orgId: orgId(),
    id: id(),
    reviewId: uuid('review_id').notNull(),
    kind: text('kind').$type<ReviewEffectKind>().notNull(),
    /** Lower first: cases and alerts, then drafts for negative or escalated reviews, then other drafts. */
    priority: smallint('priority').notNull(),
    payload: jsonb('payload').$type<ReviewEffectPayload>(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    lastError: text('last_error'),
    /** Set when retries are given up; the row stays so the failure is visible. */
    failedAt: ts('failed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'review_effects_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'review_effects_review_fk',
      columns: [t.orgId, t.reviewId],
      foreignColumns: [reviews.orgId, reviews.id],
    }).onDelete('cascade'),
    index('review_effects_due_idx').on(t.priority, t.nextAttemptAt),
    index('review_effects_review_idx').on(t.orgId, t.reviewId, t.kind),
  ],
);
