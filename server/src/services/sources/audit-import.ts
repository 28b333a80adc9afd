import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import type { ImportReport, ImportTarget } from './review-import-report.ts';

export async function auditImport(
  db: Db,
  target: ImportTarget,
  actor: Actor,
  report: ImportReport,
  origin: 'upload' | 'cli',
) {
  await recordAudit(db, {
    orgId: target.orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'source.csv_imported',
    entityType: 'source',
    entityId: target.id,
    detail: {
      origin,
      rowsRead: report.rowsRead,
      stored: report.stored,
      created: report.created,
      failed: report.errors.length,
    },
  });
}
