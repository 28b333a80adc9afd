/**
 * Local stand-in for Google's OAuth endpoints (consent page, /token, /revoke), the Account Management API
 * (accounts.list), the Business Information API (accounts.locations.list with readMask) and the My Business v4
 * reviews.list, on one address. Paths and fields follow Google's documentation; lists page with nextPageToken.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsentServer, readForm, sendJson, token } from './fake-authorization-server.ts';

export const FAKE_GOOGLE_CLIENT_ID = 'rebound-test.apps.googleusercontent.example';
export const FAKE_GOOGLE_CLIENT_SECRET = 'GOCSPX-fake-secret-8Hq2mZ';

type Location = { name: string; title: string; address: string; reviews: Record<string, unknown>[] };
type Account = { name: string; accountName: string; locations: Location[] };
type Fault = { path: RegExp; status: number; retryAfter?: string; count: number };

export type FakeGoogle = {
  url: string;
  env: Record<string, string>;
  accounts: Account[];
  /** Every issued refresh token, in order. */
  refreshTokens: string[];
  requests: Array<{ method: string; path: string; search: string }>;
  consentCount(): number;
  /** The next `count` requests whose path matches answer `status` (429 with Retry-After, 500, ...). */
  failNext(path: RegExp, status: number, opts?: { retryAfter?: string; count?: number }): void;
  /** Every access token issued so far stops working (they lapsed); refresh tokens still do. */
  expireAccessTokens(): void;
  /** Lapse every access token right after the next answer to a path matching `path` (token expiry mid-listing). */
  expireAccessTokensAfter(path: RegExp): void;
  /** The owner withdrew access in their Google account: refresh tokens get invalid_grant. */
  revokeEverything(): void;
  isRevoked(refreshToken: string): boolean;
  close(): Promise<void>;
};

const pageOf = <T>(items: T[], q: URLSearchParams, max: number) => {
  const size = Math.min(Number(q.get('pageSize') ?? max) || max, max);
  const start = Number(q.get('pageToken') ?? '0') || 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { page: items.slice(start, start + size), next };
};

