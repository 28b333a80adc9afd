import type { CaseStage } from '@rebound/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseTasks, recoveryCases, reviews } from '../../db/schema/index.ts';

/** Cases of the org, newest first, with their open and overdue promise counts. */
export async function listCases(
  db: Db,
  orgId: string,
  filter: { stage?: CaseStage | undefined; limit?: number | undefined } = {},
  now = new Date(),
) {
  return db
    .select({
      id: recoveryCases.id,
      title: recoveryCases.title,
      stage: recoveryCases.stage,
      openedReason: recoveryCases.openedReason,
      openedAt: recoveryCases.openedAt,
      stageChangedAt: recoveryCases.stageChangedAt,
      recoveredAt: recoveryCases.recoveredAt,
      reviewId: recoveryCases.reviewId,
      rating: reviews.rating,
      openTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.orgId} = ${recoveryCases.orgId} and ${caseTasks.caseId} = ${recoveryCases.id} and ${caseTasks.doneAt} is null)`,
      overdueTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.orgId} = ${recoveryCases.orgId} and ${caseTasks.caseId} = ${recoveryCases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueAt} < ${now.toISOString()}::timestamptz)`,
    })
    .from(recoveryCases)
    .leftJoin(reviews, and(eq(reviews.orgId, recoveryCases.orgId), eq(reviews.id, recoveryCases.reviewId)))
    .where(
      and(eq(recoveryCases.orgId, orgId), filter.stage ? eq(recoveryCases.stage, filter.stage) : undefined),
    )
    .orderBy(desc(recoveryCases.openedAt))
    .limit(filter.limit ?? 200);
}
