import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { type CapturedServer, startCapturedServer } from '../reliability/support.ts';
import { callProcedure, openSession } from './http.ts';
import { listProcedures } from './procedures.ts';

const owner = demoUsers.find((u) => u.role === 'owner') ?? { email: '', password: '' };

/**
 * The flows this suite drives that carry secrets (passwords, session and CSRF tokens, source credentials, CSRF
 * refusals), run with logging at trace; none of the secrets may appear in any log line. The request-log tests in
 * tests/reliability cover paths and query strings.
 */
describe('no secret in the logs of the security flows', () => {
  let server: CapturedServer;
  beforeAll(async () => {
    // Source credentials aimed at a local address, so the flow carrying them runs all the way.
    // The most verbose request log: a secret must not reach even that.
    server = await startCapturedServer('pglite', {
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      REQUEST_LOG_LEVEL: 'debug',
    });
    await loadDemo(server.database.db);
  });
  afterAll(() => server?.stop());

  it('logs neither the password, the session or CSRF token, nor source credentials', async () => {
    const proc = (p: string) => {
      const found = listProcedures().find((x) => x.path === p);
      if (!found) throw new Error(`${p} is gone: update this test`);
      return found;
    };
    const signIn = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: owner.email, password: owner.password }),
    });
    const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=')[1] ?? '');
    await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: owner.email, password: 'a wrong password 12345' }),
    });
    const [m] = await server.database.db
      .execute<{ user_id: string; org_id: string }>(
        "select user_id, org_id from memberships where role = 'owner' limit 1",
      )
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { user_id: string; org_id: string }[] }).rows));
    const session = await openSession(server.database.db, m?.user_id ?? '', m?.org_id ?? null);
    const secrets = {
      apiKey: 'yelp-api-key-Secret-91xQ',
      clientSecret: 'oauth-client-Secret-77Zp',
      refreshToken: '1//refresh-Secret-55Kd',
    };
    await callProcedure(
      server.url,
      proc('sources.create'),
      { kind: 'yelp', name: 'Yelp', settings: { businessId: 'shop' }, secrets: { apiKey: secrets.apiKey } },
      session,
    );
    await callProcedure(
      server.url,
      proc('sources.test'),
      {
        draft: {
          kind: 'google',
          settings: {
            accountId: '1',
            googleLocationId: '2',
            clientId: 'c',
            apiBaseUrl: 'http://127.0.0.1:1/',
            tokenUrl: 'http://127.0.0.1:1/t',
          },
          secrets: { clientSecret: secrets.clientSecret, refreshToken: secrets.refreshToken },
        },
      },
      session,
    );
    // A forged request carrying the real cookie: the refusal must not echo it.
    await callProcedure(server.url, proc('members.add'), {}, session, { origin: 'https://evil.example' });
    const text = server.logText();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [
      owner.password,
      'a wrong password 12345',
      ...cookies,
      session.csrf,
      ...Object.values(secrets),
    ]) {
      if (secret) expect(text, 'a secret was logged').not.toContain(secret);
    }
    expect(text).not.toContain(session.cookie.split(';')[0]?.split('=')[1] ?? 'x');
  });

  it('logs no token from a token link with encoded characters added, around or inside it', async () => {
    const token = 'Uq3_dE5-fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC';
    const encoded = [...token].map((ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).join('');
    const pieces = [token.slice(0, 15), token.slice(15, 30), token.slice(30)];
    const paths = [
      `/u/${token}%00`,
      `/u/${token}%0A`,
      `/u/${token}%2F`,
      `/u/%00${token}`,
      `/u/${encoded}`,
      `/u/${pieces.join('%00')}`,
      `/u/${token}%ZZ`,
      `/f/${token}%00`,
      `/f/${token}%20`,
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const res = await fetch(`${server.url}${path}`, { method, headers: { origin: server.url } });
        await res.body?.cancel();
      }
    }
    const text = server.logText();
    expect(text.match(/"path":"\/u\/:redacted"/g)?.length).toBeGreaterThanOrEqual(14);
    for (const secret of [token, encoded, ...pieces])
      expect(text, 'a token was logged').not.toContain(secret);
  });
});
