import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import { httpOverFetcher } from '../../server/src/net/fetcher.ts';
import { createWebhookPoster } from '../../server/src/services/alerts/create-webhook-poster.ts';
import { callProcedure, type Session } from './http.ts';
import { listProcedures } from './procedures.ts';
import { startWorld, type World } from './world.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A server that counts every request; the point is that it stays at zero. */
async function countingServer(host: string, redirectTo?: () => string) {
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits += 1;
    if (redirectTo) res.writeHead(302, { location: redirectTo() }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>internal</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('SSRF guard on every address a user can set', () => {
  let world: World;
  let owner: Session;
  let v4: Awaited<ReturnType<typeof countingServer>>;
  let v6: Awaited<ReturnType<typeof countingServer>>;
  let inner: Awaited<ReturnType<typeof countingServer>>;
  let redirector: Awaited<ReturnType<typeof countingServer>>;
  let targets: string[];
  const proc = (p: string) => {
    const found = listProcedures().find((x) => x.path === p);
    if (!found) throw new Error(`${p} is gone: update this test`);
    return found;
  };

  beforeAll(async () => {
    // No allow-list: loopback, private and link-local addresses are all out of bounds.
    // API address overrides allowed, so the SSRF guard itself is what refuses them.
    world = await startWorld('pglite', { ALLOW_ENDPOINT_OVERRIDES: 'true' });
    owner = await world.sessionFor(world.orgA, 'owner');
    v4 = await countingServer('127.0.0.1');
    v6 = await countingServer('::1');
    inner = await countingServer('127.0.0.2');
    redirector = await countingServer('127.0.0.1', () => inner.url);
    targets = [
      v4.url,
      `${v4.url}reviews`,
      'http://169.254.169.254/latest/meta-data/',
      v6.url,
      'http://localhost:1/',
      'http://0.0.0.0:1/',
    ];
  });
  afterAll(async () => {
    await Promise.all([v4?.close(), v6?.close(), inner?.close(), redirector?.close()]);
    await world?.stop();
  });

  it('refuses to test a source pointed at loopback, link-local or metadata addresses, and never connects', async () => {
    for (const url of targets) {
      const r = await callProcedure(
        world.server.url,
        proc('sources.test'),
        { draft: { kind: 'schema_org', settings: { url } } },
        owner,
      );
      expect(r.status, url).toBeLessThan(500);
      expect(r.text, url).toMatch(/private|internal|not allowed|refused|blocked|local/i);
    }
    expect(v4.hits() + v6.hits()).toBe(0);
  });

  it('refuses a CSS preview of an internal address', async () => {
    for (const url of targets) {
      const r = await callProcedure(
        world.server.url,
        proc('sources.previewCss'),
        { url, css: { container: 'article', text: 'p' } },
        owner,
      );
      expect(r.status, url).toBeLessThan(500);
      expect(r.text, url).toMatch(/private|internal|not allowed|refused|blocked|local/i);
    }
    expect(v4.hits() + v6.hits()).toBe(0);
  });

  it('refuses Google and Yelp API base addresses that point inside, for a test of the source', async () => {
    const drafts = [
      {
        kind: 'google',
        settings: {
          accountId: '1',
          googleLocationId: '2',
          clientId: 'c',
          apiBaseUrl: v4.url,
          tokenUrl: `${v4.url}token`,
        },
        secrets: { clientSecret: 's', refreshToken: 'r' },
      },
      { kind: 'yelp', settings: { businessId: 'b', apiBaseUrl: v4.url }, secrets: { apiKey: 'k' } },
    ];
    for (const draft of drafts) {
      const r = await callProcedure(world.server.url, proc('sources.test'), { draft }, owner);
      expect(r.status, draft.kind).toBeLessThan(500);
    }
    expect(v4.hits()).toBe(0);
  });

  it('follows no redirect from an allowed host to one outside the allow-list', async () => {
    const allowList = ['127.0.0.1/32'];
    const outcome = await fetchDocument(redirector.url, { allowList, respectRobots: false });
    expect(outcome.ok).toBe(false);
    expect(redirector.hits()).toBe(1);
    expect(inner.hits()).toBe(0);
  });

  it('sends alert webhooks and Google API calls (polling and posting) through the same guard', async () => {
    const post = createWebhookPoster([]);
    for (const url of targets)
      expect((await post(url, '{}', { 'content-type': 'application/json' })).ok).toBe(false);
    const http = httpOverFetcher((url, policy) => fetchDocument(url, { ...policy, allowList: [] }));
    await expect(http(`${v4.url}v4/accounts`, { method: 'PUT', headers: {}, body: '{}' })).rejects.toThrow();
    expect(v4.hits() + v6.hits()).toBe(0);
    // With the address allowed, the same calls do arrive: the refusals above are the guard, not a dead server.
    const allowed = httpOverFetcher((url, policy) =>
      fetchDocument(url, { ...policy, allowList: ['127.0.0.1/32'] }),
    );
    expect((await allowed(v4.url, { method: 'GET', headers: {} })).status).toBe(200);
    expect(v4.hits()).toBe(1);
  });

  it('makes outbound requests only through server/src/net, apart from the reviewed call sites', () => {
    // Each entry: why this call site may go out unguarded (a plain fetch, or net's unguarded createPlainHttp).
    // Anything new fails here until it is guarded or listed.
    const reviewed: Record<string, string> = {
      'server/src/sources/google/http.ts':
        'createFetchHttp on createPlainHttp: CLI and test transport; the app injects the guarded one',
      'server/src/drafting/llm-client.ts':
        'the OpenAI client to LLM_BASE_URL, which comes from the environment, set by the operator only',
      'server/src/sms/sms-client.ts':
        'createPlainHttp to the SMS provider at SMS_API_URL, which comes from the environment, set by the operator only',
    };
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(full)) {
          const rel = path.relative(repoRoot, full);
          if (rel.startsWith('server/src/net/')) continue;
          const code = readFileSync(full, 'utf8');
          if (
            /(^|[^\w.])fetch\(|\bcreatePlainHttp\(|from 'undici'|from 'openai'|http\.request\(|https\.request\(|\bdefaultHttp\b[^;]*\bhttp:/m.test(
              code,
            )
          )
            found.push(rel);
        }
      }
    };
    walk(path.join(repoRoot, 'server/src'));
    const unreviewed = found.filter((f) => !(f in reviewed));
    expect(unreviewed, 'guard these call sites or add them, with the reason, to `reviewed`').toEqual([]);
    expect(
      Object.keys(reviewed).filter((r) => !found.includes(r)),
      'stale entries in `reviewed`',
    ).toEqual([]);
    expect(
      readFileSync(path.join(repoRoot, 'server/src/services/posting/start-app-posting-worker.ts'), 'utf8'),
    ).not.toMatch(/defaultHttp/);
  });
});
