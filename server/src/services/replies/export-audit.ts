import type { AuditFilter } from '@rebound/shared/schemas/audit';
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { auditConditions } from '../audit/list-audit-log.ts';

const columns = ['at', 'actor', 'action', 'entity_type', 'entity_id', 'detail'] as const;

/** RFC 4180 quoting, plus a leading apostrophe on formula-like cells so a spreadsheet never runs them. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
  const lines = [columns.join(',')];
  for (const r of rows) {
    lines.push(
      [r.at.toISOString(), r.actor, r.action, r.entityType, r.entityId ?? '', JSON.stringify(r.detail)]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
