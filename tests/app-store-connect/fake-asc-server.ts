/**
 * A local stand-in for the App Store Connect API's customer review endpoints, following Apple's documented
 * shapes: GET /v1/apps/{id}/customerReviews (JSON:API data, included responses, links.next, meta.paging),
 * GET /v1/customerReviews/{id}/response, POST /v1/customerReviewResponses and DELETE
 * /v1/customerReviewResponses/{id}. Every call must carry an ES256 JWT that verifies with the key's public half,
 * names the key id and issuer, is for appstoreconnect-v1 and lives at most 20 minutes.
 */
import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { type FakeServer, sendJson, startFakeServer } from '../support/store-fake-http.ts';

export type FakeAscReview = {
  id: string;
  rating: number;
  title?: string;
  body?: string;
  reviewerNickname?: string;
  createdDate?: string;
  territory?: string;
};
type StoredResponse = {
  id: string;
  responseBody: string;
  state: 'PENDING_PUBLISH' | 'PUBLISHED';
  lastModifiedDate: string;
};

export type FakeAsc = FakeServer & {
  appId: string;
  issuerId: string;
  keyId: string;
  privateKey: string;
  seed(reviews: FakeAscReview[]): void;
  responseOf(reviewId: string): StoredResponse | null;
  /** How many responses were created for a review (a create after a delete counts again). */
  createCount(reviewId: string): number;
  deleteCount(): number;
  publishAll(): void;
  /** Tokens the fake refused (bad signature, wrong claims). */
  readonly refusedTokens: number;
};

const errorBody = (status: number, code: string, detail: string) => ({
  errors: [{ id: randomUUID(), status: String(status), code, title: code, detail }],
});

export async function startFakeAsc(
  opts: { pageSize?: number; retryAfterSec?: number } = {},
): Promise<FakeAsc> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const pem = await exportPKCS8(privateKey);
  const appId = '1234567890';
  const issuerId = '57246542-96fe-1a63-e053-0824d011072a';
  const keyId = 'ABC123DEFG';
  const reviews: FakeAscReview[] = [];
  const responses = new Map<string, StoredResponse>();
  const creates = new Map<string, number>();
  let deletes = 0;
  let refused = 0;

  const isAuthorised = async (authorization: string | undefined) => {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    try {
      const header = decodeProtectedHeader(token);
      const { payload } = await jwtVerify(token, publicKey, {
        algorithms: ['ES256'],
        issuer: issuerId,
        audience: 'appstoreconnect-v1',
      });
      const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
      if (header.kid !== keyId || lifetime <= 0 || lifetime > 20 * 60) throw new Error('bad claims');
      return true;
    } catch {
      refused++;
      return false;
    }
  };
  const resource = (r: StoredResponse) => ({
    type: 'customerReviewResponses',
    id: r.id,
    attributes: { responseBody: r.responseBody, lastModifiedDate: r.lastModifiedDate, state: r.state },
  });

  const server = await startFakeServer(async ({ req, res, url, body, takeFault }) => {
    if (!(await isAuthorised(req.headers.authorization)))
      return sendJson(
        res,
        401,
        errorBody(401, 'NOT_AUTHORIZED', 'Provide a properly configured and signed bearer token'),
      );
    const list = /^\/v1\/apps\/([^/]+)\/customerReviews$/.exec(url.pathname);
    if (req.method === 'GET' && list) {
      if (list[1] !== appId) return sendJson(res, 404, errorBody(404, 'NOT_FOUND', 'No app with that id'));
      const limit = Math.min(200, Number(url.searchParams.get('limit') ?? 50), opts.pageSize ?? 200);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const sorted = [...reviews].sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''));
      const page = sorted.slice(start, start + limit);
      const withResponse = url.searchParams.get('include') === 'response';
      const next = new URL(url.pathname + url.search, server.url);
      next.searchParams.set('cursor', String(start + limit));
      return sendJson(res, 200, {
        data: page.map((r) => {
          const response = responses.get(r.id);
          return {
            type: 'customerReviews',
            id: r.id,
            attributes: {
              rating: r.rating,
              title: r.title,
              body: r.body,
              reviewerNickname: r.reviewerNickname,
              createdDate: r.createdDate,
              territory: r.territory,
            },
            relationships: {
              response: { data: response ? { type: 'customerReviewResponses', id: response.id } : null },
            },
          };
        }),
        ...(withResponse
          ? {
              included: page.flatMap((r) =>
                responses.get(r.id) ? [resource(responses.get(r.id) as StoredResponse)] : [],
              ),
            }
          : {}),
        links: { self: url.toString(), ...(start + limit < sorted.length ? { next: next.toString() } : {}) },
        meta: { paging: { total: sorted.length, limit } },
      });
    }
    const read = /^\/v1\/customerReviews\/([^/]+)\/response$/.exec(url.pathname);
    if (req.method === 'GET' && read) {
      const found = responses.get(read[1] ?? '');
      if (!found)
        return sendJson(res, 404, errorBody(404, 'NOT_FOUND', 'There is no response for this review'));
      return sendJson(res, 200, { data: resource(found), links: { self: url.toString() } });
    }
    if (req.method === 'POST' && url.pathname === '/v1/customerReviewResponses') {
      const parsed = JSON.parse(body) as {
        data?: {
          type?: string;
          attributes?: { responseBody?: unknown };
          relationships?: { review?: { data?: { type?: string; id?: string } } };
        };
      };
      const text = parsed.data?.attributes?.responseBody;
      const reviewId = parsed.data?.relationships?.review?.data?.id ?? '';
      if (parsed.data?.type !== 'customerReviewResponses' || typeof text !== 'string' || !text.trim())
        return sendJson(
          res,
          422,
          errorBody(422, 'ENTITY_ERROR.ATTRIBUTE.REQUIRED', 'responseBody is required'),
        );
      if (text.length > 5970)
        return sendJson(
          res,
          409,
          errorBody(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG', 'responseBody is too long'),
        );
      if (!reviews.some((r) => r.id === reviewId))
        return sendJson(res, 404, errorBody(404, 'NOT_FOUND', 'No review with that id'));
      const created: StoredResponse = {
        id: randomUUID(),
        responseBody: text,
        state: 'PENDING_PUBLISH',
        lastModifiedDate: new Date().toISOString(),
      };
      responses.set(reviewId, created);
      creates.set(reviewId, (creates.get(reviewId) ?? 0) + 1);
      if (takeFault(true) === 'drop-after-accept') return void req.socket.destroy();
      return sendJson(res, 201, {
        data: resource(created),
        links: { self: `${server.url}/v1/customerReviewResponses/${created.id}` },
      });
    }
    const del = /^\/v1\/customerReviewResponses\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'DELETE' && del) {
      const entry = [...responses.entries()].find(([, r]) => r.id === del[1]);
      if (!entry) return sendJson(res, 404, errorBody(404, 'NOT_FOUND', 'No such response'));
      responses.delete(entry[0]);
      deletes++;
      res.writeHead(204);
      return void res.end();
    }
    sendJson(res, 404, errorBody(404, 'PATH_ERROR', 'The URL path is not valid'));
  }, opts.retryAfterSec ?? 1);

  return {
    ...server,
    appId,
    issuerId,
    keyId,
    privateKey: pem,
    seed(items) {
      reviews.push(...items);
    },
    responseOf: (reviewId) => responses.get(reviewId) ?? null,
    createCount: (reviewId) => creates.get(reviewId) ?? 0,
    deleteCount: () => deletes,
    publishAll() {
      for (const r of responses.values()) r.state = 'PUBLISHED';
    },
    get refusedTokens() {
      return refused;
    },
  };
}
