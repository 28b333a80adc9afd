import type { CaseStage } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEvents, recoveryCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadCase } from './load-case.ts';
import { assertMoveAllowed, closedStages } from './transitions.ts';

/** Move a case to its next stage: checked against the playbook, dated, attributed and logged. */
export async function moveCase(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { caseId: string; to: CaseStage; note?: string | undefined },
  now = new Date(),
) {
  const current = await loadCase(db, orgId, input.caseId);
  assertMoveAllowed(current.stage, input.to);
  return db.transaction(async (tx) => {
    // Only from the stage we checked: two people moving the same case at once cannot skip a rule.
    const moved = await tx
      .update(recoveryCases)
      .set({ stage: input.to, stageChangedAt: now, closedAt: closedStages.has(input.to) ? now : null })
      .where(
        and(
          eq(recoveryCases.orgId, orgId),
          eq(recoveryCases.id, current.id),
          eq(recoveryCases.stage, current.stage),
        ),
      )
      .returning({ id: recoveryCases.id });
    if (!moved.length) throw conflict('This case was moved by someone else a moment ago; reload it');
    await tx.insert(caseEvents).values({
      orgId,
      caseId: current.id,
      kind: 'stage',
      at: now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      fromStage: current.stage,
      toStage: input.to,
      summary: input.note ?? '',
    });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'case.moved',
      entityType: 'case',
      entityId: current.id,
      detail: { from: current.stage, to: input.to },
    });
    return { stage: input.to, from: current.stage };
  });
}
