import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseTasks } from '../../db/schema/index.ts';

/** Promises not yet kept across the org, soonest due first. */
export async function listOpenTasks(db: Db, orgId: string) {
  return db
    .select({
      id: caseTasks.id,
      caseId: caseTasks.caseId,
      reviewId: caseTasks.reviewId,
      description: caseTasks.description,
      dueAt: caseTasks.dueAt,
      alertedAt: caseTasks.alertedAt,
    })
    .from(caseTasks)
    .where(and(eq(caseTasks.orgId, orgId), isNull(caseTasks.doneAt)))
    .orderBy(asc(caseTasks.dueAt))
    .limit(500);
}
