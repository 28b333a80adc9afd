import { draftHappyReviews, isComplaintStyle, offersCompensation } from '../drafting/happy-drafts.ts';

/**
 * Replies to 1,000 happy (4–5 star) reviews: the share answered like a complaint (apology or remedy), the number
 * offering any compensation, gift or discount (target 0), escalations, and the median length of the thank-yous.
 */
export async function run(): Promise<Record<string, number>> {
  const drafted = draftHappyReviews();
  const words = drafted
    .filter((d) => d.draft.kind === 'thanks')
    .map((d) => d.text.split(/\s+/).length)
    .sort((a, b) => a - b);
  return {
    happy_reviews_drafted: drafted.length,
    happy_complaint_reply_rate: drafted.filter(isComplaintStyle).length / drafted.length,
    happy_compensation_offers: drafted.filter(offersCompensation).length,
    happy_escalations: drafted.filter((d) => d.triage.escalation.escalate).length,
    happy_thanks_median_words: words[Math.floor(words.length / 2)] ?? 0,
  };
}
