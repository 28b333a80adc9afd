import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEvents, caseRemedies, caseTasks, recoveryCases, reviews } from '../../db/schema/index.ts';
import { listAudit } from '../audit/list-audit.ts';
import { loadCase } from './load-case.ts';
import { loadCaseFeedback } from './load-case-feedback.ts';

/** One case with its timeline, promises, remedies, review and audit trail. */
export async function getCase(db: Db, orgId: string, caseId: string) {
  await loadCase(db, orgId, caseId);
  const [row] = await db
    .select({
      id: recoveryCases.id,
      title: recoveryCases.title,
      stage: recoveryCases.stage,
      openedReason: recoveryCases.openedReason,
      openedAt: recoveryCases.openedAt,
      stageChangedAt: recoveryCases.stageChangedAt,
      closedAt: recoveryCases.closedAt,
      recoveredAt: recoveryCases.recoveredAt,
      reviewId: recoveryCases.reviewId,
      clientId: recoveryCases.clientId,
    })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.id, caseId)));
  const [events, tasks, remedies, review, audit] = await Promise.all([
    db
      .select({
        id: caseEvents.id,
        kind: caseEvents.kind,
        at: caseEvents.at,
        actorLabel: caseEvents.actorLabel,
        fromStage: caseEvents.fromStage,
        toStage: caseEvents.toStage,
        summary: caseEvents.summary,
        detail: caseEvents.detail,
      })
      .from(caseEvents)
      .where(and(eq(caseEvents.orgId, orgId), eq(caseEvents.caseId, caseId)))
      .orderBy(asc(caseEvents.at)),
    db
      .select({
        id: caseTasks.id,
        description: caseTasks.description,
        origin: caseTasks.origin,
        dueAt: caseTasks.dueAt,
        doneAt: caseTasks.doneAt,
        alertedAt: caseTasks.alertedAt,
        ownerUserId: caseTasks.ownerUserId,
      })
      .from(caseTasks)
      .where(and(eq(caseTasks.orgId, orgId), eq(caseTasks.caseId, caseId)))
      .orderBy(asc(caseTasks.dueAt)),
    db
      .select({
        id: caseRemedies.id,
        kind: caseRemedies.kind,
        description: caseRemedies.description,
        percent: caseRemedies.percent,
        amount: caseRemedies.amount,
        currency: caseRemedies.currency,
        status: caseRemedies.status,
        offeredAt: caseRemedies.offeredAt,
        decidedAt: caseRemedies.decidedAt,
      })
      .from(caseRemedies)
      .where(and(eq(caseRemedies.orgId, orgId), eq(caseRemedies.caseId, caseId)))
      .orderBy(asc(caseRemedies.offeredAt)),
    row?.reviewId
      ? db
          .select({
            id: reviews.id,
            author: reviews.author,
            rating: reviews.rating,
            title: reviews.title,
            text: reviews.text,
            recoveredAt: reviews.recoveredAt,
          })
          .from(reviews)
          .where(and(eq(reviews.orgId, orgId), eq(reviews.id, row.reviewId)))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    listAudit(db, orgId, { entityType: 'case', entityId: caseId }),
  ]);
  const feedback = await loadCaseFeedback(db, orgId, caseId);
  return { case: row, events, tasks, remedies, review, audit, feedback };
}
