import { describeGoogleError, GbpError, parseRetryAfter, redactSecrets } from './errors.ts';
import { isAccessTokenUsable, refreshAccessToken, sendOrThrowNetwork } from './token.ts';
import type { GbpConfig, GbpTokens, HttpFn, HttpResponse } from './types.ts';

/**
 * Holds the tokens across the calls of one operation, so a refresh made on page 1 is used on
 * page 2 and handed back to the caller for storage.
 */
export type GbpSession = {
  cfg: GbpConfig;
  tokens: GbpTokens;
  http: HttpFn;
  now: () => number;
};

export function createSession(cfg: GbpConfig, tokens: GbpTokens, http: HttpFn, now = Date.now): GbpSession {
  return { cfg, tokens: { ...tokens }, http, now };
}

function sessionSecrets(session: GbpSession): Array<string | null> {
  return [session.tokens.refreshToken, session.tokens.accessToken, session.cfg.clientSecret];
}

/**
 * One authorised call: refreshes first when the token has lapsed, and once more on a 401 (Google may
 * revoke a token before its announced expiry). Returns the parsed JSON body of a 2xx answer.
 */
export async function callGbp(
  session: GbpSession,
  method: string,
  url: string,
  what: string,
  body?: unknown,
): Promise<unknown> {
  if (!isAccessTokenUsable(session.tokens, session.now())) {
    session.tokens = await refreshAccessToken(session.cfg, session.tokens, session.http, session.now);
  }
  let response = await sendAuthorised(session, method, url, what, body);
  if (response.status === 401) {
    session.tokens = await refreshAccessToken(session.cfg, session.tokens, session.http, session.now);
    response = await sendAuthorised(session, method, url, what, body);
  }
  if (response.status >= 200 && response.status < 300) return parseJson(response, what);
  throw apiError(response, what, sessionSecrets(session), session.now());
}

async function sendAuthorised(
  session: GbpSession,
  method: string,
  url: string,
  what: string,
  body: unknown,
): Promise<HttpResponse> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${session.tokens.accessToken ?? ''}`,
    accept: 'application/json',
  };
  if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  const init = body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
  return sendOrThrowNetwork(() => session.http(url, init), what, sessionSecrets(session));
}

function parseJson(response: HttpResponse, what: string): unknown {
  if (response.body.trim() === '') return {};
  try {
    return JSON.parse(response.body);
  } catch {
    throw new GbpError('invalid', `Google answered ${what} with a body that is not JSON`, {
      status: response.status,
    });
  }
}

function apiError(
  response: HttpResponse,
  what: string,
  secrets: Array<string | null>,
  now: number,
): GbpError {
  const status = response.status;
  const detail = redactSecrets(describeGoogleError(response.body), secrets);
  const message = `Google Business Profile ${what} failed (HTTP ${status}${detail ? `: ${detail}` : ''})`;
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
  const extra = retryAfterMs === undefined ? { status } : { status, retryAfterMs };
  if (status === 401 || status === 403) return new GbpError('auth', message, extra);
  if (status === 404) return new GbpError('not_found', message, extra);
  if (status === 429) return new GbpError('rate_limited', message, extra);
  if (status >= 500) return new GbpError('server', message, extra);
  return new GbpError('invalid', message, extra);
}
