import type { NormalizedReview } from '@rebound/shared';
import { buildReview, resolveUrl } from './build-review.ts';
import { ExtractError } from './errors.ts';
import { toIsoDate } from './normalize/dates.ts';
import { normalizeRating } from './normalize/rating.ts';
import { cleanOptional, cleanText } from './normalize/text.ts';

type Json = Record<string, unknown>;

/** The only fields asked of Places (and billed): the rating, how many ratings it rests on, and the reviews. */
export const PLACES_FIELD_MASK = 'rating,userRatingCount,reviews';
export const PLACES_API_URL = 'https://places.googleapis.com';

export type PlaceRatings = {
  rating: number | null;
  ratingCount: number | null;
  /** At most five: the Places API returns no more, whatever the place's total. */
  reviews: NormalizedReview[];
};

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `GET /v1/places/{id}` for one place id on the given API base. */
export function placeDetailsUrl(placeId: string, base: string = PLACES_API_URL): string {
  return `${base.replace(/\/+$/, '')}/v1/places/${encodeURIComponent(placeId)}`;
}

/** Localized text in Places answers is `{ text, languageCode }`. */
function localized(value: unknown): { text: string; language: string | null } | null {
  if (!isJson(value) || typeof value.text !== 'string') return null;
  return { text: value.text, language: cleanOptional(value.languageCode) };
}

function readReview(review: Json): NormalizedReview {
  // The original words when Google translated them for us; the translation otherwise.
  const words = localized(review.originalText) ?? localized(review.text);
  const author = isJson(review.authorAttribution) ? review.authorAttribution : {};
  return buildReview({
    // "places/{place}/reviews/{review}": the review's own resource name, stable across polls.
    externalId: cleanOptional(review.name),
    author: cleanOptional(author.displayName),
    rating: normalizeRating(review.rating, 1, 5),
    text: cleanText(words?.text ?? ''),
    ...(words?.language ? { language: words.language.slice(0, 2).toLowerCase() } : {}),
    publishedAt: toIsoDate(review.publishTime),
    url: resolveUrl(review.googleMapsUri, null) ?? resolveUrl(author.uri, null),
  });
}

/** Reads a Places API (New) place details answer asked with PLACES_FIELD_MASK. */
export function extractPlaceRatings(body: string): PlaceRatings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ExtractError('invalid_content', 'The Places API answer is not valid JSON.');
  }
  if (!isJson(parsed)) throw new ExtractError('invalid_content', 'The Places API answer is not an object.');
  if (isJson(parsed.error))
    throw new ExtractError(
      'invalid_content',
      `Places API error: ${cleanOptional(parsed.error.message) ?? ''}`,
    );
  const rating = normalizeRating(parsed.rating, 1, 5).rating;
  const count = parsed.userRatingCount;
  const reviews = Array.isArray(parsed.reviews) ? parsed.reviews.filter(isJson).map(readReview) : [];
  return {
    rating,
    ratingCount: typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null,
    reviews: reviews.filter((r) => r.text.length > 0 || r.rating !== null).slice(0, 5),
  };
}
