import { checkContextFor, checkReply } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviews } from '../../db/schema/index.ts';
import { describeDraftSource, draftWithLlm, type LlmConfig } from '../../drafting/index.ts';
import { triageReview } from '../../triage/index.ts';
import { notFound } from '../errors.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { triageOptionsFor } from '../reviews/triage-options.ts';

/**
 * Drafts one review through the LLM exactly as drafting would, without saving anything, so the owner sees what the
 * LLM wrote, what the check found in it, and whether the composer's draft would be used instead.
 */
export async function tryLlmOnReview(db: Db, orgId: string, reviewId: string, cfg: LlmConfig | null) {
  const [review] = await db
    .select({
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      text: reviews.text,
      language: reviews.language,
      externalId: reviews.externalId,
    })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!review) throw notFound('Review');
  const profile = await getBusinessProfile(db, orgId);
  // The same reading the drafting worker uses, so the dry run shows what drafting would really do.
  const triage = triageReview(review, triageOptionsFor(profile));
  const draft = await draftWithLlm(review, triage, profile, cfg);
  return {
    review: { author: review.author, rating: review.rating, title: review.title, text: review.text },
    isEscalated: triage.escalation.escalate,
    llmAnswer: draft.llmAnswer,
    llmFindings: draft.llmFindings,
    decision: draft.source,
    sourceLabel: describeDraftSource(draft),
    draft: {
      text: draft.text,
      kind: draft.kind,
      findings: checkReply(draft.text, checkContextFor(profile, review)),
    },
  };
}
