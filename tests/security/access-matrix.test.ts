import { type Role, roleGrants } from '@rebound/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallResult, callProcedure, concretePath, type Session, sessionHeaders } from './http.ts';
import {
  type Access,
  describeAccess,
  messageFilePolicy,
  procedurePermissions,
  roleGrantPolicy,
  routePermissions,
} from './permissions.ts';
import { listHttpRoutes, listProcedures } from './procedures.ts';
import { addMemberRow, storeMessageFile } from './role-fixtures.ts';
import { roleNames, startWorld, type World } from './world.ts';

type Caller = Role | 'signed out';
const callers: Caller[] = [...roleNames, 'signed out'];
const procedures = listProcedures();
const refusals = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

function isAllowed(access: Access, caller: Caller): boolean {
  if (access === 'public' || access === 'token') return true;
  return caller !== 'signed out' && access.includes(caller);
}

/** What went wrong for one caller, or null when the answer matches the policy. */
function judgeProcedure(access: Access, caller: Caller, r: CallResult): string | null {
  if (r.status >= 500) return `${caller}: server error ${r.status} ${r.text.slice(0, 200)}`;
  if (isAllowed(access, caller)) {
    return r.code && refusals.has(r.code)
      ? `${caller}: refused with ${r.code} but is allowed (${r.message})`
      : null;
  }
  const expected = caller === 'signed out' ? 'UNAUTHORIZED' : 'FORBIDDEN';
  return r.code === expected ? null : `${caller}: expected ${expected}, got ${r.code ?? `HTTP ${r.status}`}`;
}

