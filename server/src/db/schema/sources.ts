import type { SourceKind } from '@rebound/shared';
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
import { locations } from './locations.ts';

export type SourceHealth = 'ok' | 'degraded' | 'failing';

export const sources = pgTable(
  'sources',
  {
    orgId: orgId(),
    id: id(),
    locationId: uuid('location_id'),
    kind: text('kind').$type<SourceKind>().notNull(),
    name: text('name').notNull(),
    url: text('url'),
    /** Adapter settings (CSS selectors, account/location ids, ...). Never secrets. */
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    /** Tokens and webhook secrets, encrypted with the app secret. */
    secretsEnc: text('secrets_enc'),
    intervalSeconds: integer('interval_seconds').notNull().default(3600),
    cron: text('cron'),
    isPaused: boolean('is_paused').notNull().default(false),
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
    primaryKey({ name: 'sources_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'sources_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [locations.orgId, locations.id],
    }),
    index('sources_due_idx').on(t.nextPollAt),
  ],
);

export const pollRuns = pgTable(
  'poll_runs',
  {
    orgId: orgId(),
    id: id(),
    sourceId: uuid('source_id').notNull(),
    worker: text('worker').notNull(),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
    fetched: integer('fetched').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    error: text('error'),
  },
  (t) => [
    primaryKey({ name: 'poll_runs_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'poll_runs_source_fk',
      columns: [t.orgId, t.sourceId],
      foreignColumns: [sources.orgId, sources.id],
    }).onDelete('cascade'),
    index('poll_runs_source_idx').on(t.orgId, t.sourceId, t.startedAt),
  ],
);
