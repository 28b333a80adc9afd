import { caseStageLabels, caseStages } from '@rebound/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recoveryCases } from '../../db/schema/index.ts';

/**
 * Open recovery cases by playbook stage, now (a state, not a period), for the whole organization: cases are
 * few and indexed by (org, stage), so this reads them directly.
 */
export async function getOpenCases(db: Db, orgId: string) {
  const rows = await db
    .select({ stage: recoveryCases.stage, count: sql<number>`count(*)::int` })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), isNull(recoveryCases.closedAt)))
    .groupBy(recoveryCases.stage);
  const byStage = new Map(rows.map((r) => [r.stage, r.count]));
  const stages = caseStages
    .map((stage) => ({ stage, label: caseStageLabels[stage], count: byStage.get(stage) ?? 0 }))
    .filter((s) => s.count > 0 || !['resolved', 'terminated'].includes(s.stage));
  return { open: rows.reduce((s, r) => s + r.count, 0), stages };
}
