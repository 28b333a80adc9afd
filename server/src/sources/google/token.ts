import { OAuthGrantError, refreshTokens } from '../../services/oauth/oauth-requests.ts';
import { GbpError, redactSecrets } from './errors.ts';
import type { GbpConfig, GbpTokens, HttpFn, HttpResponse } from './types.ts';

/** What the owner reads when Google no longer honours the connection (revoked, expired, password changed). */
export const RECONNECT_GOOGLE_MESSAGE =
  'Google no longer accepts this connection (it was revoked or has expired). Reconnect Google to keep watching this location.';

/** Refresh a minute early so a token does not lapse between our check and Google's. */
export const TOKEN_EXPIRY_SKEW_MS = 60_000;
const fallbackLifetimeSec = 3600;

export function isAccessTokenUsable(tokens: GbpTokens, now: number = Date.now()): boolean {
  if (!tokens.accessToken) return false;
  if (tokens.expiresAt === null) return true;
  return tokens.expiresAt - TOKEN_EXPIRY_SKEW_MS > now;
}

/** OAuth2 refresh_token grant against Google's token endpoint, done by oauth4webapi. */
export async function refreshAccessToken(
  cfg: GbpConfig,
  tokens: GbpTokens,
  http: HttpFn,
  now: () => number = Date.now,
): Promise<GbpTokens> {
  const secrets = [tokens.refreshToken, tokens.accessToken, cfg.clientSecret];
  try {
    const next = await refreshTokens(
      {
        issuer: 'https://accounts.google.com',
        authorizationEndpoint: cfg.tokenUrl,
        tokenEndpoint: cfg.tokenUrl,
      },
      { clientId: cfg.clientId, clientSecret: cfg.clientSecret },
      http,
      tokens.refreshToken,
      now,
    );
    return {
      refreshToken: next.refreshToken ?? tokens.refreshToken,
      accessToken: next.accessToken,
      expiresAt: next.expiresAt ?? now() + fallbackLifetimeSec * 1000,
    };
  } catch (error) {
    throw toGbpError(error, secrets);
  }
}

function toGbpError(error: unknown, secrets: ReadonlyArray<string | null>): GbpError {
  if (!(error instanceof OAuthGrantError))
    return new GbpError(
      'network',
      redactSecrets(`Refreshing the Google access token failed: ${String(error)}`, secrets),
    );
  const status = error.extra.status;
  // The provider's own error code and description, minus any secret, help the operator tell cases apart.
  const said = error.extra.detail ? `: ${redactSecrets(error.extra.detail, secrets)}` : '';
  const extra = {
    ...(status === undefined ? {} : { status }),
    ...(error.extra.retryAfterMs === undefined ? {} : { retryAfterMs: error.extra.retryAfterMs }),
  };
  switch (error.failure) {
    case 'revoked':
      return new GbpError(
        'auth',
        `${RECONNECT_GOOGLE_MESSAGE} (Google said${said || ': invalid_grant'})`,
        extra,
      );
    case 'client':
      return new GbpError(
        'auth',
        `Google refused this server's OAuth client (HTTP ${status ?? '?'}${said}); the operator should check GOOGLE_OAUTH_CLIENT_ID and its secret`,
        extra,
      );
    case 'rate_limited':
      return new GbpError('rate_limited', `Google token endpoint is rate limiting (HTTP 429${said})`, extra);
    case 'server':
      return new GbpError('server', `Google token endpoint failed (HTTP ${status ?? '?'}${said})`, extra);
    case 'network':
      return new GbpError('network', 'Network failure while refreshing the Google access token');
    default:
      return new GbpError(
        'invalid',
        `Google token endpoint rejected the request (HTTP ${status ?? '?'}${said})`,
        extra,
      );
  }
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
