import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { concretePath, openSession, sessionHeaders } from './http.ts';
import { listHttpRoutes } from './procedures.ts';
import { buildApp } from './world.ts';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

describe('security headers on every response', () => {
  let server: TestServer;
  let paths: Array<[string, string]>;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    await loadDemo(server.database.db);
    paths = [
      ['GET', '/'],
      ['GET', '/sign-in'],
      ['GET', '/inbox'],
      ['GET', '/favicon.svg'],
      ['GET', '/no/such/page'],
      ['GET', '/health'],
      ['GET', '/metrics'],
      ['GET', '/trpc/auth.me'],
      ['GET', '/trpc/no.such.procedure'],
      ['POST', '/trpc/auth.signIn'],
      ['POST', '/trpc/members.add'],
    ];
  });
  afterAll(() => server?.stop());

  it('sends CSP without inline script, nosniff, no framing and a referrer policy, on pages, API, errors and routes', async () => {
    // The route list comes from the app itself, so new routes are covered without touching this test.
    const routePaths = listHttpRoutes(buildApp(server.database.db, 'pglite')).map(
      (r) => [r.method === 'ALL' ? 'GET' : r.method, concretePath(r.path)] as [string, string],
    );
    const problems: string[] = [];
    for (const [method, p] of [...paths, ...routePaths]) {
      const res = await fetch(`${server.url}${p}`, {
        method,
        headers: { 'content-type': 'application/json', origin: server.url },
        ...(method === 'GET' ? {} : { body: '{}' }),
        redirect: 'manual',
      });
      await res.body?.cancel();
      const csp = directives(res.headers.get('content-security-policy') ?? '');
      const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
      const label = `${method} ${p} (${res.status})`;
      if (!scripts.length) problems.push(`${label}: no script-src`);
      if (scripts.some((v) => /unsafe-inline|unsafe-eval|\*|data:/.test(v)))
        problems.push(`${label}: script-src ${scripts.join(' ')}`);
      if ((csp.get('object-src') ?? []).join(' ') !== "'none'")
        problems.push(`${label}: object-src not 'none'`);
      if (
        (csp.get('frame-ancestors') ?? []).join(' ') !== "'none'" &&
        res.headers.get('x-frame-options') !== 'DENY'
      )
        problems.push(`${label}: can be framed`);
      // The older header must say the same as frame-ancestors 'none', not allow same-origin framing.
      const xfo = res.headers.get('x-frame-options');
      if (xfo !== null && xfo !== 'DENY') problems.push(`${label}: X-Frame-Options ${xfo}`);
      if (res.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${label}: no nosniff`);
      if (
        !/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(
          res.headers.get('referrer-policy') ?? '',
        )
      )
        problems.push(`${label}: referrer-policy ${res.headers.get('referrer-policy')}`);
    }
    expect(problems).toEqual([]);
  });

  it('marks every signed-in API answer, data or error, single or batched, as not to be stored', async () => {
    const db = server.database.db;
    const [owner] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoUsers[0]?.email ?? ''));
    const [membership] = await db
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, owner?.id ?? ''));
    const session = await openSession(db, owner?.id ?? '', membership?.orgId ?? null);
    const headers = { ...sessionHeaders(server.url, session), 'content-type': 'application/json' };
    const calls: [string, RequestInit][] = [
      ['/trpc/auth.me', { headers }],
      ['/trpc/reviews.inbox?input=%7B%7D', { headers }],
      ['/trpc/auth.me,sources.list?batch=1&input=%7B%7D', { headers }],
      ['/trpc/reviews.get?input=%7B%22reviewId%22%3A%22nope%22%7D', { headers }],
      ['/trpc/auth.signOut', { method: 'POST', headers, body: '{}' }],
    ];
    const missing: string[] = [];
    for (const [path, init] of calls) {
      const res = await fetch(`${server.url}${path}`, init);
      await res.body?.cancel();
      if (res.headers.get('cache-control') !== 'no-store')
        missing.push(`${path} (${res.status}): ${res.headers.get('cache-control')}`);
    }
    expect(missing).toEqual([]);
  });

  it('never reveals the framework in a response header', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
