/**
 * A local stand-in for Google's OAuth token endpoint and the My Business API v4 reviews methods.
 * It serves exactly the documented fields (Review, Reviewer, ReviewReply, ListReviewsResponse),
 * omits empty fields the way proto3 JSON does, and can inject the faults our reliability rules
 * are about. Runs in-process (`startFakeGbp`) or standalone:
 *   npx tsx tests/support/fake-gbp-server.ts --port 4010 --seed demo
 * Standalone, it prints its URL on stdout and offers /__fake/* endpoints to drive it from outside.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { GbpConfig, GbpTokens } from '@rebound/server/sources/google/client';

export type FakeStarRating = 'STAR_RATING_UNSPECIFIED' | 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
export type FakeReview = {
  /** Filled in by seed() from the account, location and reviewId. */
  name?: string;
  reviewId: string;
  reviewer?: { profilePhotoUrl?: string; displayName?: string; isAnonymous?: boolean };
  starRating: FakeStarRating;
  comment?: string;
  createTime?: string;
  updateTime?: string;
  reviewReply?: { comment: string; updateTime: string };
};
export type FakeFault = 'drop-after-accept-reply' | '500' | '429' | '401';
export type FakeGbpOptions = {
  accessTokenTtlSec?: number;
  /** Page size used when the client sends none; Google's cap of 50 always applies. */
  pageSize?: number;
  /** Retry-After sent with an injected 429, in seconds. */
  retryAfterSec?: number;
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
};
export type FakeGbp = {
  url: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  config(overrides?: Partial<GbpConfig>): GbpConfig;
  /** Tokens as stored right after an account is connected: only the refresh token is known. */
  initialTokens(): GbpTokens;
  seed(accountId: string, locationId: string, reviews: FakeReview[]): void;
  reviews(accountId: string, locationId: string): FakeReview[];
  setRating(name: string, starRating: FakeStarRating, comment?: string): void;
  failNext(kind: FakeFault, count?: number): void;
  replyPutCount(name: string): number;
  /** Makes every issued access token invalid, as when Google revokes them early. */
  revokeAccessTokens(): void;
  /** The user withdrew our access: the stored refresh token now gets invalid_grant. */
  revokeRefreshToken(): void;
  readonly issuedTokens: number;
  /** Every request seen, in order (method, path, query string). */
  readonly requests: ReadonlyArray<{ method: string; path: string; search: string }>;
  close(): Promise<void>;
};

export const FAKE_GBP_CLIENT_ID = 'fake-client-id.apps.example.test';
export const FAKE_GBP_CLIENT_SECRET = 'fake-client-secret-7Qm2xL9v';
export const FAKE_GBP_REFRESH_TOKEN = '1//fake-refresh-token-Zr81Kd0pWq';
const maxPageSize = 50;
const maxReplyBytes = 4096;
const maxBodyBytes = 1024 * 1024;
const starValue: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };
const reviewsRoute = /^\/v4\/accounts\/([^/]+)\/locations\/([^/]+)\/reviews(?:\/([^/]+)(\/reply)?)?$/;

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly googleStatus: string,
    message: string,
  ) {
    super(message);
  }
}

/** RFC 3339, Z-normalised, with 9 fractional digits like Google's generated output. */
function nanoTimestamp(): string {
  const sub = String(process.hrtime.bigint() % 1_000_000n).padStart(6, '0');
  return `${new Date().toISOString().slice(0, -1)}${sub}Z`;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

function sendGoogleError(
  res: ServerResponse,
  status: number,
  googleStatus: string,
  message: string,
  headers = {},
) {
  sendJson(res, status, { error: { code: status, message, status: googleStatus } }, headers);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new HttpFailure(413, 'INVALID_ARGUMENT', 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // handled below
  }
  throw new HttpFailure(400, 'INVALID_ARGUMENT', 'The request body must be a JSON object.');
}

function encodePageToken(offset: number, orderBy: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: orderBy })).toString('base64url');
}

function decodePageToken(token: string, orderBy: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      q?: unknown;
    };
    if (typeof parsed.o === 'number' && parsed.o >= 0 && parsed.q === orderBy) return parsed.o;
  } catch {
    // handled below
  }
  throw new HttpFailure(400, 'INVALID_ARGUMENT', 'The page token is not valid for this request.');
}

