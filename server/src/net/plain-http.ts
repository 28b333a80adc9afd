import type { HttpFn } from './fetcher.ts';

/**
 * An HttpFn on the global fetch, without the SSRF guard: only for addresses the operator sets (the SMS provider's
 * SMS_API_URL) and for the CLI and tests; anything a member can name goes through `httpOverFetcher`. It keeps a
 * deadline, a body size cap (`tooLarge` says what the caller calls an oversized answer) and follows no redirect.
 */
export function createPlainHttp(opts: {
  timeoutMs: number;
  maxBytes: number;
  tooLarge: (maxBytes: number) => Error;
}): HttpFn {
  return async (url, init) => {
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: await readCapped(response, opts) };
  };
}

async function readCapped(
  response: Response,
  opts: { maxBytes: number; tooLarge: (maxBytes: number) => Error },
): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > opts.maxBytes) {
      await reader.cancel();
      throw opts.tooLarge(opts.maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
