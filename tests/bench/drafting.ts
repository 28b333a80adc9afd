import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { draftHappyReviews, isComplaintStyle, offersCompensation } from '../drafting/happy-drafts.ts';
import { loadProfile, loadSet } from '../drafting/sample-drafts.ts';

/** Milliseconds per review to triage and draft every negative local-business and electronics review. */
function complaintDraftingMs(): { count: number; msPerReview: number } {
  const reviews = [
    ...loadSet('negative', { keepUnknownKind: true }),
    ...loadSet('electronics-negative').filter((r) => r.rating <= 2),
  ];
  const started = performance.now();
  for (const r of reviews) {
    const profile = loadProfile(r.kind);
    composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile);
  }
  return { count: reviews.length, msPerReview: (performance.now() - started) / reviews.length };
}

/**
 * Replies to 1,000 happy (4–5 star) reviews: the share answered like a complaint (apology or remedy), the number
 * offering any compensation, gift or discount (target 0), escalations, and the median length of the thank-yous.
 * Also the time triage and drafting take per review, happy and negative, as the ingest queue's drafting step pays it.
 */
export async function run(): Promise<Record<string, number>> {
  const started = performance.now();
  const drafted = draftHappyReviews();
  const happyMs = (performance.now() - started) / drafted.length;
  const complaints = complaintDraftingMs();
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
    triage_draft_happy_ms_per_review: happyMs,
    negative_reviews_drafted: complaints.count,
    triage_draft_negative_ms_per_review: complaints.msPerReview,
  };
}
