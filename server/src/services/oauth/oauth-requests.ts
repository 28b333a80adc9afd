import * as oauth from 'oauth4webapi';
import type { HttpFn } from '../../sources/google/types.ts';

/**
 * The OAuth 2.0 protocol steps Rebound needs (authorization URL with PKCE, code exchange, refresh, token
 * exchange, revocation), all done by oauth4webapi. Requests go through the injected HttpFn, so production
 * sends them through the SSRF-guarded fetch and its allow-list like every other outbound call.
 */
export type OAuthEndpoints = {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  revocationEndpoint?: string;
};
export type OAuthClientCredentials = { clientId: string; clientSecret: string };
export type TokenSet = {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds; null when the provider gave no lifetime. */
  expiresAt: number | null;
};

/** revoked: the member withdrew access or the grant lapsed (reconnect); client: the operator's client is refused. */
export type OAuthFailure =
  | 'revoked'
  | 'client'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'invalid'
  | 'denied';

export class OAuthGrantError extends Error {
  constructor(
    readonly failure: OAuthFailure,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number; detail?: string } = {},
  ) {
    super(message);
    this.name = 'OAuthGrantError';
  }
}

const serverOf = (e: OAuthEndpoints): oauth.AuthorizationServer => ({
  issuer: e.issuer,
  authorization_endpoint: e.authorizationEndpoint,
  token_endpoint: e.tokenEndpoint,
  ...(e.revocationEndpoint ? { revocation_endpoint: e.revocationEndpoint } : {}),
});

type Exchange = { status: number | null; retryAfter: string | undefined };

