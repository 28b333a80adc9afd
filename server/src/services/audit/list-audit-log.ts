import type { AuditFilter } from '@rebound/shared/schemas/audit';
import { and, asc, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { readableChange } from './word-diff.ts';

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

/** Everyone who appears in the organization's audit log, for the "person" filter (people who left included). */
export async function listAuditPeople(db: Db, orgId: string) {
  const rows = await db
    .selectDistinct({ userId: auditLog.actorUserId, label: auditLog.actorLabel })
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), isNotNull(auditLog.actorUserId)))
    .orderBy(asc(auditLog.actorLabel))
    .limit(500);
  // A person renamed appears under several labels: one entry each, with the first label.
  const people = new Map<string, string>();
  for (const r of rows) if (r.userId && !people.has(r.userId)) people.set(r.userId, r.label);
  return [...people].map(([userId, label]) => ({ userId, label }));
}

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
