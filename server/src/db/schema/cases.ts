import type { CaseStage, ContactKind, RemedyStatus } from '@rebound/shared';
import {
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';

export type CaseOpenReason = 'negative' | 'escalated' | 'manual';

/** A recovery case: one unhappy client's way through the playbook, usually opened by a review. */
export const recoveryCases = pgTable(
  'recovery_cases',
  {
    orgId: orgId(),
    id: id(),
    /** No foreign key on purpose: a case and its log outlive a deleted source and its reviews. */
    reviewId: uuid('review_id'),
    /** The client record, once clients exist; nullable until then. */
    clientId: uuid('client_id'),
    title: text('title').notNull(),
    stage: text('stage').$type<CaseStage>().notNull().default('new'),
    openedReason: text('opened_reason').$type<CaseOpenReason>().notNull(),
    openedAt: ts('opened_at').notNull().defaultNow(),
    stageChangedAt: ts('stage_changed_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    /** When the reviewer recovered (services/cases/recovered-sql.ts), null after a relapse. */
    recoveredAt: ts('recovered_at'),
  },
  (t) => [
    primaryKey({ name: 'recovery_cases_pk', columns: [t.orgId, t.id] }),
    // One case per review: review events may arrive twice (two pollers, a retry) without opening a second.
    uniqueIndex('recovery_cases_review_uq').on(t.orgId, t.reviewId),
    index('recovery_cases_stage_idx').on(t.orgId, t.stage, t.openedAt),
  ],
);

export type CaseEventKind =
  | ContactKind
  | 'opened'
  | 'stage'
  | 'recovery'
  | 'review_edited'
  | 'remedy'
  | 'task';

/** The dated record of a case: stage moves and every contact with the client, attributed. */
export const caseEvents = pgTable(
  'case_events',
  {
    orgId: orgId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').$type<CaseEventKind>().notNull(),
    at: ts('at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    fromStage: text('from_stage').$type<CaseStage>(),
    toStage: text('to_stage').$type<CaseStage>(),
    summary: text('summary').notNull().default(''),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'case_events_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'case_events_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [recoveryCases.orgId, recoveryCases.id],
    }).onDelete('cascade'),
    index('case_events_case_idx').on(t.orgId, t.caseId, t.at),
  ],
);

export type TaskOrigin = 'reply' | 'manual';

/** A promise made to a client, with a due date and an owner, so it is kept. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    orgId: orgId(),
    id: id(),
    caseId: uuid('case_id'),
    reviewId: uuid('review_id'),
    replyId: uuid('reply_id'),
    description: text('description').notNull(),
    origin: text('origin').$type<TaskOrigin>().notNull(),
    dueAt: ts('due_at').notNull(),
    ownerUserId: uuid('owner_user_id'),
    doneAt: ts('done_at'),
    doneBy: uuid('done_by'),
    /** Set once the overdue alert is raised, so it fires once. */
    alertedAt: ts('alerted_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'case_tasks_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'case_tasks_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [recoveryCases.orgId, recoveryCases.id],
    }).onDelete('cascade'),
    index('case_tasks_case_idx').on(t.orgId, t.caseId),
    index('case_tasks_due_idx').on(t.dueAt),
  ],
);

export type CaseRemedyKind = 'redo' | 'refund' | 'discount' | 'other';

/** What was offered to put things right, and what the client chose. */
export const caseRemedies = pgTable(
  'case_remedies',
  {
    orgId: orgId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').$type<CaseRemedyKind>().notNull(),
    description: text('description').notNull(),
    percent: real('percent'),
    amount: doublePrecision('amount'),
    currency: text('currency'),
    status: text('status').$type<RemedyStatus>().notNull().default('offered'),
    offeredAt: ts('offered_at').notNull().defaultNow(),
    offeredBy: uuid('offered_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    primaryKey({ name: 'case_remedies_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'case_remedies_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [recoveryCases.orgId, recoveryCases.id],
    }).onDelete('cascade'),
    index('case_remedies_case_idx').on(t.orgId, t.caseId),
  ],
);
