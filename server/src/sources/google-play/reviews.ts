import type { NormalizedReview } from '@rebound/shared';
import { asRecord, asText, callJson, type HttpFn, pathSegment } from '../store-api/request.ts';
import { fetchGpAccessToken, gpCall } from './token.ts';
import { GP_PAGE_SIZE, GP_PLATFORM, type GpConfig } from './types.ts';

export type GpReview = NormalizedReview & { developerComment: string | null };

/** Google's Timestamp `{ seconds, nanos }` (seconds may arrive as a string) → ISO 8601, or null. */
function timestampToIso(value: unknown): string | null {
  const seconds = Number(asRecord(value).seconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const nanos = Number(asRecord(value).nanos) || 0;
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString();
}

/** A review with a title arrives as "<title>\t<text>"; one without, as plain text. */
function splitTitle(text: string): { title: string | null; text: string } {
  const tab = text.indexOf('\t');
  if (tab < 0) return { title: null, text: text.trim() };
  const title = text.slice(0, tab).trim();
  return { title: title || null, text: text.slice(tab + 1).trim() };
}

/** One `Review` resource: the user's comment is the review, a developer comment is our public reply. */
export function normalizeGpReview(resource: unknown): GpReview | null {
  const data = asRecord(resource);
  const id = asText(data.reviewId);
  if (!id) return null;
  const comments = Array.isArray(data.comments) ? data.comments.map(asRecord) : [];
  const user = asRecord(comments.find((c) => c.userComment)?.userComment);
  const developer = asRecord(comments.find((c) => c.developerComment)?.developerComment);
  const stars = typeof user.starRating === 'number' ? Math.round(user.starRating) : null;
  const rating = stars !== null && stars >= 1 && stars <= 5 ? stars : null;
  const { title, text } = splitTitle(asText(user.text) ?? '');
  const reply = asText(developer.text);
  const modified = timestampToIso(user.lastModified);
  return {
    externalId: id,
    author: asText(data.authorName)?.trim() || null,
    rating,
    ratingOriginal: rating,
    ratingScale: { worst: 1, best: 5 },
    title,
    text,
    language: asText(user.reviewerLanguage),
    // The API gives only the last change; it is the best "published" time there is.
    publishedAt: modified,
    updatedAt: modified,
    url: null,
    itemName: null,
    ownerReply: reply === null ? null : { text: reply, updatedAt: timestampToIso(developer.lastModified) },
    developerComment: reply,
  };
}

export function gpReviewsUrl(cfg: GpConfig, reviewId?: string): string {
  const app = pathSegment(cfg.packageName, 'package name', GP_PLATFORM);
  const base = `${cfg.apiBaseUrl}/androidpublisher/v3/applications/${app}/reviews`;
  return reviewId ? `${base}/${pathSegment(reviewId, 'review id', GP_PLATFORM)}` : base;
}

/**
 * reviews.list, every page (tokenPagination.nextPageToken). Google lists only reviews created or changed in the
 * last seven days, so a poll is never the whole history. `maxPages` bounds a runaway.
 */
export async function listGpReviews(
  cfg: GpConfig,
  http: HttpFn,
  opts: { maxPages?: number; now?: () => number } = {},
): Promise<{ reviews: GpReview[] }> {
  const call = gpCall(cfg, http, opts.now);
  const { accessToken } = await fetchGpAccessToken(cfg, http, opts);
  const reviews: GpReview[] = [];
  const seen = new Set<string>();
  let pageToken: string | null = null;
  for (let page = 0; page < (opts.maxPages ?? 200); page++) {
    const query = new URLSearchParams({ maxResults: String(GP_PAGE_SIZE) });
    if (pageToken) query.set('token', pageToken);
    const body = asRecord(
      await callJson(call, {
        method: 'GET',
        url: `${gpReviewsUrl(cfg)}?${query}`,
        token: accessToken,
        what: 'listing reviews',
      }),
    );
    for (const item of Array.isArray(body.reviews) ? body.reviews : []) {
      const review = normalizeGpReview(item);
      if (review) reviews.push(review);
    }
    const next = asText(asRecord(body.tokenPagination).nextPageToken);
    if (!next || seen.has(next)) break;
    seen.add(next);
    pageToken = next;
  }
  return { reviews };
}

/** reviews.get: read back the developer comment before a retry. */
export async function getGpReview(
  cfg: GpConfig,
  http: HttpFn,
  accessToken: string,
  reviewId: string,
  opts: { now?: () => number } = {},
): Promise<GpReview | null> {
  const body = await callJson(gpCall(cfg, http, opts.now), {
    method: 'GET',
    url: gpReviewsUrl(cfg, reviewId),
    token: accessToken,
    what: 'reading a review',
  });
  return normalizeGpReview(body);
}
