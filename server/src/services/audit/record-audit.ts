import type { DbExecutor } from '../../db/executor.ts';
import { auditLog } from '../../db/schema/index.ts';

export type AuditEntry = {
  orgId: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
};

export async function recordAudit(db: DbExecutor, entry: AuditEntry): Promise<void> {
  await db
    .insert(auditLog)
    .values({ ...entry, entityId: entry.entityId ?? null, detail: entry.detail ?? {} });
}
