/**
 * App Store Connect API adapter: customer reviews of one app (all territories, paged) and our responses to
 * them, authorised by JWTs signed with the team's API key. Every function takes the HTTP transport, so the
 * app passes its SSRF-guarded fetch and tests a local fake.
 */
export { postAscResponseOnce } from './post-response-once.ts';
export { createAscResponse, deleteAscResponse, getAscResponse } from './responses.ts';
export {
  ASC_PLATFORM,
  type AscReview,
  ascReviewsUrl,
  listAscReviews,
  normalizeAscReview,
} from './reviews.ts';
export { signAscToken } from './token.ts';
export {
  ASC_API_BASE_URL,
  ASC_AUDIENCE,
  ASC_TOKEN_LIFETIME_SEC,
  type AscConfig,
  type AscResponse,
  type AscResponseState,
  createAscConfig,
} from './types.ts';
