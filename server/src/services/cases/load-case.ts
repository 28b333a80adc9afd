import type { CaseStage } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recoveryCases } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';

/** A case of this org, or not found: another org's case id behaves exactly like a missing one. */
export async function loadCase(
  db: Db,
  orgId: string,
  caseId: string,
): Promise<{ id: string; stage: CaseStage; reviewId: string | null }> {
  const [row] = await db
    .select({ id: recoveryCases.id, stage: recoveryCases.stage, reviewId: recoveryCases.reviewId })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.orgId, orgId), eq(recoveryCases.id, caseId)));
  if (!row) throw notFound('Case');
  return row;
}
