import { fetchDocument } from '@rebound/server/net/fetch-document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getGzipBomb,
  type MisbehavingServer,
  startMisbehavingServer,
} from '../support/misbehaving-server.ts';

const policy = {
  allowList: ['127.0.0.0/8', '::1/128'],
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  respectRobots: false,
};
const megabyte = 1024 * 1024;

let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
  // Build the bomb and warm up the fetch path first, so only the fetches themselves are measured.
  await getGzipBomb();
  await fetchDocument(`${server.url}/ok`, policy);
});
afterAll(async () => {
  await server.close();
});

describe('bounded memory', () => {
  it('keeps RSS growth under 100 MB across 50 MB pages and 1 GB gzip bombs with a 5 MB cap', async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    for (let round = 0; round < 2; round += 1) {
      const outcomes = await Promise.all([
        fetchDocument(`${server.url}/huge`, policy),
        fetchDocument(`${server.url}/gzip-bomb`, policy),
        fetchDocument(`${server.url}/huge`, policy),
        fetchDocument(`${server.url}/gzip-bomb`, policy),
      ]);
      expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.code))).toEqual([
        'too_large',
        'too_large',
        'too_large',
        'too_large',
      ]);
    }
    const growth = process.memoryUsage().rss - before;
    expect(growth / megabyte).toBeLessThan(100);
    expect(performance.now() - started).toBeLessThan(20_000);
    const after = await fetchDocument(`${server.url}/ok`, policy);
    expect(after.ok).toBe(true);
  });
});
