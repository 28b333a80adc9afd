import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthGrants, sources } from '../../server/src/db/schema/index.ts';
import { openSession } from '../security/http.ts';
import { addMemberRow } from '../security/role-fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type FakeGoogle, seedAccount, startFakeGoogle } from './fake-google.ts';
import { consentThroughFake, grantIdOf, newOwner, sourcesOf, TEST_APP_SECRET } from './support.ts';

/** Connecting is for owners and admins of the organization; one organization's grant or source is out of another's reach. */
describe('who may connect, and across organizations', () => {
  let fake: FakeGoogle;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeGoogle();
    seedAccount(fake, '5001', 'Tenant account', [{ id: '51', title: 'Tenant shop', reviews: [] }]);
    server = await startTestServer('pglite', { ...fake.env, APP_SECRET: TEST_APP_SECRET });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it("refuses another organization's owner the victim's grant and source, and changes nothing", async () => {
    const victim = await newOwner(server, 'victim-shop');
    const grantId = grantIdOf((await consentThroughFake(victim.api, 'google')).location);
    const attacker = await newOwner(server, 'attacker-shop');
    await expect(attacker.api.client.oauth.choices.query({ grantId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(
      attacker.api.client.oauth.connect.mutate({ grantId, keys: ['accounts/5001/locations/51'] }),
    ).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    expect(await sourcesOf(server, attacker.orgId)).toHaveLength(0);
    // The victim's grant still works for the victim.
    const { choices } = await victim.api.client.oauth.choices.query({ grantId });
    await victim.api.client.oauth.connect.mutate({ grantId, keys: choices.map((c) => c.key) });
    const [source] = await sourcesOf(server, victim.orgId);
    await expect(
      attacker.api.client.oauth.disconnect.mutate({ sourceId: source?.id ?? '' }),
    ).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const [still] = await sourcesOf(server, victim.orgId);
    expect(still?.secretsEnc).not.toBeNull();
    expect(fake.refreshTokens.every((t) => !fake.isRevoked(t))).toBe(true);
  });

  it('refuses a manager or a marketer starting a connect, and nothing is stored', async () => {
    const owner = await newOwner(server, 'roles-shop');
    for (const role of ['manager', 'marketing'] as const) {
      const userId = await addMemberRow(server.database.db, owner.orgId, role);
      const session = await openSession(server.database.db, userId, owner.orgId);
      const res = await fetch(`${server.url}/trpc/oauth.start`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server.url,
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
        body: JSON.stringify({ provider: 'google' }),
      });
      expect(res.status).toBe(403);
    }
    const grants = await server.database.db
      .select({ id: oauthGrants.id })
      .from(oauthGrants)
      .where(eq(oauthGrants.orgId, owner.orgId));
    expect(grants).toHaveLength(0);
    expect(
      await server.database.db.select({ id: sources.id }).from(sources).where(eq(sources.orgId, owner.orgId)),
    ).toHaveLength(0);
  });
});
