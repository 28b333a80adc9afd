import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEvents, caseTasks, recoveryCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadCase } from './load-case.ts';
import { findPromises } from './promises-from-text.ts';

/** A promise made on a call or in a letter, entered by hand. */
export async function addTask(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { caseId: string; description: string; dueAt: string; ownerUserId?: string | undefined },
) {
  const found = await loadCase(db, orgId, input.caseId);
  const [row] = await db
    .insert(caseTasks)
    .values({
      orgId,
      caseId: found.id,
      reviewId: found.reviewId,
      description: input.description,
      origin: 'manual',
      dueAt: new Date(input.dueAt),
      ownerUserId: input.ownerUserId ?? actor.userId,
    })
    .returning({ id: caseTasks.id });
  await db.insert(caseEvents).values({
    orgId,
    caseId: found.id,
    kind: 'task',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    summary: `Promise recorded: ${input.description}`,
    detail: { taskId: row?.id, dueAt: input.dueAt },
  });
  return { taskId: row?.id ?? null };
}

export async function completeTask(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  taskId: string,
  now = new Date(),
) {
  const [task] = await db
    .select({
      id: caseTasks.id,
      caseId: caseTasks.caseId,
      doneAt: caseTasks.doneAt,
      description: caseTasks.description,
    })
    .from(caseTasks)
    .where(and(eq(caseTasks.orgId, orgId), eq(caseTasks.id, taskId)));
  if (!task) throw notFound('Task');
  if (task.doneAt) throw conflict('This promise is already marked as kept');
  await db
    .update(caseTasks)
    .set({ doneAt: now, doneBy: actor.userId })
    .where(and(eq(caseTasks.orgId, orgId), eq(caseTasks.id, task.id), isNull(caseTasks.doneAt)));
  if (task.caseId) {
    await db.insert(caseEvents).values({
      orgId,
      caseId: task.caseId,
      kind: 'task',
      at: now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      summary: `Promise kept: ${task.description}`,
      detail: { taskId: task.id },
    });
  }
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'task.done',
    entityType: 'task',
    entityId: task.id,
  });
  return { doneAt: now };
}

/**
 * Turn the promises in an approved reply into tasks due from the moment of approval, owned by the approver.
 * Linked to the review's case when it has one, so the case shows what we said we would do.
 */
export async function createTasksFromReply(
  db: Db,
  orgId: string,
  reply: { reviewId: string; replyId: string; text: string; approvedAt: Date; approvedBy: string },
) {
  const promises = findPromises(reply.text);
  if (!promises.length) return [];
  const [found] = await db
    .select({ id: recoveryCases.id })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.reviewId, reply.reviewId)));
  const rows = await db
    .insert(caseTasks)
    .values(
      promises.map((p) => ({
        orgId,
        caseId: found?.id ?? null,
        reviewId: reply.reviewId,
        replyId: reply.replyId,
        description: p.description,
        origin: 'reply' as const,
        dueAt: new Date(reply.approvedAt.getTime() + p.dueInHours * 3_600_000),
        ownerUserId: reply.approvedBy,
      })),
    )
    .returning({ id: caseTasks.id, description: caseTasks.description, dueAt: caseTasks.dueAt });
  if (found) {
    await db.insert(caseEvents).values(
      rows.map((r) => ({
        orgId,
        caseId: found.id,
        kind: 'task' as const,
        actorUserId: reply.approvedBy,
        actorLabel: 'Rebound',
        summary: `Promise in the approved reply: ${r.description}`,
        detail: { taskId: r.id, dueAt: r.dueAt.toISOString() },
      })),
    );
  }
  return rows;
}
