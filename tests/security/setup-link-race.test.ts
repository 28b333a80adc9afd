import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { organizations, users } from '../../server/src/db/schema/index.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type CallResult, callProcedure } from './http.ts';

const completeSetup = { path: 'auth.completeSetup', type: 'mutation' } as const;
const loadDemo = { path: 'auth.loadDemo', type: 'mutation' } as const;

function tokenOf(server: TestServer): string {
  const token = new URL(server.setupUrl ?? 'http://x/').hash.replace('#token=', '');
  if (!token) throw new Error('expected a setup link on an empty database');
  return token;
}

function setupAs(server: TestServer, token: string, n: number): Promise<CallResult> {
  return callProcedure(
    server.url,
    completeSetup,
    {
      token,
      orgName: `Racing Shop ${n}`,
      orgSlug: `racing-shop-${n}`,
      postalAddress: '4 Mill Lane, Brookfield',
      ownerName: `Owner ${n}`,
      ownerEmail: `owner-${n}@racing.example`,
      ownerPassword: `racing password ${n}`,
    },
    null,
  );
}

async function tally(server: TestServer) {
  const db = server.database.db;
  const [orgs] = await db.select({ n: count() }).from(organizations);
  const [people] = await db.select({ n: count() }).from(users);
  return { organizations: orgs?.n ?? 0, users: people?.n ?? 0 };
}

describe.each(engines)('one-time setup link under a race on %s', (engine) => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it('five setups sent at once with one link create one organization and one owner; the others are refused', async () => {
    server = await startTestServer(engine);
    const token = tokenOf(server);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => setupAs(server as TestServer, token, n)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const refused of results.filter((r) => r.status !== 200)) {
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/no longer valid/);
    }
    expect(await tally(server)).toEqual({ organizations: 1, users: 1 });
  });

  it('the setup form and the demo button racing with one link create one organization between them', async () => {
    server = await startTestServer(engine);
    const token = tokenOf(server);
    const url = server.url;
    const results = await Promise.all([
      callProcedure(url, loadDemo, { token }, null),
      setupAs(server, token, 1),
      callProcedure(url, loadDemo, { token }, null),
      setupAs(server, token, 2),
      callProcedure(url, loadDemo, { token }, null),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const refused of results.filter((r) => r.status !== 200)) expect(refused.status).toBe(403);
    expect((await tally(server)).organizations).toBe(1);
    // Once used, the demo button refuses the link like the form does.
    expect((await callProcedure(url, loadDemo, { token }, null)).status).toBe(403);
    expect((await setupAs(server, token, 3)).status).toBe(403);
    expect((await tally(server)).organizations).toBe(1);
  });
});