describe('access matrix (every procedure and route × every role)', () => {
  let world: World;
  let checked = 0;
  beforeAll(async () => {
    // With a scrape token set, /metrics is a token route for everyone, loopback included.
    world = await startWorld('pglite', { METRICS_TOKEN: 'matrix-scrape-token-0123456789' });
  });
  afterAll(async () => {
    console.log(`access matrix: ${checked} procedure/route × role combinations checked`);
    await world?.stop();
  });

  const sessionOf = async (caller: Caller): Promise<Session | null> =>
    caller === 'signed out' ? null : world.sessionFor(world.orgA, caller);

  it('has a permissions entry for every tRPC procedure, and none for procedures that are gone', () => {
    const missing = procedures
      .filter((p) => !(p.path in procedurePermissions))
      .map((p) => `  '${p.path}': [<roles allowed>] | 'public' | 'token',   // ${p.type}`);
    const known = new Set(procedures.map((p) => p.path));
    // An entry for a router that is not mounted yet is pending, not stale.
    const mounted = new Set(procedures.map((p) => p.path.split('.')[0]));
    const stale = Object.keys(procedurePermissions).filter(
      (k) => !known.has(k) && mounted.has(k.split('.')[0]),
    );
    expect(
      missing,
      `Add to procedurePermissions in tests/security/permissions.ts:\n${missing.join('\n')}\n`,
    ).toEqual([]);
    expect(stale, `Remove from procedurePermissions (no such procedure): ${stale.join(', ')}`).toEqual([]);
  });

  it('has a permissions entry for every HTTP route outside tRPC', () => {
    const missing = listHttpRoutes(world.app)
      .filter((r) => !(r.key in routePermissions))
      .map((r) => `  '${r.key}': [<roles allowed>] | 'public' | 'token',`);
    expect(
      missing,
      `Add to routePermissions in tests/security/permissions.ts:\n${missing.join('\n')}\n`,
    ).toEqual([]);
  });

  describe.each(procedures.map((p) => [p.path, p] as const))('%s', (_path, proc) => {
    it('refuses every caller the policy leaves out, before reading the input, and lets the rest through', async () => {
      const access = procedurePermissions[proc.path];
      if (!access) return; // reported by the entry test above
      const problems: string[] = [];
      for (const caller of callers) {
        const input = proc.inputs.length ? {} : undefined;
        const result = await callProcedure(world.server.url, proc, input, await sessionOf(caller));
        checked += 1;
        const problem = judgeProcedure(access, caller, result);
        if (problem) problems.push(problem);
      }
      expect(problems, `${proc.path} is declared ${describeAccess(access)}`).toEqual([]);
    });
  });

  it('lets each role grant (invite with, change a member to or from) exactly the roles in its row of the grant table', async () => {
    expect(roleGrants, 'shared/src/role-grants.ts and roleGrantPolicy disagree').toEqual(roleGrantPolicy);
    const byPath = new Map(procedures.map((p) => [p.path, p]));
    const add = byPath.get('members.add');
    const change = byPath.get('members.changeRole');
    if (!add || !change) throw new Error('members.add or members.changeRole is gone: update this test');
    const problems: string[] = [];
    for (const actor of roleNames) {
      const granted = roleGrantPolicy[actor];
      for (const role of roleNames) {
        const invite = await callProcedure(
          world.server.url,
          add,
          { email: `grant-${actor}-${role}@matrix.example`, role },
          await world.sessionFor(world.orgA, actor),
        );
        checked += 1;
        const isInviteAllowed = granted.includes(role);
        if (isInviteAllowed ? invite.status !== 200 : invite.code !== 'FORBIDDEN')
          problems.push(`${actor} inviting as ${role}: ${invite.code ?? invite.status}`);
        for (const to of roleNames.filter((r) => r !== role)) {
          const userId = await addMemberRow(world.db, world.orgA.orgId, role);
          const r = await callProcedure(
            world.server.url,
            change,
            { userId, role: to },
            await world.sessionFor(world.orgA, actor),
          );
          checked += 1;
          const isAllowed = granted.includes(role) && granted.includes(to);
          if (isAllowed ? r.status !== 200 : r.code !== 'FORBIDDEN')
            problems.push(`${actor} changing ${role} → ${to}: ${r.code ?? r.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens a stored message only for the roles that may read what it is about', async () => {
    const file = procedures.find((p) => p.path === 'outbox.file');
    if (!file) throw new Error('outbox.file is gone: update this test');
    const problems: string[] = [];
    for (const [kind, readers] of Object.entries(messageFilePolicy)) {
      const name = await storeMessageFile(world, kind);
      for (const caller of callers) {
        const r = await callProcedure(world.server.url, file, { file: name }, await sessionOf(caller));
        checked += 1;
        const isAllowed = caller !== 'signed out' && readers.includes(caller);
        const expected = caller === 'signed out' ? 'UNAUTHORIZED' : 'FORBIDDEN';
        if (isAllowed ? r.status !== 200 : r.code !== expected)
          problems.push(`${kind} message, ${caller}: ${r.code ?? r.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('applies the same policy to HTTP routes outside tRPC', async () => {
    const problems: string[] = [];
    for (const route of listHttpRoutes(world.app)) {
      const access = routePermissions[route.key];
      if (!access) continue;
      const statuses = new Set<number>();
      for (const caller of callers) {
        const method = route.method === 'ALL' ? 'GET' : route.method;
        const res = await fetch(`${world.server.url}${concretePath(route.path)}`, {
          method,
          headers: sessionHeaders(world.server.url, await sessionOf(caller)),
          redirect: 'manual',
        });
        await res.body?.cancel();
        checked += 1;
        statuses.add(res.status);
        const refused = res.status === 401 || res.status === 403;
        if (res.status >= 500 && route.key !== 'GET /')
          problems.push(`${route.key} ${caller}: ${res.status}`);
        else if (access === 'token' && res.status < 400)
          problems.push(`${route.key} ${caller}: ${res.status} without a valid token`);
        else if (Array.isArray(access) && isAllowed(access, caller) === refused)
          problems.push(
            `${route.key} ${caller}: status ${res.status} does not match ${describeAccess(access)}`,
          );
      }
      // A token route answers the same whoever is signed in: the session must not stand in for the token.
      if (access === 'token' && statuses.size > 1)
        problems.push(`${route.key}: answers differ by session ${[...statuses]}`);
    }
    expect(problems).toEqual([]);
  });
});
