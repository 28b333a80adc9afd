import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type CaseOpenReason, caseEvents, recoveryCases, reviews } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';

const system: Actor = { userId: null, label: 'Rebound' };

/**
 * Open the recovery case for a review, once: the unique (org, review) index turns a second call (two pollers,
 * a retried event) into a no-op that returns the existing case.
 */
export async function openCaseForReview(
  db: Db,
  orgId: string,
  reviewId: string,
  reason: CaseOpenReason,
  actor: Actor = system,
): Promise<{ caseId: string; isNew: boolean } | null> {
  const [review] = await db
    .select({ author: reviews.author, title: reviews.title, text: reviews.text, rating: reviews.rating })
    .from(reviews)
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!review) return null;
  const who = review.author?.trim() || 'an anonymous reviewer';
  const gist = (review.title ?? review.text).replace(/\s+/g, ' ').slice(0, 80);
  const title = `${reason === 'escalated' ? 'Escalated review' : 'Negative review'} from ${who}: ${gist}`;
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(recoveryCases)
      .values({ orgId, reviewId, title, openedReason: reason })
      .onConflictDoNothing()
      .returning({ id: recoveryCases.id });
    if (!created) {
      const [existing] = await tx
        .select({ id: recoveryCases.id })
        .from(recoveryCases)
        .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.reviewId, reviewId)));
      return existing ? { caseId: existing.id, isNew: false } : null;
    }
    await tx.insert(caseEvents).values({
      orgId,
      caseId: created.id,
      kind: 'opened',
      actorUserId: actor.userId,
      actorLabel: actor.label,
      toStage: 'new',
      summary: `Opened for a ${reason === 'escalated' ? 'review that needs escalation' : 'negative review'}`,
      detail: { reviewId, rating: review.rating },
    });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'case.opened',
      entityType: 'case',
      entityId: created.id,
      detail: { reviewId, reason },
    });
    return { caseId: created.id, isNew: true };
  });
}
