import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { id, orgId, ts } from './columns.ts';

/** Append-only record of who did what: drafted, edited, approved, overrode, posted, asked for feedback. */
export const auditLog = pgTable(
  'audit_log',
  {
    orgId: orgId(),
    id: id(),
    at: ts('at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pk', columns: [t.orgId, t.id] }),
    index('audit_log_entity_idx').on(t.orgId, t.entityType, t.entityId, t.at),
  ],
);
