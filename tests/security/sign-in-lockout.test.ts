import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';
import { type CallResult, callProcedure } from './http.ts';

const signInProc = { path: 'auth.signIn', type: 'mutation' } as const;
let nextAddress = 1;
/** Each test guesses from its own client address (the server trusts X-Forwarded-For here), so limits do not mix. */
const freshAddress = () => `203.0.113.${nextAddress++}`;

function signIn(url: string, email: string, password: string, address: string): Promise<CallResult> {
  return callProcedure(url, signInProc, { email, password }, null, { 'x-forwarded-for': address });
}

/** A password was checked when the answer is "wrong password" or a session; 429 means refused unchecked. */
const checked = (results: CallResult[]) => results.filter((r) => r.status === 200 || r.status === 401);

async function addOwner(server: TestServer, slug: string, email: string, password: string) {
  await createOrganizationWithOwner(server.database.db, {
    orgName: `Shop ${slug}`,
    orgSlug: slug,
    postalAddress: '3 Quay Road, Harbourtown',
    ownerName: 'Pat Owner',
    ownerEmail: email,
    ownerPassword: password,
  });
}

describe.each(engines)('sign-in lockout over HTTP on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { TRUST_PROXY: 'true' });
  });
  afterAll(() => server?.stop());

  it('checks at most five of fourteen wrong passwords and one right one sent at once; the rest are refused unchecked', async () => {
    const email = 'race@shop.example';
    const password = 'the right password 1';
    await addOwner(server, 'race-shop', email, password);
    const address = freshAddress();
    const guesses = [...Array.from({ length: 14 }, (_, i) => `wrong guess ${i}`), password];
    const results = await Promise.all(guesses.map((g) => signIn(server.url, email, g, address)));
    expect(checked(results).length).toBeLessThanOrEqual(5);
    for (const refused of results.filter((r) => r.status !== 200 && r.status !== 401)) {
      expect(refused.status).toBe(429);
      expect(refused.message).toMatch(/Too many failed sign-in attempts/);
    }
    const rightOne = results.at(-1);
    // Unless the right password happened to be among the five checked, the account is now locked for it too.
    if (rightOne?.status !== 200)
      expect((await signIn(server.url, email, password, freshAddress())).status).toBe(429);
  });

  it('answers an unknown e-mail exactly as a known one: five wrong passwords, then the same 429 and message', async () => {
    const known = 'known@shop.example';
    await addOwner(server, 'known-shop', known, 'known shop password 1');
    const unknown = 'nobody-here@shop.example';
    const answers = async (email: string) => {
      const address = freshAddress();
      const out: CallResult[] = [];
      for (let i = 0; i < 7; i++) out.push(await signIn(server.url, email, `not it ${i}`, address));
      return out.map((r) => [r.status, r.message]);
    };
    const forKnown = await answers(known);
    const forUnknown = await answers(unknown);
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.slice(0, 5).map(([status]) => status)).toEqual([401, 401, 401, 401, 401]);
    expect(forKnown.slice(5).map(([status]) => status)).toEqual([429, 429]);
  });

  it('checks at most twenty wrong passwords from one address spraying thirty accounts at once', async () => {
    const address = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(server.url, `spray-${i}@shop.example`, 'Summer2026!', address),
      ),
    );
    expect(checked(results).length).toBeLessThanOrEqual(20);
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(10);
    // Another address is not affected.
    expect((await signIn(server.url, 'spray-0@shop.example', 'x', freshAddress())).status).toBe(401);
  });

  it('counts an IPv6 client by its /64: thirty guesses from thirty addresses of one /64 check at most twenty', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(
          server.url,
          `v6-spray-${i}@shop.example`,
          'Autumn2026!',
          `2001:db8:42:7::${(i + 1).toString(16)}`,
        ),
      ),
    );
    expect(checked(results).length).toBeLessThanOrEqual(20);
    // A neighbouring /64 is another client.
    expect((await signIn(server.url, 'v6-spray-0@shop.example', 'x', '2001:db8:42:8::1')).status).toBe(401);
  });

  it.runIf(engine === 'postgres')(
    'counts guesses split across two server processes sharing one PostgreSQL as one: per account and per address',
    async () => {
      const databaseUrl = server.database.databaseUrl;
      if (!databaseUrl) throw new Error('expected a PostgreSQL server');
      let other: SpawnedServer | null = null;
      try {
        other = await spawnServer({
          DATABASE_URL: databaseUrl,
          TRUST_PROXY: 'true',
          WORKERS_ENABLED: 'false',
          APP_SECRET: 'test-secret-test-secret-0123456789',
        });
        const urls = [server.url, other.url];
        const email = 'split@shop.example';
        await addOwner(server, 'split-shop', email, 'split shop password 1');
        const address = freshAddress();
        const perAccount = await Promise.all(
          Array.from({ length: 16 }, (_, i) =>
            signIn(urls[i % 2] ?? server.url, email, `guess ${i}`, address),
          ),
        );
        expect(checked(perAccount).length).toBeLessThanOrEqual(5);

        const sprayFrom = freshAddress();
        const perAddress = await Promise.all(
          Array.from({ length: 36 }, (_, i) =>
            signIn(urls[i % 2] ?? server.url, `split-spray-${i}@shop.example`, 'Winter2026!', sprayFrom),
          ),
        );
        expect(checked(perAddress).length).toBeLessThanOrEqual(20);
      } finally {
        await other?.stop();
      }
    },
  );
});
