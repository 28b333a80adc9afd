import {
  defaultHttp,
  GbpError,
  gbpReviewName,
  getGbpReview,
  listGbpReviews,
} from '@rebound/server/sources/google/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGbp, type FakeReview, startFakeGbp } from '../support/fake-gbp-server.ts';

const loc = { accountId: '1122334455', locationId: '9988776655' };
let fake: FakeGbp;

function review(id: string, overrides: Partial<FakeReview> = {}): FakeReview {
  return {
    reviewId: id,
    reviewer: {
      displayName: `Reviewer ${id}`,
      profilePhotoUrl: `https://example.test/${id}.jpg`,
      isAnonymous: false,
    },
    starRating: 'FOUR',
    comment: `Comment for ${id}`,
    createTime: '2025-03-01T08:00:00.123456789Z',
    updateTime: '2025-03-01T08:00:00.123456789Z',
    ...overrides,
  };
}

beforeEach(async () => {
  fake = await startFakeGbp();
});
afterEach(async () => {
  await fake.close();
});

describe('listGbpReviews', () => {
  it('follows nextPageToken across three pages and returns every review once', async () => {
    const seeded = Array.from({ length: 7 }, (_, i) =>
      review(`r${i}`, { updateTime: `2025-03-0${i + 1}T10:00:00.000000000Z` }),
    );
    fake.seed(loc.accountId, loc.locationId, seeded);

    const result = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp, {
      pageSize: 3,
    });

    const listCalls = fake.requests.filter((r) => r.path.endsWith('/reviews'));
    expect(listCalls).toHaveLength(3);
    expect(listCalls[0]?.search).not.toContain('pageToken');
    expect(listCalls[1]?.search).toContain('pageToken=');
    expect(result.reviews.map((r) => r.externalId).sort()).toEqual(seeded.map((r) => r.reviewId).sort());
    expect(result.totalReviewCount).toBe(7);
    expect(result.averageRating).toBe(4);
  });

  it('stops at maxPages even when Google offers more pages', async () => {
    fake.seed(
      loc.accountId,
      loc.locationId,
      Array.from({ length: 6 }, (_, i) => review(`m${i}`)),
    );
    const result = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp, {
      pageSize: 2,
      maxPages: 2,
    });
    expect(result.reviews).toHaveLength(4);
  });

  it('maps the star enum ONE..FIVE to 1..5 and STAR_RATING_UNSPECIFIED to null, on a 1–5 scale', async () => {
    const stars = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'STAR_RATING_UNSPECIFIED'] as const;
    fake.seed(
      loc.accountId,
      loc.locationId,
      stars.map((s) => review(s, { starRating: s })),
    );
    const { reviews } = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    const byId = new Map(reviews.map((r) => [r.externalId, r]));
    expect(stars.map((s) => byId.get(s)?.rating)).toEqual([1, 2, 3, 4, 5, null]);
    expect(byId.get('THREE')?.ratingOriginal).toBe(3);
    expect(byId.get('THREE')?.ratingScale).toEqual({ worst: 1, best: 5 });
  });

  it('gives no author for an anonymous reviewer and keeps the display name otherwise', async () => {
    fake.seed(loc.accountId, loc.locationId, [
      review('anon', { reviewer: { displayName: 'A Google User', isAnonymous: true } }),
      review('named', { reviewer: { displayName: 'Mira Castell', isAnonymous: false } }),
    ]);
    const { reviews } = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    expect(reviews.find((r) => r.externalId === 'anon')?.author).toBeNull();
    expect(reviews.find((r) => r.externalId === 'named')?.author).toBe('Mira Castell');
  });

  it('accepts a rating with no comment as an empty text', async () => {
    const { comment: _dropped, ...noComment } = review('bare', { starRating: 'TWO' });
    fake.seed(loc.accountId, loc.locationId, [noComment]);
    const { reviews } = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    expect(reviews[0]).toMatchObject({ externalId: 'bare', rating: 2, text: '', title: null, url: null });
  });

  it('captures an existing owner reply with its time, and the review times as ISO instants', async () => {
    fake.seed(loc.accountId, loc.locationId, [
      review('replied', {
        reviewReply: { comment: 'Thank you, see you soon.', updateTime: '2025-03-02T09:15:00.5Z' },
      }),
      review('unanswered'),
    ]);
    const { reviews } = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    const replied = reviews.find((r) => r.externalId === 'replied');
    expect(replied?.ownerReply).toEqual({
      text: 'Thank you, see you soon.',
      updatedAt: '2025-03-02T09:15:00.500Z',
    });
    expect(replied?.publishedAt).toBe('2025-03-01T08:00:00.123Z');
    expect(reviews.find((r) => r.externalId === 'unanswered')?.ownerReply).toBeNull();
  });

  it("keeps the reviewer's original words from a comment Google wrapped with its translation", async () => {
    fake.seed(loc.accountId, loc.locationId, [
      review('wrapped', {
        comment: '(Translated by Google) Very slow service\n\n(Original)\nServicio muy lento',
      }),
      review('appended', { comment: 'Très bon accueil\n\n(Translated by Google)\nVery good welcome' }),
    ]);
    const { reviews } = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    expect(reviews.find((r) => r.externalId === 'wrapped')?.text).toBe('Servicio muy lento');
    expect(reviews.find((r) => r.externalId === 'appended')?.text).toBe('Très bon accueil');
  });

  it('returns an empty list and null figures for a location without reviews (fields omitted by Google)', async () => {
    const result = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    expect(result).toMatchObject({ reviews: [], averageRating: null, totalReviewCount: null });
  });

  it('sees a reviewer raising the rating on the next poll, with a later updatedAt', async () => {
    fake.seed(loc.accountId, loc.locationId, [review('raised', { starRating: 'ONE' })]);
    const first = await listGbpReviews(fake.config(), fake.initialTokens(), loc, defaultHttp);
    fake.setRating(gbpReviewName(loc, 'raised'), 'FOUR', 'They called me back and fixed it.');
    const second = await listGbpReviews(fake.config(), first.tokens, loc, defaultHttp);
    expect(second.reviews[0]).toMatchObject({ rating: 4, text: 'They called me back and fixed it.' });
    expect(String(second.reviews[0]?.updatedAt) > String(first.reviews[0]?.updatedAt)).toBe(true);
  });

  it('rejects an account id that would change the request path, before any request', async () => {
    const bad = { accountId: '../admin', locationId: '1' };
    await expect(listGbpReviews(fake.config(), fake.initialTokens(), bad, defaultHttp)).rejects.toMatchObject(
      {
        code: 'invalid',
      },
    );
    expect(fake.requests).toHaveLength(0);
  });
});

describe('getGbpReview', () => {
  it('reads one review with its reply comment, and reports a missing one as not_found', async () => {
    fake.seed(loc.accountId, loc.locationId, [
      review('one', { reviewReply: { comment: 'We are on it.', updateTime: '2025-03-03T00:00:00Z' } }),
    ]);
    const got = await getGbpReview(
      fake.config(),
      fake.initialTokens(),
      gbpReviewName(loc, 'one'),
      defaultHttp,
    );
    expect(got.replyComment).toBe('We are on it.');
    expect(got.review.externalId).toBe('one');

    const missing = getGbpReview(fake.config(), got.tokens, gbpReviewName(loc, 'nope'), defaultHttp);
    await expect(missing).rejects.toBeInstanceOf(GbpError);
    await expect(missing).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });
});
