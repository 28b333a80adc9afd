import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthGrants, reviews } from '../../server/src/db/schema/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type FakeGoogle, seedAccount, startFakeGoogle } from './fake-google.ts';
import {
  consentThroughFake,
  grantIdOf,
  newOwner,
  pollSource,
  sourcesOf,
  TEST_APP_SECRET,
} from './support.ts';

describe('connecting Google Business Profile with OAuth', () => {
  let fake: FakeGoogle;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeGoogle({ pageSize: 2 });
    seedAccount(fake, '1001', 'Bakery group', [
      {
        id: '11',
        title: 'Bakery North',
        reviews: [['n1', 'ONE', 'Bread was stale and the staff ignored us.']],
      },
      {
        id: '12',
        title: 'Bakery South',
        reviews: [
          ['s1', 'FIVE', 'Lovely croissants.'],
          ['s2', 'TWO', 'Cold coffee.'],
        ],
      },
      { id: '13', title: 'Bakery East', reviews: [] },
    ]);
    seedAccount(fake, '1002', 'Second account', [{ id: '21', title: 'Kiosk', reviews: [] }]);
    server = await startTestServer('pglite', { ...fake.env, APP_SECRET: TEST_APP_SECRET });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it('asks for business.manage with PKCE S256, offline access and a state, at the redirect URL the operator registered', async () => {
    const owner = await newOwner(server, 'pkce-shop');
    const { url } = await owner.api.client.oauth.start.mutate({ provider: 'google' });
    const q = new URL(url).searchParams;
    expect(q.get('scope')).toBe('https://www.googleapis.com/auth/business.manage');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('access_type')).toBe('offline');
    expect(q.get('redirect_uri')).toBe(`${server.url}/oauth/google/callback`);
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(32);
    // Only a digest of the state is stored.
    const rows = await server.database.db.select({ h: oauthGrants.stateHash }).from(oauthGrants);
    expect(rows.some((r) => r.h === q.get('state'))).toBe(false);
  });

  it('lists every account and location across pages, creates sources for the two ticked and polls their reviews', async () => {
    const owner = await newOwner(server, 'two-of-three');
    const back = await consentThroughFake(owner.api, 'google');
    expect(back.status).toBe(302);
    const grantId = grantIdOf(back.location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    // Four locations over two accounts, with location pages of two: accounts.list and locations.list were paged.
    expect(choices.map((c) => c.name)).toEqual(['Bakery North', 'Bakery South', 'Bakery East', 'Kiosk']);
    expect(fake.requests.some((r) => r.path.endsWith('/locations') && r.search.includes('pageToken=2'))).toBe(
      true,
    );
    expect(JSON.stringify(choices)).not.toMatch(/ya29|refresh/);
    const picked = choices.filter((c) => c.name !== 'Bakery East' && c.name !== 'Kiosk').map((c) => c.key);
    const result = await owner.api.client.oauth.connect.mutate({ grantId, keys: picked });
    expect(result.created).toHaveLength(2);
    const made = await sourcesOf(server, owner.orgId);
    expect(made.map((s) => s.name).sort()).toEqual(['Bakery North', 'Bakery South']);
    for (const s of made) expect((await pollSource(server, owner.orgId, s.id))?.ok).toBe(true);
    const stored = await server.database.db
      .select({ text: reviews.text })
      .from(reviews)
      .where(eq(reviews.orgId, owner.orgId));
    expect(stored.map((r) => r.text).sort()).toEqual([
      'Bread was stale and the staff ignored us.',
      'Cold coffee.',
      'Lovely croissants.',
    ]);
    // A grant is spent once its places are picked.
    await expect(owner.api.client.oauth.connect.mutate({ grantId, keys: picked })).rejects.toThrow(
      /not found/,
    );
  });

  it('a denied consent creates nothing and says so', async () => {
    const owner = await newOwner(server, 'denied-shop');
    const back = await consentThroughFake(owner.api, 'google', { decision: 'deny' });
    expect(back.location).toBe('/sources?oauthError=denied&provider=google');
    expect(await sourcesOf(server, owner.orgId)).toHaveLength(0);
  });

  it('refuses a replayed callback, a made-up state and a callback in another session', async () => {
    const owner = await newOwner(server, 'replay-shop');
    const first = await consentThroughFake(owner.api, 'google');
    expect(first.status).toBe(302);
    const replay = await owner.api.fetch(first.callback, { redirect: 'manual' });
    expect(replay.status).toBe(400);
    const forged = new URL(first.callback);
    forged.searchParams.set('state', 'not-a-state-we-issued-0123456789abcdef');
    expect((await owner.api.fetch(forged.href, { redirect: 'manual' })).status).toBe(400);
    // Started by one session, finished by another (an attacker's link opened in the victim's browser).
    const other = await newOwner(server, 'other-session');
    const { url } = await owner.api.client.oauth.start.mutate({ provider: 'google' });
    const consent = new URL(url);
    const form = new URLSearchParams(consent.searchParams);
    form.set('decision', 'allow');
    const decided = await fetch(`${consent.origin}${consent.pathname}/decide`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const stolen = await other.api.fetch(decided.headers.get('location') ?? '', { redirect: 'manual' });
    expect(stolen.status).toBe(400);
  });

  it('refreshes an access token that lapsed mid-listing and goes on from the same page', async () => {
    const owner = await newOwner(server, 'expiry-shop');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'google')).location);
    const before = fake.requests.length;
    // The first locations page is answered, then the access token lapses: the second page needs a refresh.
    fake.expireAccessTokensAfter(/\/v1\/accounts\/1001\/locations$/);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    expect(choices).toHaveLength(4);
    const after = fake.requests
      .slice(before)
      .map((r) => `${r.path}${r.search.includes('pageToken') ? ' next' : ''}`);
    const firstPage = after.indexOf('/v1/accounts/1001/locations');
    const secondPage = after.indexOf('/v1/accounts/1001/locations next');
    // page 1, a 401 on page 2, a refresh, then page 2 again with the new token
    const refresh = after.indexOf('/token', firstPage);
    expect(firstPage).toBeGreaterThanOrEqual(0);
    expect(refresh).toBeGreaterThan(secondPage);
    expect(after.lastIndexOf('/v1/accounts/1001/locations next')).toBeGreaterThan(refresh);
  });

  it('waits out a short Retry-After on a 429 and lists everything', async () => {
    const owner = await newOwner(server, 'ratelimit-shop');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'google')).location);
    fake.failNext(/\/v1\/accounts$/, 429, { retryAfter: '1' });
    const started = Date.now();
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(choices).toHaveLength(4);
  });

  it('a grant revoked at Google turns the source failing with "Reconnect Google", and one click reconnects it', async () => {
    const owner = await newOwner(server, 'revoked-shop');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'google')).location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    const north = choices.find((c) => c.name === 'Bakery North');
    await owner.api.client.oauth.connect.mutate({ grantId, keys: [north?.key ?? ''] });
    const [source] = await sourcesOf(server, owner.orgId);
    if (!source) throw new Error('no source');
    fake.revokeEverything();
    fake.expireAccessTokens();
    const polled = await pollSource(server, owner.orgId, source.id);
    expect(polled?.ok).toBe(false);
    const [failing] = await sourcesOf(server, owner.orgId);
    expect(failing?.health).toBe('failing');
    expect(failing?.lastError).toMatch(/Reconnect Google/);
    const again = await consentThroughFake(owner.api, 'google', { reconnectSourceId: source.id });
    expect(again.location).toBe(`/sources?reconnected=${source.id}`);
    const [healed] = await sourcesOf(server, owner.orgId);
    expect(healed?.health).toBe('ok');
    expect((await pollSource(server, owner.orgId, source.id))?.ok).toBe(true);
  });

  it('disconnecting revokes the grant at Google and stops every source that used it', async () => {
    const owner = await newOwner(server, 'disconnect-shop');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'google')).location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    await owner.api.client.oauth.connect.mutate({ grantId, keys: choices.slice(0, 2).map((c) => c.key) });
    const made = await sourcesOf(server, owner.orgId);
    const refreshToken = fake.refreshTokens.at(-1) ?? '';
    const result = await owner.api.client.oauth.disconnect.mutate({ sourceId: made[0]?.id ?? '' });
    expect(result.disconnected.sort()).toEqual(made.map((s) => s.id).sort());
    expect(fake.isRevoked(refreshToken)).toBe(true);
    for (const s of await sourcesOf(server, owner.orgId)) {
      expect(s.secretsEnc).toBeNull();
      expect(s.isPaused).toBe(true);
    }
  });
});
