import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, memberInvitations, memberships, users } from '../../server/src/db/schema/index.ts';
import { demoUsers } from '../../server/src/demo/load-demo.ts';
import { latestAccountLink } from '../support/account-links.ts';
import { engines } from '../support/db.ts';
import { type CallResult, callProcedure, openSession, type Session } from './http.ts';
import { listProcedures } from './procedures.ts';
import { addMemberRow, storeMessageFile } from './role-fixtures.ts';
import { orgBOwner, startWorld, type World } from './world.ts';

const proc = (p: string) => {
  const found = listProcedures().find((x) => x.path === p);
  if (!found) throw new Error(`${p} is gone: update this test`);
  return found;
};
const demoManager = demoUsers.find((u) => u.role === 'manager') ?? { email: '', password: '' };
const dataOf = (r: CallResult) => (r.body as { result?: { data?: unknown } } | null)?.result?.data;

describe.each(engines)('members, roles, invitations and stored messages on %s', (engine) => {
  let world: World;
  const call = (path: string, input: unknown, session: Session | null) =>
    callProcedure(world.server.url, proc(path), input, session);
  const as = (tenant: 'A' | 'B', role: 'owner' | 'manager' | 'marketing' | 'admin') =>
    world.sessionFor(tenant === 'A' ? world.orgA : world.orgB, role);
  const memberRole = async (orgId: string, userId: string) =>
    (
      await world.db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    )[0]?.role ?? null;
  const audited = async (orgId: string, action: string) =>
    world.db
      .select({ entityId: auditLog.entityId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));

  beforeAll(async () => {
    world = await startWorld(engine);
  });
  afterAll(() => world?.stop());

  it('refuses an admin who adds a member as owner or promotes one, and lets an owner do both', async () => {
    const admin = await as('A', 'admin');
    // The fields the form used to send (name, temporary password) ride along, as an attacker would send them.
    const invite = await call(
      'members.add',
      {
        email: 'would-be-owner@example.com',
        name: 'Would Be',
        password: 'long enough password',
        role: 'owner',
      },
      admin,
    );
    expect(invite.code).toBe('FORBIDDEN');
    const target = await addMemberRow(world.db, world.orgA.orgId, 'manager');
    expect((await call('members.changeRole', { userId: target, role: 'owner' }, admin)).code).toBe(
      'FORBIDDEN',
    );
    expect(await memberRole(world.orgA.orgId, target)).toBe('manager');
    const invited = await world.db
      .select({ id: memberInvitations.id })
      .from(memberInvitations)
      .where(eq(memberInvitations.email, 'would-be-owner@example.com'));
    expect(invited).toEqual([]);

    const owner = await as('A', 'owner');
    expect((await call('members.changeRole', { userId: target, role: 'owner' }, owner)).status).toBe(200);
    expect(await memberRole(world.orgA.orgId, target)).toBe('owner');
    // An admin can neither demote nor remove nor reset the owner just made.
    expect((await call('members.changeRole', { userId: target, role: 'marketing' }, admin)).code).toBe(
      'FORBIDDEN',
    );
    expect((await call('members.remove', { userId: target }, admin)).code).toBe('FORBIDDEN');
    expect((await call('members.resetPassword', { userId: target }, admin)).code).toBe('FORBIDDEN');
    expect(await audited(world.orgA.orgId, 'member.role_changed')).toContainEqual(
      expect.objectContaining({
        entityId: target,
        detail: expect.objectContaining({ from: 'manager', to: 'owner' }),
      }),
    );
  });

  it('keeps at least one owner: the only owner can neither step down nor be removed', async () => {
    const ownerB = await as('B', 'owner');
    const ownerBId = world.orgB.users.owner ?? '';
    const demote = await call('members.changeRole', { userId: ownerBId, role: 'manager' }, ownerB);
    expect(demote.code).toBe('CONFLICT');
    expect((await call('members.remove', { userId: ownerBId }, ownerB)).code).toBe('CONFLICT');
    expect(await memberRole(world.orgB.orgId, ownerBId)).toBe('owner');
  });

  it('lets only owners and managers open an alert e-mail about an unhappy client, as with the case itself', async () => {
    const name = await storeMessageFile(
      world,
      'alert',
      'Unhappy feedback: "The cake was stale and nobody cared."',
    );
    const results: Record<string, string | number> = {};
    for (const role of ['owner', 'manager', 'marketing', 'admin'] as const) {
      const r = await call('outbox.file', { file: name }, await as('A', role));
      results[role] = r.code ?? r.status;
      if (r.status === 200) expect(r.text).toContain('stale');
      else expect(r.text).not.toContain('stale');
    }
    expect(results).toEqual({ owner: 200, manager: 200, marketing: 'FORBIDDEN', admin: 'FORBIDDEN' });
    const listed = await call('outbox.files', undefined, await as('A', 'marketing'));
    expect(listed.text).not.toContain(name);
  });

  it('answers an invitation of another organization’s user exactly like one of a new address, and adds nobody', async () => {
    const ownerB = await as('B', 'owner');
    const extra = { name: 'Someone', password: 'long enough password' };
    const existing = await call(
      'members.add',
      { email: demoManager.email, role: 'manager', ...extra },
      ownerB,
    );
    const fresh = await call(
      'members.add',
      { email: 'brand.new.person@example.com', role: 'manager', ...extra },
      ownerB,
    );
    expect(existing.status).toBe(200);
    const shape = (r: CallResult, email: string) =>
      JSON.stringify(dataOf(r))
        .replaceAll(email, '<email>')
        .replace(/"expiresAt":"[^"]+"/, '');
    expect(shape(existing, demoManager.email)).toBe(shape(fresh, 'brand.new.person@example.com'));
    expect(existing.text).not.toContain('Manny');
    const managerId = world.orgA.users.manager ?? '';
    expect(await memberRole(world.orgB.orgId, managerId)).toBeNull();
    const listed = await call('members.list', undefined, ownerB);
    expect(listed.text).not.toContain(demoManager.email);
    const pending = await call('members.invitations', undefined, ownerB);
    expect(pending.text).toContain(demoManager.email);
    expect(pending.text).not.toContain('Manny');
  });

  it('joins the person only when they accept, signed in as the invited address, once', async () => {
    const { token } = await latestAccountLink(world.db, demoManager.email, 'invite');
    const [stored] = await world.db
      .select({ tokenHash: memberInvitations.tokenHash })
      .from(memberInvitations)
      .where(
        and(eq(memberInvitations.orgId, world.orgB.orgId), eq(memberInvitations.email, demoManager.email)),
      );
    expect(stored?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));

    // Not signed in: the link cannot be used to choose a new password for an existing account.
    const takeover = await call(
      'account.acceptInvitation',
      { token, name: 'X', password: 'attacker password 1' },
      null,
    );
    expect(takeover.code).toBe('CONFLICT');
    // Signed in as someone else: refused.
    const wrong = await call('account.acceptInvitation', { token }, await as('A', 'owner'));
    expect(wrong.code).toBe('FORBIDDEN');
    const managerId = world.orgA.users.manager ?? '';
    expect(await memberRole(world.orgB.orgId, managerId)).toBeNull();

    const manager = await as('A', 'manager');
    const shown = await call('account.invitation', { token }, manager);
    expect(dataOf(shown)).toMatchObject({ orgName: 'Other Shop', role: 'manager', email: demoManager.email });
    const accepted = await call('account.acceptInvitation', { token }, manager);
    expect(accepted.status).toBe(200);
    expect(await memberRole(world.orgB.orgId, managerId)).toBe('manager');
    expect(await memberRole(world.orgA.orgId, managerId)).toBe('manager');
    expect((await call('account.acceptInvitation', { token }, manager)).code).toBe('NOT_FOUND');
    expect(await audited(world.orgB.orgId, 'member.joined')).toContainEqual(
      expect.objectContaining({ entityId: managerId }),
    );
  });

  it('creates a new person’s account from their invitation, and refuses an expired link', async () => {
    const { token } = await latestAccountLink(world.db, 'brand.new.person@example.com', 'invite');
    await world.db
      .update(memberInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(memberInvitations.email, 'brand.new.person@example.com'));
    const late = await call(
      'account.acceptInvitation',
      { token, name: 'Nia', password: 'nia password 12' },
      null,
    );
    expect(late.code).toBe('NOT_FOUND');

    await call(
      'members.add',
      { email: 'brand.new.person@example.com', role: 'marketing' },
      await as('B', 'owner'),
    );
    const again = await latestAccountLink(world.db, 'brand.new.person@example.com', 'invite');
    const joined = await call(
      'account.acceptInvitation',
      { token: again.token, name: 'Nia', password: 'nia password 12' },
      null,
    );
    expect(joined.status).toBe(200);
    const [nia] = await world.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'brand.new.person@example.com'));
    expect(await memberRole(world.orgB.orgId, nia?.id ?? '')).toBe('marketing');
  });

  it('ends a removed member’s session at once and audits the removal', async () => {
    const userId = await addMemberRow(world.db, world.orgA.orgId, 'marketing');
    const theirs = await openSession(world.db, userId, world.orgA.orgId);
    expect((await call('clients.count', undefined, theirs)).status).toBe(200);
    expect((await call('members.remove', { userId }, await as('A', 'admin'))).status).toBe(200);
    expect((await call('clients.count', undefined, theirs)).code).toBe('UNAUTHORIZED');
    expect(await audited(world.orgA.orgId, 'member.removed')).toContainEqual(
      expect.objectContaining({ entityId: userId }),
    );
  });

  it('resets a password with a one-time link mailed to the member only, ending their sessions', async () => {
    const ownerB = await as('B', 'owner');
    const ownerBId = world.orgB.users.owner ?? '';
    const before = await openSession(world.db, ownerBId, world.orgB.orgId);
    const sent = await call('members.resetPassword', { userId: ownerBId }, ownerB);
    expect(sent.status).toBe(200);
    const { token } = await latestAccountLink(world.db, orgBOwner.email, 'reset-password');
    expect(sent.text).not.toContain(token);
    const reset = await call('account.resetPassword', { token, password: 'a brand new password 9' }, null);
    expect(reset.status).toBe(200);
    expect((await call('members.list', undefined, before)).code).toBe('UNAUTHORIZED');
    expect((await call('account.resetPassword', { token, password: 'another password 99' }, null)).code).toBe(
      'NOT_FOUND',
    );
    const signIn = await call(
      'auth.signIn',
      { email: orgBOwner.email, password: 'a brand new password 9' },
      null,
    );
    expect(signIn.status).toBe(200);
    expect(await audited(world.orgB.orgId, 'member.password_reset_sent')).toHaveLength(1);
  });
});
