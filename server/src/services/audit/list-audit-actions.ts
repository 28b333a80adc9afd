import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

/** The actions that occur in the organization's log, for the "action" filter. */
export async function listAuditActions(db: Db, orgId: string) {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.orgId, orgId))
    .orderBy(asc(auditLog.action))
    .limit(500);
  return rows.map((r) => r.action);
}
