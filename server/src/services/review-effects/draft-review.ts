import { checkReply } from '@rebound/shared/tone-check/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, replyDrafts, reviews } from '../../db/schema/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import { composeDraft } from '../../drafting/index.ts';
import { triageReview } from '../../triage/index.ts';

/**
 * Write the first draft of a stored review through the composer. Triage is run again from the stored text
 * (it is a pure function of it), so the composer sees everything triage knows, not only the columns kept.
 * A review that meanwhile got a reply on the platform, left, or already has a draft gets none.
 */
export async function draftStoredReview(
  db: Db,
  orgId: string,
  reviewId: string,
  profile: BusinessProfile,
): Promise<void> {
  const [review] = await db
    .select({
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      text: reviews.text,
      language: reviews.language,
      externalId: reviews.externalId,
      ownerReply: reviews.ownerReply,
      status: reviews.status,
    })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (review?.status !== 'active' || review.ownerReply) return;
  const [existing] = await db
    .select({ id: replyDrafts.id })
    .from(replyDrafts)
    .where(
      and(
        eq(replyDrafts.orgId, orgId),
        eq(replyDrafts.reviewId, reviewId),
        inArray(replyDrafts.status, ['draft', 'sent_back', 'approved']),
      ),
    )
    .limit(1);
  if (existing) return;
  const triage = triageReview({
    rating: review.rating,
    text: review.text,
    title: review.title,
    language: review.language,
  });
  const draft = composeDraft(review, triage, profile);
  const [made] = await db
    .insert(replyDrafts)
    .values({
      orgId,
      reviewId,
      text: draft.text,
      origin: draft.kind === 'holding' ? 'holding' : 'composer',
      findings: checkReply(draft.text, { regulated: profile.regulated, reviewText: review.text }),
      translateBeforePosting: draft.translateBeforePosting,
    })
    .returning({ id: replyDrafts.id, origin: replyDrafts.origin });
  if (!made) return;
  await db.insert(auditLog).values({
    orgId,
    actorUserId: null,
    actorLabel: 'Rebound',
    action: 'reply.drafted',
    entityType: 'review',
    entityId: reviewId,
    detail: { draftId: made.id, origin: made.origin },
  });
}
