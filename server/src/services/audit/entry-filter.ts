import type { AuditFilter } from '@rebound/shared/schemas/audit';
import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** `to` as an exclusive bound: a calendar day includes all of itself, an instant includes itself. */
function endBound(to: string): Date {
  if (dayPattern.test(to)) return new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  return new Date(Date.parse(to) + 1);
}

/** The conditions of one organization's audit log under the filters people choose on the audit page. */
export function auditConditions(orgId: string, filter: AuditFilter): SQL | undefined {
  return and(
    eq(auditLog.orgId, orgId),
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.reviewId
      ? and(eq(auditLog.entityType, 'review'), eq(auditLog.entityId, filter.reviewId))
      : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.at, new Date(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, endBound(filter.to)) : undefined,
  );
}
