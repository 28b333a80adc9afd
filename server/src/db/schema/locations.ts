import { jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId } from './columns.ts';
import { organizations } from './organizations.ts';

export type ReviewLink = { label: string; url: string };

export const locations = pgTable(
  'locations',
  {
    orgId: orgId().references(() => organizations.id, { onDelete: 'cascade' }),
    id: id(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    timezone: text('timezone').notNull().default('UTC'),
    /** Public review links offered to every feedback respondent, whatever their score. */
    reviewLinks: jsonb('review_links').$type<ReviewLink[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'locations_pk', columns: [t.orgId, t.id] })],
);
