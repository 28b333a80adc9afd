import { replyLengthProblem } from '@rebound/shared';
import { checkReply, hasBlocking } from '@rebound/shared/tone-check/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type DraftOrigin,
  organizations,
  replies,
  replyDrafts,
  reviews,
  sources,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createTasksFromReply } from '../cases/tasks.ts';
import { conflict, DomainError, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { API_POSTING_KINDS } from '../posting/claim-replies.ts';
import { approvalSettingsOf } from './approval-settings.ts';
import { diffReplyText } from './edit-diff.ts';

// Sources whose platform accepts replies through an API; everything else is copied and marked posted by hand.
// The posting worker's table decides which platforms are posted to through their API.
const POSTABLE_KINDS = new Set<string>(API_POSTING_KINDS);

async function loadOpenDraft(db: Db, orgId: string, draftId: string) {
  const [row] = await db
    .select({
      id: replyDrafts.id,
      reviewId: replyDrafts.reviewId,
      text: replyDrafts.text,
      status: replyDrafts.status,
      reviewText: reviews.text,
      sourceKind: sources.kind,
      settings: organizations.settings,
    })
    .from(replyDrafts)
    .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .innerJoin(organizations, eq(organizations.id, replyDrafts.orgId))
    .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
  if (!row) throw notFound('Draft');
  if (row.status !== 'draft' && row.status !== 'sent_back')
    throw conflict(`This draft is already ${row.status.replace('_', ' ')}`);
  return row;
}

function isRegulated(settings: Record<string, unknown>): boolean {
  const profile = settings.profile as { regulated?: unknown } | undefined;
  return profile?.regulated === true;
}

/** Save the owner's edit; the check runs again on the new text and the audit keeps before and after. */
export async function editDraft(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { draftId: string; text: string },
  opts: { action?: string; origin?: DraftOrigin; originNote?: string | null } = {},
) {
  const draft = await loadOpenDraft(db, orgId, input.draftId);
  const findings = checkReply(input.text, {
    regulated: isRegulated(draft.settings),
    reviewText: draft.reviewText,
  });
  await db.transaction(async (tx) => {
    await tx
      .update(replyDrafts)
      .set({
        text: input.text,
        findings,
        origin: opts.origin ?? 'owner',
        // The owner's own words need no note; a machine draft says where it came from.
        originNote: opts.originNote ?? null,
        updatedAt: new Date(),
      })
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draft.id)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: opts.action ?? 'reply.edited',
      entityType: 'review',
      entityId: draft.reviewId,
      detail: {
        draftId: draft.id,
        before: draft.text,
        after: input.text,
        diff: diffReplyText(draft.text, input.text),
      },
    });
  });
  return { findings };
}

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

/** Reject a draft outright, or send it back for another pass. */
export async function rejectDraft(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { draftId: string; note?: string | undefined; sendBack: boolean },
) {
  const draft = await loadOpenDraft(db, orgId, input.draftId);
  const status = input.sendBack ? ('sent_back' as const) : ('rejected' as const);
  if (input.sendBack && draft.status === 'sent_back')
    throw new DomainError('conflict', 'This draft is already sent back');
  await db.transaction(async (tx) => {
    await tx
      .update(replyDrafts)
      .set({ status, decidedBy: actor.userId, decidedAt: new Date(), decisionNote: input.note ?? null })
      .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draft.id)));
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: input.sendBack ? 'reply.sent_back' : 'reply.rejected',
      entityType: 'review',
      entityId: draft.reviewId,
      detail: { draftId: draft.id, note: input.note ?? null },
    });
  });
  return { status };
}
