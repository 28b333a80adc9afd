import type { NormalizedReview } from '@rebound/shared';
import { GbpError } from './errors.ts';
import { type GoogleReview, normalizeGbpReview, readReviewArray } from './normalize.ts';
import { checkReviewName, gbpReviewsPath, gbpUrl } from './paths.ts';
import { callGbp, createSession, type GbpSession } from './session.ts';
import { GBP_MAX_PAGE_SIZE, type GbpConfig, type GbpLocation, type GbpTokens, type HttpFn } from './types.ts';

export type ListGbpReviewsOptions = {
  pageSize?: number;
  /** Stop after this many pages (a safety bound for huge locations); default 200 pages. */
  maxPages?: number;
  /** Google accepts "updateTime desc" (its default), "rating" and "rating desc". */
  orderBy?: 'updateTime desc' | 'rating' | 'rating desc';
  now?: () => number;
};

export type ListGbpReviewsResult = {
  reviews: NormalizedReview[];
  averageRating: number | null;
  totalReviewCount: number | null;
  tokens: GbpTokens;
};

const defaultMaxPages = 200;

function readNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** accounts.locations.reviews.list, following nextPageToken until the last page or maxPages. */
export async function listGbpReviews(
  cfg: GbpConfig,
  tokens: GbpTokens,
  loc: GbpLocation,
  http: HttpFn,
  opts: ListGbpReviewsOptions = {},
): Promise<ListGbpReviewsResult> {
  const session = createSession(cfg, tokens, http, opts.now);
  const path = gbpReviewsPath(loc);
  const pageSize = Math.min(Math.max(1, Math.floor(opts.pageSize ?? GBP_MAX_PAGE_SIZE)), GBP_MAX_PAGE_SIZE);
  const maxPages = Math.max(1, opts.maxPages ?? defaultMaxPages);
  const reviews: NormalizedReview[] = [];
  const seenTokens = new Set<string>();
  let averageRating: number | null = null;
  let totalReviewCount: number | null = null;
  let pageToken: string | null = null;

  for (let page = 0; page < maxPages; page++) {
    const query = new URLSearchParams({ pageSize: String(pageSize) });
    if (pageToken) query.set('pageToken', pageToken);
    if (opts.orderBy) query.set('orderBy', opts.orderBy);
    const body = await callGbp(session, 'GET', gbpUrl(cfg.apiBaseUrl, path, query), 'listing reviews');
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    for (const raw of readReviewArray(record.reviews)) reviews.push(normalizeGbpReview(raw));
    // The first page carries the location's figures; later pages repeat them.
    if (page === 0) {
      averageRating = readNumber(record.averageRating);
      totalReviewCount = readNumber(record.totalReviewCount);
    }
    const next =
      typeof record.nextPageToken === 'string' && record.nextPageToken ? record.nextPageToken : null;
    // A token we have already followed would loop forever; treat it as the end.
    if (!next || seenTokens.has(next)) break;
    seenTokens.add(next);
    pageToken = next;
  }
  return { reviews, averageRating, totalReviewCount, tokens: session.tokens };
}

export type GetGbpReviewResult = { tokens: GbpTokens; review: NormalizedReview; replyComment: string | null };

/** accounts.locations.reviews.get: used to read the current reply back before retrying a post. */
export async function getGbpReview(
  cfg: GbpConfig,
  tokens: GbpTokens,
  reviewName: string,
  http: HttpFn,
  opts: { now?: () => number } = {},
): Promise<GetGbpReviewResult> {
  const session = createSession(cfg, tokens, http, opts.now);
  const { review, replyComment } = await readReviewInSession(session, reviewName);
  return { tokens: session.tokens, review, replyComment };
}

export async function readReviewInSession(
  session: GbpSession,
  reviewName: string,
): Promise<{ review: NormalizedReview; replyComment: string | null }> {
  const url = gbpUrl(session.cfg.apiBaseUrl, checkReviewName(reviewName));
  const body = await callGbp(session, 'GET', url, 'reading a review');
  if (typeof body !== 'object' || body === null) {
    throw new GbpError('invalid', 'Google answered a review read with something that is not a review');
  }
  const raw = body as GoogleReview;
  const replyComment = typeof raw.reviewReply?.comment === 'string' ? raw.reviewReply.comment : null;
  return { review: normalizeGbpReview(raw), replyComment };
}
