import { parseRetryAfter } from '../../net/backoff.ts';
import type { HttpFn, HttpResponse } from '../google/types.ts';
import { describeErrorBody, redact, StoreApiError } from './errors.ts';

export type { HttpFn, HttpResponse };

/** One platform call's setting: who we are talking to (for messages) and what must never appear in them. */
export type StoreCall = {
  http: HttpFn;
  platform: string;
  secrets: ReadonlyArray<string | null | undefined>;
  now?: () => number;
};

/** Sends through the injected transport; a throw becomes a 'network' error that carries no secret. */
export async function sendOrNetworkError(
  call: StoreCall,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  what: string,
): Promise<HttpResponse> {
  try {
    return await call.http(url, init);
  } catch (error) {
    const cause = error instanceof Error ? error.message : 'unknown error';
    throw new StoreApiError(
      'network',
      redact(`Network failure while ${what} (${call.platform}): ${cause}`.slice(0, 400), call.secrets),
    );
  }
}

/** The error for a non-2xx answer, by status: 401/403 auth, 404, 429 (with Retry-After), 5xx, else invalid. */
export function errorForResponse(call: StoreCall, response: HttpResponse, what: string): StoreApiError {
  const status = response.status;
  const detail = redact(describeErrorBody(response.body), call.secrets);
  const message = `${call.platform} ${what} failed (HTTP ${status}${detail ? `: ${detail}` : ''})`;
  const retryAfterMs = parseRetryAfter(
    response.headers['retry-after'] ?? null,
    new Date(call.now?.() ?? Date.now()),
  );
  const extra = retryAfterMs === null ? { status } : { status, retryAfterMs };
  if (status === 401 || status === 403) return new StoreApiError('auth', message, extra);
  if (status === 404) return new StoreApiError('not_found', message, extra);
  if (status === 429) return new StoreApiError('rate_limited', message, extra);
  if (status >= 500) return new StoreApiError('server', message, extra);
  return new StoreApiError('invalid', message, extra);
}

/**
 * One authorised JSON call. Returns the parsed body of a 2xx answer (null for an empty one, as after a DELETE),
 * or null for a 404 when `isAbsentOk` (reading something that may not exist).
 */
export async function callJson(
  call: StoreCall,
  opts: { method: string; url: string; token: string; what: string; body?: unknown; isAbsentOk?: boolean },
): Promise<unknown> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.token}`,
    accept: 'application/json',
  };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const init =
    opts.body === undefined
      ? { method: opts.method, headers }
      : { method: opts.method, headers, body: JSON.stringify(opts.body) };
  const response = await sendOrNetworkError(call, opts.url, init, opts.what);
  if (response.status === 404 && opts.isAbsentOk) return null;
  if (response.status < 200 || response.status >= 300) throw errorForResponse(call, response, opts.what);
  if (response.body.trim() === '') return null;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw new StoreApiError(
      'invalid',
      `${call.platform} answered ${opts.what} with a body that is not JSON`,
      {
        status: response.status,
      },
    );
  }
}

/** Follows a platform's own paging link only on the API's own origin, so a token is never sent elsewhere. */
export function isSameOrigin(link: string, base: string): boolean {
  try {
    return new URL(link).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** Reads a JSON object defensively; platforms' fields may be absent. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function asText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Ids become one path segment: anything else is refused before it reaches a URL. */
export function pathSegment(value: string, label: string, platform: string): string {
  if (!/^[A-Za-z0-9_\-.~]+$/.test(value) || value === '.' || value === '..')
    throw new StoreApiError('invalid', `The ${platform} ${label} is not valid`);
  return value;
}

export const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with jitter, capped at 30 s; Retry-After wins when it asks for longer. */
export function retryWaitMs(attempt: number, error: StoreApiError | null): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  return Math.max(jittered, error?.retryAfterMs ?? 0);
}
