import type { Db } from '../../db/client.ts';
import { caseEvents, recoveryCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { openCaseForReview } from './open-case-for-review.ts';

/** A case opened by hand (a call, an email, a complaint that never became a review). */
export async function openManualCase(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { title: string; reviewId?: string | undefined },
) {
  if (input.reviewId) {
    const opened = await openCaseForReview(db, orgId, input.reviewId, 'manual', actor);
    if (opened) return { caseId: opened.caseId };
  }
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(recoveryCases)
      .values({ orgId, title: input.title, openedReason: 'manual' })
      .returning({ id: recoveryCases.id });
    if (!created) throw new Error('insert returned no row');
    await tx.insert(caseEvents).values({
      orgId,
      caseId: created.id,
      kind: 'opened',
      actorUserId: actor.userId,
      actorLabel: actor.label,
      toStage: 'new',
      summary: 'Opened by hand',
    });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'case.opened',
      entityType: 'case',
      entityId: created.id,
      detail: { reason: 'manual' },
    });
    return { caseId: created.id };
  });
}
