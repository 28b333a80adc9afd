import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { concretePath } from './http.ts';
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

  it('never reveals the framework in a response header', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