/** oauth4webapi's fetch hook on top of our HttpFn; remembers the last answer's status for error mapping. */
function requestOptions(http: HttpFn, e: OAuthEndpoints, seen: Exchange) {
  const bridged = async (url: string, init: oauth.CustomFetchOptions<string, unknown>): Promise<Response> => {
    const body = init.body === undefined || init.body === null ? undefined : String(init.body);
    const answer = await http(url, {
      method: init.method,
      headers: init.headers,
      ...(body === undefined ? {} : { body }),
    });
    seen.status = answer.status;
    seen.retryAfter = answer.headers['retry-after'];
    const isEmpty = answer.status === 204 || answer.status === 304 || answer.body === '';
    return new Response(isEmpty ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
  return {
    [oauth.customFetch]: bridged,
    // Plain http only ever appears when the operator pointed the provider at a local stand-in.
    [oauth.allowInsecureRequests]: e.tokenEndpoint.startsWith('http:'),
  };
}

function toGrantError(error: unknown, seen: Exchange, what: string): OAuthGrantError {
  if (error instanceof OAuthGrantError) return error;
  const status = error instanceof oauth.ResponseBodyError ? error.status : (seen.status ?? undefined);
  const code = error instanceof oauth.ResponseBodyError ? error.error : '';
  const retryAfterMs = parseRetryAfterSeconds(seen.retryAfter);
  const description =
    error instanceof oauth.ResponseBodyError && error.error_description
      ? ` (${error.error_description})`
      : '';
  const detail = code ? `${code}${description}`.slice(0, 200) : undefined;
  const extra = {
    ...(status ? { status } : {}),
    ...(retryAfterMs ? { retryAfterMs } : {}),
    ...(detail ? { detail } : {}),
  };
  if (status === undefined)
    return new OAuthGrantError('network', `The provider could not be reached while ${what}`);
  // Our guarded fetch drops error bodies, so a bare 400 from a token endpoint is read as the grant going bad.
  if (code === 'invalid_grant' || (code === '' && status === 400))
    return new OAuthGrantError('revoked', `The provider no longer accepts this connection (${what})`, extra);
  if (code === 'invalid_client' || code === 'unauthorized_client' || status === 401)
    return new OAuthGrantError('client', `The provider refused this server's OAuth client (${what})`, extra);
  if (status === 429)
    return new OAuthGrantError('rate_limited', `The provider asked us to slow down (${what})`, extra);
  if (status >= 500)
    return new OAuthGrantError('server', `The provider failed (HTTP ${status}, ${what})`, extra);
  return new OAuthGrantError('invalid', `The provider refused the request (HTTP ${status}, ${what})`, extra);
}

function parseRetryAfterSeconds(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : undefined;
}

function toTokenSet(r: oauth.TokenEndpointResponse, now: number, previousRefresh: string | null): TokenSet {
  return {
    accessToken: r.access_token,
    // Google keeps the refresh token on refresh; a provider that rotates it sends the new one.
    refreshToken: r.refresh_token ?? previousRefresh,
    expiresAt: typeof r.expires_in === 'number' ? now + r.expires_in * 1000 : null,
  };
}

/** The consent page address with a fresh PKCE (S256) pair; `state` comes from the caller, who binds it. */
export async function buildAuthorizationUrl(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  input: { redirectUri: string; scopes: string[]; state: string; extra?: Record<string, string> },
): Promise<{ url: string; codeVerifier: string }> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const challenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
  const url = new URL(e.authorizationEndpoint);
  url.searchParams.set('client_id', client.clientId);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', input.scopes.join(' '));
  url.searchParams.set('state', input.state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  for (const [k, v] of Object.entries(input.extra ?? {})) url.searchParams.set(k, v);
  return { url: url.href, codeVerifier };
}

export const randomState = (): string => oauth.generateRandomState();

/** Validates the redirect back (state, error=access_denied, ...) and trades the code for tokens. */
export async function exchangeAuthorizationCode(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  http: HttpFn,
  input: { callbackUrl: URL; expectedState: string; codeVerifier: string; redirectUri: string },
  now: () => number = Date.now,
): Promise<TokenSet> {
  const as = serverOf(e);
  const c: oauth.Client = { client_id: client.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, c, input.callbackUrl, input.expectedState);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied')
      throw new OAuthGrantError('denied', 'Access was not granted on the consent page');
    throw new OAuthGrantError('invalid', 'The provider sent back an answer that could not be used');
  }
  const answer = await atTokenEndpoint(
    e,
    client,
    http,
    'exchanging the authorization code',
    async (a, cl, auth, o) =>
      oauth.processAuthorizationCodeResponse(
        a,
        cl,
        await oauth.authorizationCodeGrantRequest(
          a,
          cl,
          auth,
          params,
          input.redirectUri,
          input.codeVerifier,
          o,
        ),
      ),
  );
  return toTokenSet(answer, now(), null);
}

type TokenStep = (
  as: oauth.AuthorizationServer,
  c: oauth.Client,
  auth: oauth.ClientAuth,
  options: ReturnType<typeof requestOptions>,
) => Promise<oauth.TokenEndpointResponse>;

/** One call at the token endpoint: the request and its checked answer, with failures read as grant errors. */
async function atTokenEndpoint(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  http: HttpFn,
  what: string,
  step: TokenStep,
): Promise<oauth.TokenEndpointResponse> {
  const seen: Exchange = { status: null, retryAfter: undefined };
  try {
    return await step(
      serverOf(e),
      { client_id: client.clientId },
      oauth.ClientSecretPost(client.clientSecret),
      requestOptions(http, e, seen),
    );
  } catch (error) {
    throw toGrantError(error, seen, what);
  }
}

/** RFC 6749 §6 refresh_token grant. */
export async function refreshTokens(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  http: HttpFn,
  refreshToken: string,
  now: () => number = Date.now,
): Promise<TokenSet> {
  const answer = await atTokenEndpoint(
    e,
    client,
    http,
    'refreshing the access token',
    async (a, cl, auth, o) =>
      oauth.processRefreshTokenResponse(
        a,
        cl,
        await oauth.refreshTokenGrantRequest(a, cl, auth, refreshToken, o),
      ),
  );
  return toTokenSet(answer, now(), refreshToken);
}

/** A provider-specific grant at the token endpoint (Facebook's fb_exchange_token for a long-lived token). */
export async function exchangeWithGrant(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  http: HttpFn,
  grantType: string,
  parameters: Record<string, string>,
  now: () => number = Date.now,
): Promise<TokenSet> {
  const answer = await atTokenEndpoint(e, client, http, `the ${grantType} exchange`, async (a, cl, auth, o) =>
    oauth.processGenericTokenEndpointResponse(
      a,
      cl,
      await oauth.genericTokenEndpointRequest(a, cl, auth, grantType, parameters, o),
    ),
  );
  return toTokenSet(answer, now(), null);
}

/** RFC 7009 revocation; Google revokes the whole grant behind a refresh token. */
export async function revokeToken(
  e: OAuthEndpoints,
  client: OAuthClientCredentials,
  http: HttpFn,
  token: string,
): Promise<void> {
  const as = serverOf(e);
  const c: oauth.Client = { client_id: client.clientId };
  const seen: Exchange = { status: null, retryAfter: undefined };
  try {
    const response = await oauth.revocationRequest(
      as,
      c,
      oauth.ClientSecretPost(client.clientSecret),
      token,
      requestOptions(http, e, seen),
    );
    await oauth.processRevocationResponse(response);
  } catch (error) {
    throw toGrantError(error, seen, 'revoking the grant');
  }
}
