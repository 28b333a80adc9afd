import { createHash } from 'node:crypto';
import type { NormalizedReview } from '@rebound/shared';

function normalizeForHash(value: string | null): string {
  if (!value) return '';
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A stable identity for a review that has no platform id: the same author, text, title and
 * publication day always hash the same, whatever the whitespace or letter case.
 */
export function reviewFingerprint(
  review: Pick<NormalizedReview, 'author' | 'text' | 'title' | 'publishedAt'>,
): string {
  const day = review.publishedAt ? review.publishedAt.slice(0, 10) : '';
  const material = [review.author, review.text, review.title]
    .map(normalizeForHash)
    .concat(day)
    .join('\u001f');
  return createHash('sha256').update(material).digest('hex');
}