export async function startFakeGoogle(opts: { pageSize?: number } = {}): Promise<FakeGoogle> {
  const consent = createConsentServer({
    authorizePath: '/o/oauth2/v2/auth',
    clientId: FAKE_GOOGLE_CLIENT_ID,
    requiredScopes: ['https://www.googleapis.com/auth/business.manage'],
    title: 'Sign in with Google',
  });
  const accounts: Account[] = [];
  const refresh = new Map<string, { revoked: boolean }>();
  const access = new Map<string, { refresh: string; valid: boolean }>();
  const faults: Fault[] = [];
  const expireAfter: RegExp[] = [];
  const requests: FakeGoogle['requests'] = [];
  const apiPage = opts.pageSize ?? 2;

  const issueAccess = (refreshToken: string) => {
    const at = token('ya29');
    access.set(at, { refresh: refreshToken, valid: true });
    return at;
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push({ method: req.method ?? 'GET', path: url.pathname, search: url.search });
    const fault = faults.find((f) => f.path.test(url.pathname) && f.count > 0);
    if (fault) {
      fault.count--;
      return sendJson(
        res,
        fault.status,
        { error: { code: fault.status, message: 'Injected failure', status: 'RESOURCE_EXHAUSTED' } },
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
    }
    if (await consent.handleAuthorize(req, res, url)) return;
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = await readForm(req);
      if (
        form.get('client_id') !== FAKE_GOOGLE_CLIENT_ID ||
        form.get('client_secret') !== FAKE_GOOGLE_CLIENT_SECRET
      )
        return sendJson(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
      if (form.get('grant_type') === 'authorization_code') {
        const redeemed = consent.redeemCode(form);
        if ('error' in redeemed)
          return sendJson(res, 400, { error: redeemed.error, error_description: redeemed.description });
        const rt = token('1//refresh');
        refresh.set(rt, { revoked: false });
        return sendJson(res, 200, {
          access_token: issueAccess(rt),
          expires_in: 3599,
          refresh_token: rt,
          scope: redeemed.scope,
          token_type: 'Bearer',
        });
      }
      if (form.get('grant_type') === 'refresh_token') {
        const rt = form.get('refresh_token') ?? '';
        if (!refresh.get(rt) || refresh.get(rt)?.revoked)
          return sendJson(res, 400, {
            error: 'invalid_grant',
            error_description: 'Token has been expired or revoked.',
          });
        return sendJson(res, 200, { access_token: issueAccess(rt), expires_in: 3599, token_type: 'Bearer' });
      }
      return sendJson(res, 400, { error: 'unsupported_grant_type' });
    }
    if (url.pathname === '/revoke' && req.method === 'POST') {
      const t = (await readForm(req)).get('token') ?? '';
      const rt = refresh.has(t) ? t : access.get(t)?.refresh;
      if (!rt || !refresh.has(rt)) return sendJson(res, 400, { error: 'invalid_token' });
      revoke(rt);
      return sendJson(res, 200, {});
    }
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const grant = access.get(bearer);
    if (!grant?.valid || refresh.get(grant.refresh)?.revoked)
      return sendJson(res, 401, {
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials.',
          status: 'UNAUTHENTICATED',
        },
      });
    if (url.pathname === '/v1/accounts' && req.method === 'GET') {
      const { page, next } = pageOf(accounts, url.searchParams, 20);
      return sendJson(res, 200, {
        accounts: page.map((a) => ({ name: a.name, accountName: a.accountName, type: 'LOCATION_GROUP' })),
        ...(next ? { nextPageToken: next } : {}),
      });
    }
    const locMatch = /^\/v1\/(accounts\/[^/]+)\/locations$/.exec(url.pathname);
    if (locMatch && req.method === 'GET') {
      if (!url.searchParams.get('readMask'))
        return sendJson(res, 400, {
          error: { code: 400, message: 'readMask is required', status: 'INVALID_ARGUMENT' },
        });
      const account = accounts.find((a) => a.name === locMatch[1]);
      if (!account)
        return sendJson(res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
      const { page, next } = pageOf(account.locations, url.searchParams, Math.min(apiPage, 100));
      return sendJson(res, 200, {
        locations: page.map((l) => ({
          name: l.name,
          title: l.title,
          storefrontAddress: { addressLines: [l.address] },
        })),
        ...(next ? { nextPageToken: next } : {}),
      });
    }
    const reviewsMatch = /^\/v4\/(accounts\/[^/]+)\/(locations\/[^/]+)\/reviews$/.exec(url.pathname);
    if (reviewsMatch && req.method === 'GET') {
      const loc = accounts
        .find((a) => a.name === reviewsMatch[1])
        ?.locations.find((l) => l.name === reviewsMatch[2]);
      if (!loc)
        return sendJson(res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
      const { page, next } = pageOf(loc.reviews, url.searchParams, 50);
      return sendJson(res, 200, {
        reviews: page,
        totalReviewCount: loc.reviews.length,
        ...(next ? { nextPageToken: next } : {}),
      });
    }
    sendJson(res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
  }

  function revoke(rt: string) {
    const r = refresh.get(rt);
    if (r) r.revoked = true;
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const trigger = expireAfter.findIndex((p) => p.test(path));
    if (trigger >= 0) {
      res.on('finish', () => {
        expireAfter.splice(trigger, 1);
        for (const a of access.values()) a.valid = false;
      });
    }
    handle(req, res).catch((error: unknown) => sendJson(res, 500, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      GOOGLE_OAUTH_CLIENT_ID: FAKE_GOOGLE_CLIENT_ID,
      GOOGLE_OAUTH_CLIENT_SECRET: FAKE_GOOGLE_CLIENT_SECRET,
      GOOGLE_ENDPOINT_OVERRIDE: url,
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      FETCH_ALLOW_LIST: '127.0.0.1/32',
    },
    accounts,
    get refreshTokens() {
      return [...refresh.keys()];
    },
    requests,
    consentCount: () => consent.consents.length,
    failNext(path, status, o = {}) {
      faults.push({
        path,
        status,
        count: o.count ?? 1,
        ...(o.retryAfter ? { retryAfter: o.retryAfter } : {}),
      });
    },
    expireAccessTokens() {
      for (const a of access.values()) a.valid = false;
    },
    expireAccessTokensAfter(path) {
      expireAfter.push(path);
    },
    revokeEverything() {
      for (const rt of refresh.keys()) revoke(rt);
    },
    isRevoked: (rt) => refresh.get(rt)?.revoked === true,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Google review as reviews.list documents it. */
export function fakeReview(
  id: string,
  stars: 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE',
  comment: string,
  name: string,
) {
  const when = new Date(Date.UTC(2026, 10, 1, 9, Number(id.replace(/\D/g, '')) % 60)).toISOString();
  return {
    name,
    reviewId: id,
    reviewer: { displayName: `Reviewer ${id}` },
    starRating: stars,
    comment,
    createTime: when,
    updateTime: when,
  };
}

export function seedAccount(
  fake: FakeGoogle,
  accountId: string,
  accountName: string,
  locations: Array<{
    id: string;
    title: string;
    reviews: Array<[string, 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE', string]>;
  }>,
) {
  fake.accounts.push({
    name: `accounts/${accountId}`,
    accountName,
    locations: locations.map((l) => ({
      name: `locations/${l.id}`,
      title: l.title,
      address: `${l.id} High Street`,
      reviews: l.reviews.map(([rid, stars, text]) =>
        fakeReview(rid, stars, text, `accounts/${accountId}/locations/${l.id}/reviews/${rid}`),
      ),
    })),
  });
}
