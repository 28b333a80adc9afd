import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';

/**
 * Drafts reviews in order (one-star unless told), each with the replies before it as the business's recent replies,
 * as a page is.
 */
export function draftPage(
  profile: BusinessProfile,
  reviews: readonly string[],
  prefix: string,
  rating = 1,
): string[] {
  const recent: string[] = [];
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating, text, title: null, externalId: `${prefix}-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}
