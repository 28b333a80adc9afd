import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

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
