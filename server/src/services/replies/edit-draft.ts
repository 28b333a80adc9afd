import { checkReply } from '@rebound/shared/tone-check/index';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type DraftOrigin, replyDrafts } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { isRegulated, loadOpenDraft } from './approval-checks.ts';
import { diffReplyText } from './diff-reply-text.ts';

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
