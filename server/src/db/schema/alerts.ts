import type { AlertKind } from '@rebound/shared';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';

export type AlertState = 'pending' | 'delivered' | 'failed';
/** Per channel, so a retry never repeats the channel that already worked. */
export type AlertChannels = { email?: { done: boolean; sentTo: string[] }; webhook?: { done: boolean } };

/** Something an owner should hear about now; delivered by email and webhook by the alert worker. */
export const alerts = pgTable(
  'alerts',
  {
    orgId: orgId(),
    id: id(),
    kind: text('kind').$type<AlertKind>().notNull(),
    /** e.g. "sla_breach:<review id>": the same alert is raised once, however many processes notice it. */
    dedupeKey: text('dedupe_key').notNull(),
    reviewId: uuid('review_id'),
    caseId: uuid('case_id'),
    taskId: uuid('task_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Dashboard path the alert points to, e.g. /reviews/<id>. */
    link: text('link').notNull(),
    state: text('state').$type<AlertState>().notNull().default('pending'),
    channels: jsonb('channels').$type<AlertChannels>().notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'alerts_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('alerts_dedupe_uq').on(t.orgId, t.dedupeKey),
    index('alerts_due_idx').on(t.state, t.nextAttemptAt),
    index('alerts_org_created_idx').on(t.orgId, t.createdAt),
  ],
);
