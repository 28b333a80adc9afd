import type { AuditFilter } from '@rebound/shared/schemas/audit';
import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { auditConditions } from './entry-filter.ts';
import { readableChange } from './word-diff.ts';

/** The newest entries of the organization's audit log that match the filters, with edits compared word by word. */
export async function listAuditLog(db: Db, orgId: string, filter: AuditFilter & { limit: number }) {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(auditConditions(orgId, filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit);
  return rows.map(({ detail, ...row }) => ({
    ...row,
    reviewId: row.entityType === 'review' ? row.entityId : null,
    change: readableChange(detail),
    reason: typeof detail.reason === 'string' ? detail.reason : null,
  }));
}
