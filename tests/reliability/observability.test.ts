import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { acceptAsNewUser, latestAccountLink } from '../support/account-links.ts';
import { createBrowserLikeClient, signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { type CapturedServer, startCapturedServer } from './support.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const metricsToken = 'scrape-token-0123456789abcdef';

/** The value of one sample line, e.g. `rebound_polls_total{outcome="ok"}`; null when absent. */
function sample(text: string, prefix: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${prefix} `));
  return line ? Number(line.slice(prefix.length + 1)) : null;
}

/** On a heavily loaded machine a reused keep-alive socket can be reset as it is picked up; ask once more. */
async function withRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    return call();
  }
}

describe.each(engines)('request logs and /metrics on %s', (engine) => {
  let server: CapturedServer;
  let orgId: string;
  beforeAll(async () => {
    server = await startCapturedServer(engine, { METRICS_TOKEN: metricsToken, REQUEST_LOG_LEVEL: 'debug' });
    ({ orgId } = await loadDemo(server.database.db));
  });
  afterAll(() => server?.stop());

  it('logs one JSON line per request with the request id it returns in x-request-id, and no query string', async () => {
    const res = await fetch(`${server.url}/trpc/auth.me?input=%7B%22token%22%3A%22qs-secret%22%7D`);
    const reqId = res.headers.get('x-request-id');
    expect(reqId).toMatch(/^[\w-]{8,}$/);
    const lines = server.logLines().filter((l) => l.msg === 'request' && l.reqId === reqId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, method: 'GET', path: '/trpc/auth.me', status: res.status });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(server.logText()).not.toContain('qs-secret');
  });

  it('keeps a caller-supplied request id so a proxy and Rebound log the same id', async () => {
    const res = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'edge-4f1c2a9e' } });
    expect(res.headers.get('x-request-id')).toBe('edge-4f1c2a9e');
    expect(server.logLines().some((l) => l.reqId === 'edge-4f1c2a9e' && l.path === '/health')).toBe(true);
  });

  it('replaces long opaque tokens in logged paths but keeps ids', async () => {
    await fetch(`${server.url}/unsubscribe/AbCdEfGhIjKlMnOpQrStUvWxYz012345/confirm`);
    const id = '3f0e7a52-5d0c-4c1e-9a55-0c7d6f0b9e21';
    await fetch(`${server.url}/reviews/${id}`);
    const text = server.logText();
    expect(text).not.toContain('AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    expect(text).toContain('/unsubscribe/:redacted/confirm');
    expect(text).toContain(`/reviews/${id}`);
  });

  it('refuses /metrics without the bearer token and serves Prometheus text with it', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE rebound_http_request_duration_seconds histogram');
    expect(text).toMatch(
      /rebound_http_request_duration_seconds_count\{route="\/trpc\/auth\.me",method="GET",status="200"\} \d+/,
    );
    expect(text).toContain('rebound_process_resident_memory_bytes');
  });

  it('counts polls by outcome and reports due sources from the database on each scrape', async () => {
    const scrape = () =>
      withRetry(async () =>
        (
          await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
        ).text(),
      );
    const before = await scrape();
    // The demo source is due as soon as it is loaded.
    expect(sample(before, 'rebound_sources_due')).toBe(1);
    expect(sample(before, 'rebound_sources{health="ok"}')).toBe(1);
    const okBefore = sample(before, 'rebound_polls_total{outcome="ok"}') ?? 0;
    const failedBefore = sample(before, 'rebound_polls_failed_total') ?? 0;

    const [source] = await server.database.db.select().from(sources).where(eq(sources.orgId, orgId));
    if (!source) throw new Error('demo source missing');
    const poller = startPoller(
      {
        db: server.database.db,
        worker: 'metrics-test',
        log: createLogger('silent'),
        fetcher: async (url) => {
          const res = await withRetry(() => fetch(`${server.url}${url}`));
          const body = await res.text();
          return {
            ok: true,
            status: res.status,
            body,
            url: `${server.url}${url}`,
            contentType: res.headers.get('content-type'),
            etag: null,
            lastModified: null,
            notModified: false,
            headers: {},
          };
        },
      },
      { cronExpression: null },
    );
    expect((await poller.pollNow(orgId, source.id))?.ok).toBe(true);
    await server.database.db
      .update(sources)
      .set({ url: 'http://0.0.0.0:1/gone', nextPollAt: new Date() })
      .where(eq(sources.id, source.id));
    const failing = startPoller(
      {
        db: server.database.db,
        worker: 'metrics-test',
        log: createLogger('silent'),
        fetcher: async () => ({
          ok: false,
          error: { code: 'network', message: 'connection refused', retryable: true },
        }),
      },
      { cronExpression: null },
    );
    expect((await failing.pollNow(orgId, source.id))?.ok).toBe(false);

    const after = await scrape();
    expect(sample(after, 'rebound_polls_total{outcome="ok"}')).toBe(okBefore + 1);
    expect(sample(after, 'rebound_polls_failed_total')).toBe(failedBefore + 1);
    expect(sample(after, 'rebound_sources_due')).toBe(0);
    expect(sample(after, 'rebound_sources{health="degraded"}')).toBe(1);
  });

  it('does not log passwords, session or CSRF tokens, setup tokens or API keys across setup, sign-in, member creation and bad requests', async () => {
    if (!owner) throw new Error('demo owner missing');
    // The one-time setup link's token travels in a query string when the setup page checks it.
    const setupToken = new URL(server.setupUrl ?? 'http://x/#token=none').hash.replace('#token=', '');
    expect(setupToken.length).toBeGreaterThan(20);
    const anonymous = createBrowserLikeClient(server.url);
    await anonymous.client.auth.setupStatus.query({ token: setupToken });
    await anonymous.client.auth.loadDemo.mutate({ token: setupToken }).catch(() => undefined);
    const browser = await signedInClient(server.url, owner.email, owner.password);
    const session = browser.jar.get('rb_session');
    const csrf = browser.jar.get('rb_csrf');
    expect(session && csrf).toBeTruthy();
    await browser.client.auth.me.query();
    await browser.client.members.add.mutate({ email: 'new.person@shop.example', role: 'manager' });
    // The invitation link's token and the password chosen with it travel in a request body.
    const invite = await latestAccountLink(server.database.db, 'new.person@shop.example', 'invite');
    await acceptAsNewUser(server.url, server.database.db, {
      email: 'new.person@shop.example',
      name: 'New Person',
      password: 'fresh-member-pass-77',
    });
    // A wrong password, a malformed body, a forged CSRF header and a request to an unknown procedure.
    await signedInClient(server.url, owner.email, 'wrong-password-Kq93').catch(() => undefined);
    await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "x", "password": "half-typed-pass-Zz1',
    });
    await fetch(`${server.url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { cookie: `rb_session=${session}`, 'x-csrf-token': 'forged-csrf-value-123' },
    });
    await fetch(`${server.url}/trpc/no.such.thing?apiKey=qs-api-key-5531`, {
      headers: { authorization: 'Bearer header-token-8812' },
    });
    await browser.client.auth.signOut.mutate();

    const text = server.logText();
    // The log did record these requests; the check below is not passing on an empty log.
    expect(text).toContain('"path":"/trpc/auth.signIn"');
    expect(text).toContain('"path":"/trpc/auth.signOut"');
    for (const secret of [
      owner.password,
      'fresh-member-pass-77',
      invite.token,
      'wrong-password-Kq93',
      'half-typed-pass-Zz1',
      session ?? 'missing',
      csrf ?? 'missing',
      'forged-csrf-value-123',
      'qs-api-key-5531',
      'header-token-8812',
      metricsToken,
      setupToken,
    ]) {
      expect(text, `the log contains ${secret}`).not.toContain(secret);
    }
  });
});
