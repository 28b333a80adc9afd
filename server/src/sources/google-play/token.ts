import { importPKCS8, SignJWT } from 'jose';
import * as oauth from 'oauth4webapi';
import { redact, StoreApiError } from '../store-api/errors.ts';
import { errorForResponse, type HttpFn, type StoreCall, sendOrNetworkError } from '../store-api/request.ts';
import { GP_ASSERTION_LIFETIME_SEC, GP_PLATFORM, GP_SCOPE, type GpConfig } from './types.ts';

const jwtBearer = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The service account's signed assertion (RFC 7523): RS256 with its key, for the token endpoint, one hour. */
export async function signGpAssertion(cfg: GpConfig, now: number = Date.now()): Promise<string> {
  let key: Awaited<ReturnType<typeof importPKCS8>>;
  try {
    key = await importPKCS8(cfg.account.privateKey, 'RS256');
  } catch {
    throw new StoreApiError('auth', 'The Google Play service account private key could not be read');
  }
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ scope: GP_SCOPE })
    .setProtectedHeader({
      alg: 'RS256',
      typ: 'JWT',
      ...(cfg.account.privateKeyId ? { kid: cfg.account.privateKeyId } : {}),
    })
    .setIssuer(cfg.account.clientEmail)
    .setAudience(cfg.tokenUrl)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + GP_ASSERTION_LIFETIME_SEC)
    .sign(key);
}

export function gpCall(cfg: GpConfig, http: HttpFn, now?: () => number): StoreCall {
  return { http, platform: GP_PLATFORM, secrets: [cfg.account.privateKey], ...(now ? { now } : {}) };
}

/**
 * An access token for the service account: the JWT-bearer grant sent with oauth4webapi over our own transport
 * (so the SSRF guard and size caps apply), its answer checked by oauth4webapi. Errors say what Google said.
 */
export async function fetchGpAccessToken(
  cfg: GpConfig,
  http: HttpFn,
  opts: { now?: () => number } = {},
): Promise<{ accessToken: string; expiresAt: number }> {
  const call = gpCall(cfg, http, opts.now);
  const now = opts.now?.() ?? Date.now();
  const assertion = await signGpAssertion(cfg, now);
  const as: oauth.AuthorizationServer = {
    issuer: new URL(cfg.tokenUrl).origin,
    token_endpoint: cfg.tokenUrl,
  };
  const client: oauth.Client = { client_id: cfg.account.clientEmail };
  let failed: StoreApiError | null = null;
  const response = await oauth.genericTokenEndpointRequest(
    as,
    client,
    oauth.None(),
    jwtBearer,
    { assertion },
    {
      // Only an endpoint override (tests, a proxy the operator allowed) can be plain http.
      [oauth.allowInsecureRequests]: cfg.tokenUrl.startsWith('http:'),
      [oauth.customFetch]: async (url, init) => {
        const answer = await sendOrNetworkError(
          call,
          url,
          { method: init.method, headers: init.headers, body: init.body.toString() },
          'getting an access token',
        );
        if (answer.status !== 200) failed = errorForResponse(call, answer, 'getting an access token');
        return new Response(answer.body || '{}', { status: answer.status, headers: answer.headers });
      },
    },
  );
  if (failed) throw tokenRefusal(failed, call.secrets);
  try {
    const token = await oauth.processGenericTokenEndpointResponse(as, client, response);
    const lifetimeSec = typeof token.expires_in === 'number' ? token.expires_in : 3600;
    return { accessToken: token.access_token, expiresAt: now + lifetimeSec * 1000 };
  } catch {
    throw new StoreApiError('invalid', 'Google’s token endpoint answered without a usable access token');
  }
}

/** A refused grant (bad key, deleted account) cannot get better by retrying: say so in the owner's words. */
function tokenRefusal(error: StoreApiError, secrets: StoreCall['secrets']): StoreApiError {
  if (error.isRetryable) return error;
  const status = error.status ?? 0;
  return new StoreApiError(
    'auth',
    redact(
      `${error.message}. Google refused the service account key; check it is enabled and paste it again`,
      secrets,
    ),
    status ? { status } : {},
  );
}
