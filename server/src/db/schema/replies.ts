import type { Finding } from '@rebound/shared/tone-check/index';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';
import { reviews } from './reviews.ts';

export type DraftStatus = 'draft' | 'approved' | 'rejected' | 'sent_back' | 'superseded';
export type DraftOrigin = 'composer' | 'llm' | 'holding' | 'owner';

/** Editable reply drafts. Approval freezes the text into a `replies` row. */
export const replyDrafts = pgTable(
  'reply_drafts',
  {
    orgId: orgId(),
    id: id(),
    reviewId: uuid('review_id').notNull(),
    text: text('text').notNull(),
    origin: text('origin').$type<DraftOrigin>().notNull(),
    /** Where the text came from in the owner's words ("drafted by the LLM", "composer (the LLM timed out)"). */
    originNote: text('origin_note'),
    status: text('status').$type<DraftStatus>().notNull().default('draft'),
    findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
    translateBeforePosting: boolean('translate_before_posting').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    overrideReason: text('override_reason'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    primaryKey({ name: 'reply_drafts_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'reply_drafts_review_fk',
      columns: [t.orgId, t.reviewId],
      foreignColumns: [reviews.orgId, reviews.id],
    }).onDelete('cascade'),
    index('reply_drafts_review_idx').on(t.orgId, t.reviewId),
  ],
);

/** `replaced`: a later approval took its place; `withdrawn`: the owner took it back (and off the platform when it could). */
export type ReplyState = 'approved' | 'posting' | 'posted' | 'failed' | 'manual' | 'replaced' | 'withdrawn';

/** An approved reply and its way to the platform. Posting is claimed by one process at a time. */
export const replies = pgTable(
  'replies',
  {
    orgId: orgId(),
    id: id(),
    reviewId: uuid('review_id').notNull(),
    draftId: uuid('draft_id').notNull(),
    text: text('text').notNull(),
    state: text('state').$type<ReplyState>().notNull().default('approved'),
    approvedBy: uuid('approved_by').notNull(),
    approvedAt: ts('approved_at').notNull().defaultNow(),
    /** End of the undo window: until then nothing posts it or lists it to post, and Undo takes it back. */
    releaseAt: ts('release_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    lastError: text('last_error'),
    postedAt: ts('posted_at'),
    postedBy: uuid('posted_by'),
    postedUrl: text('posted_url'),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'replies_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'replies_review_fk',
      columns: [t.orgId, t.reviewId],
      foreignColumns: [reviews.orgId, reviews.id],
    }).onDelete('cascade'),
    index('replies_review_idx').on(t.orgId, t.reviewId),
    index('replies_due_idx').on(t.state, t.nextAttemptAt),
  ],
);
