import { TRPCClientError } from '@trpc/client';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, signInThrottles, users } from '../../server/src/db/schema/index.ts';
import { acceptAsNewUser } from '../support/account-links.ts';
import { createBrowserLikeClient, signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = { email: 'owner@shop.example', password: 'correct horse battery' };

function codeOf(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
}

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    return error as TRPCClientError<never>;
  }
  throw new Error('expected the call to fail');
}

describe.each(engines)('accounts and sessions on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(() => server?.stop());

  it('prints a one-time setup link on an empty database, and the link creates the organization and its owner', async () => {
    expect(server.setupUrl).toMatch(/\/setup#token=/);
    const token = new URL(server.setupUrl ?? '').hash.replace('#token=', '');
    const browser = createBrowserLikeClient(server.url);
    expect(await browser.client.auth.setupStatus.query({ token })).toEqual({ isValid: true });
    await browser.client.auth.completeSetup.mutate({
      token,
      orgName: 'Corner Shop',
      orgSlug: 'corner-shop',
      postalAddress: '1 High Street, Town',
      ownerName: 'Olu Owner',
      ownerEmail: owner.email,
      ownerPassword: owner.password,
    });
    const me = await browser.client.auth.me.query();
    expect(me).toMatchObject({ email: owner.email, role: 'owner', orgSlug: 'corner-shop' });
    // The link works once only.
    expect(await browser.client.auth.setupStatus.query({ token })).toEqual({ isValid: false });
  });

  it('signs in with an httpOnly SameSite session cookie and signs out', async () => {
    const browser = createBrowserLikeClient(server.url);
    const res = await browser.fetch(`${server.url}/trpc/auth.signIn?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 0: owner }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rb_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await browser.client.auth.me.query()).toMatchObject({ email: owner.email });
    await browser.client.auth.signOut.mutate();
    expect(await browser.client.auth.me.query()).toBeNull();
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    const a = await rejection(
      createBrowserLikeClient(server.url).client.auth.signIn.mutate({
        email: owner.email,
        password: 'wrong password!',
      }),
    );
    const b = await rejection(
      createBrowserLikeClient(server.url).client.auth.signIn.mutate({
        email: 'nobody@shop.example',
        password: 'wrong password!',
      }),
    );
    expect(codeOf(a)).toBe('UNAUTHORIZED');
    expect(a.message).toBe(b.message);
    expect(a.message).not.toMatch(/email.*(not|unknown)|no such/i);
  });

  it('treats an expired session as signed out', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    expect(await browser.client.auth.me.query()).not.toBeNull();
    await server.database.db.update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` });
    expect(await browser.client.auth.me.query()).toBeNull();
    expect(codeOf(await rejection(browser.client.members.list.query()))).toBe('UNAUTHORIZED');
  });

  it('refuses a mutation without the CSRF token and one from another site', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    const noToken = createBrowserLikeClient(server.url, { sendCsrf: false });
    for (const [k, v] of browser.jar) noToken.jar.set(k, v);
    const before = (await browser.client.members.list.query()).length;
    const r1 = await rejection(
      noToken.client.members.add.mutate({ email: 'x1@shop.example', role: 'marketing' }),
    );
    expect(r1.message).toMatch(/CSRF/);
    const crossSite = createBrowserLikeClient(server.url, { origin: 'https://evil.example' });
    for (const [k, v] of browser.jar) crossSite.jar.set(k, v);
    const r2 = await rejection(
      crossSite.client.members.add.mutate({ email: 'x2@shop.example', role: 'marketing' }),
    );
    expect(r2.message).toMatch(/Cross-site/);
    expect((await browser.client.members.list.query()).length).toBe(before);
  });

  it('returns BAD_REQUEST with field errors for invalid input and writes nothing', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    const countUsers = async () => (await server.database.db.select({ id: users.id }).from(users)).length;
    const before = await countUsers();
    const error = await rejection(
      browser.client.members.add.mutate({ email: 'not-an-email', role: 'emperor' as 'owner' }),
    );
    expect(codeOf(error)).toBe('BAD_REQUEST');
    const fieldErrors = (error.data as unknown as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(['email', 'role']);
    expect(await countUsers()).toBe(before);
  });

  it('lets the owner invite users with roles, and a marketing user cannot add members', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    await browser.client.members.add.mutate({ email: 'mia@shop.example', role: 'marketing' });
    await acceptAsNewUser(server.url, server.database.db, {
      email: 'mia@shop.example',
      name: 'Mia',
      password: 'marketing password 1',
    });
    const mia = await signedInClient(server.url, 'mia@shop.example', 'marketing password 1');
    expect(await mia.client.auth.me.query()).toMatchObject({ role: 'marketing', orgSlug: 'corner-shop' });
    const error = await rejection(mia.client.members.add.mutate({ email: 'z@shop.example', role: 'owner' }));
    expect(codeOf(error)).toBe('FORBIDDEN');
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    await browser.client.members.add.mutate({ email: 'lock@shop.example', role: 'manager' });
    await acceptAsNewUser(server.url, server.database.db, {
      email: 'lock@shop.example',
      name: 'L',
      password: 'manager password 1',
    });
    for (let i = 0; i < 5; i++) {
      await rejection(
        createBrowserLikeClient(server.url).client.auth.signIn.mutate({
          email: 'lock@shop.example',
          password: `bad guess ${i}`,
        }),
      );
    }
    const locked = await rejection(
      createBrowserLikeClient(server.url).client.auth.signIn.mutate({
        email: 'lock@shop.example',
        password: 'manager password 1',
      }),
    );
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    const [row] = await server.database.db
      .select({ until: signInThrottles.lockedUntil })
      .from(signInThrottles)
      .where(eq(signInThrottles.key, 'account:lock@shop.example'));
    expect(row?.until?.getTime()).toBeGreaterThan(Date.now());
  });

  it('rotates the session on sign-in: the cookie held before no longer works', async () => {
    const browser = await signedInClient(server.url, owner.email, owner.password);
    const oldToken = browser.jar.get('rb_session');
    await browser.client.auth.signIn.mutate(owner);
    expect(browser.jar.get('rb_session')).not.toBe(oldToken);
    const stale = createBrowserLikeClient(server.url);
    stale.jar.set('rb_session', oldToken ?? '');
    expect(await stale.client.auth.me.query()).toBeNull();
  });
});
