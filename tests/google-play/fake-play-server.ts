/**
 * A local stand-in for Google's OAuth token endpoint (JWT-bearer grant, RFC 7523) and the Google Play Developer
 * API's reviews methods, following the documented shapes: reviews.list (reviews, tokenPagination.nextPageToken,
 * pageInfo), reviews.get and reviews.reply ({ replyText } → { result: { replyText, lastEdited } }). The token
 * endpoint verifies the assertion's RS256 signature with the service account's public key and its claims.
 */
import { randomBytes } from 'node:crypto';
import { exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { type FakeServer, sendJson, startFakeServer } from '../support/store-fake-http.ts';

export type FakePlayReview = {
  reviewId: string;
  authorName?: string;
  text: string;
  starRating: number;
  lastModifiedSeconds?: number;
  reviewerLanguage?: string;
};
type Stored = FakePlayReview & {
  developerComment?: { text: string; lastModified: { seconds: string; nanos: number } };
};

export type FakePlay = FakeServer & {
  tokenUrl: string;
  packageName: string;
  clientEmail: string;
  /** The service account key file as Google hands it out. */
  serviceAccountJson: string;
  seed(reviews: FakePlayReview[]): void;
  developerComment(reviewId: string): string | null;
  replyCount(reviewId: string): number;
  readonly issuedTokens: number;
  readonly refusedAssertions: number;
};

const googleError = (code: number, status: string, message: string) => ({ error: { code, status, message } });

export async function startFakePlay(
  opts: { pageSize?: number; retryAfterSec?: number } = {},
): Promise<FakePlay> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const pem = await exportPKCS8(privateKey);
  const packageName = 'com.example.rebound';
  const clientEmail = 'rebound-replies@example-project.iam.gserviceaccount.com';
  const reviews: Stored[] = [];
  const replies = new Map<string, number>();
  const tokens = new Set<string>();
  let refused = 0;
  let tokenUrl = '';

  const server = await startFakeServer(async ({ req, res, url, body, takeFault }) => {
    if (req.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
        return sendJson(res, 400, { error: 'unsupported_grant_type' });
      try {
        const { payload } = await jwtVerify(form.get('assertion') ?? '', publicKey, {
          algorithms: ['RS256'],
          issuer: clientEmail,
          audience: tokenUrl,
        });
        const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
        if (
          payload.scope !== 'https://www.googleapis.com/auth/androidpublisher' ||
          lifetime <= 0 ||
          lifetime > 3600
        )
          throw new Error('bad claims');
      } catch {
        refused++;
        return sendJson(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      }
      const token = `ya29.fake-${randomBytes(12).toString('hex')}`;
      tokens.add(token);
      return sendJson(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!tokens.has(bearer))
      return sendJson(
        res,
        401,
        googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
      );
    const route = /^\/androidpublisher\/v3\/applications\/([^/]+)\/reviews(?:\/([^/:]+)(:reply)?)?$/.exec(
      url.pathname,
    );
    if (!route || route[1] !== packageName)
      return sendJson(res, 404, googleError(404, 'NOT_FOUND', 'Package not found.'));
    const [, , reviewId, isReply] = route;
    const present = (r: Stored) => ({
      reviewId: r.reviewId,
      authorName: r.authorName,
      comments: [
        {
          userComment: {
            text: r.text,
            lastModified: { seconds: String(r.lastModifiedSeconds ?? 1_780_000_000), nanos: 0 },
            starRating: r.starRating,
            reviewerLanguage: r.reviewerLanguage ?? 'en',
          },
        },
        ...(r.developerComment ? [{ developerComment: r.developerComment }] : []),
      ],
    });
    if (req.method === 'GET' && !reviewId) {
      const size = Math.min(Number(url.searchParams.get('maxResults') ?? 10), opts.pageSize ?? 100);
      const start = Number(url.searchParams.get('token') ?? 0);
      const page = reviews.slice(start, start + size);
      const more = start + size < reviews.length;
      return sendJson(res, 200, {
        pageInfo: { totalResults: reviews.length, resultPerPage: size, startIndex: start },
        ...(more ? { tokenPagination: { nextPageToken: String(start + size) } } : {}),
        reviews: page.map(present),
      });
    }
    const found = reviews.find((r) => r.reviewId === reviewId);
    if (!found) return sendJson(res, 404, googleError(404, 'NOT_FOUND', 'Review not found.'));
    if (req.method === 'GET' && !isReply) return sendJson(res, 200, present(found));
    if (req.method === 'POST' && isReply) {
      const replyText = (JSON.parse(body) as { replyText?: unknown }).replyText;
      if (typeof replyText !== 'string' || [...replyText].length > 350)
        return sendJson(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Reply text is too long.'));
      const lastModified = { seconds: String(Math.floor(Date.now() / 1000)), nanos: 0 };
      found.developerComment = { text: replyText, lastModified };
      replies.set(found.reviewId, (replies.get(found.reviewId) ?? 0) + 1);
      if (takeFault(true) === 'drop-after-accept') return void req.socket.destroy();
      return sendJson(res, 200, { result: { replyText, lastEdited: lastModified } });
    }
    sendJson(res, 404, googleError(404, 'NOT_FOUND', 'No such method.'));
  }, opts.retryAfterSec ?? 1);
  tokenUrl = `${server.url}/token`;

  return {
    ...server,
    tokenUrl,
    packageName,
    clientEmail,
    serviceAccountJson: JSON.stringify({
      type: 'service_account',
      project_id: 'example-project',
      private_key_id: 'f00dfeedc0ffee',
      private_key: pem,
      client_email: clientEmail,
      client_id: '109876543210',
      token_uri: 'https://oauth2.googleapis.com/token',
    }),
    seed(items) {
      reviews.push(...items.map((r) => ({ ...r })));
    },
    developerComment: (id) => reviews.find((r) => r.reviewId === id)?.developerComment?.text ?? null,
    replyCount: (id) => replies.get(id) ?? 0,
    get issuedTokens() {
      return tokens.size;
    },
    get refusedAssertions() {
      return refused;
    },
  };
}
