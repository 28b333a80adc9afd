import { date, foreignKey, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { orgId, ts } from './columns.ts';
import { organizations } from './organizations.ts';

/** One row per organization and week once its digest is queued: several processes, one email. */
export const digestRuns = pgTable(
  'digest_runs',
  {
    orgId: orgId(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    queuedAt: ts('queued_at').notNull().defaultNow(),
    recipients: integer('recipients').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'digest_runs_pk', columns: [t.orgId, t.weekStart] }),
    foreignKey({
      name: 'digest_runs_org_fk',
      columns: [t.orgId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
  ],
);
