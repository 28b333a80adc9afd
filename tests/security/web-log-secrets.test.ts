import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { startFakeAsc } from '../app-store-connect/fake-asc-server.ts';
import { addPage, FAKE_FB_APP_SECRET, type FakeGraph, startFakeGraph } from '../facebook/fake-graph.ts';
import { startFakePlay } from '../google-play/fake-play-server.ts';
import {
  FAKE_GOOGLE_CLIENT_SECRET,
  type FakeGoogle,
  seedAccount,
  startFakeGoogle,
} from '../oauth/fake-google.ts';
import {
  consentThroughFake,
  grantIdOf,
  newOwner,
  pollSource,
  sourcesOf,
  TEST_APP_SECRET,
} from '../oauth/support.ts';
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

/**
 * App Store Connect and Google Play keys: entered once, used by the server to sign its tokens (the local fakes
 * verify them, so the whole flow runs), and never sent back to the browser or written to a log line, nor are
 * the access tokens Google hands out.
 */
describe('no app store key or token in the logs or in what the browser receives', () => {
  let server: CapturedServer;
  let asc: Awaited<ReturnType<typeof startFakeAsc>>;
  let play: Awaited<ReturnType<typeof startFakePlay>>;
  beforeAll(async () => {
    asc = await startFakeAsc();
    play = await startFakePlay();
    server = await startCapturedServer('pglite', {
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      REQUEST_LOG_LEVEL: 'debug',
      FETCH_ALLOW_LIST: '127.0.0.1',
    });
    await loadDemo(server.database.db);
  });
  afterAll(async () => {
    await server?.stop();
    await asc?.close();
    await play?.close();
  });

  it('keeps the .p8 key, the service account key and issued access tokens out of logs and answers', async () => {
    const proc = (p: string) => {
      const found = listProcedures().find((x) => x.path === p);
      if (!found) throw new Error(`${p} is gone: update this test`);
      return found;
    };
    const [m] = await server.database.db
      .execute<{ user_id: string; org_id: string }>(
        "select user_id, org_id from memberships where role = 'owner' limit 1",
      )
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { user_id: string; org_id: string }[] }).rows));
    const session = await openSession(server.database.db, m?.user_id ?? '', m?.org_id ?? null);
    asc.seed([{ id: '9001', rating: 2, body: 'Crashes on start' }]);
    play.seed([{ reviewId: 'gp-1', text: 'Too many ads', starRating: 2 }]);
    const ascInput = {
      kind: 'app_store_connect',
      name: 'App Store',
      settings: { appId: asc.appId, issuerId: asc.issuerId, keyId: asc.keyId, apiBaseUrl: asc.url },
      secrets: { privateKey: asc.privateKey },
    };
    const playInput = {
      kind: 'google_play',
      name: 'Google Play',
      settings: { packageName: play.packageName, apiBaseUrl: play.url, tokenUrl: play.tokenUrl },
      secrets: { serviceAccountJson: play.serviceAccountJson },
    };
    const answers: unknown[] = [];
    for (const input of [ascInput, playInput]) {
      const tested = await callProcedure(server.url, proc('sources.test'), { draft: input }, session);
      // The test fetch really ran: the fake verified the signed token and listed the review.
      expect(JSON.stringify(tested.body)).toContain('"found":1');
      answers.push(tested.body);
      answers.push((await callProcedure(server.url, proc('sources.create'), input, session)).body);
    }
    answers.push((await callProcedure(server.url, proc('sources.list'), undefined, session)).body);
    expect(play.issuedTokens).toBeGreaterThan(0);
    const keyBody = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');
    const serviceKey = (JSON.parse(play.serviceAccountJson) as { private_key: string }).private_key;
    const secrets = [
      keyBody(asc.privateKey).slice(20, 80),
      keyBody(serviceKey).slice(20, 80),
      play.serviceAccountJson.slice(0, 60),
    ];
    const tokens = play.requests.map((r) => r.authorization.replace('Bearer ', '')).filter(Boolean);
    const ascTokens = asc.requests.map((r) => r.authorization.replace('Bearer ', '')).filter(Boolean);
    expect(ascTokens.length).toBeGreaterThan(0);
    const logs = server.logText();
    const sent = JSON.stringify(answers);
    for (const secret of [...secrets, ...tokens, ...ascTokens]) {
      expect(logs, 'a key or token was logged').not.toContain(secret);
      expect(sent, 'a key or token reached the browser').not.toContain(secret);
    }
    expect(sent).toContain('"privateKey":"set"');
    expect(sent).toContain('"serviceAccountJson":"set"');
  });
});

describe('no OAuth code, state or token in the logs of a Google and Facebook connect', () => {
  let server: CapturedServer;
  let google: FakeGoogle;
  let facebook: FakeGraph;
  beforeAll(async () => {
    google = await startFakeGoogle();
    seedAccount(google, '4001', 'Logged shop', [
      { id: '41', title: 'Logged location', reviews: [['l1', 'ONE', 'Slow service.']] },
    ]);
    facebook = await startFakeGraph();
    addPage(facebook, '801', 'Logged Page', [['8001', 'negative', 'Rude staff.']]);
    server = await startCapturedServer('pglite', {
      ...google.env,
      ...facebook.env,
      APP_SECRET: TEST_APP_SECRET,
      REQUEST_LOG_LEVEL: 'debug',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await google?.close();
    await facebook?.close();
  });

  it('logs neither the authorization code, the state, the client secrets, nor any access, refresh or Page token', async () => {
    const owner = await newOwner(server, 'logged-shop');
    const seen: string[] = [];
    for (const provider of ['google', 'facebook'] as const) {
      const back = await consentThroughFake(owner.api, provider);
      const callback = new URL(back.callback);
      seen.push(
        callback.searchParams.get('code') ?? 'missing',
        callback.searchParams.get('state') ?? 'missing',
      );
      const grantId = grantIdOf(back.location);
      const { choices } = await owner.api.client.oauth.choices.query({ grantId });
      await owner.api.client.oauth.connect.mutate({ grantId, keys: choices.map((c) => c.key) });
      // A replay is refused, and the refusal is logged without the code either.
      await owner.api.fetch(back.callback, { redirect: 'manual' });
    }
    // A revoked grant fails a poll: the error path must not log the tokens either.
    google.revokeEverything();
    google.expireAccessTokens();
    for (const s of await sourcesOf(server, owner.orgId)) await pollSource(server, owner.orgId, s.id);
    const text = server.logText();
    expect(text.length).toBeGreaterThan(0);
    const tokens = [
      ...seen,
      ...google.refreshTokens,
      FAKE_GOOGLE_CLIENT_SECRET,
      FAKE_FB_APP_SECRET,
      ...facebook.pages.map((p) => p.token),
    ];
    for (const secret of tokens) expect(text, 'an OAuth secret was logged').not.toContain(secret);
    expect(text).not.toMatch(/ya29-|EAAshort-|EAAlong-/);
  });
});
