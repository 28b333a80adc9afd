import {
  defaultHttp,
  deleteGbpReply,
  GbpError,
  gbpReviewName,
  getGbpReview,
  postReplyExactlyOnce,
  putGbpReply,
} from '@rebound/server/sources/google/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGbp, startFakeGbp } from '../support/fake-gbp-server.ts';

const loc = { accountId: '777', locationId: '888' };
const name = gbpReviewName(loc, 'AIe9_BGx1');
const noWait = { backoffMs: () => 0 };
let fake: FakeGbp;

beforeEach(async () => {
  fake = await startFakeGbp({ retryAfterSec: 0 });
  fake.seed(loc.accountId, loc.locationId, [
    { reviewId: 'AIe9_BGx1', starRating: 'TWO', comment: 'Cold food.', createTime: '2025-04-01T12:00:00Z' },
  ]);
});
afterEach(async () => {
  await fake.close();
});

describe('putGbpReply', () => {
  it('stores the reply on the review and returns its comment and updateTime', async () => {
    const { reply } = await putGbpReply(
      fake.config(),
      fake.initialTokens(),
      name,
      'Sorry about that.',
      defaultHttp,
    );
    expect(reply.comment).toBe('Sorry about that.');
    expect(reply.updateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/);
    expect(fake.reviews(loc.accountId, loc.locationId)[0]?.reviewReply?.comment).toBe('Sorry about that.');
  });

  it('accepts exactly 4,096 UTF-8 bytes and refuses 4,097 before sending anything', async () => {
    // "é" is 2 bytes and "€" is 3 bytes in UTF-8: 2,047 × 2 + 2 = 4,096 bytes in 2,048 characters.
    const atLimit = `${'é'.repeat(2047)}ab`;
    expect(Buffer.byteLength(atLimit)).toBe(4096);
    await putGbpReply(fake.config(), fake.initialTokens(), name, atLimit, defaultHttp);
    expect(fake.replyPutCount(name)).toBe(1);

    const overLimit = `${'€'.repeat(1365)}ab`; // 4,097 bytes in only 1,367 characters
    expect(Buffer.byteLength(overLimit)).toBe(4097);
    const requestsBefore = fake.requests.length;
    const attempt = putGbpReply(fake.config(), fake.initialTokens(), name, overLimit, defaultHttp);
    await expect(attempt).rejects.toBeInstanceOf(GbpError);
    await expect(attempt).rejects.toMatchObject({ code: 'too_long' });
    expect(fake.requests.length).toBe(requestsBefore);
    expect(fake.replyPutCount(name)).toBe(1);
  });

  it('reports a connection dropped before the answer as a network error', async () => {
    fake.failNext('drop-after-accept-reply');
    const attempt = putGbpReply(fake.config(), fake.initialTokens(), name, 'Sorry.', defaultHttp);
    await expect(attempt).rejects.toMatchObject({ code: 'network' });
  });

  it('deletes a reply', async () => {
    const { tokens } = await putGbpReply(fake.config(), fake.initialTokens(), name, 'Sorry.', defaultHttp);
    await deleteGbpReply(fake.config(), tokens, name, defaultHttp);
    expect((await getGbpReview(fake.config(), tokens, name, defaultHttp)).replyComment).toBeNull();
  });
});

describe('postReplyExactlyOnce', () => {
  it('posts once and stops as already_present when the connection drops after Google accepted the reply', async () => {
    fake.failNext('drop-after-accept-reply');
    const result = await postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      name,
      'We are sorry, the chef will call you.',
      defaultHttp,
      noWait,
    );
    expect(result.status).toBe('already_present');
    expect(fake.replyPutCount(name)).toBe(1);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === `/v4/${name}`)).toBe(true);
    expect(fake.reviews(loc.accountId, loc.locationId)[0]?.reviewReply?.comment).toBe(
      'We are sorry, the chef will call you.',
    );
  });

  it('retries after a 500 and posts the reply exactly once', async () => {
    fake.failNext('500');
    const result = await postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      name,
      'Thanks.',
      defaultHttp,
      noWait,
    );
    expect(result.status).toBe('posted');
    expect(fake.replyPutCount(name)).toBe(1);
  });

  it("waits at least Google's Retry-After after a 429", async () => {
    await fake.close();
    fake = await startFakeGbp({ retryAfterSec: 7 });
    fake.seed(loc.accountId, loc.locationId, [{ reviewId: 'AIe9_BGx1', starRating: 'ONE' }]);
    fake.failNext('429');
    const waits: number[] = [];
    const result = await postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      name,
      'Noted.',
      defaultHttp,
      {
        backoffMs: () => 10,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(result.status).toBe('posted');
    expect(waits).toEqual([7000]);
  });

  it('replaces an older, different reply rather than treating it as ours', async () => {
    await putGbpReply(fake.config(), fake.initialTokens(), name, 'An older reply.', defaultHttp);
    fake.failNext('500');
    const result = await postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      name,
      'A new reply.',
      defaultHttp,
      noWait,
    );
    expect(result.status).toBe('posted');
    expect(fake.reviews(loc.accountId, loc.locationId)[0]?.reviewReply?.comment).toBe('A new reply.');
  });

  it('reads back first when resuming a claimed post, and skips the PUT if the reply is there', async () => {
    await putGbpReply(fake.config(), fake.initialTokens(), name, 'Posted before the crash.', defaultHttp);
    const result = await postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      name,
      'Posted before the crash.',
      defaultHttp,
      { ...noWait, readBackFirst: true },
    );
    expect(result.status).toBe('already_present');
    expect(fake.replyPutCount(name)).toBe(1);
  });

  it('gives up with the last retryable error once the attempts are used', async () => {
    fake.failNext('500', 10);
    const attempt = postReplyExactlyOnce(fake.config(), fake.initialTokens(), name, 'Hello.', defaultHttp, {
      ...noWait,
      attempts: 3,
    });
    await expect(attempt).rejects.toMatchObject({ code: 'server', status: 500 });
    expect(fake.replyPutCount(name)).toBe(0);
  });

  it('does not retry a review that does not exist', async () => {
    const missing = gbpReviewName(loc, 'gone');
    const attempt = postReplyExactlyOnce(
      fake.config(),
      fake.initialTokens(),
      missing,
      'Hello.',
      defaultHttp,
      noWait,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'not_found' });
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });
});
