import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { readableChange } from './word-diff.ts';

export async function listAudit(
  db: Db,
  orgId: string,
  filter: { entityType?: string; entityId?: string; limit?: number },
) {
  const conds = [eq(auditLog.orgId, orgId)];
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.at))
    .limit(filter.limit ?? 200);
  // Edits carry their before and after text: compared word by word here, so every page shows them alike.
  return rows.map((row) => ({ ...row, change: readableChange(row.detail) }));
}
