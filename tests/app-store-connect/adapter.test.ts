import { decodeJwt, decodeProtectedHeader, exportPKCS8, generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AscConfig,
  createAscConfig,
  getAscResponse,
  listAscReviews,
  postAscResponseOnce,
  signAscToken,
} from '../../server/src/sources/app-store-connect/client.ts';
import { createFetchHttp } from '../../server/src/sources/google/http.ts';
import { StoreApiError } from '../../server/src/sources/store-api/errors.ts';
import { type FakeAsc, type FakeAscReview, startFakeAsc } from './fake-asc-server.ts';

const http = createFetchHttp({ timeoutMs: 5_000 });
const territories = ['USA', 'FRA', 'JPN', 'BRA'];

function reviewsFor(count: number): FakeAscReview[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000${100000 + i}`,
    rating: (i % 5) + 1,
    title: `Title ${i}`,
    body: `Review body number ${i}`,
    reviewerNickname: `reader${i}`,
    createdDate: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('Z', '-07:00'),
    territory: territories[i % territories.length] ?? 'USA',
  }));
}

describe('App Store Connect adapter against the local fake', () => {
  let fake: FakeAsc;
  let cfg: AscConfig;
  beforeEach(async () => {
    fake = await startFakeAsc({ retryAfterSec: 2 });
    cfg = createAscConfig({
      apiBaseUrl: fake.url,
      appId: fake.appId,
      issuerId: fake.issuerId,
      keyId: fake.keyId,
      privateKey: fake.privateKey,
    });
  });
  afterEach(() => fake.close());

  it('signs an ES256 token naming the key and issuer, for appstoreconnect-v1, valid exactly 20 minutes', async () => {
    const now = Date.UTC(2026, 10, 30, 12, 0, 0);
    const token = await signAscToken(cfg, now);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: fake.keyId, typ: 'JWT' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: fake.issuerId, aud: 'appstoreconnect-v1', iat: now / 1000 });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(20 * 60);
  });

  it('lists all 450 reviews of every territory in 3 pages of at most 200 by following links.next', async () => {
    fake.seed(reviewsFor(450));
    const listed = await listAscReviews(cfg, http);
    expect(listed.reviews).toHaveLength(450);
    expect(listed.total).toBe(450);
    expect(listed.isComplete).toBe(true);
    const pages = fake.requests.filter((r) => r.path === `/v1/apps/${fake.appId}/customerReviews`);
    expect(pages).toHaveLength(3);
    // No territory filter is sent, so every storefront's reviews come back.
    expect(pages.every((p) => !p.search.includes('territory%5D') && !p.search.includes('filter'))).toBe(true);
    expect(new Set(listed.reviews.map((r) => r.territory))).toEqual(new Set(territories));
    const first = listed.reviews.find((r) => r.externalId === '00000100007');
    expect(first).toMatchObject({
      author: 'reader7',
      rating: 3,
      title: 'Title 7',
      text: 'Review body number 7',
      territory: 'BRA',
      publishedAt: '2026-01-01T07:07:00.000Z',
    });
  });

  it('reads an existing response from the included list as the owner reply', async () => {
    fake.seed(reviewsFor(2));
    await postAscResponseOnce(cfg, http, '00000100001', 'Thank you, we are on it.');
    const listed = await listAscReviews(cfg, http);
    const answered = listed.reviews.find((r) => r.externalId === '00000100001');
    expect(answered?.ownerReply?.text).toBe('Thank you, we are on it.');
    expect(answered?.response?.state).toBe('PENDING_PUBLISH');
    expect(listed.reviews.find((r) => r.externalId === '00000100000')?.ownerReply).toBeNull();
  });

  it('is refused with an auth error, naming no key material, when the token is signed with another key', async () => {
    fake.seed(reviewsFor(1));
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const other = await exportPKCS8(privateKey);
    const error = await listAscReviews({ ...cfg, privateKey: other }, http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreApiError);
    expect((error as StoreApiError).code).toBe('auth');
    expect((error as StoreApiError).status).toBe(401);
    expect((error as Error).message).not.toContain('PRIVATE KEY');
    expect(fake.refusedTokens).toBe(1);
  });

  it('turns a 429 while listing into a rate-limited error carrying Retry-After (2 s = 2000 ms)', async () => {
    fake.seed(reviewsFor(3));
    fake.failNext('429');
    const error = await listAscReviews(cfg, http).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 2000, isRetryable: true });
  });

  it('waits at least Retry-After after a 429 and then posts the response once', async () => {
    fake.seed(reviewsFor(1));
    fake.failNext('429');
    const waits: number[] = [];
    const result = await postAscResponseOnce(cfg, http, '00000100000', 'Sorry about the crash on launch.', {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(result.status).toBe('posted');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(fake.createCount('00000100000')).toBe(1);
  });

  it('reads back after Apple took the response but the answer was lost, and does not post it twice', async () => {
    fake.seed(reviewsFor(1));
    fake.failNext('drop-after-accept');
    const result = await postAscResponseOnce(cfg, http, '00000100000', 'We fixed the sync bug.', {
      sleep: async () => {},
    });
    expect(result.status).toBe('already_present');
    expect(fake.createCount('00000100000')).toBe(1);
    expect(fake.responseOf('00000100000')?.responseBody).toBe('We fixed the sync bug.');
  });

  it('replaces an edited response by deleting the old one and creating the new one, then reads PUBLISHED back', async () => {
    fake.seed(reviewsFor(1));
    await postAscResponseOnce(cfg, http, '00000100000', 'First answer.');
    const edited = await postAscResponseOnce(cfg, http, '00000100000', 'Second, better answer.');
    expect(edited.status).toBe('posted');
    expect(edited.state.state).toBe('PENDING_PUBLISH');
    expect(fake.deleteCount()).toBe(1);
    expect(fake.createCount('00000100000')).toBe(2);
    fake.publishAll();
    const read = await getAscResponse(cfg, http, '00000100000');
    expect(read).toMatchObject({ responseBody: 'Second, better answer.', state: 'PUBLISHED' });
    expect(await getAscResponse(cfg, http, '00000100099')).toBeNull();
  });

  it('refuses a review id that is not one path segment before any request', async () => {
    const before = fake.requests.length;
    await expect(postAscResponseOnce(cfg, http, '../apps/1', 'x')).rejects.toMatchObject({ code: 'invalid' });
    expect(fake.requests.length).toBe(before);
  });
});