function sortReviews(reviews: FakeReview[], orderBy: string): FakeReview[] {
  const byUpdate = (a: FakeReview, b: FakeReview) => (b.updateTime ?? '').localeCompare(a.updateTime ?? '');
  const rating = (r: FakeReview) => starValue[r.starRating] ?? 0;
  if (orderBy === 'updateTime desc') return [...reviews].sort(byUpdate);
  if (orderBy === 'rating') return [...reviews].sort((a, b) => rating(a) - rating(b) || byUpdate(a, b));
  if (orderBy === 'rating desc') return [...reviews].sort((a, b) => rating(b) - rating(a) || byUpdate(a, b));
  throw new HttpFailure(
    400,
    'INVALID_ARGUMENT',
    'orderBy must be one of: updateTime desc, rating, rating desc.',
  );
}

export async function startFakeGbp(opts: FakeGbpOptions = {}): Promise<FakeGbp> {
  const clientId = opts.clientId ?? FAKE_GBP_CLIENT_ID;
  const clientSecret = opts.clientSecret ?? FAKE_GBP_CLIENT_SECRET;
  let refreshToken = opts.refreshToken ?? FAKE_GBP_REFRESH_TOKEN;
  const ttlSec = opts.accessTokenTtlSec ?? 3600;
  const defaultPageSize = Math.min(opts.pageSize ?? maxPageSize, maxPageSize);
  const locations = new Map<string, FakeReview[]>();
  const accessTokens = new Map<string, number>();
  const putCounts = new Map<string, number>();
  const faults: Array<{ kind: FakeFault; remaining: number }> = [];
  const requests: Array<{ method: string; path: string; search: string }> = [];
  let issuedTokens = 0;

  const locationKey = (a: string, l: string) => `accounts/${a}/locations/${l}`;
  const findReview = (name: string): FakeReview | undefined => {
    const key = name.split('/reviews/')[0] ?? '';
    return locations.get(key)?.find((r) => r.name === name);
  };
  const takeFault = (isReplyPut: boolean): FakeFault | null => {
    const index = faults.findIndex((f) => f.kind !== 'drop-after-accept-reply' || isReplyPut);
    const fault = faults[index];
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault.kind;
  };

  function seed(accountId: string, locationId: string, input: FakeReview[]): void {
    const key = locationKey(accountId, locationId);
    const list = locations.get(key) ?? [];
    for (const review of input) {
      const created = review.createTime ?? nanoTimestamp();
      const copy = structuredClone(review);
      // Google's field order, and only Google's fields.
      const stored: FakeReview = {
        name: `${key}/reviews/${copy.reviewId}`,
        reviewId: copy.reviewId,
        ...(copy.reviewer ? { reviewer: copy.reviewer } : {}),
        starRating: copy.starRating,
        ...(copy.comment !== undefined ? { comment: copy.comment } : {}),
        createTime: created,
        updateTime: copy.updateTime ?? created,
        ...(copy.reviewReply ? { reviewReply: copy.reviewReply } : {}),
      };
      const existing = list.findIndex((r) => r.reviewId === review.reviewId);
      if (existing >= 0) list[existing] = stored;
      else list.push(stored);
    }
    locations.set(key, list);
  }

  function handleToken(body: string, req: IncomingMessage, res: ServerResponse) {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'Expected a form body.' });
    }
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'refresh_token') {
      return sendJson(res, 400, {
        error: 'unsupported_grant_type',
        error_description: 'Only refresh_token here.',
      });
    }
    const ok =
      form.get('client_id') === clientId &&
      form.get('client_secret') === clientSecret &&
      form.get('refresh_token') === refreshToken;
    if (!ok) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
    issuedTokens += 1;
    const accessToken = `ya29.fake-${issuedTokens}-${Math.random().toString(36).slice(2, 12)}`;
    accessTokens.set(accessToken, Date.now() + ttlSec * 1000);
    sendJson(
      res,
      200,
      {
        access_token: accessToken,
        expires_in: ttlSec,
        scope: 'https://www.googleapis.com/auth/business.manage',
        token_type: 'Bearer',
      },
      { 'cache-control': 'no-store' },
    );
  }

  function isAuthorised(req: IncomingMessage): boolean {
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const expiry = match?.[1] ? accessTokens.get(match[1]) : undefined;
    return expiry !== undefined && expiry > Date.now();
  }

  function listReviews(key: string, params: URLSearchParams) {
    const orderBy = params.get('orderBy') ?? 'updateTime desc';
    const requested = Number(params.get('pageSize') ?? defaultPageSize);
    if (!Number.isInteger(requested) || requested < 0) {
      throw new HttpFailure(400, 'INVALID_ARGUMENT', 'pageSize must be a non-negative integer.');
    }
    const pageSize = Math.min(requested === 0 ? defaultPageSize : requested, maxPageSize);
    const all = sortReviews(locations.get(key) ?? [], orderBy);
    const token = params.get('pageToken');
    const offset = token ? decodePageToken(token, orderBy) : 0;
    const page = all.slice(offset, offset + pageSize);
    const rated = all.map((r) => starValue[r.starRating]).filter((v): v is number => v !== undefined);
    const average = rated.length
      ? Math.round((rated.reduce((s, v) => s + v, 0) / rated.length) * 10) / 10
      : 0;
    // proto3 JSON leaves out empty and zero fields; so does Google.
    return {
      ...(page.length ? { reviews: page } : {}),
      ...(average ? { averageRating: average } : {}),
      ...(all.length ? { totalReviewCount: all.length } : {}),
      ...(offset + pageSize < all.length
        ? { nextPageToken: encodePageToken(offset + pageSize, orderBy) }
        : {}),
    };
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    const route = reviewsRoute.exec(url.pathname);
    if (!route) throw new HttpFailure(404, 'NOT_FOUND', 'No such method.');
    const [, account = '', location = '', reviewId, reply] = route.map((p) =>
      p ? decodeURIComponent(p) : p,
    );
    const isReplyPut = req.method === 'PUT' && reply !== undefined;
    if (!isAuthorised(req)) {
      return sendGoogleError(res, 401, 'UNAUTHENTICATED', 'The request lacks a valid OAuth 2 access token.', {
        'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
      });
    }
    const fault = takeFault(isReplyPut);
    if (fault === '500') return sendGoogleError(res, 500, 'INTERNAL', 'Internal error encountered.');
    if (fault === '401') return sendGoogleError(res, 401, 'UNAUTHENTICATED', 'The access token was revoked.');
    if (fault === '429') {
      return sendGoogleError(res, 429, 'RESOURCE_EXHAUSTED', 'Quota exceeded; slow down.', {
        'retry-after': String(opts.retryAfterSec ?? 1),
      });
    }
    const key = locationKey(account, location);
    if (reviewId === undefined) {
      if (req.method !== 'GET') throw new HttpFailure(404, 'NOT_FOUND', 'No such method.');
      return sendJson(res, 200, listReviews(key, url.searchParams));
    }
    const review = findReview(`${key}/reviews/${reviewId}`);
    if (!review) throw new HttpFailure(404, 'NOT_FOUND', 'Requested entity was not found.');
    if (reply === undefined && req.method === 'GET') return sendJson(res, 200, review);
    if (reply !== undefined && req.method === 'DELETE') {
      delete review.reviewReply;
      return sendJson(res, 200, {});
    }
    if (!isReplyPut) throw new HttpFailure(404, 'NOT_FOUND', 'No such method.');
    const comment = parseJsonBody(body).comment;
    if (typeof comment !== 'string' || comment.trim() === '') {
      throw new HttpFailure(400, 'INVALID_ARGUMENT', 'comment is required.');
    }
    if (Buffer.byteLength(comment, 'utf8') > maxReplyBytes) {
      throw new HttpFailure(400, 'INVALID_ARGUMENT', 'comment is longer than 4096 bytes.');
    }
    const now = nanoTimestamp();
    review.reviewReply = { comment, updateTime: now };
    review.updateTime = now;
    putCounts.set(review.name ?? '', (putCounts.get(review.name ?? '') ?? 0) + 1);
    // Accepted and stored, but the caller never hears back: the crash-between-accept-and-record case.
    if (fault === 'drop-after-accept-reply') return void req.socket.destroy();
    sendJson(res, 200, review.reviewReply);
  }

  function handleAdmin(res: ServerResponse, path: string, body: string) {
    const input = body ? parseJsonBody(body) : {};
    if (path === '/__fake/state') {
      return sendJson(res, 200, {
        issuedTokens,
        replyPutCounts: Object.fromEntries(putCounts),
        locations: Object.fromEntries(locations),
      });
    }
    if (path === '/__fake/seed') {
      seed(String(input.accountId), String(input.locationId), (input.reviews ?? []) as FakeReview[]);
    } else if (path === '/__fake/fail-next') {
      handle.failNext(input.kind as FakeFault, Number(input.count ?? 1));
    } else if (path === '/__fake/set-rating') {
      handle.setRating(
        String(input.name),
        input.starRating as FakeStarRating,
        input.comment as string | undefined,
      );
    } else {
      throw new HttpFailure(404, 'NOT_FOUND', 'No such fake control.');
    }
    sendJson(res, 200, {});
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push({ method: req.method ?? '', path: url.pathname, search: url.search });
    try {
      const body = await readBody(req);
      if (url.pathname === '/token' && req.method === 'POST') handleToken(body, req, res);
      else if (url.pathname.startsWith('/__fake/')) handleAdmin(res, url.pathname, body);
      else await handleApi(req, res, url, body);
    } catch (error) {
      if (error instanceof HttpFailure) sendGoogleError(res, error.status, error.googleStatus, error.message);
      else sendGoogleError(res, 500, 'INTERNAL', 'The fake server failed.');
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;

  const handle: FakeGbp = {
    url,
    tokenUrl: `${url}/token`,
    clientId,
    clientSecret,
    get refreshToken() {
      return refreshToken;
    },
    config: (overrides = {}) => ({
      apiBaseUrl: url,
      tokenUrl: `${url}/token`,
      clientId,
      clientSecret,
      ...overrides,
    }),
    initialTokens: () => ({ refreshToken, accessToken: null, expiresAt: null }),
    seed,
    reviews: (accountId, locationId) =>
      structuredClone(locations.get(locationKey(accountId, locationId)) ?? []),
    setRating(name, starRating, comment) {
      const review = findReview(name);
      if (!review) throw new Error(`No review named ${name}`);
      review.starRating = starRating;
      if (comment !== undefined) review.comment = comment;
      review.updateTime = nanoTimestamp();
    },
    failNext(kind, count = 1) {
      faults.push({ kind, remaining: count });
    },
    replyPutCount: (name) => putCounts.get(name) ?? 0,
    revokeAccessTokens: () => accessTokens.clear(),
    revokeRefreshToken() {
      refreshToken = `revoked-${Math.random().toString(36).slice(2)}`;
      accessTokens.clear();
    },
    get issuedTokens() {
      return issuedTokens;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}

export const FAKE_GBP_DEMO_ACCOUNT = '1029384756';
export const FAKE_GBP_DEMO_LOCATION = '5647382910';

/** 60 reviews (two pages), covering every shape the API documents: ratings, anonymity, replies, translations. */
export function buildDemoReviews(): FakeReview[] {
  const stars: FakeStarRating[] = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];
  const openers = ['The staff', 'Booking', 'The waiting room', 'Pricing', 'The follow-up call'];
  const verdicts = ['was a letdown', 'could be better', 'was fine', 'was pleasant', 'was outstanding'];
  const base = Date.UTC(2025, 0, 6, 9, 30);
  const special: Array<Partial<FakeReview>> = [
    {
      starRating: 'ONE',
      comment: 'Waited forty minutes past my slot and nobody explained why. Not coming back.',
    },
    { starRating: 'FIVE', reviewer: { isAnonymous: true, displayName: 'A Google user' } },
    { starRating: 'STAR_RATING_UNSPECIFIED', comment: 'Left a note but no stars.' },
    {
      starRating: 'TWO',
      comment:
        '(Translated by Google) The bill was higher than quoted.\n\n(Original)\nLa factura fue más alta de lo presupuestado.',
    },
    {
      starRating: 'FOUR',
      comment: 'Friendly front desk, parking is tight.',
      reviewReply: {
        comment: 'Thanks! We are adding bike racks out front.',
        updateTime: '2025-02-01T10:00:00.120000000Z',
      },
    },
  ];
  return Array.from({ length: 60 }, (_, i) => {
    const time = `${new Date(base + i * 86_400_000).toISOString().slice(0, -1)}000000Z`;
    const fallback: FakeReview = {
      reviewId: `AbFvOq${String(i).padStart(4, '0')}demoReview`,
      reviewer: {
        displayName: `Demo Customer ${i + 1}`,
        profilePhotoUrl: `https://example.test/p/${i}.png`,
        isAnonymous: false,
      },
      starRating: stars[i % 5] ?? 'THREE',
      comment: `${openers[i % 5]} ${verdicts[(i * 3) % 5]}.`,
      createTime: time,
      updateTime: time,
    };
    return { ...fallback, ...(special[i] ?? {}) };
  });
}

async function runStandalone(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const fake = await startFakeGbp({
    port: Number(flag('port') ?? 0),
    host: flag('host') ?? '127.0.0.1',
    ...(flag('token-ttl') ? { accessTokenTtlSec: Number(flag('token-ttl')) } : {}),
  });
  if (flag('seed') === 'demo') {
    fake.seed(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION, buildDemoReviews());
  }
  process.stdout.write(`${fake.url}\n`);
  process.stderr.write(
    `fake Google Business Profile: token endpoint ${fake.tokenUrl}, client id ${fake.clientId}\n`,
  );
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runStandalone(process.argv.slice(2));
}
