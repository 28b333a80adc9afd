import { fitReplyToPlatform, replyLengthFor, replyLengthProblem } from '@rebound/shared';
import { exportPKCS8, generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetchHttp } from '../../server/src/sources/google/http.ts';
import {
  createGpConfig,
  fetchGpAccessToken,
  type GpConfig,
  listGpReviews,
  postGpReplyOnce,
} from '../../server/src/sources/google-play/client.ts';
import { type FakePlay, startFakePlay } from './fake-play-server.ts';

const http = createFetchHttp({ timeoutMs: 5_000 });

describe('Google Play adapter against the local fake', () => {
  let fake: FakePlay;
  let cfg: GpConfig;
  beforeEach(async () => {
    fake = await startFakePlay({ retryAfterSec: 3 });
    cfg = createGpConfig({
      packageName: fake.packageName,
      serviceAccountJson: fake.serviceAccountJson,
      apiBaseUrl: fake.url,
      tokenUrl: fake.tokenUrl,
    });
  });
  afterEach(() => fake.close());

  it('gets an access token with a JWT-bearer assertion the token endpoint verifies with the public key', async () => {
    const now = Date.now();
    const token = await fetchGpAccessToken(cfg, http, { now: () => now });
    expect(token.accessToken).toMatch(/^ya29\.fake-/);
    expect(token.expiresAt).toBe(now + 3599 * 1000);
    expect(fake.issuedTokens).toBe(1);
    // The key file's own token_uri (Google's real endpoint) is not where the assertion went.
    expect(fake.requests.filter((r) => r.path === '/token')).toHaveLength(1);
  });

  it('is refused with an auth error, naming no key material, when the key is not the account’s', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const account = JSON.parse(fake.serviceAccountJson) as Record<string, string>;
    const other = createGpConfig({
      packageName: fake.packageName,
      serviceAccountJson: JSON.stringify({ ...account, private_key: await exportPKCS8(privateKey) }),
      apiBaseUrl: fake.url,
      tokenUrl: fake.tokenUrl,
    });
    const error = await listGpReviews(other, http).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'auth', status: 400 });
    expect((error as Error).message).not.toContain('PRIVATE KEY');
    expect(fake.refusedAssertions).toBe(1);
  });

  it('lists 250 reviews in 3 pages of 100 through tokenPagination, with titles split from the text', async () => {
    fake.seed(
      Array.from({ length: 250 }, (_, i) => ({
        reviewId: `gp:review-${i}`.replace(':', '-'),
        authorName: `Player ${i}`,
        text: i % 2 ? `Crashes a lot\tIt crashes when I open level ${i}` : `Works fine ${i}`,
        starRating: (i % 5) + 1,
        lastModifiedSeconds: 1_780_000_000 + i,
      })),
    );
    const { reviews } = await listGpReviews(cfg, http);
    expect(reviews).toHaveLength(250);
    expect(fake.requests.filter((r) => r.path.endsWith('/reviews'))).toHaveLength(3);
    expect(reviews[3]).toMatchObject({
      externalId: 'gp-review-3',
      author: 'Player 3',
      rating: 4,
      title: 'Crashes a lot',
      text: 'It crashes when I open level 3',
      language: 'en',
      publishedAt: new Date((1_780_000_000 + 3) * 1000).toISOString(),
      ownerReply: null,
    });
    expect(reviews[4]).toMatchObject({ title: null, text: 'Works fine 4' });
  });

  it('turns a 429 into a rate-limited error carrying Retry-After (3 s = 3000 ms)', async () => {
    fake.seed([{ reviewId: 'r1', text: 'ok', starRating: 3 }]);
    fake.failNext('429');
    await expect(listGpReviews(cfg, http)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 3000,
    });
  });

  it('replies once and shows the reply as the review’s owner reply on the next listing', async () => {
    fake.seed([{ reviewId: 'r1', text: 'Too many ads', starRating: 2 }]);
    const result = await postGpReplyOnce(cfg, http, 'r1', 'Thanks, we cut the ads in half in 4.2.');
    expect(result.status).toBe('posted');
    expect(fake.replyCount('r1')).toBe(1);
    const { reviews } = await listGpReviews(cfg, http);
    expect(reviews[0]?.ownerReply?.text).toBe('Thanks, we cut the ads in half in 4.2.');
  });

  it('refuses a reply over 350 characters before sending anything', async () => {
    fake.seed([{ reviewId: 'r1', text: 'Too many ads', starRating: 2 }]);
    const text = 'a'.repeat(351);
    await expect(postGpReplyOnce(cfg, http, 'r1', text)).rejects.toMatchObject({ code: 'invalid' });
    expect(fake.requests).toHaveLength(0);
  });

  it('reads the developer comment back after Google took the reply but the answer was lost, and does not reply twice', async () => {
    fake.seed([{ reviewId: 'r1', text: 'Too many ads', starRating: 2 }]);
    fake.failNext('drop-after-accept');
    const result = await postGpReplyOnce(cfg, http, 'r1', 'We hear you about the ads.', {
      sleep: async () => {},
    });
    expect(result.status).toBe('already_present');
    expect(fake.replyCount('r1')).toBe(1);
    expect(fake.developerComment('r1')).toBe('We hear you about the ads.');
  });

  it('on a resumed claim reads back first and sends nothing when our reply is already there', async () => {
    fake.seed([{ reviewId: 'r1', text: 'Too many ads', starRating: 2 }]);
    await postGpReplyOnce(cfg, http, 'r1', 'We hear you about the ads.');
    const again = await postGpReplyOnce(cfg, http, 'r1', 'We hear you about the ads.', {
      readBackFirst: true,
    });
    expect(again.status).toBe('already_present');
    expect(fake.replyCount('r1')).toBe(1);
  });
});

