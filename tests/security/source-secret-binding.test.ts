import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { sources, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { sealSourceSecrets } from '../../server/src/services/secrets/source-secrets.ts';
import { endpointOf } from '../../server/src/services/sources/source-config.ts';
import { engines } from '../support/db.ts';
import { FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION, startFakeGbp } from '../support/fake-gbp-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startCaptureServer } from './capture-server.ts';
import { callProcedure, openSession, type Session } from './http.ts';
import { listProcedures } from './procedures.ts';

const proc = (p: string) => {
  const found = listProcedures().find((x) => x.path === p);
  if (!found) throw new Error(`${p} is gone: update this test`);
  return found;
};
const YELP_KEY = 'yelp-key-entered-for-yelp-Hq71';
/** The APP_SECRET tests/support/server.ts starts every test server with. */
const TEST_APP_SECRET = 'test-secret-test-secret-0123456789';

type Field = Record<string, string[]> | null;
const fieldErrorsOf = (body: unknown): Field =>
  (body as { error?: { data?: { fieldErrors?: Field } } } | null)?.error?.data?.fieldErrors ?? null;

describe.each(engines)(
  'stored source secrets stay with the endpoint they were entered for (%s)',
  (engine) => {
    let server: TestServer;
    let manager: Session;
    let gbp: Awaited<ReturnType<typeof startFakeGbp>>;
    let yelp: Awaited<ReturnType<typeof startCaptureServer>>;
    let attacker: Awaited<ReturnType<typeof startCaptureServer>>;
    let googleId: string;
    let yelpId: string;

    const call = (path: string, input: unknown) => callProcedure(server.url, proc(path), input, manager);
    const googleSettings = () => ({
      accountId: FAKE_GBP_DEMO_ACCOUNT,
      googleLocationId: FAKE_GBP_DEMO_LOCATION,
      clientId: gbp.clientId,
      apiBaseUrl: gbp.url,
      tokenUrl: gbp.tokenUrl,
    });
    const leaked = () =>
      [gbp.clientSecret, gbp.refreshToken, YELP_KEY].filter((secret) => attacker.hasSeen(secret));

    beforeAll(async () => {
      gbp = await startFakeGbp();
      yelp = await startCaptureServer();
      attacker = await startCaptureServer();
      // The operator allows overrides here (the fakes are local); the binding must hold even then.
      server = await startTestServer(engine, {
        ALLOW_ENDPOINT_OVERRIDES: 'true',
        FETCH_ALLOW_LIST: '127.0.0.1',
      });
      const { orgId } = await loadDemo(server.database.db, { baseUrl: server.url });
      const email = demoUsers.find((u) => u.role === 'manager')?.email ?? '';
      const [u] = await server.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      manager = await openSession(server.database.db, u?.id ?? '', orgId);
      const g = await call('sources.create', {
        kind: 'google',
        name: 'Google',
        settings: googleSettings(),
        secrets: { clientSecret: gbp.clientSecret, refreshToken: gbp.refreshToken },
      });
      const y = await call('sources.create', {
        kind: 'yelp',
        name: 'Yelp',
        settings: { businessId: 'corner-shop', apiBaseUrl: yelp.url },
        secrets: { apiKey: YELP_KEY },
      });
      googleId = (g.body as { result: { data: { source: { id: string } } } }).result.data.source.id;
      yelpId = (y.body as { result: { data: { source: { id: string } } } }).result.data.source.id;
    });
    afterAll(async () => {
      await server?.stop();
      await gbp?.close();
      await yelp?.close();
      await attacker?.close();
    });

    it('uses the stored Google secrets at the address they were entered for', async () => {
      const r = await call('sources.test', { sourceId: googleId });
      expect(r.status).toBe(200);
      expect(gbp.issuedTokens).toBeGreaterThan(0);
    });

    it('refuses to save a new Google token or API address with the secrets left blank, and keeps the old address', async () => {
      for (const settings of [{ tokenUrl: `${attacker.url}/token` }, { apiBaseUrl: attacker.url }]) {
        const r = await call('sources.update', { sourceId: googleId, settings, secrets: {} });
        expect(r.code).toBe('BAD_REQUEST');
        const errors = fieldErrorsOf(r.body) ?? {};
        expect(Object.keys(errors).sort()).toEqual(['secrets.clientSecret', 'secrets.refreshToken']);
        expect(errors['secrets.clientSecret']?.[0]).toMatch(/again/);
      }
      const [row] = await server.database.db
        .select({ config: sources.config })
        .from(sources)
        .where(eq(sources.id, googleId));
      expect(row?.config).toMatchObject({ tokenUrl: gbp.tokenUrl, apiBaseUrl: gbp.url });
      expect(leaked()).toEqual([]);
    });

    it('never sends the stored Google secrets or Yelp key when a test points the saved source elsewhere', async () => {
      await call('sources.test', {
        sourceId: googleId,
        draft: {
          kind: 'google',
          settings: { tokenUrl: `${attacker.url}/token`, apiBaseUrl: attacker.url },
          secrets: {},
        },
      });
      await call('sources.test', {
        sourceId: yelpId,
        draft: { kind: 'yelp', settings: { apiBaseUrl: attacker.url }, secrets: {} },
      });
      expect(leaked()).toEqual([]);
    });

    it('clears the stored Yelp key when its API address changes, until a key is typed for the new address', async () => {
      const blank = await call('sources.update', {
        sourceId: yelpId,
        settings: { apiBaseUrl: attacker.url },
        secrets: {},
      });
      expect(Object.keys(fieldErrorsOf(blank.body) ?? {})).toEqual(['secrets.apiKey']);
      const retyped = await call('sources.update', {
        sourceId: yelpId,
        settings: { apiBaseUrl: attacker.url },
        secrets: { apiKey: 'a-key-typed-for-the-new-address' },
      });
      expect(retyped.status).toBe(200);
      await call('sources.test', { sourceId: yelpId });
      expect(attacker.hasSeen('a-key-typed-for-the-new-address')).toBe(true);
      expect(leaked()).toEqual([]);
    });
  },
);

describe('API address overrides exist only where the operator allows them', () => {
  let server: TestServer;
  let owner: Session;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer('pglite', { FETCH_ALLOW_LIST: '127.0.0.1' });
    ({ orgId } = await loadDemo(server.database.db, { baseUrl: server.url }));
    const email = demoUsers.find((u) => u.role === 'owner')?.email ?? '';
    const [u] = await server.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    owner = await openSession(server.database.db, u?.id ?? '', orgId);
  });
  afterAll(() => server?.stop());

  it('refuses a Google token address or a Yelp API address on a server with the default settings', async () => {
    const google = await callProcedure(
      server.url,
      proc('sources.create'),
      {
        kind: 'google',
        name: 'Google',
        settings: {
          accountId: '1',
          googleLocationId: '2',
          clientId: 'c',
          tokenUrl: 'https://token.example/t',
        },
        secrets: { clientSecret: 's', refreshToken: 'r' },
      },
      owner,
    );
    expect(Object.keys(fieldErrorsOf(google.body) ?? {})).toEqual(['settings.tokenUrl']);
    const yelp = await callProcedure(
      server.url,
      proc('sources.test'),
      {
        draft: {
          kind: 'yelp',
          settings: { businessId: 'b', apiBaseUrl: 'https://api.example' },
          secrets: { apiKey: 'k' },
        },
      },
      owner,
    );
    expect(Object.keys(fieldErrorsOf(yelp.body) ?? {})).toEqual(['settings.apiBaseUrl']);
  });

  it('does not call an API address saved while overrides were allowed, once the operator switches them off', async () => {
    const elsewhere = await startCaptureServer();
    const id = randomUUID();
    const secrets = {
      apiKey: 'key-saved-for-a-proxy-4410',
      endpoint: endpointOf({ apiBaseUrl: elsewhere.url }),
    };
    await server.database.db.insert(sources).values({
      orgId,
      id,
      kind: 'yelp',
      name: 'Yelp through a proxy',
      config: { businessId: 'corner-shop', apiBaseUrl: elsewhere.url, secretsSet: ['apiKey'] },
      secretsEnc: sealSourceSecrets(createSecretBox(TEST_APP_SECRET), orgId, id, secrets),
    });
    const r = await callProcedure(server.url, proc('sources.test'), { sourceId: id }, owner);
    expect(r.text).toContain('ALLOW_ENDPOINT_OVERRIDES');
    expect(elsewhere.seen).toEqual([]);
    await elsewhere.close();
  });
});
