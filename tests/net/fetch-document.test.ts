import { type FetchOutcome, type FetchPolicy, fetchDocument } from '@rebound/server/net/fetch-document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MisbehavingServer, okHtml, startMisbehavingServer } from '../support/misbehaving-server.ts';

const local: Partial<FetchPolicy> = {
  allowList: ['127.0.0.0/8', '::1/128'],
  timeoutMs: 1_000,
  connectTimeoutMs: 500,
  maxBytes: 5 * 1024 * 1024,
};

let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(async () => {
  await server.close();
});

async function timed(
  path: string,
  policy: Partial<FetchPolicy> = {},
): Promise<{ outcome: FetchOutcome; ms: number }> {
  const started = performance.now();
  const outcome = await fetchDocument(`${server.url}${path}`, { ...local, ...policy });
  return { outcome, ms: performance.now() - started };
}

function failureOf(outcome: FetchOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got status ${outcome.status}`);
  // Every failure carries words an owner can read, not a stack trace or an error code.
  expect(outcome.error.message.length).toBeGreaterThan(15);
  expect(outcome.error.message).not.toMatch(/UND_ERR|ECONN|TypeError|\n\s+at /);
  return outcome.error;
}

function successOf(outcome: FetchOutcome) {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome;
}

describe('fetchDocument against a well-behaved route', () => {
  it('returns the page, its final URL, content type and headers', async () => {
    const page = successOf((await timed('/ok')).outcome);
    expect(page.status).toBe(200);
    expect(page.body).toBe(okHtml);
    expect(page.url).toBe(`${server.url}/ok`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.notModified).toBe(false);
  });

  it.each(['/gzip', '/deflate-raw', '/brotli'])('unpacks a %s-encoded page', async (path) => {
    expect(successOf((await timed(path)).outcome).body).toBe(okHtml);
  });

  it('decodes an ISO-8859-1 page by its Content-Type charset', async () => {
    expect(successOf((await timed('/charset')).outcome).body).toContain('Café crème brûlée');
  });

  it('decodes by <meta charset> when the header names none', async () => {
    expect(successOf((await timed('/charset-meta')).outcome).body).toContain('Naïve — ok');
  });

  it('hands broken HTML and broken JSON through untouched for the parser to judge', async () => {
    expect(successOf((await timed('/invalid-html')).outcome).body).toContain('unclosed <b>tags');
    const json = successOf((await timed('/invalid-json')).outcome);
    expect(json.body).toBe('{"reviews": [1, 2,');
    expect(json.contentType).toBe('application/json');
  });
});

describe('fetchDocument turns each fault into one bounded failure', () => {
  it('times out on a server that never answers', async () => {
    const { outcome, ms } = await timed('/hang');
    expect(failureOf(outcome)).toMatchObject({ code: 'timeout', retryable: true });
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(2_500);
  });

  it('times out on a body that drips forever (the deadline covers the body, not just headers)', async () => {
    const { outcome, ms } = await timed('/slow-body');
    expect(failureOf(outcome).code).toBe('timeout');
    expect(ms).toBeLessThan(2_500);
  });

  it('reports 429 as rate limited with Retry-After in seconds', async () => {
    const error = failureOf((await timed('/429')).outcome);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 2_000, retryable: true });
    expect(error.message).toContain('slow down');
  });

  it('reports 429 with an HTTP-date Retry-After as the time until that date', async () => {
    const error = failureOf((await timed('/429?date=1')).outcome);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(1_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(3_000);
  });

  it('reports 503 with Retry-After as rate limited', async () => {
    expect(failureOf((await timed('/503')).outcome)).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
    });
  });

  it('reports 500 as a retryable HTTP status and 404 as a permanent one', async () => {
    expect(failureOf((await timed('/500')).outcome)).toMatchObject({
      code: 'http_status',
      status: 500,
      retryable: true,
    });
    const missing = failureOf((await timed('/404')).outcome);
    expect(missing).toMatchObject({ code: 'http_status', status: 404, retryable: false });
    expect(missing.message).toContain('check the address');
  });

  it('reports a destroyed socket as a network failure', async () => {
    const { outcome, ms } = await timed('/reset');
    expect(failureOf(outcome)).toMatchObject({ code: 'network', retryable: true });
    expect(ms).toBeLessThan(1_000);
  });

  it('reports a refused connection as a network failure', async () => {
    const gone = await startMisbehavingServer();
    const url = `${gone.url}/ok`;
    await gone.close();
    const outcome = await fetchDocument(url, local);
    expect(failureOf(outcome).message).toContain('refused');
  });

  it('detects a redirect loop', async () => {
    expect(failureOf((await timed('/redirect-loop')).outcome).code).toBe('redirect_loop');
  });

  it('follows a short redirect chain to the page', async () => {
    const page = successOf((await timed('/redirect-chain/3')).outcome);
    expect(page.body).toBe(okHtml);
    expect(page.url).toBe(`${server.url}/redirect-chain/0`);
  });

  it('stops after maxRedirects', async () => {
    expect(failureOf((await timed('/redirect-chain/6')).outcome).code).toBe('too_many_redirects');
    successOf((await timed('/redirect-chain/2', { maxRedirects: 2 })).outcome);
    expect(failureOf((await timed('/redirect-chain/3', { maxRedirects: 2 })).outcome).code).toBe(
      'too_many_redirects',
    );
  });

  it('refuses a redirect to a non-web scheme', async () => {
    expect(failureOf((await timed('/redirect-to-loopback?to=file')).outcome).code).toBe('invalid_url');
  });

  it('cuts a 50 MB page off at maxBytes, declared or streamed', async () => {
    const streamed = await timed('/huge', { timeoutMs: 5_000 });
    expect(failureOf(streamed.outcome).code).toBe('too_large');
    expect(streamed.ms).toBeLessThan(3_000);
    const declared = await timed('/huge?declared=1');
    expect(failureOf(declared.outcome).message).toContain('50 MB');
  });

  it('stops unpacking a gzip bomb at maxBytes', async () => {
    const { outcome, ms } = await timed('/gzip-bomb', { timeoutMs: 10_000 });
    const error = failureOf(outcome);
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('Unpacked');
    expect(ms).toBeLessThan(8_000);
  });

  it('reports a damaged compressed body as a decode failure', async () => {
    expect(failureOf((await timed('/corrupt-gzip')).outcome).code).toBe('decode');
  });

  it('rejects text that is not a URL and schemes other than http(s)', async () => {
    expect(failureOf(await fetchDocument('not a url', local)).code).toBe('invalid_url');
    expect(failureOf(await fetchDocument('ftp://127.0.0.1/file', local)).code).toBe('invalid_url');
  });
});

describe('conditional requests', () => {
  it('returns notModified when the ETag still matches', async () => {
    const first = successOf((await timed('/etag')).outcome);
    expect(first.etag).toBe('"v1-bakery"');
    const second = successOf((await timed('/etag', { etag: first.etag })).outcome);
    expect(second).toMatchObject({ status: 304, notModified: true, body: '', etag: '"v1-bakery"' });
  });

  it('returns notModified when Last-Modified still matches', async () => {
    const first = successOf((await timed('/etag')).outcome);
    const second = successOf((await timed('/etag', { lastModified: first.lastModified })).outcome);
    expect(second.notModified).toBe(true);
    expect(second.lastModified).toBe(first.lastModified);
  });
});

describe('after every fault', () => {
  it('the server and the fetch layer still serve a normal page', async () => {
    expect(successOf((await timed('/ok')).outcome).body).toBe(okHtml);
  });
});
