import {
  defaultHttp,
  GbpError,
  listGbpReviews,
  refreshAccessToken,
} from '@rebound/server/sources/google/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGbp, startFakeGbp } from '../support/fake-gbp-server.ts';

const loc = { accountId: '4455', locationId: '6677' };
let fake: FakeGbp;

beforeEach(async () => {
  fake = await startFakeGbp({ accessTokenTtlSec: 3600 });
  fake.seed(loc.accountId, loc.locationId, [
    { reviewId: 'only', starRating: 'FIVE', comment: 'Spotless.', createTime: '2025-01-01T00:00:00Z' },
  ]);
});
afterEach(async () => {
  await fake.close();
});

describe('OAuth2 access token handling', () => {
  it('obtains an access token with the refresh_token grant and records when it expires', async () => {
    const before = Date.now();
    const tokens = await refreshAccessToken(fake.config(), fake.initialTokens(), defaultHttp);
    expect(tokens.accessToken).toMatch(/^ya29\./);
    expect(tokens.refreshToken).toBe(fake.refreshToken);
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + 3600_000);
    expect(fake.issuedTokens).toBe(1);
  });

  it('refreshes before calling when the stored token has expired, and hands the new token back', async () => {
    const issued = await refreshAccessToken(fake.config(), fake.initialTokens(), defaultHttp);
    // The server would still accept this token; only our recorded expiry says it is stale.
    const expired = { ...issued, expiresAt: Date.now() - 1000 };
    const result = await listGbpReviews(fake.config(), expired, loc, defaultHttp);
    expect(fake.issuedTokens).toBe(2);
    expect(result.tokens.accessToken).not.toBe(issued.accessToken);
    expect(result.tokens.expiresAt).toBeGreaterThan(Date.now());
    expect(result.reviews).toHaveLength(1);
  });

  it('reuses a token that is still valid without asking for a new one', async () => {
    const issued = await refreshAccessToken(fake.config(), fake.initialTokens(), defaultHttp);
    const result = await listGbpReviews(fake.config(), issued, loc, defaultHttp);
    expect(fake.issuedTokens).toBe(1);
    expect(result.tokens.accessToken).toBe(issued.accessToken);
  });

  it('refreshes once and retries when Google answers 401 to a token it revoked early', async () => {
    const issued = await refreshAccessToken(fake.config(), fake.initialTokens(), defaultHttp);
    fake.revokeAccessTokens();
    const result = await listGbpReviews(fake.config(), issued, loc, defaultHttp);
    expect(fake.issuedTokens).toBe(2);
    expect(result.reviews).toHaveLength(1);
  });

  it('refreshes on an injected 401 in the middle of paging and finishes the listing', async () => {
    fake.seed(loc.accountId, loc.locationId, [
      { reviewId: 'second', starRating: 'TWO', createTime: '2025-01-02T00:00:00Z' },
      { reviewId: 'third', starRating: 'THREE', createTime: '2025-01-03T00:00:00Z' },
    ]);
    const issued = await refreshAccessToken(fake.config(), fake.initialTokens(), defaultHttp);
    fake.failNext('401');
    const result = await listGbpReviews(fake.config(), issued, loc, defaultHttp, { pageSize: 1 });
    expect(result.reviews).toHaveLength(3);
    expect(fake.issuedTokens).toBe(2);
  });

  it('gives up with an auth error when Google still answers 401 after a fresh token', async () => {
    fake.failNext('401', 2);
    const attempt = listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    await expect(attempt).rejects.toMatchObject({ code: 'auth', status: 401 });
  });

  it('turns invalid_grant (a revoked or wrong refresh token) into GbpError auth', async () => {
    const wrong = { refreshToken: '1//not-the-right-refresh-token', accessToken: null, expiresAt: null };
    const refresh = refreshAccessToken(fake.config(), wrong, defaultHttp);
    await expect(refresh).rejects.toBeInstanceOf(GbpError);
    await expect(refresh).rejects.toMatchObject({ code: 'auth', status: 400 });
    await expect(refresh).rejects.toThrow(/invalid_grant/);
  });

  it('reports a revoked grant as auth from listGbpReviews too', async () => {
    const tokens = fake.initialTokens();
    fake.revokeRefreshToken();
    await expect(listGbpReviews(fake.config(), tokens, loc, defaultHttp)).rejects.toMatchObject({
      code: 'auth',
    });
  });

  it('treats a wrong client secret as an auth failure', async () => {
    const cfg = fake.config({ clientSecret: 'some-other-client-secret' });
    await expect(refreshAccessToken(cfg, fake.initialTokens(), defaultHttp)).rejects.toMatchObject({
      code: 'auth',
    });
  });
});
