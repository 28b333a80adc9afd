import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseTasks } from '../../db/schema/index.ts';
import { excerpt, groupByOrg } from './due-alert-rows.ts';
import { raiseAlert } from './raise-alert.ts';

/** Promises past their due date and not kept: marked alerted first (atomically), so each alerts once. */
export async function raiseOverdueTasks(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ orgId: caseTasks.orgId, id: caseTasks.id })
    .from(caseTasks)
    .where(and(isNull(caseTasks.doneAt), isNull(caseTasks.alertedAt), lt(caseTasks.dueAt, now)))
    .limit(500);
  let raised = 0;
  for (const byOrg of groupByOrg(due)) {
    const marked = await db
      .update(caseTasks)
      .set({ alertedAt: now })
      .where(
        and(eq(caseTasks.orgId, byOrg.orgId), inArray(caseTasks.id, byOrg.ids), isNull(caseTasks.alertedAt)),
      )
      .returning({
        id: caseTasks.id,
        caseId: caseTasks.caseId,
        reviewId: caseTasks.reviewId,
        description: caseTasks.description,
        dueAt: caseTasks.dueAt,
      });
    for (const t of marked) {
      const id = await raiseAlert(db, {
        orgId: byOrg.orgId,
        kind: 'task_overdue',
        dedupeKey: `task_overdue:${t.id}`,
        taskId: t.id,
        caseId: t.caseId,
        reviewId: t.reviewId,
        title: 'A promise to a client is overdue',
        body: `“${excerpt(t.description)}” was due ${t.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC and is not marked as kept.`,
        link: t.caseId ? `/cases/${t.caseId}` : t.reviewId ? `/reviews/${t.reviewId}` : '/cases',
      });
      if (id) raised++;
    }
  }
  return raised;
}
