import type { NormalizedReview } from '@rebound/shared';
import { splitGoogleTranslation } from './translation.ts';

/** Google's wire shapes (My Business API v4), as documented; every field may be absent in proto3 JSON. */
export type GoogleReviewer = { profilePhotoUrl?: string; displayName?: string; isAnonymous?: boolean };
export type GoogleReviewReply = { comment?: string; updateTime?: string };
export type GoogleStarRating = 'STAR_RATING_UNSPECIFIED' | 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
export type GoogleReview = {
  name?: string;
  reviewId?: string;
  reviewer?: GoogleReviewer;
  starRating?: GoogleStarRating | string;
  comment?: string;
  createTime?: string;
  updateTime?: string;
  reviewReply?: GoogleReviewReply;
};

const starValues: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** ONE..FIVE → 1..5; STAR_RATING_UNSPECIFIED, a missing or an unknown value → null. */
export function mapStarRating(value: unknown): number | null {
  return typeof value === 'string' ? (starValues[value] ?? null) : null;
}

const rfc3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i;

/** RFC 3339 with 0–9 fractional digits → ISO 8601 in UTC with milliseconds; null when unreadable. */
export function toIsoTimestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = rfc3339.exec(value.trim());
  if (!match) return null;
  const millis = (match[2] ?? '').slice(0, 3).padEnd(3, '0');
  const parsed = Date.parse(`${match[1]}.${millis}${match[3]?.toUpperCase()}`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The review id: `reviewId`, or the last segment of `name` when only that is present. */
export function gbpReviewId(review: GoogleReview): string | null {
  const id = asString(review.reviewId);
  if (id) return id;
  const last = asString(review.name)?.split('/').at(-1);
  return last ? last : null;
}

export function normalizeGbpReview(review: GoogleReview): NormalizedReview {
  const reviewer = review.reviewer ?? {};
  const rating = mapStarRating(review.starRating);
  const comment = asString(review.comment);
  const replyText = asString(review.reviewReply?.comment);
  return {
    externalId: gbpReviewId(review),
    author: reviewer.isAnonymous === true ? null : asString(reviewer.displayName)?.trim() || null,
    rating,
    ratingOriginal: rating,
    ratingScale: { worst: 1, best: 5 },
    title: null,
    text: comment === null ? '' : splitGoogleTranslation(comment).original,
    // Google sends no language; detection happens downstream on the original text.
    language: null,
    publishedAt: toIsoTimestamp(review.createTime),
    updatedAt: toIsoTimestamp(review.updateTime),
    // The API gives no public link to a single review.
    url: null,
    itemName: null,
    ownerReply:
      replyText === null
        ? null
        : { text: replyText, updatedAt: toIsoTimestamp(review.reviewReply?.updateTime) },
  };
}

/** Keeps only objects from an untrusted `reviews` array; the fields are read defensively above. */
export function readReviewArray(value: unknown): GoogleReview[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is GoogleReview => typeof item === 'object' && item !== null);
}
