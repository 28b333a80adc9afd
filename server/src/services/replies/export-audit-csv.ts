import { type CsvColumn, toCsv } from '@rebound/shared/csv';
import type { AuditFilter } from '@rebound/shared/schemas/audit';
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { auditConditions } from '../audit/entry-filter.ts';

type AuditRow = {
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  detail: unknown;
};

const columns: CsvColumn<AuditRow>[] = [
  { header: 'at', value: (r) => r.at.toISOString() },
  { header: 'actor', value: (r) => r.actor },
  { header: 'action', value: (r) => r.action },
  { header: 'entity_type', value: (r) => r.entityType },
  { header: 'entity_id', value: (r) => r.entityId ?? '' },
  { header: 'detail', value: (r) => JSON.stringify(r.detail) },
];

/** The org's whole audit log (or the part the audit page's filters select) as CSV, oldest first. */
export async function exportAuditCsv(db: Db, orgId: string, filter: AuditFilter = {}): Promise<string> {
  const rows = await db
    .select({
      at: auditLog.at,
      actor: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(auditConditions(orgId, filter))
    .orderBy(asc(auditLog.at))
    .limit(100_000);
  return toCsv(rows, columns);
}