describe('Google Play reply length', () => {
  const draft = [
    'Hi Dana,',
    'Thank you for telling us about the login loop after the update. I am sorry it locked you out right when you needed the app. Our team found the cause and version 4.3 fixes it. Please update and, if it still happens, write to help@example.com with your device model so we can look at it for you. We read every message ourselves.',
    '— Priya, Example Apps',
  ].join('\n\n');

  it('cuts a 359-character draft at a sentence boundary to at most 350 and keeps the sign-off', () => {
    expect([...draft].length).toBeGreaterThan(350);
    const cut = fitReplyToPlatform(draft, 'google_play');
    expect([...cut].length).toBeLessThanOrEqual(350);
    expect(cut.startsWith('Hi Dana,\n\nThank you for telling us')).toBe(true);
    expect(cut.endsWith('\n\n— Priya, Example Apps')).toBe(true);
    // The body ends on a whole sentence, not mid-word.
    expect(cut.replace('\n\n— Priya, Example Apps', '')).toMatch(/[.!?]$/);
    // 326 characters are left once the last sentence (and only it) is dropped.
    expect(cut).toContain('so we can look at it for you.');
    expect(cut).not.toContain('We read every message ourselves.');
    expect([...cut].length).toBe([...draft].length - ' We read every message ourselves.'.length);
  });

  it('leaves the same draft whole for the App Store (5,970) and Google Business Profile (4,096 bytes)', () => {
    expect(fitReplyToPlatform(draft, 'app_store_connect')).toBe(draft);
    expect(fitReplyToPlatform(draft, 'google')).toBe(draft);
  });

  it('counts an emoji as one character: 349 letters and one emoji are 350 and fit', () => {
    const text = `${'a'.repeat(349)}🙂`;
    expect(replyLengthFor('google_play', text)).toMatchObject({ used: 350, max: 350, isOver: false });
    expect(replyLengthProblem('google_play', `${text}!`)).toContain(
      'at most 350 characters; this one has 351',
    );
  });
});
