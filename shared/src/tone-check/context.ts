import type { CheckContext } from './types.ts';

/** The parts of a business profile the check reads (server/src/drafting/PROFILE.md). */
export type CheckedBusiness = {
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  regulated: boolean;
  signOff?: string;
  serviceNoun?: string;
};

export type CheckedReview = { text: string; title?: string | null; rating?: number | null };

/**
 * The check context for a reply from a business to a review. The business's own words (name, contact, sign-off,
 * what it calls its service) are free to use; remedy labels are not added, because a remedy already given
 * ("sorry the replacement also failed") is exactly what the review must support.
 */
export function checkContextFor(
  business: CheckedBusiness | null,
  review: CheckedReview | null,
): CheckContext {
  const reviewText = review
    ? [review.title, review.text].filter((t) => t && t.trim().length > 0).join('\n')
    : '';
  return {
    ...(business
      ? {
          regulated: business.regulated,
          businessContacts: [business.contactEmail, business.contactPhone],
          businessVocabulary: [
            business.name,
            business.contactName,
            business.signOff ?? '',
            business.serviceNoun ?? '',
          ],
        }
      : {}),
    ...(reviewText ? { reviewText } : {}),
    ...(review?.rating != null ? { rating: review.rating } : {}),
  };
}
