import { replyLengthProblem } from '@rebound/shared';
import { checkReply, hasBlocking } from '@rebound/shared/tone-check/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createTasksFromReply } from '../cases/tasks.ts';
import { conflict, invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { isRegulated, loadOpenDraft, POSTABLE_KINDS } from './approval-checks.ts';
import { approvalSettingsOf } from './approval-settings.ts';

/**
 * An owner's yes. A blocking finding needs an explicit override reason. The approved text is frozen in `replies`;
 * API sources queue it for posting, others wait for "mark as posted" — both only once the org's undo window has
 * passed (`releaseAt`), so a slip can be taken back before anyone outside sees it.
 */
export async function approveDraft(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { draftId: string; overrideReason?: string | undefined },
) {
  const draft = await loadOpenDraft(db, orgId, input.draftId);
  // The platform would refuse it; no override reason can change that.
  const tooLong = replyLengthProblem(draft.sourceKind, draft.text);
  if (tooLong) throw invalid(tooLong, { text: [tooLong] });
  const findings = checkReply(draft.text, {
    regulated: isRegulated(draft.settings),
    reviewText: draft.reviewText,
  });
  const reason = input.overrideReason?.trim();
  if (hasBlocking(findings) && !reason) {
    throw invalid('This reply has a blocking finding; give a reason to approve it anyway', {
      overrideReason: ['Required when a blocking finding remains'],
    });
  }
  const state = POSTABLE_KINDS.has(draft.sourceKind) ? ('approved' as const) : ('manual' as const);
  const approvedAt = new Date();
  const releaseAt = new Date(approvedAt.getTime() + approvalSettingsOf(draft.settings).undoSeconds * 1000);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(replyDrafts)
      .set({
        status: 'approved',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        overrideReason: reason || null,
        findings,
      })
      .where(
        and(
          eq(replyDrafts.orgId, orgId),
          eq(replyDrafts.id, draft.id),
          inArray(replyDrafts.status, ['draft', 'sent_back']),
        ),
      )
      .returning({ id: replyDrafts.id });
    if (!updated.length) throw conflict('This draft was decided by someone else a moment ago');
    const [reply] = await tx
      .insert(replies)
      .values({
        orgId,
        reviewId: draft.reviewId,
        draftId: draft.id,
        text: draft.text,
        state,
        approvedBy: actor.userId,
        approvedAt,
        releaseAt,
        nextAttemptAt: releaseAt,
      })
      .returning({ id: replies.id });
    await tx
      .update(replyDrafts)
      .set({ status: 'superseded' })
      .where(
        and(
          eq(replyDrafts.orgId, orgId),
          eq(replyDrafts.reviewId, draft.reviewId),
          inArray(replyDrafts.status, ['draft', 'sent_back']),
        ),
      );
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'reply.approved',
      entityType: 'review',
      entityId: draft.reviewId,
      detail: { draftId: draft.id, replyId: reply?.id, text: draft.text },
    });
    if (reason) {
      await recordAudit(tx, {
        orgId,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action: 'reply.override',
        entityType: 'review',
        entityId: draft.reviewId,
        detail: {
          draftId: draft.id,
          reason,
          findings: findings.filter((f) => f.severity === 'blocking').map((f) => f.rule),
        },
      });
    }
    // What the approved text promises becomes tasks with due dates, so every promise is kept.
    const tasks = reply
      ? await createTasksFromReply(tx, orgId, {
          reviewId: draft.reviewId,
          replyId: reply.id,
          text: draft.text,
          approvedAt,
          approvedBy: actor.userId,
        })
      : [];
    return { replyId: reply?.id ?? null, state, releaseAt, taskIds: tasks.map((t) => t.id) };
  });
}
