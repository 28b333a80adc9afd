/**
 * Google Play Developer API adapter (reviews): a service account's access token through the JWT-bearer grant,
 * reviews.list with paging, reviews.get and reviews.reply. Every function takes the HTTP transport, so the app
 * passes its SSRF-guarded fetch and tests a local fake.
 */
export { postGpReplyOnce, replyToGpReview } from './reply.ts';
export { type GpReview, getGpReview, gpReviewsUrl, listGpReviews, normalizeGpReview } from './reviews.ts';
export { fetchGpAccessToken, signGpAssertion } from './token.ts';
export {
  createGpConfig,
  GP_API_BASE_URL,
  GP_PLATFORM,
  GP_SCOPE,
  GP_TOKEN_URL,
  type GpConfig,
  parseServiceAccount,
} from './types.ts';
