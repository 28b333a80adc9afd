import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  defaultHttp,
  gbpReviewName,
  listGbpReviews,
  postReplyExactlyOnce,
} from '@rebound/server/sources/google/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_GBP_CLIENT_ID,
  FAKE_GBP_CLIENT_SECRET,
  FAKE_GBP_DEMO_ACCOUNT,
  FAKE_GBP_DEMO_LOCATION,
  FAKE_GBP_REFRESH_TOKEN,
} from '../support/fake-gbp-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess;
let url = '';

beforeAll(async () => {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  child = spawn(tsx, ['tests/support/fake-gbp-server.ts', '--port', '0', '--seed', 'demo'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake server exited with ${code}`)));
  });
});

afterAll(() => {
  child.kill('SIGTERM');
});

const config = () => ({
  apiBaseUrl: url,
  tokenUrl: `${url}/token`,
  clientId: FAKE_GBP_CLIENT_ID,
  clientSecret: FAKE_GBP_CLIENT_SECRET,
});
const tokens = { refreshToken: FAKE_GBP_REFRESH_TOKEN, accessToken: null, expiresAt: null };
const loc = { accountId: FAKE_GBP_DEMO_ACCOUNT, locationId: FAKE_GBP_DEMO_LOCATION };

async function control(pathname: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${pathname}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('fake GBP server as a separate process', () => {
  it('prints its URL and serves the 60 demo reviews over two pages', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const result = await listGbpReviews(config(), tokens, loc, defaultHttp);
    expect(result.reviews).toHaveLength(60);
    expect(result.totalReviewCount).toBe(60);
    expect(result.reviews.some((r) => r.author === null)).toBe(true);
    expect(result.reviews.some((r) => r.rating === null)).toBe(true);
    expect(result.reviews.some((r) => r.ownerReply !== null)).toBe(true);
  });

  it('takes faults through its control endpoint and reports reply counts to other processes', async () => {
    const first = await listGbpReviews(config(), tokens, loc, defaultHttp, { pageSize: 1, maxPages: 1 });
    const reviewId = first.reviews[0]?.externalId ?? '';
    await control('/__fake/fail-next', { kind: 'drop-after-accept-reply' });
    const name = gbpReviewName(loc, reviewId);
    const result = await postReplyExactlyOnce(
      config(),
      first.tokens,
      name,
      'Thank you for the visit.',
      defaultHttp,
      {
        backoffMs: () => 0,
      },
    );
    expect(result.status).toBe('already_present');
    const state = await control('/__fake/state');
    expect((state.replyPutCounts as Record<string, number>)[name]).toBe(1);
  });
});
