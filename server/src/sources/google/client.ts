/**
 * Google Business Profile (My Business API v4) adapter: OAuth2 refresh, reviews.list with paging,
 * reviews.get, and replies. Every function takes the HTTP transport so production can pass the
 * SSRF-guarded fetch, and hands back the tokens it ended with so a refresh can be stored.
 */
export { GbpError, type GbpErrorCode, redactSecrets } from './errors.ts';
export { createFetchHttp, defaultHttp } from './http.ts';
export {
  type GoogleReview,
  type GoogleReviewer,
  type GoogleReviewReply,
  type GoogleStarRating,
  mapStarRating,
  normalizeGbpReview,
  toIsoTimestamp,
} from './normalize.ts';
export { gbpReviewName } from './paths.ts';
export {
  defaultReplyBackoffMs,
  type PostReplyOptions,
  type PostReplyResult,
  postReplyExactlyOnce,
} from './post-reply-once.ts';
export { checkReplyComment, deleteGbpReply, type GbpReply, putGbpReply } from './reply.ts';
export {
  type GetGbpReviewResult,
  getGbpReview,
  type ListGbpReviewsOptions,
  type ListGbpReviewsResult,
  listGbpReviews,
} from './reviews.ts';
export { isAccessTokenUsable, refreshAccessToken } from './token.ts';
export { type SplitComment, splitGoogleTranslation } from './translation.ts';
export {
  createGbpConfig,
  GBP_API_BASE_URL,
  GBP_MAX_PAGE_SIZE,
  GBP_OAUTH_SCOPE,
  GBP_REPLY_MAX_BYTES,
  GBP_TOKEN_URL,
  type GbpConfig,
  type GbpLocation,
  type GbpTokens,
  type HttpFn,
  type HttpResponse,
} from './types.ts';
