import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callProcedure, concretePath, sessionHeaders } from './http.ts';
import { listHttpRoutes, listProcedures } from './procedures.ts';
import { rowCounts, startWorld, type World } from './world.ts';

const mutations = listProcedures().filter((p) => p.type === 'mutation');

describe('cross-site request forgery', () => {
  let world: World;
  let checked = 0;
  beforeAll(async () => {
    world = await startWorld('pglite');
  });
  afterAll(async () => {
    console.log(`CSRF: ${checked} forged mutation requests refused`);
    await world?.stop();
  });

  it('refuses every mutation sent from another site, or without the CSRF token, and writes nothing', async () => {
    const problems: string[] = [];
    const before = await rowCounts(world.db);
    for (const proc of mutations) {
      const session = await world.sessionFor(world.orgA, 'owner');
      const input = proc.inputs.length ? {} : undefined;
      const forged: Array<[string, Record<string, string>]> = [
        ['Origin from another site', { origin: 'https://evil.example' }],
        ['Origin null (sandboxed frame)', { origin: 'null' }],
        ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
        ['no CSRF token', { 'x-csrf-token': '' }],
        [
          'another session’s CSRF token',
          { 'x-csrf-token': (await world.sessionFor(world.orgA, 'owner')).csrf },
        ],
      ];
      for (const [label, headers] of forged) {
        const r = await callProcedure(world.server.url, proc, input, session, headers);
        checked += 1;
        if (r.status !== 403 || r.code !== 'FORBIDDEN')
          problems.push(`${proc.path} with ${label}: ${r.status} ${r.code}`);
      }
    }
    // The forged calls above were all refused; only the sessions opened for them are new rows.
    const after = await rowCounts(world.db);
    const changed = Object.keys(after).filter((t) => t !== 'sessions' && after[t] !== before[t]);
    expect(problems).toEqual([]);
    expect(changed).toEqual([]);
  });

  it('still accepts the same mutation from the dashboard’s own origin with the token (the guard is not just closed)', async () => {
    const signOut = mutations.find((p) => p.path === 'auth.signOut');
    if (!signOut) throw new Error('auth.signOut is gone');
    const r = await callProcedure(
      world.server.url,
      signOut,
      undefined,
      await world.sessionFor(world.orgA, 'owner'),
    );
    expect(r.status).toBe(200);
  });

  it('lets no cookie stand in for the token on HTTP routes outside tRPC that change state', async () => {
    const session = await world.sessionFor(world.orgA, 'owner');
    const problems: string[] = [];
    for (const route of listHttpRoutes(world.app).filter((r) => r.method !== 'GET')) {
      const url = `${world.server.url}${concretePath(route.path)}`;
      const send = async (headers: Record<string, string>) => {
        const res = await fetch(url, { method: route.method, headers, body: '{}', redirect: 'manual' });
        await res.body?.cancel();
        checked += 1;
        return res.status;
      };
      const anonymous = await send({ 'content-type': 'application/json', origin: 'https://evil.example' });
      const withCookie = await send({
        ...sessionHeaders(world.server.url, session),
        'content-type': 'application/json',
        origin: 'https://evil.example',
      });
      if (anonymous < 400 || withCookie !== anonymous)
        problems.push(`${route.key}: anonymous ${anonymous}, with the owner's cookie ${withCookie}`);
    }
    expect(problems).toEqual([]);
  });
});
