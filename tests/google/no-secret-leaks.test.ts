import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  defaultHttp,
  type GbpConfig,
  type GbpTokens,
  type HttpFn,
  listGbpReviews,
  postReplyExactlyOnce,
  refreshAccessToken,
} from '@rebound/server/sources/google/client';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';

const clientSecret = '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k';
const refreshToken = '1//04refresh-token-never-show-Xk29Lq';
const accessToken = 'ya29.access-token-never-show-7Hq2';
const secrets = [clientSecret, refreshToken, accessToken];
const loc = { accountId: '1', locationId: '2' };
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A misbehaving endpoint that echoes everything it received back in its error body. */
async function startEchoServer(): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const echoed = `${req.headers.authorization ?? ''} ${body}`;
      const isToken = req.url === '/token';
      res.writeHead(isToken ? 400 : 503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          isToken
            ? { error: 'invalid_request', error_description: echoed }
            : { error: { code: 503, message: echoed, status: 'UNAVAILABLE' } },
        ),
      );
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function config(base: string): GbpConfig {
  return { apiBaseUrl: base, tokenUrl: `${base}/token`, clientId: 'client-id', clientSecret };
}

async function captureError(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** Everything a log line or an error report could show about an error. */
function everyRendering(error: unknown): string {
  const lines: string[] = [];
  const logger = pino({}, { write: (line: string) => lines.push(line) });
  logger.error({ err: error }, 'google call failed');
  const record = error as Error;
  return [
    String(error),
    record.stack ?? '',
    inspect(error, { depth: 5 }),
    JSON.stringify(error),
    ...lines,
  ].join('\n');
}

function expectNoSecret(text: string): void {
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('secrets stay out of errors and logs', () => {
  it('a token endpoint that echoes our form body does not leak the refresh token or client secret', async () => {
    const base = await startEchoServer();
    const tokens: GbpTokens = { refreshToken, accessToken: null, expiresAt: null };
    const error = await captureError(() => refreshAccessToken(config(base), tokens, defaultHttp));
    const text = everyRendering(error);
    expect(text).toContain('invalid_request');
    expect(text).toContain('[redacted]');
    expectNoSecret(text);
  });

  it('an API that echoes the Authorization header does not leak the access token', async () => {
    const base = await startEchoServer();
    const tokens: GbpTokens = { refreshToken, accessToken, expiresAt: Date.now() + 3600_000 };
    const error = await captureError(() => listGbpReviews(config(base), tokens, loc, defaultHttp));
    expect(error).toMatchObject({ code: 'server', status: 503 });
    expectNoSecret(everyRendering(error));
  });

  it('a transport whose own error message quotes the request does not leak it', async () => {
    const leakyHttp: HttpFn = async (url, init) => {
      throw new Error(
        `socket hang up while sending ${url} ${init.body ?? ''} ${init.headers.authorization ?? ''}`,
      );
    };
    const tokens: GbpTokens = { refreshToken, accessToken: null, expiresAt: null };
    const error = await captureError(() =>
      refreshAccessToken(config('http://127.0.0.1:9'), tokens, leakyHttp),
    );
    expect(error).toMatchObject({ code: 'network' });
    expectNoSecret(everyRendering(error));

    const withAccess: GbpTokens = { refreshToken, accessToken, expiresAt: Date.now() + 3600_000 };
    const postError = await captureError(() =>
      postReplyExactlyOnce(
        config('http://127.0.0.1:9'),
        withAccess,
        'accounts/1/locations/2/reviews/3',
        'Hi',
        leakyHttp,
        {
          attempts: 2,
          backoffMs: () => 0,
        },
      ),
    );
    expect(postError).toMatchObject({ code: 'network' });
    expectNoSecret(everyRendering(postError));
  });

  it('a refused connection gives a network error without secrets', async () => {
    const base = await startEchoServer();
    await new Promise((resolve) => servers.splice(0)[0]?.close(resolve));
    const tokens: GbpTokens = { refreshToken, accessToken: null, expiresAt: null };
    const error = await captureError(() => refreshAccessToken(config(base), tokens, defaultHttp));
    expect(error).toMatchObject({ code: 'network' });
    expectNoSecret(everyRendering(error));
  });
});
