import type { AggregateRating, NormalizedReview } from '@rebound/shared';
import { buildReview, resolveUrl } from './build-review.ts';
import { ExtractError } from './errors.ts';
import { toIsoDate } from './normalize/dates.ts';
import { parseNumber } from './normalize/number.ts';
import { normalizeRating } from './normalize/rating.ts';
import { cleanOptional, cleanText } from './normalize/text.ts';
import type { ExtractResult, FetchedDocument } from './types.ts';

type Json = Record<string, unknown>;

/** Yelp states review times in Pacific time without an offset. */
const yelpTimeZone = 'America/Los_Angeles';

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isYelpReviews(value: unknown): boolean {
  if (!isJson(value) || !Array.isArray(value.reviews)) return false;
  return value.reviews.length === 0
    ? 'possible_languages' in value || 'total' in value
    : value.reviews.some((review) => isJson(review) && 'time_created' in review);
}

export function isYelpBusiness(value: unknown): boolean {
  if (!isJson(value)) return false;
  if (Array.isArray(value.businesses)) return true;
  return 'rating' in value && 'review_count' in value && ('alias' in value || 'id' in value);
}

/**
 * Reads Yelp Fusion responses: the reviews endpoint (at most three excerpts per business, by
 * Yelp's rules) and business lookups or searches, whose rating and review count become aggregates.
 */
export function extractYelp(doc: FetchedDocument): ExtractResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc.body);
  } catch {
    throw new ExtractError('invalid_content', 'The Yelp response is not valid JSON.');
  }
  if (isYelpReviews(parsed) && isJson(parsed)) {
    const reviews = (parsed.reviews as unknown[]).filter(isJson).map((review) => readReview(review, doc.url));
    return { reviews, aggregates: [], nextPageUrl: null };
  }
  if (isYelpBusiness(parsed) && isJson(parsed)) {
    const businesses = Array.isArray(parsed.businesses) ? parsed.businesses.filter(isJson) : [parsed];
    return { reviews: [], aggregates: businesses.map(readBusiness), nextPageUrl: null };
  }
  throw new ExtractError(
    'invalid_content',
    'This JSON is neither a Yelp reviews nor a Yelp business response.',
  );
}

function readReview(review: Json, base: string | null): NormalizedReview {
  const user = isJson(review.user) ? review.user : {};
  return buildReview({
    externalId: cleanOptional(review.id),
    author: cleanOptional(user.name),
    rating: normalizeRating(review.rating, 1, 5),
    text: cleanText(typeof review.text === 'string' ? review.text : ''),
    publishedAt: toIsoDate(review.time_created, { timeZone: yelpTimeZone }),
    url: resolveUrl(review.url, base),
  });
}

function readBusiness(business: Json): AggregateRating {
  const parts = normalizeRating(business.rating, 1, 5);
  return {
    itemName: cleanOptional(business.name),
    ratingValue: parts.ratingOriginal,
    rating: parts.rating,
    ratingScale: parts.ratingScale,
    ratingCount: null,
    reviewCount: parseNumber(business.review_count),
  };
}
