import { createPlainHttp } from '../../net/plain-http.ts';
import { GbpError } from './errors.ts';
import type { HttpFn } from './types.ts';

const defaultTimeoutMs = 20_000;
// Review pages are small (50 reviews); anything far larger is not a Google answer we want in memory.
const defaultMaxBytes = 8 * 1024 * 1024;

/** The CLI's and the tests' transport to Google: the plain one, with Google's deadline and size cap. */
export function createFetchHttp(opts: { timeoutMs?: number; maxBytes?: number } = {}): HttpFn {
  return createPlainHttp({
    timeoutMs: opts.timeoutMs ?? defaultTimeoutMs,
    maxBytes: opts.maxBytes ?? defaultMaxBytes,
    tooLarge: (maxBytes) =>
      new GbpError('invalid', `Google answered with more than ${maxBytes} bytes; the response was dropped`),
  });
}

export const defaultHttp: HttpFn = createFetchHttp();
