import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetchHttp, GbpError, listGbpReviews } from '@rebound/server/sources/google/client';
import { afterEach, describe, expect, it } from 'vitest';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const tokens = { refreshToken: 'refresh-token-value', accessToken: 'access-token-value', expiresAt: null };
const loc = { accountId: '1', locationId: '2' };
const cfg = (base: string) => ({
  apiBaseUrl: base,
  tokenUrl: `${base}/token`,
  clientId: 'c',
  clientSecret: 's',
});

describe('createFetchHttp', () => {
  it('drops an oversized answer instead of holding it in memory', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"reviews":[],"pad":"${'x'.repeat(50_000)}"}`);
    });
    const attempt = listGbpReviews(cfg(base), tokens, loc, createFetchHttp({ maxBytes: 10_000 }));
    await expect(attempt).rejects.toBeInstanceOf(GbpError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid' });
  });

  it('gives up on a server that never answers within the timeout, as a retryable network error', async () => {
    const base = await serve(() => {
      // never answers
    });
    const attempt = listGbpReviews(cfg(base), tokens, loc, createFetchHttp({ timeoutMs: 200 }));
    await expect(attempt).rejects.toMatchObject({ code: 'network', isRetryable: true });
  });

  it('does not follow a redirect away from the API host', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
      res.end();
    });
    await expect(listGbpReviews(cfg(base), tokens, loc, createFetchHttp())).rejects.toMatchObject({
      code: 'invalid',
      status: 302,
    });
  });
});
