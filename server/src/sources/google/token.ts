import { describeGoogleError, GbpError, parseRetryAfter, redactSecrets } from './errors.ts';
import type { GbpConfig, GbpTokens, HttpFn, HttpResponse } from './types.ts';

/** Refresh a minute early so a token does not lapse between our check and Google's. */
export const TOKEN_EXPIRY_SKEW_MS = 60_000;
const fallbackLifetimeSec = 3600;
const authErrors = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client']);

export function isAccessTokenUsable(tokens: GbpTokens, now: number = Date.now()): boolean {
  if (!tokens.accessToken) return false;
  if (tokens.expiresAt === null) return true;
  return tokens.expiresAt - TOKEN_EXPIRY_SKEW_MS > now;
}

/** OAuth2 refresh_token grant (RFC 6749 §6) against Google's token endpoint. */
export async function refreshAccessToken(
  cfg: GbpConfig,
  tokens: GbpTokens,
  http: HttpFn,
  now: () => number = Date.now,
): Promise<GbpTokens> {
  const secrets = [tokens.refreshToken, tokens.accessToken, cfg.clientSecret];
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    client_id: cfg.clientId,
    client_secret: cfg.clientSecret,
    refresh_token: tokens.refreshToken,
  });
  const response = await sendOrThrowNetwork(
    () =>
      http(cfg.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
      }),
    'refreshing the Google access token',
    secrets,
  );
  if (response.status !== 200) throw tokenError(response, secrets, now());

  const payload = parseTokenPayload(response.body);
  if (!payload) {
    throw new GbpError('invalid', 'Google token endpoint answered 200 without an access_token', {
      status: response.status,
    });
  }
  return {
    refreshToken: payload.refreshToken ?? tokens.refreshToken,
    accessToken: payload.accessToken,
    expiresAt: now() + payload.expiresInSec * 1000,
  };
}

function parseTokenPayload(
  body: string,
): { accessToken: string; expiresInSec: number; refreshToken: string | null } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  if (typeof record.access_token !== 'string' || record.access_token === '') return null;
  const expiresIn = Number(record.expires_in);
  return {
    accessToken: record.access_token,
    expiresInSec: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : fallbackLifetimeSec,
    // Google normally keeps the refresh token; if it ever rotates one, we must store the new one.
    refreshToken:
      typeof record.refresh_token === 'string' && record.refresh_token ? record.refresh_token : null,
  };
}

function tokenError(response: HttpResponse, secrets: ReadonlyArray<string | null>, now: number): GbpError {
  const detail = redactSecrets(describeGoogleError(response.body), secrets);
  const errorCode = detail.split(' ')[0] ?? '';
  const suffix = detail ? `: ${detail}` : '';
  const status = response.status;
  if (authErrors.has(errorCode) || status === 401 || status === 403) {
    return new GbpError(
      'auth',
      `Google refused the stored authorisation (HTTP ${status}${suffix}); reconnect the Google account`,
      { status },
    );
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
    return new GbpError('rate_limited', `Google token endpoint is rate limiting (HTTP 429${suffix})`, {
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (status >= 500)
    return new GbpError('server', `Google token endpoint failed (HTTP ${status}${suffix})`, { status });
  return new GbpError('invalid', `Google token endpoint rejected the request (HTTP ${status}${suffix})`, {
    status,
  });
}

/** Any throw from the transport becomes a GbpError('network') whose message carries no secret. */
export async function sendOrThrowNetwork(
  send: () => Promise<HttpResponse>,
  what: string,
  secrets: ReadonlyArray<string | null>,
): Promise<HttpResponse> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof GbpError) throw error;
    throw new GbpError(
      'network',
      redactSecrets(`Network failure while ${what}: ${describeCause(error)}`, secrets),
    );
  }
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
      ? ` [${cause.code}]`
      : '';
  const causeMessage = cause instanceof Error ? ` (${cause.message})` : '';
  return `${error.name}: ${error.message}${causeMessage}${code}`.slice(0, 300);
}
