import type { Role } from '@rebound/shared';
import { count, eq, getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Hono } from 'hono';
import { createApp } from '../../server/src/app.ts';
import type { Db, Engine } from '../../server/src/db/client.ts';
import * as schema from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { parseEnv } from '../../server/src/env.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openSession, type Session } from './http.ts';

export const roleNames: Role[] = ['owner', 'manager', 'marketing', 'admin'];

export type Tenant = { orgId: string; users: Record<Role, string | null> };
export type World = {
  server: TestServer;
  db: Db;
  /** The same routes the server serves, for enumeration. */
  app: Hono;
  orgA: Tenant;
  orgB: Tenant;
  /** A fresh session for a role in org A (or org B); fresh each time so a sign-out cannot spoil later calls. */
  sessionFor(tenant: Tenant, role: Role): Promise<Session>;
  stop(): Promise<void>;
};

export const orgBOwner = { email: 'owner@other-shop.example', password: 'other shop password 1' };

async function userIdByEmail(db: Db, email: string): Promise<string | null> {
  const rows = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, email));
  return rows[0]?.id ?? null;
}

/**
 * Two organizations on one server: A is the demo (polled, so it has reviews and drafts), B is a second shop
 * with its own owner, location, source and polled reviews.
 */
export async function startWorld(engine: Engine, env: Record<string, string> = {}): Promise<World> {
  const server = await startTestServer(engine, env);
  const db = server.database.db;
  const demo = await loadDemo(db, { baseUrl: server.url });
  await pollDemoSource(server, demo.orgId);
  const usersA = Object.fromEntries(
    await Promise.all(demoUsers.map(async (u) => [u.role, await userIdByEmail(db, u.email)] as const)),
  ) as Record<Role, string | null>;

  const b = await createOrganizationWithOwner(db, {
    orgName: 'Other Shop',
    orgSlug: 'other-shop',
    postalAddress: '2 Side Street, Elsewhere',
    ownerName: 'Bo Other',
    ownerEmail: orgBOwner.email,
    ownerPassword: orgBOwner.password,
  });
  const [loc] = await db
    .insert(schema.locations)
    .values({ orgId: b.orgId, name: 'Side Street shop' })
    .returning({ id: schema.locations.id });
  await db.insert(schema.sources).values({
    orgId: b.orgId,
    locationId: loc?.id ?? null,
    kind: 'schema_org',
    name: 'Other shop reviews',
    url: `/demo-site/reviews?since=${Date.now()}`,
    config: { demo: true },
    intervalSeconds: 60,
  });
  await pollDemoSource(server, b.orgId);
  const ownerB = await userIdByEmail(db, orgBOwner.email);

  const app = buildApp(db, engine, env);
  const orgA: Tenant = { orgId: demo.orgId, users: usersA };
  const orgB: Tenant = {
    orgId: b.orgId,
    users: { owner: ownerB, manager: null, marketing: null, admin: null },
  };
  return {
    server,
    db,
    app,
    orgA,
    orgB,
    async sessionFor(tenant, role) {
      const userId = tenant.users[role];
      if (!userId) throw new Error(`no ${role} in that organization`);
      return openSession(db, userId, tenant.orgId);
    },
    stop: () => server.stop(),
  };
}

/** The app the server runs, built again over the same database so its routes can be listed. */
export function buildApp(db: Db, engine: Engine, env: Record<string, string> = {}): Hono {
  return createApp({
    db,
    engine,
    env: parseEnv({ APP_SECRET: 'test-secret-test-secret-0123456789', WORKERS_ENABLED: 'false', ...env }),
    log: createLogger('silent'),
    services: {},
  });
}

export type TableInfo = { name: string; table: PgTable; hasOrgId: boolean };

/** Every table in the schema, found by walking its exports, so new tables are covered as soon as they exist. */
export function listTables(): TableInfo[] {
  return (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((table) => ({ name: getTableName(table), table, hasOrgId: 'orgId' in getTableColumns(table) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of listTables()) {
    const [row] = await db.select({ n: count() }).from(t.table);
    out[t.name] = row?.n ?? 0;
  }
  return out;
}

/** Every row belonging to one organization, as sorted JSON per table: equal snapshots mean nothing changed. */
export async function snapshotOrg(db: Db, orgId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of listTables()) {
    const columns = getTableColumns(t.table);
    const column = t.hasOrgId ? columns.orgId : t.name === 'organizations' ? columns.id : undefined;
    if (!column) continue;
    const rows = await db.select().from(t.table).where(eq(column, orgId));
    out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
