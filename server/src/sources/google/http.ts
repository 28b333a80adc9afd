import { GbpError } from './errors.ts';
import type { HttpFn } from './types.ts';

const defaultTimeoutMs = 20_000;
// Review pages are small (50 reviews); anything far larger is not a Google answer we want in memory.
const defaultMaxBytes = 8 * 1024 * 1024;

/** An HttpFn on global fetch with a timeout, a body size cap and no redirects. */
export function createFetchHttp(opts: { timeoutMs?: number; maxBytes?: number } = {}): HttpFn {
  const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
  const maxBytes = opts.maxBytes ?? defaultMaxBytes;
  return async (url, init) => {
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: await readCapped(response, maxBytes) };
  };
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GbpError(
        'invalid',
        `Google answered with more than ${maxBytes} bytes; the response was dropped`,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const defaultHttp: HttpFn = createFetchHttp();
